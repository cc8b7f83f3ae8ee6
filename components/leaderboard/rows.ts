// Ranking rows as the table, the cards and the chart show them: the figures only, rounded for display (the
// breakdown behind them is fetched on demand). Pure.
import type { PublicUnitResult } from '@/lib/leaderboard/present';
import { round2, type RankChange, type UnitResult } from '@/lib/scoring';

/** The figures of one ranking row, rounded to what is shown (2 decimals); the breakdown is fetched on demand. */
export interface RowUnit {
  unitId: string;
  name: string;
  /** the unit's short name where it has one (chart labels) */
  shortName?: string;
  indicatorScore: number;
  panelScore: number | null;
  adjustmentsTotal: number;
  adjustmentCount: number;
  final: number;
  provisional: boolean;
  lights: Pick<PublicUnitResult['lights'], 'green' | 'yellow' | 'red' | 'missing'>;
  /** absent: approved (or the loader does not say) */
  reportState?: UnitResult['reportState'];
}

export interface Row {
  unit: RowUnit;
  kind: string;
  rank: number;
  change: RankChange;
}

export function rowUnit(u: PublicUnitResult, shortName?: string | null): RowUnit {
  const row: RowUnit = {
    unitId: u.unitId,
    name: u.name,
    indicatorScore: round2(u.indicatorScore),
    panelScore: u.panelScore === null ? null : round2(u.panelScore),
    adjustmentsTotal: round2(u.adjustments.total),
    adjustmentCount: u.adjustments.items.length,
    final: round2(u.final.value),
    provisional: u.provisional,
    lights: { green: u.lights.green, yellow: u.lights.yellow, red: u.lights.red, missing: u.lights.missing },
  };
  if (shortName) row.shortName = shortName;
  if (u.reportState && u.reportState !== 'approved') row.reportState = u.reportState;
  return row;
}
