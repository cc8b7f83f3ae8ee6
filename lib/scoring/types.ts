// Input and output shapes of the scoring engine (DESIGN §4): plain data a server module builds from Prisma rows, and a JSON-safe breakdown of every number.
import type { Direction, Method } from '../domain/enums';

// ───────────────────────────── Settings ─────────────────────────────

/** A Period's scoring settings, as resolved by the engine (every value present and finite). */
export interface PeriodSettings {
  alpha: number;
  beta: number;
  bonusCap: number;
  greenThreshold: number;
  yellowThreshold: number;
  /** 序时进度: share of the annual target due by the end of this half */
  timeProgress: number;
  defaultCap: number;
  rankFloor: number;
}

/** Same fields as the Period row; a missing or unusable value falls back to DESIGN's default. */
export type PeriodSettingsInput = { [K in keyof PeriodSettings]?: number | null };

// ───────────────────────────── Input ─────────────────────────────

export interface GroupInput {
  id: string;
  name?: string | null;
  sortOrder?: number | null;
}

export interface UnitInput {
  id: string;
  name: string;
  code?: string | null;
  groupId: string;
  /** only orders units that share a rank; never decides a rank */
  sortOrder?: number | null;
  /**
   * Where the unit's submission stands (DESIGN §4 "What counts while a period is open"), echoed on its result:
   * approved; submitted (待审核 — counted, not yet reviewed); unreported (missing, a draft or returned — its
   * actuals are given as missing). Absent: not tracked (a published snapshot of older data, a test).
   */
  reportState?: ReportState;
}

export type ReportState = 'approved' | 'submitted' | 'unreported';

/** One Indicator row joined with its IndicatorValue (actual is null when nothing was reported). */
export interface IndicatorInput {
  id: string;
  unitId: string;
  /** shared key: holders of one key form the cohort of the efficacy and rank methods */
  key: string;
  name?: string | null;
  direction: Direction;
  method: Method;
  annualTarget?: number | null;
  halfTarget?: number | null;
  /** milestone only: percent planned by the end of the half */
  plannedPercent?: number | null;
  weight: number;
  /** null = the period's defaultCap */
  cap?: number | null;
  /** percent done for a milestone */
  actual: number | null;
  sortOrder?: number | null;
}

export interface CriterionInput {
  id: string;
  maxScore: number;
  sortOrder?: number | null;
}

/** A judge of the period's arena(s); unitId is the judge's own unit (conflict of interest), null for none. */
export interface JudgeInput {
  id: string;
  unitId: string | null;
}

/** One PanelScore row, with its participant resolved to the unit it scores. */
export interface PanelScoreInput {
  unitId: string;
  judgeId: string;
  criterionId: string;
  score: number;
}

export interface AdjustmentInput {
  id: string;
  unitId: string;
  /** > 0 bonus, < 0 penalty */
  points: number;
  reason: string;
}

/** A unit's standing in the previous period. */
export interface PreviousRank {
  groupId: string;
  groupRank: number;
  overallRank: number;
}

/** The previous period's engine output (or its stored snapshot), or its ranks by unit id. */
export type PreviousInput = ScoringResult | ReadonlyMap<string, PreviousRank> | Readonly<Record<string, PreviousRank>>;

export interface ScoringInput {
  settings?: PeriodSettingsInput | null;
  /** names and display order of contest groups; a unit's group need not be listed */
  groups?: readonly GroupInput[];
  units: readonly UnitInput[];
  indicators: readonly IndicatorInput[];
  rubric?: readonly CriterionInput[];
  judges?: readonly JudgeInput[];
  panelScores?: readonly PanelScoreInput[];
  adjustments?: readonly AdjustmentInput[];
  previous?: PreviousInput | null;
}

// ───────────────────────────── Output: indicators ─────────────────────────────

export type Light = 'green' | 'yellow' | 'red' | 'missing';

/** Where the target used came from. */
export type TargetSource = 'half_target' | 'annual_x_time_progress' | 'planned_percent' | 'none';

/** Input problems of one indicator; each one is shown, none is silently repaired. */
export type IndicatorProblem =
  'no_target' | 'target_not_positive' | 'actual_not_finite' | 'negative_actual' | 'weight_not_finite' | 'cap_invalid' | 'unknown_direction';

