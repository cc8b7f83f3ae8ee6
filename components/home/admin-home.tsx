// Home of the 考核办 admin: the current period's state and everyone's submission progress.
import { getFormatter, getTranslations } from 'next-intl/server';
import { ButtonLink, Card, Notice, PageTitle } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { getCurrentPeriod, listPeriods } from '@/lib/periods.server';
import { submissionProgress } from '@/lib/submissions/queries.server';
import { CountdownText } from './countdown-text';
import { ProgressCounts, ProgressTable } from './progress-table';
import { formatters } from '@/components/ui/format';

export async function AdminHome({ db, user, now }: { db: Db; user: CurrentUser; now: Date }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const period = await getCurrentPeriod(db);
  const periods = await listPeriods(db);
  const progress = period ? await submissionProgress(db, period.id, period.deadline, now) : null;
  return (
    <div className="space-y-5">
      <PageTitle sub={t('home.adminSub')}>{t('home.welcome', { name: user.name })}</PageTitle>
      <Card title={t('home.periodsCard')}>
        <ul className="divide-y divide-slate-100 text-sm" data-testid="periods">
          {periods.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="font-medium">{p.name}</span>
              <span className="flex flex-wrap items-center gap-3 text-slate-500">
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`periodState.${p.state}`)}</span>
                {p.deadline && (
                  <span className="tabular">
                    {t('home.deadline')} {formatters(format).dateTime(p.deadline)}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      {period && progress ? (
        <Card
          title={t('home.progressCard', { period: period.name })}
          action={
            <div className="flex items-center gap-3 text-sm">
              {period.deadline && period.state === 'open' && <CountdownText deadline={period.deadline} now={now} />}
              <ButtonLink href="/review">{t('home.toReview')}</ButtonLink>
            </div>
          }
        >
          <ProgressCounts counts={progress.counts} />
          <div className="mt-4">
            <ProgressTable rows={progress.rows} linkUnits />
          </div>
        </Card>
      ) : (
        <Notice>{t('home.noPeriod')}</Notice>
      )}
    </div>
  );
}
