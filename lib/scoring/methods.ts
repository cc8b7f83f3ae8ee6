// Points s of the efficacy (功效系数法) and rank (排名赋分) methods, computed once per shared key across the period.
import { sat, tieKey } from './numeric';
import type { IndicatorResult, KeyCohort, ScoringIssue } from './types';

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

/** Raw c order; tieKey is monotone in c, so holders that tie at the grain end up adjacent. */
function byCDescending(a: IndicatorResult, b: IndicatorResult): number {
  return b.c - a.c;
}

function sameC(a: IndicatorResult, b: IndicatorResult): boolean {
  return tieKey(a.c) === tieKey(b.c);
}

/**
 * Fills cohort, rank, formula and points of every efficacy and rank indicator, and returns the
 * cohorts. The cohort of a key is every indicator of the period holding it — all units, all groups,
 * whatever their own method — missing actuals included with c = 0. Keys are grouped once, so the
 * cost is O(n log n) over indicators, never units × units.
 */
export function scoreCohorts(indicators: readonly IndicatorResult[], rankFloor: number, issues: ScoringIssue[]): KeyCohort[] {
  const needed = new Set<string>();
  for (const ind of indicators) if (ind.method === 'efficacy' || ind.method === 'rank') needed.add(ind.key);
  if (needed.size === 0) return [];

  const holdersByKey = new Map<string, IndicatorResult[]>();
  for (const ind of indicators) {
    if (!needed.has(ind.key)) continue;
    const list = holdersByKey.get(ind.key);
    if (list) list.push(ind);
    else holdersByKey.set(ind.key, [ind]);
  }

  const cohorts: KeyCohort[] = [];
  for (const holders of holdersByKey.values()) {
    const key = (holders[0] as IndicatorResult).key;
    const n = holders.length;
    let cMin = Infinity;
    let cMax = -Infinity;
    let hasRank = false;
    const first = (holders[0] as IndicatorResult).method;
    let mixed = false;
    for (const h of holders) {
      if (h.c < cMin) cMin = h.c;
      if (h.c > cMax) cMax = h.c;
      if (h.method === 'rank') hasRank = true;
      if (h.method !== first) mixed = true;
    }
    if (mixed) issues.push({ code: 'mixed_methods', ref: key });
    const cohort: KeyCohort = { key, n, cMin, cMax, allEqual: tieKey(cMax) === tieKey(cMin) };
    cohorts.push(cohort);

    for (const h of holders) {
      if (h.method !== 'efficacy') continue;
      h.cohort = cohort;
      h.formula = cohort.allEqual ? 'efficacy_all_equal' : 'efficacy';
      h.points = efficacyPoints(h.weight, h.c, cMin, cMax);
    }

    if (!hasRank) continue;
    const sorted = n > 1 ? holders.slice().sort(byCDescending) : holders;
    const ranks = competitionRanks(sorted, sameC);
    for (let i = 0; i < n; i++) {
      const h = sorted[i] as IndicatorResult;
      if (h.method !== 'rank') continue;
      const rank = ranks[i] as number;
      h.cohort = cohort;
      h.rank = rank;
      h.formula = n === 1 ? 'rank_single' : 'rank';
      h.points = rankPoints(h.weight, rank, n, rankFloor);
    }
  }
  return cohorts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
