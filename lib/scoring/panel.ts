// Panel score S_panel of one unit from its judges' PanelScores: conflict of interest, 去掉一个最高分、一个最低分, mean.
import { cmpNum, cmpOrder, cmpStr, sat } from './numeric';
import type { CriterionInput, CriterionScoreProblem, JudgeCard, JudgeExclusion, JudgeStatus, PanelResult, PanelScoreInput, ScoringIssue } from './types';

/** Judge totals needed before the highest and lowest are dropped. */
export const TRIM_FROM = 5;

export interface Rubric {
  criteria: readonly { id: string; maxScore: number }[];
  index: ReadonlyMap<string, number>;
  maxTotal: number;
}

/** Rubric in display order; a criterion with an unusable maximum is left out (its scores then count as invalid). */
export function buildRubric(input: readonly CriterionInput[], issues: ScoringIssue[]): Rubric {
  const sorted = input.slice().sort((a, b) => cmpOrder(a.sortOrder, b.sortOrder) || cmpStr(a.id, b.id) || cmpNum(a.maxScore, b.maxScore));
  const criteria: { id: string; maxScore: number }[] = [];
  const index = new Map<string, number>();
  let maxTotal = 0;
  for (const c of sorted) {
    if (index.has(c.id) || !Number.isFinite(c.maxScore) || c.maxScore < 0) {
      issues.push({ code: 'criterion_invalid', ref: c.id });
      continue;
    }
    index.set(c.id, criteria.length);
    criteria.push({ id: c.id, maxScore: c.maxScore + 0 });
    maxTotal = sat(maxTotal + c.maxScore);
  }
  return { criteria, index, maxTotal };
}

/** The period's judges: 评委 numbers 1…count are period-wide (ordered by id), so 评委3 is the same person on every card. */
export interface JudgeTable {
  /** judge id → 评委 number */
  noOf: ReadonlyMap<string, number>;
  /** by 评委 number − 1 */
  ids: readonly string[];
  /** by 评委 number − 1: the judge's own unit (null: none); undefined: not on the panel list (conflict of interest cannot be checked) */
  unitOf: readonly (string | null | undefined)[];
}

// state of one criterion slot of a card
const UNSEEN = 0;
const OK = 1;
const OUT_OF_RANGE = 2;
const NOT_FINITE = 3;
const DUPLICATE = 4;
const SLOT_PROBLEM: readonly (CriterionScoreProblem | null)[] = ['missing', null, 'out_of_range', 'not_finite', 'duplicate'];

const EXCLUSIONS: readonly (JudgeExclusion | null)[] = [null, 'unknown_judge', 'own_unit', 'invalid_score', 'incomplete'];

/**
 * The judge cards of one unit as typed arrays, reused unit after unit. score() computes everything
 * S_panel needs without allocating; cards() turns the same figures into JudgeCard objects (the
 * breakdown), so the two cannot disagree.
 *
 * Rules: a card counts only if every rubric criterion has exactly one finite score within [0, max].
 * An out-of-range, non-finite, duplicated or unknown-criterion score is reported and makes the
 * whole card invalid rather than being clamped: entry refuses such scores, so one in the data is
 * an error to show, not a number to invent. A card missing a criterion is incomplete (the judge is
 * still scoring). A judge not on the panel list is excluded (unknown_judge), a judge of the unit
 * itself own_unit.
 */
export class PanelSheet {
  private readonly n: number;
  private readonly slots: Float64Array;
  private readonly state: Uint8Array;
  private readonly unknown: Int32Array;
  private readonly seen: Uint8Array;
  /** judges (评委 number − 1) who scored the unit, ascending after score() */
  private readonly touched: Int32Array;
  private count = 0;
  private readonly total: Float64Array;
  private readonly exclusion: Uint8Array;
  private readonly validTotal: Float64Array;
  private readonly validJudge: Int32Array;

