// Scoring engine (DESIGN §4): one pure function from a Period's rows to every unit's explainable score and rank.
import { scoreAdjustments } from './adjustments';
import { evaluateIndicator } from './completion';
import { scoreCohorts } from './methods';
import { cmpOrder, cmpStr, sat, tieKey } from './numeric';
import { buildRubric, scorePanel } from './panel';
import { groupRankChange, overallRankChange, previousRanksOf, rankStandings, type Standing } from './rank';
import { resolveSettings } from './settings';
import type {
  AdjustmentInput,
  FinalResult,
  GroupInput,
  GroupResult,
  IndicatorInput,
  IndicatorResult,
  LightCounts,
  PanelScoreInput,
  PeriodSettings,
  ScoringInput,
  ScoringIssue,
  ScoringResult,
  UnitInput,
  UnitResult,
} from './types';

export type * from './types';
export type { Direction, Method } from '../domain/enums';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export { round2, TIE_GRAIN } from './numeric';
export { previousRanksOf } from './rank';
export { evaluateIndicator, lightOf } from './completion';
export { TRIM_FROM } from './panel';

interface UnitState {
  input: UnitInput;
  indicators: IndicatorInput[];
  panelRows: PanelScoreInput[];
  adjustments: AdjustmentInput[];
}

interface UnitStanding extends Standing {
  result: UnitResult;
}

const NONE: readonly never[] = Object.freeze([]);

