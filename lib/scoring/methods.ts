// Points s of the efficacy (功效系数法) and rank (排名赋分) methods, computed once per shared key across the period.
import { sat, tieKey } from './numeric';
import type { IndicatorInput, KeyCohort, ScoringIssue } from './types';

/** Efficacy points: w × (60 + 40 × (c − c_min)/(c_max − c_min)) / 100, or w when all c are equal. */
export function efficacyPoints(w: number, c: number, cMin: number, cMax: number): number {
  if (tieKey(cMax) === tieKey(cMin)) return w;
  return sat(w * ((60 + (40 * (c - cMin)) / (cMax - cMin)) / 100));
}

/** Rank points: w × (1 − (1 − f) × (rank − 1)/(n − 1)); a single holder gets w. */
export function rankPoints(w: number, rank: number, n: number, floor: number): number {
  if (n <= 1) return w;
  const drop = sat((1 - floor) * ((rank - 1) / (n - 1)));
  return sat(w * sat(1 - drop));
}

/**
 * Competition ranks (1, 2, 2, 4) of already sorted items: an item equal to its predecessor
 * (same(prev, cur)) takes the predecessor's rank.
 */
export function competitionRanks<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): number[] {
  const ranks = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    ranks[i] = i > 0 && same(sorted[i - 1] as T, sorted[i] as T) ? (ranks[i - 1] as number) : i + 1;
  }
  return ranks;
}

/** Method codes of IndicatorColumns.method. OTHER: a method string that is none of the three (scored as ratio). */
export const METHOD_RATIO = 0;
export const METHOD_EFFICACY = 1;
export const METHOD_RANK = 2;
export const METHOD_OTHER = 3;

export function methodCode(method: string): number {
  return method === 'ratio' ? METHOD_RATIO : method === 'efficacy' ? METHOD_EFFICACY : method === 'rank' ? METHOD_RANK : METHOD_OTHER;
}

/** The period's indicators as flat columns (position k = k-th indicator in unit order, each unit's in display order). */
export interface IndicatorColumns {
  /** input row of position k */
  row: readonly IndicatorInput[];
  method: Uint8Array;
  weight: Float64Array;
  c: Float64Array;
  /** s: ratio points on entry; efficacy and rank points are filled in by scoreCohorts */
  points: Float64Array;
  /** 1 where the actual is missing (未填报): such a holder is left out of its key's cohort and keeps s = 0 */
  missing: Uint8Array;
  /** keys that have an efficacy or rank holder → their number */
  keyIds: Map<string, number>;
  /** the same keys by number */
  keyNames: string[];
  /** per position: the number of its key in keyIds; on entry set for efficacy and rank holders only (-1 otherwise) */
  keyOf: Int32Array;
}

export interface CohortTable {
  /** the cohorts, by key (ScoringResult.cohorts) */
  sorted: KeyCohort[];
  /** the cohorts by key number (IndicatorColumns.keyIds) */
  byId: KeyCohort[];
  /** per position: its key's number, -1 for a key without efficacy or rank holder */
  keyOf: Int32Array;
  /** per position: the competition rank of a rank holder, else 0 */
  rank: Int32Array;
}

/**
 * Fills the points of every efficacy and rank indicator and returns the cohorts. The cohort of a
 * key is every indicator of the period holding it — all units, all groups, whatever their own
 * method — except those whose actual is missing (未填报): they set neither c_min nor c_max, take no rank,
 * are not counted in n and keep s = 0, so a unit that reported nothing cannot lift the others. Keys are grouped once (a Map of key → number, holders
 * bucketed into one Int32Array), so the cost is O(n log n) over indicators, never units × units.
 */
export function scoreCohorts(cols: IndicatorColumns, rankFloor: number, issues: ScoringIssue[]): CohortTable {
  const { keyOf, keyIds } = cols;
  const rank = new Int32Array(cols.row.length);
  const nKeys = keyIds.size;
  if (nKeys === 0) return { sorted: [], byId: [], keyOf, rank };
  // every holder of those keys (ratio ones too), bucketed by key: a counting sort, no array per key.
  // (Each long loop is a function of its own: the optimising compiler then compiles it whole.)
  const start = countHolders(cols, nKeys);
  const holders = bucketHolders(cols, start, nKeys);
  const byId = new Array<KeyCohort>(nKeys);
  const scratch = new RankScratch();
  for (let id = 0; id < nKeys; id++) byId[id] = scoreCohort(cols, id, holders, start[id]!, start[id + 1]!, rank, rankFloor, issues, scratch);
  const sorted = byId.slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { sorted, byId, keyOf, rank };
}

/** Completes keyOf for the ratio holders of the keys and returns where each key's holders start (start[id] … start[id + 1] − 1). */
function countHolders(cols: IndicatorColumns, nKeys: number): Int32Array {
  const { keyOf, keyIds, row, missing } = cols;
  const start = new Int32Array(nKeys + 1);
  for (let k = 0; k < keyOf.length; k++) {
    if (missing[k] === 1) continue;
    let id = keyOf[k]!;
    if (id < 0) {
      id = keyIds.get((row[k] as IndicatorInput).key) ?? -1;
      if (id < 0) continue;
      keyOf[k] = id;
    }
    start[id + 1]!++;
  }
  for (let i = 0; i < nKeys; i++) start[i + 1]! += start[i]!;
  return start;
}