  // outcome of the last score()
  validCount = 0;
  countedCount = 0;
  countedSum = 0;
  /** 评委 number − 1 of the dropped lowest / highest total, −1 for none */
  lowJudge = -1;
  highJudge = -1;

  constructor(
    private readonly rubric: Rubric,
    private readonly judges: JudgeTable,
  ) {
    const judgeCount = judges.ids.length;
    const n = rubric.criteria.length;
    this.n = n;
    this.slots = new Float64Array(judgeCount * n);
    this.state = new Uint8Array(judgeCount * n);
    this.unknown = new Int32Array(judgeCount);
    this.seen = new Uint8Array(judgeCount);
    this.touched = new Int32Array(judgeCount);
    this.total = new Float64Array(judgeCount);
    this.exclusion = new Uint8Array(judgeCount);
    this.validTotal = new Float64Array(judgeCount);
    this.validJudge = new Int32Array(judgeCount);
  }

  /** S_panel; null = no panel score yet */
  get value(): number | null {
    return this.countedCount === 0 ? null : this.countedSum / this.countedCount;
  }

  /** Scores the unit from its rows rows[from] … rows[to − 1]. */
  score(unitId: string, rows: readonly PanelScoreInput[], from: number, to: number): void {
    const { n, slots, state, unknown, seen, touched, total, exclusion } = this;
    const { criteria, index } = this.rubric;
    const { noOf, unitOf } = this.judges;
    this.count = 0;
    let lastJudgeId: string | undefined;
    let j = 0;
    let i: number | undefined;
    for (let r = from; r < to; r++) {
      const row = rows[r] as PanelScoreInput;
      if (row.judgeId !== lastJudgeId) {
        lastJudgeId = row.judgeId;
        j = (noOf.get(row.judgeId) as number) - 1;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched[this.count++] = j;
          state.fill(UNSEEN, j * n, j * n + n);
          unknown[j] = 0;
        }
      }
      // rows usually come criterion after criterion: try the next one before the lookup
      const next = i === undefined || i + 1 === n ? 0 : i + 1;
      i = next < n && (criteria[next] as { id: string }).id === row.criterionId ? next : index.get(row.criterionId);
      if (i === undefined) {
        unknown[j]!++;
        continue;
      }
      const s = j * n + i;
      const score = row.score;
      if (state[s] !== UNSEEN)
        state[s] = DUPLICATE; // which of two rows is "the" score would depend on input order: neither is
      else if (!Number.isFinite(score)) state[s] = NOT_FINITE;
      else {
        slots[s] = score + 0;
        state[s] = score < 0 || score > (criteria[i] as { maxScore: number }).maxScore ? OUT_OF_RANGE : OK;
      }
    }

    // cards in 评委 order (rows are usually in it already)
    const count = this.count;
    for (let a = 1; a < count; a++) {
      const x = touched[a]!;
      let b = a - 1;
      while (b >= 0 && touched[b]! > x) {
        touched[b + 1] = touched[b]!;
        b--;
      }
      touched[b + 1] = x;
    }

    const { validTotal, validJudge } = this;
    let validCount = 0;
    for (let a = 0; a < count; a++) {
      const jj = touched[a]!;
      seen[jj] = 0;
      let incomplete = false;
      let invalid = unknown[jj]! > 0;
      let sum = 0;
      for (let c = 0, s = jj * n; c < n; c++, s++) {
        const st = state[s];
        if (st === UNSEEN) incomplete = true;
        else if (st === OK) sum = sat(sum + slots[s]!);
        else if (st === OUT_OF_RANGE) {
          sum = sat(sum + slots[s]!);
          invalid = true;
        } else invalid = true;
      }
      const judgeUnit = unitOf[jj];
      const ex = judgeUnit === undefined ? 1 : judgeUnit === unitId ? 2 : invalid ? 3 : incomplete ? 4 : 0;
      exclusion[jj] = ex;
      total[jj] = invalid || incomplete ? Number.NaN : sum;
      if (ex === 0) {
        // ascending by total; among equal totals by 评委 number, so which duplicate is dropped is fixed
        let b = validCount - 1;
        while (b >= 0 && (validTotal[b]! > sum || (validTotal[b] === sum && validJudge[b]! > jj))) {
          validTotal[b + 1] = validTotal[b]!;
          validJudge[b + 1] = validJudge[b]!;
          b--;
        }
        validTotal[b + 1] = sum;
        validJudge[b + 1] = jj;
        validCount++;
      }
    }

