// Home of a district leader: the way into the rankings, and where the current half stands.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink, Card, PageTitle, Stat } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { leaderFollowUp } from '@/lib/home/queries.server';
import { getCurrentPeriod, listPeriods } from '@/lib/periods.server';
import { submissionProgress } from '@/lib/submissions/queries.server';
import { ProgressCounts } from './progress-table';

export async function LeaderHome({ db, user, now }: { db: Db; user: CurrentUser; now: Date }) {
  const t = await getTranslations('home');
  const period = await getCurrentPeriod(db);
  const periods = await listPeriods(db);
  const published = periods.filter((p) => p.state === 'published' || p.state === 'archived');
  const tp = await getTranslations('problemBoard.home');
  const [progress, { openMeasures, overdueMeasures, openProblems, overdueProblems, supervisedProblems, problemLinks }] = await Promise.all([
    period ? submissionProgress(db, period.id, period.deadline, now) : null,
    leaderFollowUp(db, user, now),
  ]);
  return (
    <div className="space-y-5">
      <PageTitle sub={t('leaderSub')}>{t('welcome', { name: user.name })}</PageTitle>
      <Card title={t('rankingCard')} action={<ButtonLink href="/leaderboard">{t('toRanking')}</ButtonLink>}>
        <ul className="space-y-1 text-sm">
          {published.map((p) => (
            <li key={p.id}>
              <Link className="text-brand-700 hover:underline" href={`/leaderboard?period=${p.id}`}>
                {t('publishedRanking', { period: p.name })}
              </Link>
            </li>
          ))}
          {period && !published.some((p) => p.id === period.id) && (
            <li>
              <Link className="text-brand-700 hover:underline" href={`/leaderboard?period=${period.id}`}>
                {t('provisionalRanking', { period: period.name })}
              </Link>
            </li>
          )}
        </ul>
      </Card>
      {period && progress && (
        <Card title={t('progressCard', { period: period.name })}>
          <ProgressCounts counts={progress.counts} />
        </Card>
      )}
      <Card title={t('followUpCard')}>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="follow-up-tiles">
          <Stat label={t('openMeasures')} value={openMeasures} href="/measures" />
          <Stat label={t('overdueMeasures')} value={overdueMeasures} tone={overdueMeasures ? 'bad' : 'good'} href="/measures?overdue=1" />
          <Stat label={t('openProblems')} value={openProblems} href={problemLinks.open} />
          <Stat label={tp('overdue')} value={overdueProblems} tone={overdueProblems ? 'bad' : 'good'} href={problemLinks.overdue} />
          <Stat label={tp('supervised')} value={supervisedProblems} href={problemLinks.supervised} />
        </div>
      </Card>
    </div>
  );
}
