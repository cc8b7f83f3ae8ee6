// 成绩单 of one unit for one period. Same guard as the leaderboard: leaders, admin and auditor any time,
// units once published; a unit not in the period's results is a 404 like an unknown period.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ReportCardEvidence } from '@/components/evidence/report-card-evidence';
import { ReportCard } from '@/components/reportcard/report-card';
import { canReadUnit } from '@/lib/auth/permissions';
import { reportCardEvidence } from '@/lib/evidence/queries.server';
import { loadReportCardExtras } from '@/lib/reportcard/queries.server';
import { requireResultsPage } from '@/lib/leaderboard/access.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults } from '@/lib/leaderboard/present';
import { periodNameForTitle, unitForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ periodId: string; unitId: string }> }): Promise<Metadata> {
  const { periodId, unitId } = await params;
  const [t, unit, period] = await Promise.all([getTranslations(), unitForTitle(unitId), periodNameForTitle(periodId)]);
  return { title: unit && period ? t('titles.reportCard', { unit: unit.name, period }) : t('reportCard.metaTitle') };
}

export default async function ReportCardPage({ params }: { params: Promise<{ periodId: string; unitId: string }> }) {
  const { periodId, unitId } = await params;
  const { user, period, db } = await requireResultsPage(periodId);
  const { result, snapshot } = await getPeriodResults(db, period.id);
  const results = presentResults(result);
  const unit = results.units.find((u) => u.unitId === unitId);
  if (!unit) notFound();
  const [extras, evidence] = await Promise.all([loadReportCardExtras(db, user, period.id, results, unit), reportCardEvidence(db, user, period.id, unit)]);
  return (
    <ReportCard
      period={{ id: period.id, name: period.name }}
      results={results}
      unit={unit}
      snapshot={snapshot}
      extras={extras}
      evidence={canReadUnit(user, unitId) ? <ReportCardEvidence groups={evidence} /> : null}
    />
  );
}