    let lo = 0;
    let hi = validCount;
    this.lowJudge = -1;
    this.highJudge = -1;
    if (validCount >= TRIM_FROM) {
      this.lowJudge = validJudge[0]!;
      this.highJudge = validJudge[validCount - 1]!;
      lo = 1;
      hi = validCount - 1;
    }
    let countedSum = 0;
    for (let a = lo; a < hi; a++) countedSum = sat(countedSum + validTotal[a]!);
    this.validCount = validCount;
    this.countedCount = hi - lo;
    this.countedSum = countedSum;
  }

  /** The panel breakdown of the last score() call (rows as given to it): judge cards and the rule applied. */
  result(rows: readonly PanelScoreInput[], from: number, to: number): PanelResult {
    const validCount = this.validCount;
    const ids = this.judges.ids;
    return {
      judges: this.cards(rows, from, to),
      validCount,
      rule: validCount === 0 ? 'none' : validCount >= TRIM_FROM ? 'trimmed_mean' : 'mean',
      droppedHighJudgeId: this.highJudge >= 0 ? (ids[this.highJudge] as string) : null,
      droppedLowJudgeId: this.lowJudge >= 0 ? (ids[this.lowJudge] as string) : null,
      countedCount: this.countedCount,
      countedSum: this.countedSum,
      value: this.value,
      maxTotal: this.rubric.maxTotal,
    };
  }

  /** The judge cards of the last score() call, by 评委 number; rows as given to it. */
  cards(rows: readonly PanelScoreInput[], from: number, to: number): JudgeCard[] {
    const { n, slots, state, unknown, touched, total, exclusion } = this;
    const cards: JudgeCard[] = [];
    for (let a = 0; a < this.count; a++) {
      const j = touched[a]!;
      const judgeId = this.judges.ids[j] as string;
      const scores = new Array<number | null>(n);
      let problems: (CriterionScoreProblem | null)[] | null = null;
      for (let c = 0, s = j * n; c < n; c++, s++) {
        const st = state[s]!;
        scores[c] = st === OK || st === OUT_OF_RANGE ? (slots[s] as number) : null;
        if (st !== OK) (problems ??= new Array<CriterionScoreProblem | null>(n).fill(null))[c] = SLOT_PROBLEM[st] as CriterionScoreProblem;
      }
      let unknownCriteria: { criterionId: string; score: number | null }[] | null = null;
      if (unknown[j]! > 0) {
        unknownCriteria = [];
        for (let r = from; r < to; r++) {
          const row = rows[r] as PanelScoreInput;
          if (row.judgeId === judgeId && !this.rubric.index.has(row.criterionId)) {
            unknownCriteria.push({ criterionId: row.criterionId, score: Number.isFinite(row.score) ? row.score + 0 : null });
          }
        }
        unknownCriteria.sort((x, y) => cmpStr(x.criterionId, y.criterionId) || cmpNum(x.score ?? -Infinity, y.score ?? -Infinity));
      }
      const ex = exclusion[j]!;
      const status: JudgeStatus = ex !== 0 ? 'excluded' : j === this.lowJudge ? 'dropped_low' : j === this.highJudge ? 'dropped_high' : 'counted';
      const t = total[j]!;
      cards.push({
        judgeId,
        judgeNo: j + 1,
        scores,
        problems,
        unknownCriteria,
        total: Number.isNaN(t) ? null : t,
        status,
        exclusion: EXCLUSIONS[ex] as JudgeExclusion | null,
      });
    }
    return cards;
  }
}
