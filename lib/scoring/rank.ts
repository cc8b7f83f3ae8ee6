// Ranking of units by F, then S_ind, then fewer red lights (shared ranks 1, 2, 2, 4), and rank change against the previous period.
import { competitionRanks } from './methods';
import { cmpOrder, cmpStr } from './numeric';
import type { PreviousInput, PreviousRank, RankChange, RankDecidedBy, ScoringResult } from './types';

/** What the ranking compares, precomputed once per unit. */
export interface Standing {
  unitId: string;
  name: string;
  code: string | null;
  sortOrder: number | null | undefined;
  /** tie keys of F and S_ind (see numeric.ts: ties at 1e-9) */
  finalKey: number;
  indicatorKey: number;
  redForTieBreak: number;
}

/** 0 F differs, 1 S_ind differs, 2 red lights differ, 3 nothing differs (shared rank). */
function tieLevel(a: Standing, b: Standing): 0 | 1 | 2 | 3 {
  if (a.finalKey !== b.finalKey) return 0;
  if (a.indicatorKey !== b.indicatorKey) return 1;
  if (a.redForTieBreak !== b.redForTieBreak) return 2;
  return 3;
}

/** RankDecidedBy by tie level (index = tieLevel) */
export const DECIDED_BY: readonly RankDecidedBy[] = ['final', 'indicator_score', 'red_lights', 'shared'];

/** Better first: F descending, S_ind descending, fewer red (+ missing) lights. 0 = shares the rank. */
export function compareStanding(a: Standing, b: Standing): number {
  if (a.finalKey !== b.finalKey) return a.finalKey > b.finalKey ? -1 : 1;
  if (a.indicatorKey !== b.indicatorKey) return a.indicatorKey > b.indicatorKey ? -1 : 1;
  return a.redForTieBreak - b.redForTieBreak;
}

/** Order inside a shared rank — display only, never a rank. */
function displayOrder(a: Standing, b: Standing): number {
  return cmpOrder(a.sortOrder, b.sortOrder) || cmpStr(a.code ?? '', b.code ?? '') || cmpStr(a.name, b.name) || cmpStr(a.unitId, b.unitId);
}

export interface Ranked<T extends Standing> {
  ordered: T[];
  ranks: number[];
  decidedBy: RankDecidedBy[];
  /** decidedBy as its index in DECIDED_BY */
  decidedLevel: Uint8Array;
}

export function rankStandings<T extends Standing>(list: readonly T[]): Ranked<T> {
  const ordered = list.slice().sort((a, b) => compareStanding(a, b) || displayOrder(a, b));
  const ranks = competitionRanks(ordered, (a, b) => compareStanding(a, b) === 0);
  const decidedLevel = new Uint8Array(ordered.length);
  const decidedBy = ordered.map((s, i) => {
    const prev = i > 0 ? tieLevel(ordered[i - 1] as T, s) : 0;
    const next = i + 1 < ordered.length ? tieLevel(s, ordered[i + 1] as T) : 0;
    const level = Math.max(prev, next);
    decidedLevel[i] = level;
    return DECIDED_BY[level] as RankDecidedBy;
  });
  return { ordered, ranks, decidedBy, decidedLevel };
}

function isScoringResult(p: PreviousInput): p is ScoringResult {
  const r = p as Partial<ScoringResult>;
  return typeof r.engineVersion === 'number' && Array.isArray(r.units);
}

/**
 * Ranks read from a previous period's result, kept for as long as that result lives: the pages score a period
 * against the same (cached) previous result again and again, and a result's ranks never change.
 */
const ranksOfResult = new WeakMap<ScoringResult, ReadonlyMap<string, PreviousRank>>();

/** The previous period's ranks by unit id, from its engine output (or stored snapshot) or a plain map. */
export function previousRanksOf(prev: PreviousInput | null | undefined): ReadonlyMap<string, PreviousRank> {
  if (!prev) return new Map();
  if (prev instanceof Map) return prev as ReadonlyMap<string, PreviousRank>;
  if (isScoringResult(prev)) {
    let ranks = ranksOfResult.get(prev);
    if (ranks === undefined) {
      ranks = new Map(prev.units.map((u) => [u.unitId, { groupId: u.groupId, groupRank: u.groupRank, overallRank: u.overallRank }]));
      ranksOfResult.set(prev, ranks);
    }
    return ranks;
  }
  return new Map(Object.entries(prev as Readonly<Record<string, PreviousRank>>));
}

function change(previousRank: number, current: number): RankChange {
  return { kind: 'ranked', previousRank, delta: previousRank - current };
}

/** DESIGN: change against the rank in the same group last period; 新 if absent or in another group then. */
export function groupRankChange(prev: PreviousRank | undefined, groupId: string, groupRank: number): RankChange {
  if (!prev) return { kind: 'new', reason: 'absent' };
  if (prev.groupId !== groupId) return { kind: 'new', reason: 'group_changed' };
  return change(prev.groupRank, groupRank);
}

export function overallRankChange(prev: PreviousRank | undefined, overallRank: number): RankChange {
  return prev ? change(prev.overallRank, overallRank) : { kind: 'new', reason: 'absent' };
}