/** How c was obtained. */
export type CompletionFormula = 'actual/target' | 'target/actual' | 'lower_actual_zero' | 'done/planned' | 'missing' | 'invalid';

/**
 * How s was obtained. cohort_pending: an efficacy or rank indicator evaluated on its own
 * (evaluateIndicator) — its points need the period's cohort; scorePeriod never returns it.
 * missing: an efficacy or rank indicator whose actual is missing (未填报) — left out of the cohort, s = 0.
 */
export type PointsFormula = 'ratio' | 'efficacy' | 'efficacy_all_equal' | 'rank' | 'rank_single' | 'cohort_pending' | 'missing';

export interface TargetUsed {
  /** the half-year target (planned percent for a milestone); null when none could be derived */
  value: number | null;
  /**
   * half_target: value = the indicator's halfTarget; planned_percent: value = plannedPercent;
   * annual_x_time_progress: value = annualTarget × ScoringResult.settings.timeProgress
   */
  source: TargetSource;
  /** echoed whatever the source, for display next to the half target */
  annualTarget: number | null;
}

/**
 * The figures of one shared key's cohort (every indicator of the period holding the key). One object
 * per key, shared by all its holders' breakdowns.
 */
export interface KeyCohort {
  key: string;
  /** holders of the key */
  n: number;
  cMin: number;
  cMax: number;
  /** c_max = c_min (at the tie grain): efficacy gives every holder s = w */
  allEqual: boolean;
}

export interface IndicatorResult {
  indicatorId: string;
  key: string;
  name: string | null;
  direction: Direction;
  method: Method;
  weight: number;
  target: TargetUsed;
  actual: number | null;
  /** 未填报 */
  missing: boolean;
  problems: readonly IndicatorProblem[];
  completionFormula: CompletionFormula;
  /** c before the clamp */
  cRaw: number;
  /** c after the clamp to [0, cap] — the c of DESIGN */
  c: number;
  cap: number;
  capSource: 'indicator' | 'period';
  clamped: 'low' | 'high' | null;
  light: Light;
  /** efficacy and rank: the key's cohort (c_min, c_max, n); null for ratio */
  cohort: KeyCohort | null;
  /** rank method: competition rank of c in the cohort (floor f is settings.rankFloor); otherwise null */
  rank: number | null;
  formula: PointsFormula;
  /** s */
  points: number;
  /**
   * Not the engine's: set by lib/leaderboard/load.server.ts for an indicator whose actual is a ledger figure
   * (DESIGN §8) — the figure and the numerator / denominator the actual was computed from (null while not counted).
   */
  ledger?: IndicatorLedger | null;
}

/** Where a ledger-fed actual came from: "按期办结 18 / 办结 20". */
export interface IndicatorLedger {
  figure: string;
  numerator: number | null;
  /** null for counts */
  denominator: number | null;
}

export interface LightCounts {
  green: number;
  yellow: number;
  red: number;
  missing: number;
  /** red + missing: the count the ranking's third tie-break uses */
  redForTieBreak: number;
}

// ───────────────────────────── Output: panel ─────────────────────────────

export type CriterionScoreProblem = 'missing' | 'not_finite' | 'out_of_range' | 'duplicate';

export type JudgeExclusion = 'unknown_judge' | 'own_unit' | 'invalid_score' | 'incomplete';
export type JudgeStatus = 'counted' | 'dropped_high' | 'dropped_low' | 'excluded';

export interface JudgeCard {
  judgeId: string;
  /** 评委n: position of the judge among all judges of the period, ordered by id (same number for every unit) */
  judgeNo: number;
  /** one per criterion of ScoringResult.rubric, in that order; null = not scored or unusable */
  scores: (number | null)[];
  /** null when every criterion is scored and valid; otherwise aligned with scores */
  problems: (CriterionScoreProblem | null)[] | null;
  /** scores given for criteria not in the rubric (make the card invalid) */
  unknownCriteria: { criterionId: string; score: number | null }[] | null;
  /** sum of the criteria; null unless every criterion is scored and valid */
  total: number | null;
  status: JudgeStatus;
  exclusion: JudgeExclusion | null;
}

