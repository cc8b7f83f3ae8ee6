// A period's ledger figures per lead unit (DESIGN §8) — the one read behind the figures page, the export, the report
// card, the big screen and ledger-fed indicators. The definitions are lib/problems/rules.ts `figuresOf`.
// TODO(board slice): replace the row scan by one grouped query with the right indexes (100,000 problems ≤ 200 ms);
// keep these signatures and an integration test that compares the result with `figuresOf`.
import 'server-only';
import type { Tx } from '../db/client';
import { emptyFigures, figuresOf, periodWindow, type LedgerFigures } from './rules';

type Period = { year: number; half: number };

/** Figures of every lead unit with problems in play for the period (or only `unitIds`). */
export async function ledgerFiguresByUnit(db: Tx, period: Period, now: Date, opts: { unitIds?: readonly string[] } = {}): Promise<Map<string, LedgerFigures>> {
  const w = periodWindow(period);
  const rows = await db.enterpriseProblem.findMany({
    where: {
      ...(opts.unitIds ? { leadUnitId: { in: [...opts.unitIds] } } : {}),
      raisedAt: { lt: w.end },
      OR: [{ resolvedAt: null }, { resolvedAt: { gte: w.start } }, { ratedAt: { gte: w.start } }, { raisedAt: { gte: w.start } }],
    },
    select: { leadUnitId: true, category: true, status: true, raisedAt: true, dueAt: true, resolvedAt: true, rating: true, ratedAt: true, supervised: true },
  });
  const byUnit = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byUnit.get(r.leadUnitId);
    if (list) list.push(r);
    else byUnit.set(r.leadUnitId, [r]);
  }
  const out = new Map<string, LedgerFigures>();
  for (const [unitId, list] of byUnit) out.set(unitId, figuresOf(list, period, now));
  return out;
}

/** One unit's figures for the period (zeros when it has no problems). */
export async function unitLedgerFigures(db: Tx, unitId: string, period: Period, now: Date): Promise<LedgerFigures> {
  return (await ledgerFiguresByUnit(db, period, now, { unitIds: [unitId] })).get(unitId) ?? emptyFigures();
}
