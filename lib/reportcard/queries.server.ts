// Everything the report card reads besides the period's results: names the results do not carry
// (unit kind, rubric criteria, indicator units), the unit's gaps and measures, and its trend.
import 'server-only';
import type { CurrentUser } from '@/lib/auth/guard.server';
import { can, canReadUnit } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { readablePeriods } from '@/lib/leaderboard/access.server';
import type { PublicResults, PublicUnitResult } from '@/lib/leaderboard/present';
import { unitTrend } from '@/lib/leaderboard/trend.server';
import { unitLedgerFigures } from '@/lib/problems/figures.server';
import { isOverdue, OPEN_PROBLEM_STATUSES, type LedgerFigures } from '@/lib/problems/rules';

export interface ReportCardLedger {
  /** the unit's ledger figures for the period (lib/problems/figures.server.ts — the one definition) */
  figures: LedgerFigures;
  /** its open problems under 挂牌督办, for readers of its problems only (null for the others) */
  openSupervised: { id: string; code: string; title: string; enterpriseName: string; dueAt: Date; overdue: boolean }[] | null;
}

/** The 对企服务 section of a unit's report card (DESIGN §8). */
export async function loadReportCardLedger(db: Tx, user: CurrentUser, periodId: string, unitId: string, now: Date): Promise<ReportCardLedger> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, select: { year: true, half: true } });
  const figures = await unitLedgerFigures(db, unitId, period, now);
  // a problem's text is for its own unit and for those who read every problem (lib/problems/rules.ts canSee)
  const mayReadProblems = can(user, 'problem:read:any') || (can(user, 'problem:read:own') && user.unitId === unitId);
  const rows = mayReadProblems
    ? await db.enterpriseProblem.findMany({
        where: { leadUnitId: unitId, supervised: true, status: { in: [...OPEN_PROBLEM_STATUSES] } },
        orderBy: [{ dueAt: 'asc' }, { code: 'asc' }],
        take: 20,
        select: { id: true, code: true, title: true, enterpriseName: true, dueAt: true, status: true },
      })
    : null;
  return {
    figures,
    openSupervised:
      rows?.map((r) => ({ id: r.id, code: r.code, title: r.title, enterpriseName: r.enterpriseName, dueAt: r.dueAt, overdue: isOverdue(r, now) })) ?? null,
  };
}

export async function loadReportCardExtras(db: Tx, user: CurrentUser, periodId: string, result: PublicResults, unit: PublicUnitResult) {
  // gaps and measures belong to the submission, not to the published results: only readers of the unit see them
  const mayReadGaps = canReadUnit(user, unit.unitId);
  const [unitRow, criteria, indicatorRows, submission, periods] = await Promise.all([
    db.unit.findUnique({ where: { id: unit.unitId }, select: { kind: true } }),
    db.rubricCriterion.findMany({ where: { id: { in: result.rubric.map((c) => c.id) } }, select: { id: true, name: true } }),
    db.indicator.findMany({
      where: { id: { in: unit.indicators.map((i) => i.indicatorId) } },
      select: { id: true, measureUnit: true, category: true, value: { select: { plausibilityNote: true, source: true } } },
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
  const ledger = await loadReportCardLedger(db, user, periodId, unit.unitId, new Date());
  return {
    kind: unitRow?.kind ?? null,
    criterionNames: new Map(criteria.map((c) => [c.id, c.name])),
    indicatorInfo: new Map(
      indicatorRows.map((i) => [
        i.id,
        { measureUnit: i.measureUnit, category: i.category, plausibilityNote: i.value?.plausibilityNote ?? null, statistics: i.value?.source === 'statistics' },
      ]),
    ),
    gaps: mayReadGaps ? (submission?.gaps ?? []) : null,
    trend,
    ledger,
  };
}

export type ReportCardExtras = Awaited<ReturnType<typeof loadReportCardExtras>>;