export interface PanelResult {
  /** every judge who scored the unit, by judgeNo */
  judges: JudgeCard[];
  /** judge totals that are valid and not excluded */
  validCount: number;
  /** trimmed_mean: 5+ valid totals, highest and lowest dropped; mean: 1–4; none: no valid total */
  rule: 'trimmed_mean' | 'mean' | 'none';
  droppedHighJudgeId: string | null;
  droppedLowJudgeId: string | null;
  countedCount: number;
  countedSum: number;
  /** S_panel; null = no panel score yet */
  value: number | null;
  /** sum of the rubric's maxima */
  maxTotal: number;
}

// ───────────────────────────── Output: adjustments, final, ranks ─────────────────────────────

export interface AdjustmentItem {
  adjustmentId: string;
  points: number;
  reason: string;
  /** invalid: points not finite — listed with points 0, not counted */
  kind: 'bonus' | 'penalty' | 'zero' | 'invalid';
}

export interface AdjustmentsResult {
  items: AdjustmentItem[];
  bonusRaw: number;
  bonusCap: number;
  bonusApplied: number;
  /** bonusRaw − bonusApplied: what the cap took away */
  bonusCut: number;
  /** ≤ 0, uncapped */
  penaltyTotal: number;
  total: number;
}

export interface FinalResult {
  /** weighted: α × S_ind + β × S_panel + adj; provisional: S_ind + adj */
  mode: 'weighted' | 'provisional';
  provisionalReason: 'no_panel' | 'beta_zero' | null;
  alpha: number;
  beta: number;
  indicatorPart: number;
  panelPart: number;
  adjustments: number;
  /** F */
  value: number;
}

/** The deepest comparison needed to place the unit against its neighbours in the ordering. */
export type RankDecidedBy = 'final' | 'indicator_score' | 'red_lights' | 'shared';

export type RankChange =
  { kind: 'ranked'; previousRank: number; /** previous − current: positive = moved up */ delta: number } | { kind: 'new'; reason: 'absent' | 'group_changed' };

export interface UnitResult {
  unitId: string;
  name: string;
  code: string | null;
  groupId: string;
  groupName: string | null;
  indicators: IndicatorResult[];
  /** Σ weights (should be 100; shown, not enforced) */
  weightTotal: number;
  /** S_ind */
  indicatorScore: number;
  lights: LightCounts;
  panel: PanelResult;
  /** S_panel, null when the unit has no panel score yet */
  panelScore: number | null;
  adjustments: AdjustmentsResult;
  final: FinalResult;
  provisional: boolean;
  groupRank: number;
  overallRank: number;
  groupRankDecidedBy: RankDecidedBy;
  overallRankDecidedBy: RankDecidedBy;
  /** against the previous period's rank in the same group (DESIGN's ↑2 / ↓1 / 新) */
  groupRankChange: RankChange;
  /** against the previous period's overall rank; 'new' only when absent */
  overallRankChange: RankChange;
  /** the input's reportState (待审核 when 'submitted'); absent when the input had none */
  reportState?: ReportState;
}

export interface GroupResult {
  groupId: string;
  name: string | null;
  /** by group rank, best first */
  unitIds: string[];
}

export type ScoringIssueCode = 'setting_invalid' | 'duplicate_unit' | 'unknown_unit' | 'criterion_invalid' | 'mixed_methods';

/** A period-level input problem (rows that could not be placed, settings replaced by defaults). */
export interface ScoringIssue {
  code: ScoringIssueCode;
  /** the id, key or setting name concerned */
  ref: string;
}

export interface ScoringResult {
  engineVersion: 1;
  settings: PeriodSettings;
  /** settings that were missing or unusable and took DESIGN's default */
  settingsDefaulted: (keyof PeriodSettings)[];
  /** every unit, by overall rank (units sharing a rank by sortOrder, code, name, id) */
  units: UnitResult[];
  /** by group sortOrder, name, id */
  groups: GroupResult[];
  /** the panel rubric in display order; judge cards' scores follow it */
  rubric: { id: string; maxScore: number }[];
  /** cohorts of the keys that have an efficacy or rank holder, by key */
  cohorts: KeyCohort[];
  issues: ScoringIssue[];
}