/**
 * Every holder of the keys, bucketed by key (key id's holders are h = start[id] … start[id + 1] − 1), with the
 * figures a cohort reads gathered beside its position: a cohort then reads its holders one after the other
 * instead of jumping across the period's columns (a key has one holder per unit, a unit's whole list apart).
 */
interface Holders {
  /** position k of holder h */
  at: Int32Array;
  c: Float64Array;
  weight: Float64Array;
  method: Uint8Array;
}

/** Reused from call to call (no result keeps them; every h below the period's holder count is written before it is read). */
let holderScratch: Holders = { at: new Int32Array(0), c: new Float64Array(0), weight: new Float64Array(0), method: new Uint8Array(0) };

function bucketHolders(cols: IndicatorColumns, start: Int32Array, nKeys: number): Holders {
  const { keyOf, missing, c, weight, method } = cols;
  const total = start[nKeys]!;
  if (holderScratch.at.length < total) {
    holderScratch = { at: new Int32Array(total), c: new Float64Array(total), weight: new Float64Array(total), method: new Uint8Array(total) };
  }
  const h = holderScratch;
  const fill = start.slice(0, nKeys);
  for (let k = 0; k < keyOf.length; k++) {
    const id = keyOf[k]!;
    if (id >= 0 && missing[k] !== 1) {
      const i = fill[id]!++;
      h.at[i] = k;
      h.c[i] = c[k]!;
      h.weight[i] = weight[k]!;
      h.method[i] = method[k]!;
    }
  }
  return h;
}

class RankScratch {
  sortedC = new Float64Array(0);
  tieKeys = new Float64Array(0);
}

/** One key: its cohort figures, and the points (and ranks) of its efficacy and rank holders h = from … to − 1. */
function scoreCohort(
  cols: IndicatorColumns,
  id: number,
  holders: Holders,
  from: number,
  to: number,
  rank: Int32Array,
  rankFloor: number,
  issues: ScoringIssue[],
  scratch: RankScratch,
): KeyCohort {
  const { points } = cols;
  const { at, c, weight, method } = holders;
  const n = to - from;
  // nobody reported: an empty cohort (every holder keeps s = 0)
  if (n === 0) return { key: cols.keyNames[id] as string, n: 0, cMin: 0, cMax: 0, allEqual: true };
  const first = at[from]!;
  const firstMethod = method[from]!;
  let cMin = Infinity;
  let cMax = -Infinity;
  let hasRank = false;
  let mixed = false;
  for (let h = from; h < to; h++) {
    const ch = c[h]!;
    if (ch < cMin) cMin = ch;
    if (ch > cMax) cMax = ch;
    const m = method[h]!;
    if (m === METHOD_RANK) hasRank = true;
    if (m !== firstMethod || (m === METHOD_OTHER && (cols.row[at[h]!] as IndicatorInput).method !== (cols.row[first] as IndicatorInput).method)) mixed = true;
  }
  const key = cols.keyNames[id] as string;
  if (mixed) issues.push({ code: 'mixed_methods', ref: key });
  const cohort: KeyCohort = { key, n, cMin, cMax, allEqual: tieKey(cMax) === tieKey(cMin) };

  for (let h = from; h < to; h++) {
    if (method[h] === METHOD_EFFICACY) points[at[h]!] = efficacyPoints(weight[h]!, c[h]!, cMin, cMax);
  }

  if (!hasRank) return cohort;
  if (n === 1) {
    rank[first] = 1;
    points[first] = rankPoints(weight[from]!, 1, 1, rankFloor);
    return cohort;
  }
  // Competition rank by c, best first, ties at the grain shared: 1 + the number of holders whose
  // tie key is greater (tieKey is monotone in c, so the tie keys of the sorted c are sorted too).
  if (scratch.sortedC.length < n) {
    scratch.sortedC = new Float64Array(n);
    scratch.tieKeys = new Float64Array(n);
  }
  const cs = scratch.sortedC.subarray(0, n);
  const keys = scratch.tieKeys;
  for (let h = from; h < to; h++) cs[h - from] = c[h]!;
  cs.sort();
  for (let i = 0; i < n; i++) keys[i] = tieKey(cs[i]!);
  for (let h = from; h < to; h++) {
    if (method[h] !== METHOD_RANK) continue;
    // first index whose tie key exceeds this holder's
    const t = tieKey(c[h]!);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! > t) hi = mid;
      else lo = mid + 1;
    }
    const r = 1 + n - lo;
    const k = at[h]!;
    rank[k] = r;
    points[k] = rankPoints(weight[h]!, r, n, rankFloor);
  }
  return cohort;
}
