// 加减分 page data: a period's items grouped by unit, with each unit's totals worked out by the scoring engine's own rule (bonus cap).
import 'server-only';
import type { Db } from '../db/client';
import { scoreAdjustments } from '../scoring/adjustments';
import { adjustmentsLocked } from './schemas';

export interface AdjustmentRow {
  id: string;
  points: number;
  reason: string;
  evidence: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export interface UnitAdjustments {
  unitId: string;
  unitName: string;
  groupName: string;
  items: AdjustmentRow[];
  bonusRaw: number;
  bonusApplied: number;
  /** what the cap takes away (> 0: the cap bites) */
  bonusCut: number;
  penaltyTotal: number;
  total: number;
}

export async function getPeriodAdjustments(db: Db, periodId: string) {
  const period = await db.period.findUnique({ where: { id: periodId }, select: { id: true, name: true, state: true, bonusCap: true } });
  if (!period) return null;
  const [units, rows] = await Promise.all([
    // the units scored in this period (and any that still hold an item after losing their indicators), in the setup pages' order
    db.unit.findMany({
      where: { OR: [{ indicators: { some: { periodId } } }, { adjustments: { some: { periodId } } }] },
      orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, group: { select: { name: true } }, _count: { select: { indicators: { where: { periodId } } } } },
    }),
    db.adjustment.findMany({
      where: { periodId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, unitId: true, points: true, reason: true, evidence: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  const byUnit = new Map<string, typeof rows>();
  for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  const withItems: UnitAdjustments[] = [];
  for (const u of units) {
    const items = byUnit.get(u.id);
    if (!items) continue;
    // the engine's rule, so the page's totals are exactly what the ranking counts
    const s = scoreAdjustments(items, period.bonusCap);
    withItems.push({
      unitId: u.id,
      unitName: u.name,
      groupName: u.group.name,
      items: items.map((r) => ({
        id: r.id,
        points: r.points,
        reason: r.reason,
        evidence: r.evidence,
        createdBy: r.createdBy?.name ?? null,
        createdAt: r.createdAt,
      })),
      bonusRaw: s.bonusRaw,
      bonusApplied: s.bonusApplied,
      bonusCut: s.bonusCut,
      penaltyTotal: s.penaltyTotal,
      total: s.total,
    });
  }
  return {
    period: { ...period, locked: adjustmentsLocked(period.state) },
    /** units an item may be added to: those scored in the period */
    units: units.filter((u) => u._count.indicators > 0).map((u) => ({ id: u.id, name: u.name, groupName: u.group.name })),
    byUnit: withItems,
    itemCount: rows.length,
  };
}
