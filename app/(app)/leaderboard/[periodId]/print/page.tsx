// The whole ranking for the meeting, laid out for printing (A4 landscape): per contest group, then overall.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RankingPrint } from '@/components/reportcard/ranking-print';
import { requireResultsPage } from '@/lib/leaderboard/access.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults } from '@/lib/leaderboard/present';
import { periodNameForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ periodId: string }> }): Promise<Metadata> {
  const [t, period] = await Promise.all([getTranslations(), periodNameForTitle((await params).periodId)]);
  return { title: period ? t('titles.ranking', { period }) : t('reportCard.ranking.metaTitle') };
}

export default async function RankingPrintPage({ params }: { params: Promise<{ periodId: string }> }) {
  const { periodId } = await params;
  const { period, db } = await requireResultsPage(periodId);
  const { result, snapshot } = await getPeriodResults(db, period.id);
  return <RankingPrint period={{ id: period.id, name: period.name }} results={presentResults(result)} snapshot={snapshot} />;
}
