// Everything the report card reads besides the period's results: names the results do not carry
// (unit kind, rubric criteria, indicator units), the unit's gaps and measures, and its trend.
import 'server-only';
import type { CurrentUser } from '@/lib/auth/guard.server';
import { canReadUnit } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { readablePeriods } from '@/lib/leaderboard/access.server';
import type { PublicResults, PublicUnitResult } from '@/lib/leaderboard/present';
import { unitTrend } from '@/lib/leaderboard/trend.server';

export async function loadReportCardExtras(db: Tx, user: CurrentUser, periodId: string, result: PublicResults, unit: PublicUnitResult) {
  // gaps and measures belong to the submission, not to the published results: only readers of the unit see them
  const mayReadGaps = canReadUnit(user, unit.unitId);
  const [unitRow, criteria, indicatorRows, submission, periods] = await Promise.all([
    db.unit.findUnique({ where: { id: unit.unitId }, select: { kind: true } }),
    db.rubricCriterion.findMany({ where: { id: { in: result.rubric.map((c) => c.id) } }, select: { id: true, name: true } }),
    db.indicator.findMany({
      where: { id: { in: unit.indicators.map((i) => i.indicatorId) } },
      select: { id: true, measureUnit: true, category: true, value: { select: { plausibilityNote: true } } },
    }),
    mayReadGaps
      ? db.submission.findUnique({
          where: { periodId_unitId: { periodId, unitId: unit.unitId } },
          select: {
            gaps: {
              orderBy: { sortOrder: 'asc' },
              select: {
                id: true,
                description: true,
                rootCause: true,
                measures: {
                  orderBy: { sortOrder: 'asc' },
                  select: {
                    id: true,
                    content: true,
                    responsiblePerson: true,
                    deadline: true,
                    status: true,
                    closedAt: true,
                    responsibleUnit: { select: { name: true } },
                  },
                },
              },
            },
          },
        })
      : null,
    readablePeriods(user),
  ]);
  const trend = await unitTrend(db, periods, unit.unitId);
  return {
    kind: unitRow?.kind ?? null,
    criterionNames: new Map(criteria.map((c) => [c.id, c.name])),
    indicatorInfo: new Map(
      indicatorRows.map((i) => [i.id, { measureUnit: i.measureUnit, category: i.category, plausibilityNote: i.value?.plausibilityNote ?? null }]),
    ),
    gaps: mayReadGaps ? (submission?.gaps ?? []) : null,
    trend,
  };
}

export type ReportCardExtras = Awaited<ReturnType<typeof loadReportCardExtras>>;
