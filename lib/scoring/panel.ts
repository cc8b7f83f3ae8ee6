// Panel score S_panel of one unit from its judges' PanelScores: conflict of interest, 去掉一个最高分、一个最低分, mean.
import { cmpNum, cmpOrder, cmpStr, sat } from './numeric';
import type { CriterionInput, CriterionScoreProblem, JudgeCard, PanelResult, PanelScoreInput, ScoringIssue } from './types';

/** Judge totals needed before the highest and lowest are dropped. */
export const TRIM_FROM = 5;

export interface Rubric {
  criteria: readonly { id: string; maxScore: number }[];
  index: ReadonlyMap<string, number>;
  maxTotal: number;
}

/** Rubric in display order; a criterion with an unusable maximum is left out (its scores then count as invalid). */
export function buildRubric(input: readonly CriterionInput[], issues: ScoringIssue[]): Rubric {
  const sorted = input
    .slice()
    .sort((a, b) => cmpOrder(a.sortOrder, b.sortOrder) || cmpStr(a.id, b.id) || cmpNum(a.maxScore, b.maxScore));
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

function problemAt(card: JudgeCard, i: number, n: number, p: CriterionScoreProblem): void {
  (card.problems ??= new Array<CriterionScoreProblem | null>(n).fill(null))[i] = p;
}

/**
 * Puts one PanelScore on its judge's card (card.scores[i] stays undefined until criterion i is seen).
 * An out-of-range, non-finite, duplicated or unknown-criterion score is reported and makes the
 * whole card invalid rather than being clamped: entry refuses such scores, so one in the data is
 * an error to show, not a number to invent.
 */
function place(card: JudgeCard, row: PanelScoreInput, rubric: Rubric): void {
  const slots = card.scores as (number | null | undefined)[];
  const n = rubric.criteria.length;
  const i = rubric.index.get(row.criterionId);
  if (i === undefined) {
    (card.unknownCriteria ??= []).push({ criterionId: row.criterionId, score: Number.isFinite(row.score) ? row.score + 0 : null });
    return;
  }
  if (slots[i] !== undefined) {
    // which of two rows is "the" score would depend on input order: neither is
    slots[i] = null;
    problemAt(card, i, n, 'duplicate');
  } else if (!Number.isFinite(row.score)) {
    slots[i] = null;
    problemAt(card, i, n, 'not_finite');
  } else {
    slots[i] = row.score + 0;
    if (row.score < 0 || row.score > (rubric.criteria[i] as { maxScore: number }).maxScore) problemAt(card, i, n, 'out_of_range');
  }
}

/** Total, status and exclusion of a card once all its rows are placed. A card missing a criterion is incomplete (the judge is still scoring). */
function finish(card: JudgeCard, judgeUnitId: string | null | undefined, unitId: string): JudgeCard {
  const slots = card.scores as (number | null | undefined)[];
  const n = slots.length;
  let incomplete = false;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = slots[i];
    if (v === undefined) {
      incomplete = true;
      problemAt(card, i, n, 'missing');
      slots[i] = null;
    } else if (v !== null) total = sat(total + v);
  }
  if (card.unknownCriteria) card.unknownCriteria.sort((a, b) => cmpStr(a.criterionId, b.criterionId) || cmpNum(a.score ?? -Infinity, b.score ?? -Infinity));
  const invalid = card.unknownCriteria !== null || (card.problems !== null && card.problems.some((p) => p !== null && p !== 'missing'));
  if (judgeUnitId === undefined) card.exclusion = 'unknown_judge';
  else if (judgeUnitId === unitId) card.exclusion = 'own_unit';
  else if (invalid) card.exclusion = 'invalid_score';
  else if (incomplete) card.exclusion = 'incomplete';
  card.status = card.exclusion ? 'excluded' : 'counted';
  card.total = invalid || incomplete ? null : total;
  return card;
}

/**
 * S_panel of a unit. rows: the unit's PanelScores; judgeUnits: known judges → their unit (absent =
 * unknown judge, whose conflict of interest cannot be checked, so excluded); judgeNos: 评委 numbers
 * 1…judgeCount.
 */
export function scorePanel(
  unitId: string,
  rows: readonly PanelScoreInput[],
  judgeUnits: ReadonlyMap<string, string | null>,
  judgeNos: ReadonlyMap<string, number>,
  judgeCount: number,
  rubric: Rubric,
): PanelResult {
  const judges: JudgeCard[] = [];
  if (rows.length > 0) {
    const n = rubric.criteria.length;
    const cards = new Array<JudgeCard | undefined>(judgeCount);
    for (const row of rows) {
      const no = judgeNos.get(row.judgeId) as number;
      let card = cards[no - 1];
      if (!card) {
        card = { judgeId: row.judgeId, judgeNo: no, scores: new Array<number | null>(n), problems: null, unknownCriteria: null, total: null, status: 'excluded', exclusion: null };
        cards[no - 1] = card;
      }
      place(card, row, rubric);
    }
    for (const card of cards) if (card) judges.push(finish(card, judgeUnits.get(card.judgeId), unitId));
  }

  // ascending by total; among equal totals by judge number, so which duplicate is dropped is fixed
  const valid = judges.filter((j) => j.status === 'counted');
  valid.sort((a, b) => cmpNum(a.total as number, b.total as number) || a.judgeNo - b.judgeNo);
  const validCount = valid.length;
  let lo = 0;
  let hi = validCount;
  let droppedLowJudgeId: string | null = null;
  let droppedHighJudgeId: string | null = null;
  if (validCount >= TRIM_FROM) {
    const low = valid[0] as JudgeCard;
    const high = valid[validCount - 1] as JudgeCard;
    low.status = 'dropped_low';
    high.status = 'dropped_high';
    droppedLowJudgeId = low.judgeId;
    droppedHighJudgeId = high.judgeId;
    lo = 1;
    hi = validCount - 1;
  }
  let countedSum = 0;
  for (let i = lo; i < hi; i++) countedSum = sat(countedSum + ((valid[i] as JudgeCard).total as number));
  const countedCount = hi - lo;
  return {
    judges,
    validCount,
    rule: validCount === 0 ? 'none' : validCount >= TRIM_FROM ? 'trimmed_mean' : 'mean',
    droppedHighJudgeId,
    droppedLowJudgeId,
    countedCount,
    countedSum,
    value: countedCount === 0 ? null : countedSum / countedCount,
    maxTotal: rubric.maxTotal,
  };
}
