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

/**
 * A row as it travels to the browser inside the page (the RSC payload): a tuple without key names, which
 * repeated 27 times made a fifth of the page. [unitId, name, shortName ('' for none), kind, rank, previous rank
 * or why 新, delta, S_ind, S_panel, 加减分, their count, F, 暂定 (1/0), green, yellow, red, missing, reportState?]
 */
export type PackedRow = [
  unitId: string,
  name: string,
  shortName: string,
  kind: string,
  rank: number,
  previous: number | 'absent' | 'group_changed',
  delta: number,
  indicatorScore: number,
  panelScore: number | null,
  adjustmentsTotal: number,
  adjustmentCount: number,
  final: number,
  provisional: 0 | 1,
  green: number,
  yellow: number,
  red: number,
  missing: number,
  reportState?: NonNullable<RowUnit['reportState']>,
];

export function packRows(rows: readonly Row[]): PackedRow[] {
  return rows.map(({ unit: u, kind, rank, change }) => {
    const p: PackedRow = [
      u.unitId,
      u.name,
      u.shortName ?? '',
      kind,
      rank,
      change.kind === 'new' ? change.reason : change.previousRank,
      change.kind === 'new' ? 0 : change.delta,
      u.indicatorScore,
      u.panelScore,
      u.adjustmentsTotal,
      u.adjustmentCount,
      u.final,
      u.provisional ? 1 : 0,
      u.lights.green,
      u.lights.yellow,
      u.lights.red,
      u.lights.missing,
    ];
    if (u.reportState) p.push(u.reportState);
    return p;
  });
}

export function unpackRows(packed: readonly PackedRow[]): Row[] {
  return packed.map(
    ([
      unitId,
      name,
      shortName,
      kind,
      rank,
      previous,
      delta,
      indicatorScore,
      panelScore,
      adjustmentsTotal,
      adjustmentCount,
      final,
      provisional,
      green,
      yellow,
      red,
      missing,
      reportState,
    ]) => {
      const unit: RowUnit = {
        unitId,
        name,
        indicatorScore,
        panelScore,
        adjustmentsTotal,
        adjustmentCount,
        final,
        provisional: provisional === 1,
        lights: { green, yellow, red, missing },
      };
      if (shortName) unit.shortName = shortName;
      if (reportState) unit.reportState = reportState;
      const change: RankChange = typeof previous === 'number' ? { kind: 'ranked', previousRank: previous, delta } : { kind: 'new', reason: previous };
      return { unit, kind, rank, change };
    },
  );
}
