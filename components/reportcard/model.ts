// Pure helpers of the report card and the printable ranking: radar averages from judge cards,
// and no I/O, no React (the rank change is lib/leaderboard/present.ts's formatRankChange).

/** Card statuses whose scores are valid (every criterion scored within range): counted or dropped as highest/lowest. */
const VALID_STATUS = new Set(['counted', 'dropped_high', 'dropped_low']);

interface CardLike {
  status: string;
  scores: readonly (number | null)[];
}
interface UnitLike {
  unitId: string;
  groupId: string;
  panel: { judges: readonly CardLike[] };
}

/** Mean score per criterion over the unit's valid judge cards (null where no valid card scored it). */
export function unitCriterionAverages(cards: readonly CardLike[], criteria: number): (number | null)[] {
  const valid = cards.filter((c) => VALID_STATUS.has(c.status));
  return Array.from({ length: criteria }, (_, i) => {
    const xs = valid.map((c) => c.scores[i]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  });
}

/** Whether a unit has at least one valid judge card. */
export function hasPanelScores(cards: readonly CardLike[]): boolean {
  return cards.some((c) => VALID_STATUS.has(c.status));
}

/**
 * The group's average per criterion: the mean of its units' own averages (each unit counts once,
 * whatever the number of judges), over the units of `groupId` that have valid cards.
 */
export function groupCriterionAverages(units: readonly UnitLike[], groupId: string, criteria: number): { values: (number | null)[]; unitCount: number } {
  const perUnit = units.filter((u) => u.groupId === groupId && hasPanelScores(u.panel.judges)).map((u) => unitCriterionAverages(u.panel.judges, criteria));
  const values = Array.from({ length: criteria }, (_, i) => {
    const xs = perUnit.map((a) => a[i]).filter((x): x is number => x !== null && x !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  });
  return { values, unitCount: perUnit.length };
}

export interface RadarSeries {
  /** criteria in rubric order with their maxima */
  criteria: { id: string; maxScore: number }[];
  unit: (number | null)[];
  group: (number | null)[];
  /** the same as shares of each criterion's maximum, in percent (what the radar plots: criteria of different maxima stay comparable) */
  unitShare: (number | null)[];
  groupShare: (number | null)[];
  groupUnitCount: number;
}

/** The radar of one unit against its group, or null when the unit has no valid panel score (the radar is hidden). */
export function radarSeries(result: { rubric: readonly { id: string; maxScore: number }[]; units: readonly UnitLike[] }, unitId: string): RadarSeries | null {
  const unit = result.units.find((u) => u.unitId === unitId);
  const n = result.rubric.length;
  if (!unit || n === 0 || !hasPanelScores(unit.panel.judges)) return null;
  const own = unitCriterionAverages(unit.panel.judges, n);
  const group = groupCriterionAverages(result.units, unit.groupId, n);
  const share = (v: number | null, i: number) => {
    const max = result.rubric[i]!.maxScore;
    return v === null || !(max > 0) ? null : (v / max) * 100;
  };
  return {
    criteria: result.rubric.map((c) => ({ id: c.id, maxScore: c.maxScore })),
    unit: own,
    group: group.values,
    unitShare: own.map(share),
    groupShare: group.values.map(share),
    groupUnitCount: group.unitCount,
  };
}
