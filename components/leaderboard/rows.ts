// Ranking rows as the table shows them: the figures only (the breakdown is fetched on demand). Pure.
import type { PublicUnitResult } from '@/lib/leaderboard/present';
import type { RankChange } from '@/lib/scoring';

/** The figures of one ranking row; the breakdown behind them is fetched on demand. */
export interface RowUnit {
  unitId: string;
  name: string;
  indicatorScore: number;
  panelScore: number | null;
  adjustmentsTotal: number;
  adjustmentCount: number;
  final: number;
  provisional: boolean;
  provisionalReason: string | null;
  lights: PublicUnitResult['lights'];
}

export interface Row {
  unit: RowUnit;
  kind: string;
  rank: number;
  change: RankChange;
}

export function rowUnit(u: PublicUnitResult): RowUnit {
  return {
    unitId: u.unitId,
    name: u.name,
    indicatorScore: u.indicatorScore,
    panelScore: u.panelScore,
    adjustmentsTotal: u.adjustments.total,
    adjustmentCount: u.adjustments.items.length,
    final: u.final.value,
    provisional: u.provisional,
    provisionalReason: u.final.provisionalReason,
    lights: u.lights,
  };
}
