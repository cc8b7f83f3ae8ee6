// Review (考核办): every unit's submission state with counts, filterable; each unit opens for return or approval.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ProgressCounts, ProgressTable } from '@/components/home/progress-table';
import { RequiredEvidence } from '@/components/evidence/required-evidence';
import { FlaggedValues } from '@/components/review/flagged-values';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { DISPLAY_STATES } from '@/lib/domain/deadline';
import { requiredEvidence } from '@/lib/evidence/queries.server';
import { getCurrentPeriod } from '@/lib/periods.server';
import { flaggedValues, submissionProgress } from '@/lib/submissions/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('review') };
}

const filterSchema = z.object({ state: z.enum(DISPLAY_STATES).optional().catch(undefined) });

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission('submission:review:any');
  const t = await getTranslations();
  const { state } = filterSchema.parse(await searchParams);
  const db = await getDb();
  const period = await getCurrentPeriod(db);
  if (!period) return <Notice>{t('home.noPeriod')}</Notice>;
  const [{ rows, counts }, flagged, required] = await Promise.all([
    submissionProgress(db, period.id, period.deadline, new Date()),
    flaggedValues(db, period),
    requiredEvidence(db, period.id),
  ]);
  const shown = state ? rows.filter((r) => r.state === state) : rows;
  return (
    <div className="space-y-5">
      <PageTitle sub={t('review.sub', { period: period.name, state: t(`periodState.${period.state}`) })}>{t('review.title')}</PageTitle>
      <Card>
        <ProgressCounts counts={counts} />
      </Card>
      <Card
        title={state ? t('review.filtered', { state: t(`displayState.${state}`), n: shown.length }) : t('review.all', { n: rows.length })}
        action={
          <nav className="flex flex-wrap gap-2 text-sm" aria-label={t('review.filter')}>
            <Link href="/review" className={!state ? 'font-semibold text-brand-700' : 'text-slate-500 hover:text-slate-900'}>
              {t('review.allStates')}
            </Link>
            {DISPLAY_STATES.map((s) => (
              <Link key={s} href={`/review?state=${s}`} className={state === s ? 'font-semibold text-brand-700' : 'text-slate-500 hover:text-slate-900'}>
                {t(`displayState.${s}`)}
              </Link>
            ))}
          </nav>
        }
      >
        <ProgressTable rows={shown} linkUnits />
      </Card>
      <FlaggedValues rows={flagged} />
      <RequiredEvidence rows={required} />
    </div>
  );
}
