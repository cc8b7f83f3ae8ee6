// What the figures page and its export show for a period: per lead unit (a unit user: its own), the district's total,
// per category, month by month — all from the grouped reads of figures.server.ts.
import 'server-only';
import { can, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { PROBLEM_CATEGORIES } from '../domain/enums';
import { getCurrentPeriod } from '../periods.server';
import { ledgerFiguresByCategory, ledgerFiguresByUnit, ledgerMonthly, type MonthFigures } from './figures.server';
import { emptyFigures, withRates, type LedgerFigures } from './rules';

export interface FiguresView {
  period: { id: string; name: string; year: number; half: number };
  byUnit: { unitId: string; name: string; figures: LedgerFigures }[];
  district: LedgerFigures;
  byCategory: { category: string; figures: LedgerFigures }[];
  monthly: MonthFigures[];
}

function sum(list: readonly LedgerFigures[]): LedgerFigures {
  const s = emptyFigures();
  for (const f of list) {
    s.received += f.received;
    s.closed += f.closed;
    s.onTime += f.onTime;
    s.rated += f.rated;
    s.satisfied += f.satisfied;
    s.open += f.open;
    s.overdue += f.overdue;
    s.supervised += f.supervised;
  }
  return withRates(s);
}

/** The period asked for (or the current one); null when there is none. Leaders, 考核办, auditors: every unit; a unit user: its own. */
export async function figuresView(db: Db, user: Pick<Actor, 'role' | 'unitId'>, periodId: string | undefined, now: Date): Promise<FiguresView | null> {
  const period = periodId
    ? await db.period.findUnique({ where: { id: periodId }, select: { id: true, name: true, year: true, half: true } })
    : await getCurrentPeriod(db);
  if (!period) return null;
  const unitIds = can(user, 'problem:read:any') ? undefined : user.unitId ? [user.unitId] : [];
  const [byUnitMap, byCategoryMap, monthly, units] = await Promise.all([
    ledgerFiguresByUnit(db, period, now, { unitIds }),
    ledgerFiguresByCategory(db, period, now, { unitIds }),
    ledgerMonthly(db, period, { unitIds }),
    db.unit.findMany({
      where: unitIds ? { id: { in: unitIds } } : { active: true },
      orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
      select: { id: true, name: true },
    }),
  ]);
  // every active unit in its usual order (zeros included), then any inactive unit that still has figures
  const named = new Map(units.map((u) => [u.id, u.name]));
  const missing = [...byUnitMap.keys()].filter((id) => !named.has(id));
  if (missing.length) for (const u of await db.unit.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) named.set(u.id, u.name);
  const byUnit = [...named].map(([unitId, name]) => ({ unitId, name, figures: byUnitMap.get(unitId) ?? emptyFigures() }));
  return {
    period: { id: period.id, name: period.name, year: period.year, half: period.half },
    byUnit,
    district: sum(byUnit.map((u) => u.figures)),
    byCategory: PROBLEM_CATEGORIES.map((category) => ({ category, figures: byCategoryMap.get(category) ?? emptyFigures() })),
    monthly,
  };
}