/** Rows usually arrive ordered (the query orders them); checking is cheaper than sorting. */
function isSorted<T>(list: readonly T[], cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (cmp(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

function byIndicatorOrder(a: IndicatorInput, b: IndicatorInput): number {
  return cmpOrder(a.sortOrder, b.sortOrder) || cmpStr(a.key, b.key) || cmpStr(a.id, b.id);
}

function finalScore(settings: PeriodSettings, indicatorScore: number, panel: number | null, adjustments: number): FinalResult {
  const { alpha, beta } = settings;
  if (beta === 0 || panel === null) {
    return {
      mode: 'provisional',
      provisionalReason: beta === 0 ? 'beta_zero' : 'no_panel',
      alpha,
      beta,
      indicatorPart: indicatorScore,
      panelPart: 0,
      adjustments,
      value: sat(indicatorScore + adjustments),
    };
  }
  const indicatorPart = sat(alpha * indicatorScore);
  const panelPart = sat(beta * panel);
  return {
    mode: 'weighted',
    provisionalReason: null,
    alpha,
    beta,
    indicatorPart,
    panelPart,
    adjustments,
    value: sat(sat(indicatorPart + panelPart) + adjustments),
  };
}

/**
 * Scores one Period. Pure and deterministic: the result does not depend on the order of any input
 * list, and nothing is rounded (use round2 for display).
 */
export function scorePeriod(input: ScoringInput): ScoringResult {
  const issues: ScoringIssue[] = [];
  const { settings, defaulted, invalid } = resolveSettings(input.settings);
  for (const k of invalid) issues.push({ code: 'setting_invalid', ref: k });

  const units = new Map<string, UnitState>();
  for (const u of input.units) {
    if (units.has(u.id)) issues.push({ code: 'duplicate_unit', ref: u.id });
    else units.set(u.id, { input: u, indicators: [], panelRows: [], adjustments: [] });
  }
  // rows usually arrive grouped by unit: remember the last unit rather than hash every row
  let last: UnitState | undefined;
  const unitOf = (unitId: string): UnitState | undefined => (last !== undefined && last.input.id === unitId ? last : (last = units.get(unitId)));
  for (const ind of input.indicators) {
    const st = unitOf(ind.unitId);
    if (st) st.indicators.push(ind);
    else issues.push({ code: 'unknown_unit', ref: ind.unitId });
  }
  for (const row of input.panelScores ?? NONE) {
    const st = unitOf(row.unitId);
    if (st) st.panelRows.push(row);
    else issues.push({ code: 'unknown_unit', ref: row.unitId });
  }
  for (const adj of input.adjustments ?? NONE) {
    const st = units.get(adj.unitId);
    if (st) st.adjustments.push(adj);
    else issues.push({ code: 'unknown_unit', ref: adj.unitId });
  }

  // Indicators: per-unit figures first, then the cross-unit cohorts of efficacy and rank.
  const allIndicators: IndicatorResult[] = [];
  const unitIndicators = new Map<string, IndicatorResult[]>();
  for (const [id, st] of units) {
    if (!isSorted(st.indicators, byIndicatorOrder)) st.indicators.sort(byIndicatorOrder);
    const list = st.indicators.map((ind) => evaluateIndicator(ind, settings));
    for (const r of list) allIndicators.push(r);
    unitIndicators.set(id, list);
  }
  const cohorts = scoreCohorts(allIndicators, settings.rankFloor, issues);

  // Panel: 评委 numbers are period-wide (ordered by judge id) so 评委3 is the same person on every card.
  const rubric = buildRubric(input.rubric ?? NONE, issues);
  const judgeUnits = new Map<string, string | null>();
  for (const j of input.judges ?? NONE) if (!judgeUnits.has(j.id)) judgeUnits.set(j.id, j.unitId);
  const judgeIds = new Set<string>(judgeUnits.keys());
  for (const row of input.panelScores ?? NONE) judgeIds.add(row.judgeId);
  const judgeNos = new Map<string, number>();
  [...judgeIds].sort(cmpStr).forEach((id, i) => judgeNos.set(id, i + 1));

  const groupInputs = new Map<string, GroupInput>();
  for (const g of input.groups ?? NONE) if (!groupInputs.has(g.id)) groupInputs.set(g.id, g);

  const standings: UnitStanding[] = [];
  for (const [id, st] of units) {
    const indicators = unitIndicators.get(id) as IndicatorResult[];
    let indicatorScore = 0;
    let weightTotal = 0;
    const lights: LightCounts = { green: 0, yellow: 0, red: 0, missing: 0, redForTieBreak: 0 };
    for (const r of indicators) {
      indicatorScore = sat(indicatorScore + r.points);
      weightTotal = sat(weightTotal + r.weight);
      lights[r.light]++;
    }
    lights.redForTieBreak = lights.red + lights.missing;
    const panel = scorePanel(id, st.panelRows, judgeUnits, judgeNos, judgeNos.size, rubric);
    const adjustments = scoreAdjustments(st.adjustments, settings.bonusCap);
    const final = finalScore(settings, indicatorScore, panel.value, adjustments.total);
    const u = st.input;
    const result: UnitResult = {
      unitId: id,
      name: u.name,
      code: u.code ?? null,
      groupId: u.groupId,
      groupName: groupInputs.get(u.groupId)?.name ?? null,
      indicators,
      weightTotal,
      indicatorScore,
      lights,
      panel,
      panelScore: panel.value,
      adjustments,
      final,
      provisional: final.mode === 'provisional',
      groupRank: 0,
      overallRank: 0,
      groupRankDecidedBy: 'final',
      overallRankDecidedBy: 'final',
      groupRankChange: { kind: 'new', reason: 'absent' },
      overallRankChange: { kind: 'new', reason: 'absent' },
    };
    standings.push({
      unitId: id,
      name: u.name,
      code: u.code ?? null,
      sortOrder: u.sortOrder,
      finalKey: tieKey(final.value),
      indicatorKey: tieKey(indicatorScore),
      redForTieBreak: lights.redForTieBreak,
      result,
    });
  }

  const previous = previousRanksOf(input.previous);
  const overall = rankStandings(standings);
  overall.ordered.forEach((s, i) => {
    s.result.overallRank = overall.ranks[i] as number;
    s.result.overallRankDecidedBy = overall.decidedBy[i]!;
    s.result.overallRankChange = overallRankChange(previous.get(s.unitId), s.result.overallRank);
  });

  const byGroup = new Map<string, UnitStanding[]>();
  for (const g of groupInputs.keys()) byGroup.set(g, []);
  for (const s of overall.ordered) {
    const list = byGroup.get(s.result.groupId);
    if (list) list.push(s);
    else byGroup.set(s.result.groupId, [s]);
  }
  const groups: GroupResult[] = [];
  for (const [groupId, list] of byGroup) {
    const ranked = rankStandings(list);
    ranked.ordered.forEach((s, i) => {
      s.result.groupRank = ranked.ranks[i] as number;
      s.result.groupRankDecidedBy = ranked.decidedBy[i]!;
      s.result.groupRankChange = groupRankChange(previous.get(s.unitId), groupId, s.result.groupRank);
    });
    groups.push({ groupId, name: groupInputs.get(groupId)?.name ?? null, unitIds: ranked.ordered.map((s) => s.unitId) });
  }
  groups.sort((a, b) => {
    const ga = groupInputs.get(a.groupId);
    const gb = groupInputs.get(b.groupId);
    return cmpOrder(ga?.sortOrder, gb?.sortOrder) || cmpStr(a.name ?? '', b.name ?? '') || cmpStr(a.groupId, b.groupId);
  });

  const seen = new Set<string>();
  const uniqueIssues = issues
    .filter((i) => {
      const k = `${i.code}\u0000${i.ref}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => cmpStr(a.code, b.code) || cmpStr(a.ref, b.ref));

  return {
    engineVersion: 1,
    settings,
    settingsDefaulted: defaulted,
    units: overall.ordered.map((s) => s.result),
    groups,
    rubric: rubric.criteria.map((c) => ({ id: c.id, maxScore: c.maxScore })),
    cohorts,
    issues: uniqueIssues,
  };
}
