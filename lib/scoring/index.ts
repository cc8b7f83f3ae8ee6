// Scoring engine (DESIGN §4): one pure function from a Period's rows to every unit's explainable score and rank.
import { scoreAdjustments } from './adjustments';
import { evaluateInto, evaluationSettings, indicatorResultOf, newFigures, type EvaluationSettings } from './completion';
import { attachSlot, defineLazyIndicators, defineLazyPanel, makePlain, newSlot, type BreakdownSlot, type BreakdownSource } from './lazy';
import { METHOD_EFFICACY, METHOD_RANK, methodCode, scoreCohorts, type CohortTable, type IndicatorColumns } from './methods';
import { cmpOrder, cmpStr, sat, tieKey } from './numeric';
import { buildRubric, PanelSheet, type JudgeTable, type Rubric } from './panel';
import { DECIDED_BY, groupRankChange, overallRankChange, previousRanksOf, rankStandings, type Standing } from './rank';
import { resolveSettings } from './settings';
import type {
  AdjustmentInput,
  AdjustmentsResult,
  FinalResult,
  GroupInput,
  GroupResult,
  IndicatorInput,
  IndicatorResult,
  LightCounts,
  PanelResult,
  PanelScoreInput,
  PeriodSettings,
  PreviousRank,
  RankChange,
  RankDecidedBy,
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
export { hasPendingBreakdown, materializeBreakdowns } from './lazy';

export interface ScorePeriodOptions {
  /**
   * lazy (default): every number, rank and issue is computed at once; each unit's `indicators` and
   * `panel` (with its judge cards) breakdowns are built on first read (then kept). eager: built before returning, as
   * plain data properties. Both give the same result, value for value and key for key.
   */
  breakdowns?: 'lazy' | 'eager';
}

/** What the ranking compares of a unit, and the unit's number (its figures are in UnitFigures). */
interface UnitStanding extends Standing {
  u: number;
}

/** Pass 3's figures by unit number; each UnitResult is built from them once ranked (so it is built once, complete). */
interface UnitFigures {
  indicatorScore: Float64Array;
  /** S_panel, NaN for none yet */
  panelScore: Float64Array;
  adjustments: AdjustmentsResult[];
  final: FinalResult[];
  slot: BreakdownSlot[];
}

/** Group ranks by unit number (kept apart from the standings: writing into those after creation would keep changing their hidden class). */
interface GroupRanks {
  rank: Int32Array;
  /** index in DECIDED_BY */
  decidedBy: Uint8Array;
}

const NONE: readonly never[] = Object.freeze([]);

function byIndicatorOrder(a: IndicatorInput, b: IndicatorInput): number {
  const x = a.sortOrder;
  const y = b.sortOrder;
  // the common case (two finite sortOrders) without cmpOrder's checks; same sign
  const bySortOrder = typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? x - y : cmpOrder(x, y);
  return bySortOrder || cmpStr(a.key, b.key) || cmpStr(a.id, b.id);
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
 * Rows of one list by unit: unit u's rows are rows[from[u]] … rows[to[u] − 1], in input order. Rows
 * usually arrive grouped by unit (the queries order them), and then the input list itself is used;
 * otherwise a copy is bucketed (a stable counting sort). Rows of unknown units are reported.
 */
function byUnit<T extends { unitId: string }>(input: readonly T[], unitIndex: ReadonlyMap<string, number>, unitCount: number, issues: ScoringIssue[]) {
  const from = new Int32Array(unitCount);
  const to = new Int32Array(unitCount);
  const count = new Int32Array(unitCount);
  let grouped = true;
  let known = 0;
  let lastId: string | undefined;
  let last = -1;
  for (let r = 0; r < input.length; r++) {
    const id = (input[r] as T).unitId;
    if (id !== lastId || r === 0) {
      // look a unit up only when it changes; a unit met again after another one breaks the grouping
      lastId = id;
      last = unitIndex.get(id) ?? -1;
      if (last >= 0) {
        if (count[last] === 0) from[last] = r;
        else if (to[last] !== r) grouped = false;
      }
    }
    if (last < 0) issues.push({ code: 'unknown_unit', ref: id });
    else {
      count[last]!++;
      to[last] = r + 1;
      known++;
    }
  }
  // every position must belong to a unit (cohorts are taken over all positions)
  if (grouped && known === input.length) return { rows: input, from, to };
  const rows = new Array<T>(known);
  let at = 0;
  for (let u = 0; u < unitCount; u++) {
    from[u] = to[u] = at;
    at += count[u]!;
  }
  lastId = undefined;
  for (let r = 0; r < input.length; r++) {
    const id = (input[r] as T).unitId;
    if (id !== lastId || r === 0) {
      lastId = id;
      last = unitIndex.get(id) ?? -1;
    }
    if (last >= 0) rows[to[last]!++] = input[r] as T;
  }
  return { rows: rows as readonly T[], from, to };
}

/**
 * The columns only the computing passes read (method, weight, c, missing): one set, grown to the largest period
 * seen and reused call after call (scorePeriod is synchronous, and no result keeps them — the breakdowns keep
 * `points`, `keyOf` and the ranks). Fresh zeroed megabytes per call cost more in page faults and collections than
 * the scoring itself at 1,000 units. Every position below the period's size is written before it is read.
 */
interface PassScratch {
  method: Uint8Array;
  weight: Float64Array;
  c: Float64Array;
  missing: Uint8Array;
}
let scratch: PassScratch = { method: new Uint8Array(0), weight: new Float64Array(0), c: new Float64Array(0), missing: new Uint8Array(0) };

function passScratch(total: number): PassScratch {
  if (scratch.weight.length < total) {
    scratch = { method: new Uint8Array(total), weight: new Float64Array(total), c: new Float64Array(total), missing: new Uint8Array(total) };
  }
  return scratch;
}

/**
 * Pass 1, unit by unit: each indicator's own figures (c, light, ratio points) into columns, each unit's
 * weight total and lights, and the keys that have an efficacy or rank holder. Nothing is allocated per
 * indicator. (One call per unit rather than one long loop: the optimising compiler then sees a small,
 * stable function instead of replacing a running loop.)
 */
class IndicatorPass {
  readonly cols: IndicatorColumns;
  readonly weightTotals: Float64Array;
  readonly lightsOf: LightCounts[];
  private readonly f = newFigures();

  constructor(
    private readonly rows: readonly IndicatorInput[],
    private readonly settings: EvaluationSettings,
    unitCount: number,
  ) {
    const total = rows.length;
    const scratch = passScratch(total);
    this.cols = {
      row: rows,
      method: scratch.method,
      weight: scratch.weight,
      c: scratch.c,
      points: new Float64Array(total),
      missing: scratch.missing,
      keyOf: new Int32Array(total).fill(-1),
      keyIds: new Map<string, number>(),
      keyNames: [],
    };
    this.weightTotals = new Float64Array(unitCount);
    this.lightsOf = new Array<LightCounts>(unitCount);
  }

  unit(u: number, from: number, to: number): void {
    const { rows, settings, f } = this;
    const { method, weight, c, points, missing: missingAt, keyOf, keyIds, keyNames } = this.cols;
    let weightTotal = 0;
    let green = 0;
    let yellow = 0;
    let red = 0;
    let missing = 0;
    for (let k = from; k < to; k++) {
      const row = rows[k] as IndicatorInput;
      evaluateInto(row, settings, f);
      weight[k] = f.weight;
      c[k] = f.c;
      points[k] = f.points;
      missingAt[k] = f.missing ? 1 : 0;
      weightTotal = sat(weightTotal + f.weight);
      const l = f.light;
      if (l === 'green') green++;
      else if (l === 'yellow') yellow++;
      else if (l === 'red') red++;
      else missing++;
      const m = methodCode(row.method);
      method[k] = m;
      if (m === METHOD_EFFICACY || m === METHOD_RANK) {
        let id = keyIds.get(row.key);
        if (id === undefined) {
          keyIds.set(row.key, (id = keyNames.length));
          keyNames.push(row.key);
        }
        keyOf[k] = id;
      }
    }
    this.weightTotals[u] = weightTotal;
    this.lightsOf[u] = { green, yellow, red, missing, redForTieBreak: red + missing };
  }
}

/** Each unit's indicator rows in display order (sortOrder, key, id): rows usually arrive so (the query orders them), and checking is cheaper than sorting. */
function inDisplayOrder(input: readonly IndicatorInput[], rows: readonly IndicatorInput[], from: Int32Array, to: Int32Array): readonly IndicatorInput[] {
  for (let u = 0; u < from.length; u++) {
    const a = from[u]!;
    const b = to[u]!;
    for (let k = a + 1; k < b; k++) {
      if (byIndicatorOrder(rows[k - 1] as IndicatorInput, rows[k] as IndicatorInput) > 0) {
        if (rows === input) rows = rows.slice(); // never reorder the caller's list
        const sorted = rows.slice(a, b).sort(byIndicatorOrder);
        for (let i = 0; i < sorted.length; i++) (rows as IndicatorInput[])[a + i] = sorted[i] as IndicatorInput;
        break;
      }
    }
  }
  return rows;
}

/** Builds the breakdowns from the inputs and the figures kept from the computing pass. */
class Breakdowns implements BreakdownSource {
  private sheet: PanelSheet | null = null;

  constructor(
    private readonly evaluation: EvaluationSettings,
    private readonly unitIds: readonly string[],
    /** indicator rows by position; unit u holds positions indicatorFrom[u] … indicatorTo[u] − 1 */
    private readonly indicatorRows: readonly IndicatorInput[],
    private readonly indicatorFrom: Int32Array,
    private readonly indicatorTo: Int32Array,
    private readonly points: Float64Array,
    private readonly cohorts: CohortTable,
    private readonly panelRows: readonly PanelScoreInput[],
    private readonly panelFrom: Int32Array,
    private readonly panelTo: Int32Array,
    private readonly rubric: Rubric,
    private readonly judgeTable: JudgeTable,
  ) {}

  indicators(u: number): IndicatorResult[] {
    const from = this.indicatorFrom[u]!;
    const to = this.indicatorTo[u]!;
    const list = new Array<IndicatorResult>(to - from);
    const f = newFigures();
    const { keyOf, byId, rank } = this.cohorts;
    for (let k = from; k < to; k++) {
      const row = this.indicatorRows[k] as IndicatorInput;
      evaluateInto(row, this.evaluation, f);
      const r = indicatorResultOf(row, f);
      if (row.method === 'efficacy' || row.method === 'rank') {
        const cohort = byId[keyOf[k]!]!;
        r.cohort = cohort;
        if (r.missing) r.formula = 'missing';
        else if (row.method === 'efficacy') r.formula = cohort.allEqual ? 'efficacy_all_equal' : 'efficacy';
        else {
          r.rank = rank[k]!;
          r.formula = cohort.n === 1 ? 'rank_single' : 'rank';
        }
        r.points = this.points[k]!;
      }
      list[k - from] = r;
    }
    return list;
  }

  panel(u: number): PanelResult {
    const from = this.panelFrom[u]!;
    const to = this.panelTo[u]!;
    const sheet = (this.sheet ??= new PanelSheet(this.rubric, this.judgeTable));
    sheet.score(this.unitIds[u] as string, this.panelRows, from, to);
    return sheet.result(this.panelRows, from, to);
  }
}

interface UnitContext {
  settings: PeriodSettings;
  source: Breakdowns;
  sheet: PanelSheet;
  panelRows: readonly PanelScoreInput[];
  panelFrom: Int32Array;
  panelTo: Int32Array;
  /** s by indicator position */
  points: Float64Array;
}

/** Pass 3 for one unit: S_ind, S_panel (its panel breakdown is left to build on first read), adjustments and F. */
function unitStanding(
  ctx: UnitContext,
  figures: UnitFigures,
  u: number,
  unit: UnitInput,
  indicatorFrom: number,
  indicatorTo: number,
  lights: LightCounts,
  adjustmentRows: readonly AdjustmentInput[],
): UnitStanding {
  const { sheet, points } = ctx;
  let indicatorScore = 0;
  for (let k = indicatorFrom; k < indicatorTo; k++) indicatorScore = sat(indicatorScore + points[k]!);
  sheet.score(unit.id, ctx.panelRows, ctx.panelFrom[u]!, ctx.panelTo[u]!);
  const panelScore = sheet.value;
  const adjustments = scoreAdjustments(adjustmentRows, ctx.settings.bonusCap);
  const final = finalScore(ctx.settings, indicatorScore, panelScore, adjustments.total);
  figures.indicatorScore[u] = indicatorScore;
  figures.panelScore[u] = panelScore === null ? Number.NaN : panelScore;
  figures.adjustments[u] = adjustments;
  figures.final[u] = final;
  figures.slot[u] = newSlot(ctx.source, u);
  return {
    unitId: unit.id,
    name: unit.name,
    code: unit.code ?? null,
    sortOrder: unit.sortOrder,
    finalKey: tieKey(final.value),
    indicatorKey: tieKey(indicatorScore),
    redForTieBreak: lights.redForTieBreak,
    u,
  };
}

/**
 * A unit's result, built once its ranks are known (key order as documented in types.ts), by a constructor so that
 * it is one allocation with every field inside the object: keys added one by one to a five-key literal re-grew the
 * object's out-of-line property storage several times per unit (a fifth of what scorePeriod allocated). Its
 * prototype is Object.prototype, so it is a plain object to everyone (structuredClone, React's serialisation, deep
 * equality) — exactly what the literal was.
 */
function UnitResultObject(
  this: UnitResult,
  unit: UnitInput,
  groupName: string | null,
  slot: BreakdownSlot,
  weightTotal: number,
  indicatorScore: number,
  lights: LightCounts,
  panelScore: number | null,
  adjustments: AdjustmentsResult,
  final: FinalResult,
  groupRank: number,
  overallRank: number,
  groupRankDecidedBy: RankDecidedBy,
  overallRankDecidedBy: RankDecidedBy,
  groupRankChange: RankChange,
  overallRankChange: RankChange,
) {
  this.unitId = unit.id;
  this.name = unit.name;
  this.code = unit.code ?? null;
  this.groupId = unit.groupId;
  this.groupName = groupName;
  attachSlot(this, slot);
  defineLazyIndicators(this);
  this.weightTotal = weightTotal;
  this.indicatorScore = indicatorScore;
  this.lights = lights;
  defineLazyPanel(this);
  this.panelScore = panelScore;
  this.adjustments = adjustments;
  this.final = final;
  this.provisional = final.mode === 'provisional';
  this.groupRank = groupRank;
  this.overallRank = overallRank;
  this.groupRankDecidedBy = groupRankDecidedBy;
  this.overallRankDecidedBy = overallRankDecidedBy;
  this.groupRankChange = groupRankChange;
  this.overallRankChange = overallRankChange;
  if (unit.reportState !== undefined) this.reportState = unit.reportState;
}
UnitResultObject.prototype = Object.prototype;
const NewUnitResult = UnitResultObject as unknown as new (...args: Parameters<typeof UnitResultObject>) => UnitResult;

function unitResult(
  unit: UnitInput,
  u: number,
  groupName: string | null,
  figures: UnitFigures,
  weightTotal: number,
  lights: LightCounts,
  overallRank: number,
  overallDecidedBy: RankDecidedBy,
  groupRanks: GroupRanks,
  previous: PreviousRank | undefined,
): UnitResult {
  const groupRank = groupRanks.rank[u]!;
  const panelScore = figures.panelScore[u]!;
  return new NewUnitResult(
    unit,
    groupName,
    figures.slot[u] as BreakdownSlot,
    weightTotal,
    figures.indicatorScore[u]!,
    lights,
    panelScore === panelScore ? panelScore : null,
    figures.adjustments[u] as AdjustmentsResult,
    figures.final[u] as FinalResult,
    groupRank,
    overallRank,
    DECIDED_BY[groupRanks.decidedBy[u]!]!,
    overallDecidedBy,
    groupRankChange(previous, unit.groupId, groupRank),
    overallRankChange(previous, overallRank),
  );
}

/**
 * Scores one Period. Pure and deterministic: the result does not depend on the order of any input
 * list, and nothing is rounded (use round2 for display).
 *
 * Every number is computed here, in flat passes that allocate nothing per indicator or per judge
 * card; each unit's `indicators` and `panel` breakdowns are built from the same figures the
 * first time they are read (see options.breakdowns).
 */
export function scorePeriod(input: ScoringInput, options?: ScorePeriodOptions): ScoringResult {
  const issues: ScoringIssue[] = [];
  const { settings, defaulted, invalid } = resolveSettings(input.settings);
  for (const k of invalid) issues.push({ code: 'setting_invalid', ref: k });

  // units: a duplicated id is reported, the first row wins
  const unitList: UnitInput[] = [];
  const unitIndex = new Map<string, number>();
  for (const u of input.units) {
    if (unitIndex.has(u.id)) issues.push({ code: 'duplicate_unit', ref: u.id });
    else {
      unitIndex.set(u.id, unitList.length);
      unitList.push(u);
    }
  }
  const unitCount = unitList.length;
  const unitIds = unitList.map((u) => u.id);

  // Indicators: each unit's in display order (sortOrder, key, id); position k is rows[k].
  const indicatorsByUnit = byUnit(input.indicators, unitIndex, unitCount, issues);
  const { from: indicatorFrom, to: indicatorTo } = indicatorsByUnit;
  const rows = inDisplayOrder(input.indicators, indicatorsByUnit.rows, indicatorFrom, indicatorTo);

  // Pass 1: each indicator's own figures, each unit's weight total and lights.
  const evaluation = evaluationSettings(settings);
  const pass1 = new IndicatorPass(rows, evaluation, unitCount);
  for (let u = 0; u < unitCount; u++) pass1.unit(u, indicatorFrom[u]!, indicatorTo[u]!);
  const { cols, weightTotals, lightsOf } = pass1;
  // Pass 2: the cross-unit cohorts of efficacy and rank.
  const cohorts = scoreCohorts(cols, settings.rankFloor, issues);

  // Panel: 评委 numbers are period-wide (ordered by judge id) so 评委3 is the same person on every card.
  const rubric = buildRubric(input.rubric ?? NONE, issues);
  const judgeUnits = new Map<string, string | null>();
  for (const j of input.judges ?? NONE) if (!judgeUnits.has(j.id)) judgeUnits.set(j.id, j.unitId);
  const panelRows = input.panelScores ?? NONE;
  const judgeIdSet = new Set<string>(judgeUnits.keys());
  let lastJudge: string | undefined;
  for (let r = 0; r < panelRows.length; r++) {
    const id = (panelRows[r] as PanelScoreInput).judgeId;
    if (id !== lastJudge || r === 0) judgeIdSet.add((lastJudge = id));
  }
  const judgeIds = [...judgeIdSet].sort(cmpStr);
  const noOf = new Map<string, number>();
  judgeIds.forEach((id, i) => noOf.set(id, i + 1));
  const judgeTable: JudgeTable = { noOf, ids: judgeIds, unitOf: judgeIds.map((id) => judgeUnits.get(id)) };
  const panelByUnit = byUnit(panelRows, unitIndex, unitCount, issues);
  const sheet = new PanelSheet(rubric, judgeTable);

  const adjustmentsOf = new Array<AdjustmentInput[] | undefined>(unitCount);
  for (const adj of input.adjustments ?? NONE) {
    const u = unitIndex.get(adj.unitId);
    if (u === undefined) issues.push({ code: 'unknown_unit', ref: adj.unitId });
    else (adjustmentsOf[u] ??= []).push(adj);
  }

  const groupInputs = new Map<string, GroupInput>();
  for (const g of input.groups ?? NONE) if (!groupInputs.has(g.id)) groupInputs.set(g.id, g);

  const source = new Breakdowns(
    evaluation,
    unitIds,
    rows,
    indicatorFrom,
    indicatorTo,
    cols.points,
    cohorts,
    panelByUnit.rows,
    panelByUnit.from,
    panelByUnit.to,
    rubric,
    judgeTable,
  );

  // Pass 3: per unit, in unit order.
  const ctx: UnitContext = { settings, source, sheet, panelRows: panelByUnit.rows, panelFrom: panelByUnit.from, panelTo: panelByUnit.to, points: cols.points };
  const figures: UnitFigures = { indicatorScore: new Float64Array(unitCount), panelScore: new Float64Array(unitCount), adjustments: [], final: [], slot: [] };
  const standings: UnitStanding[] = [];
  for (let u = 0; u < unitCount; u++) {
    standings.push(
      unitStanding(ctx, figures, u, unitList[u] as UnitInput, indicatorFrom[u]!, indicatorTo[u]!, lightsOf[u] as LightCounts, adjustmentsOf[u] ?? NONE),
    );
  }

  // Ranking, overall and in each contest group.
  const overall = rankStandings(standings);
  const groupRanks: GroupRanks = { rank: new Int32Array(unitCount), decidedBy: new Uint8Array(unitCount) };
  const byGroup = new Map<string, UnitStanding[]>();
  for (const g of groupInputs.keys()) byGroup.set(g, []);
  for (const s of overall.ordered) {
    const groupId = (unitList[s.u] as UnitInput).groupId;
    const list = byGroup.get(groupId);
    if (list) list.push(s);
    else byGroup.set(groupId, [s]);
  }
  const groups: GroupResult[] = [];
  for (const [groupId, list] of byGroup) {
    const ranked = rankStandings(list);
    ranked.ordered.forEach((s, i) => {
      groupRanks.rank[s.u] = ranked.ranks[i] as number;
      groupRanks.decidedBy[s.u] = ranked.decidedLevel[i]!;
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

  const previous = previousRanksOf(input.previous);
  const units = overall.ordered.map((s, i) => {
    const unit = unitList[s.u] as UnitInput;
    const groupName = groupInputs.get(unit.groupId)?.name ?? null;
    return unitResult(
      unit,
      s.u,
      groupName,
      figures,
      weightTotals[s.u]!,
      lightsOf[s.u] as LightCounts,
      overall.ranks[i]!,
      overall.decidedBy[i]!,
      groupRanks,
      previous.get(s.unitId),
    );
  });
  if (options?.breakdowns === 'eager') for (const u of units) makePlain(u);
  return {
    engineVersion: 1,
    settings,
    settingsDefaulted: defaulted,
    units,
    groups,
    rubric: rubric.criteria.map((c) => ({ id: c.id, maxScore: c.maxScore })),
    cohorts: cohorts.sorted,
    issues: uniqueIssues,
  };
}
