// One unit's standing across the periods a viewer may read (the report card's trend line).
import 'server-only';
import type { Tx } from '../db/client';
import { getPeriodResults } from './load.server';

export interface TrendPoint {
  periodId: string;
  periodName: string;
  /** the unit took part in that period's results */
  present: boolean;
  final: number | null;
  provisional: boolean;
  groupRank: number | null;
  groupSize: number | null;
  overallRank: number | null;
  overallSize: number;
  /** the figures are a published snapshot */
  published: boolean;
}

/**
 * The unit's F and ranks in each of `periods` (the caller passes only periods the viewer may read,
 * e.g. readablePeriods(user)), oldest first. Periods come from getPeriodResults, so each is cached.
 */
export async function unitTrend(db: Tx, periods: readonly { id: string; name: string; year: number; half: number }[], unitId: string): Promise<TrendPoint[]> {
  const ordered = [...periods].sort((a, b) => a.year - b.year || a.half - b.half);
  const points: TrendPoint[] = [];
  for (const p of ordered) {
    const { result, snapshot } = await getPeriodResults(db, p.id);
    const u = result.units.find((x) => x.unitId === unitId);
    const group = u ? result.groups.find((g) => g.groupId === u.groupId) : undefined;
    points.push({
      periodId: p.id,
      periodName: p.name,
      present: !!u,
      final: u ? u.final.value : null,
      provisional: u ? u.provisional : false,
      groupRank: u ? u.groupRank : null,
      groupSize: group ? group.unitIds.length : null,
      overallRank: u ? u.overallRank : null,
      overallSize: result.units.length,
      published: snapshot !== null,
    });
  }
  return points;
}
