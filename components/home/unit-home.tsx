// Home of a unit head or staff member: this half's submission state and deadline countdown, open measures.
import { getTranslations } from 'next-intl/server';
import { ButtonLink, Card, Notice, PageTitle, Stat } from '@/components/ui/card';
import { SubmissionStatusLine } from '@/components/submission/status-line';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { unitIndicatorCount, unitMeasureTiles, unitProblemTiles } from '@/lib/home/queries.server';
import { getCurrentPeriod } from '@/lib/periods.server';
import { getSubmission } from '@/lib/submissions/queries.server';

export async function UnitHome({ db, user, now }: { db: Db; user: CurrentUser; now: Date }) {
  const t = await getTranslations('home');
  const period = await getCurrentPeriod(db);
  const unitId = user.unitId!;
  const tp = await getTranslations('problemBoard.home');
  const [submission, indicatorCount, { openMeasures, overdueMeasures }, problems] = await Promise.all([
    period ? getSubmission(db, user, period.id, unitId) : null,
    period ? unitIndicatorCount(db, period.id, unitId) : 0,
    unitMeasureTiles(db, user, now),
    unitProblemTiles(db, user, now),
  ]);
  const filled = submission?.values.filter((v) => v.actual !== null).length ?? 0;

  return (
    <div className="space-y-5">
      <PageTitle sub={user.unitName}>{t('unitTitle', { name: user.name })}</PageTitle>
      {period ? (
        <Card title={t('submissionCard', { period: period.name })} action={<ButtonLink href={`/units/${unitId}`}>{t('openSubmission')}</ButtonLink>}>
          <SubmissionStatusLine submission={submission} deadline={period.deadline} now={now} />
          <div className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Stat
              label={t('indicatorsFilled')}
              value={`${filled}/${indicatorCount}`}
              tone={filled === indicatorCount && indicatorCount > 0 ? 'good' : 'warn'}
            />
            <Stat label={t('gaps')} value={submission?.gaps.length ?? 0} />
            <Stat label={t('measures')} value={submission?.gaps.reduce((n, g) => n + g.measures.length, 0) ?? 0} />
            <Stat label={t('pillarMeasures')} value={submission?.pillarMeasures.length ?? 0} />
          </div>
        </Card>
      ) : (
        <Notice>{t('noPeriod')}</Notice>
      )}
      <Card
        title={t('openMeasuresCard')}
        action={
          <ButtonLink href="/measures" variant="secondary">
            {t('toMeasures')}
          </ButtonLink>
        }
      >
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t('openMeasures')} value={openMeasures} />
          <Stat label={t('overdueMeasures')} value={overdueMeasures} tone={overdueMeasures ? 'bad' : 'good'} />
        </div>
      </Card>
      <Card
        title={tp('card')}
        action={
          <ButtonLink href="/problems" variant="secondary">
            {tp('toBoard')}
          </ButtonLink>
        }
      >
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="problem-tiles">
          <Stat label={tp('open')} value={problems.open} href={problems.links.open} />
          <Stat label={tp('overdue')} value={problems.overdue} tone={problems.overdue ? 'bad' : 'good'} href={problems.links.overdue} />
          <Stat label={tp('supervised')} value={problems.supervised} href={problems.links.supervised} />
        </div>
      </Card>
    </div>
  );
}
