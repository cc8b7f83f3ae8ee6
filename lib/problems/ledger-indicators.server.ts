// Ledger-fed indicators (DESIGN §8): the actual a unit's indicator takes from its ledger figures for the period,
// computed now — what the submission form shows, the draft preview scores and the submission freezes.
import 'server-only';
import type { Tx } from '../db/client';
import { unitLedgerFigures } from './figures.server';
import { isLedgerFigure, ledgerActual, type LedgerActual } from './rules';

/** The unit's ledger-fed indicators of the period with their actual computed from the ledger now, by indicator id. */
export async function liveLedgerActuals(db: Tx, periodId: string, unitId: string, now: Date): Promise<Map<string, LedgerActual>> {
  const rows = await db.indicator.findMany({ where: { periodId, unitId, ledgerFigure: { not: null } }, select: { id: true, ledgerFigure: true } });
  const out = new Map<string, LedgerActual>();
  const fed = rows.filter((r) => isLedgerFigure(r.ledgerFigure));
  if (!fed.length) return out;
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, select: { year: true, half: true } });
  const figures = await unitLedgerFigures(db, unitId, period, now);
  for (const r of fed) if (isLedgerFigure(r.ledgerFigure)) out.set(r.id, ledgerActual(r.ledgerFigure, figures));
  return out;
}
