// Ranking within contest groups and overall: F, then S_ind, then fewer red lights, then a shared rank (1, 2, 2, 4); rank change against the previous period.
import { describe, expect, it } from 'vitest';
import { scorePeriod, type IndicatorInput, type PreviousInput, type ScoringResult, type UnitResult } from '@/lib/scoring';

interface Spec {
  id: string;
  group?: string;
  /** ratio indicators at half target 100: [weight, actual]; default one green indicator worth `s` */
  ind?: [number, number | null][];
  s?: number;
  panel?: number;
  adj?: number;
  sortOrder?: number;
}

function period(specs: Spec[], previous?: PreviousInput): ScoringResult {
  const indicators: IndicatorInput[] = specs.flatMap((sp) =>
    (sp.ind ?? [[sp.s ?? 0, 100]]).map(([weight, actual], i) => ({
      id: `${sp.id}-${i}`,
      unitId: sp.id,
      key: `k${i}`,
      direction: 'higher' as const,
      method: 'ratio' as const,
      halfTarget: 100,
      weight,
      actual,
    })),
  );
  return scorePeriod({
    groups: [
      { id: 'g1', name: '综合部门', sortOrder: 1 },
      { id: 'g2', name: '国有企业', sortOrder: 2 },
    ],
    units: specs.map((sp) => ({ id: sp.id, name: sp.id, groupId: sp.group ?? 'g1', sortOrder: sp.sortOrder })),
    indicators,
    rubric: [{ id: 'c', maxScore: 100 }],
    judges: [{ id: 'j', unitId: null }],
    panelScores: specs.filter((sp) => sp.panel !== undefined).map((sp) => ({ unitId: sp.id, judgeId: 'j', criterionId: 'c', score: sp.panel! })),
    adjustments: specs.filter((sp) => sp.adj !== undefined).map((sp) => ({ id: `${sp.id}-adj`, unitId: sp.id, points: sp.adj!, reason: 'r' })),
    previous,
  });
}

const get = (r: ScoringResult, id: string): UnitResult => r.units.find((u) => u.unitId === id)!;
const order = (r: ScoringResult) => r.units.map((u) => [u.unitId, u.overallRank, u.overallRankDecidedBy]);

describe('ranking', () => {
  it('orders by F descending', () => {
    // provisional F = S_ind: a 90, b 80, c 70
    const r = period([
      { id: 'c', s: 70 },
      { id: 'a', s: 90 },
      { id: 'b', s: 80 },
    ]);
    expect(order(r)).toEqual([
      ['a', 1, 'final'],
      ['b', 2, 'final'],
      ['c', 3, 'final'],
    ]);
  });
  it('breaks a tie on F by S_ind', () => {
    // a: 80 + 3 = 83; b: 85 − 2 = 83 → b first (S_ind 85 > 80)
    const r = period([
      { id: 'a', s: 80, adj: 3 },
      { id: 'b', s: 85, adj: -2 },
    ]);
    expect(get(r, 'a').final.value).toBe(get(r, 'b').final.value);
    expect(order(r)).toEqual([
      ['b', 1, 'indicator_score'],
      ['a', 2, 'indicator_score'],
    ]);
  });
  it('then by fewer red lights, a missing actual counting as red', () => {
    // a: 50 × 1.2 + 50 × 0.4 = 60 + 20 = 80, one red
    // b: 50 × 0.8 + 50 × 0.8 = 80, no red (two yellow)
    // c: 80 × 1 + 20 × 未填报 = 80, one missing
    // d: 80 × 1 + 20 × 0 = 80, one red
    // e: 70 → rank 5 below the shared rank 2 of a, c, d
    const r = period([
      {
        id: 'a',
        ind: [
          [50, 120],
          [50, 40],
        ],
      },
      {
        id: 'b',
        ind: [
          [50, 80],
          [50, 80],
        ],
      },
      {
        id: 'c',
        ind: [
          [80, 100],
          [20, null],
        ],
      },
      {
        id: 'd',
        ind: [
          [80, 100],
          [20, 0],
        ],
      },
      { id: 'e', s: 70 },
    ]);
    expect(get(r, 'c').lights).toMatchObject({ red: 0, missing: 1, redForTieBreak: 1 });
    expect(order(r)).toEqual([
      ['b', 1, 'red_lights'],
      ['a', 2, 'shared'],
      ['c', 2, 'shared'],
      ['d', 2, 'shared'],
      ['e', 5, 'final'],
    ]);
  });
  it('remaining ties share a rank: 1, 2, 2, 4', () => {
    const r = period([
      { id: 'a', s: 90 },
      { id: 'b', s: 80 },
      { id: 'c', s: 80 },
      { id: 'd', s: 70 },
    ]);
    expect(r.units.map((u) => u.overallRank)).toEqual([1, 2, 2, 4]);
    expect(get(r, 'b').overallRankDecidedBy).toBe('shared');
  });
  it('lists a shared rank by sortOrder, never ranking by it', () => {
    const r = period([
      { id: 'a', s: 80, sortOrder: 2 },
      { id: 'b', s: 80, sortOrder: 1 },
    ]);
    expect(order(r)).toEqual([
      ['b', 1, 'shared'],
      ['a', 1, 'shared'],
    ]);
  });
  it('does not let binary noise split a tie on F', () => {
    // a: 0.7 × 85 + 0.3 × 0 = 59.49999999999999 in binary; b: provisional 59.5 → a tie on F,
    // decided by S_ind (85 > 59.5): a first, although b's F is larger in the last bit
    const r = period([
      { id: 'a', s: 85, panel: 0 },
      { id: 'b', s: 59.5 },
    ]);
    expect(get(r, 'a').final.value).toBeLessThan(get(r, 'b').final.value);
    expect(order(r)).toEqual([
      ['a', 1, 'indicator_score'],
      ['b', 2, 'indicator_score'],
    ]);
  });
  it('ranks within each contest group and overall', () => {
    // g1: a 90, b 70; g2: c 80, d 60 → overall a, c, b, d
    const r = period([
      { id: 'a', s: 90 },
      { id: 'b', s: 70 },
      { id: 'c', s: 80, group: 'g2' },
      { id: 'd', s: 60, group: 'g2' },
    ]);
    expect(r.units.map((u) => [u.unitId, u.overallRank, u.groupRank])).toEqual([
      ['a', 1, 1],
      ['c', 2, 1],
      ['b', 3, 2],
      ['d', 4, 2],
    ]);
    expect(r.groups).toEqual([
      { groupId: 'g1', name: '综合部门', unitIds: ['a', 'b'] },
      { groupId: 'g2', name: '国有企业', unitIds: ['c', 'd'] },
    ]);
    expect(get(r, 'c').groupName).toBe('国有企业');
  });
  it('a tie in the group can be decided differently overall', () => {
    // g1: a 80 (S 80), b 80 via 77 + 3 (S 77); g2: c 80 (S 80) → overall a and c share 1, b 3
    const r = period([
      { id: 'a', s: 80 },
      { id: 'b', s: 77, adj: 3 },
      { id: 'c', s: 80, group: 'g2' },
    ]);
    expect(r.units.map((u) => [u.unitId, u.overallRank, u.groupRank])).toEqual([
      ['a', 1, 1],
      ['c', 1, 1],
      ['b', 3, 2],
    ]);
    expect(get(r, 'a').groupRankDecidedBy).toBe('indicator_score');
    expect(get(r, 'a').overallRankDecidedBy).toBe('shared');
  });
});

describe('rank change against the previous period', () => {
  // now: g1 a 90, b 80, c 70; g2 d 60, e 50 (e was in g1 last period); f is new
  const now: Spec[] = [
    { id: 'a', s: 90 },
    { id: 'b', s: 80 },
    { id: 'c', s: 70 },
    { id: 'd', s: 60, group: 'g2' },
    { id: 'e', s: 50, group: 'g2' },
    { id: 'f', s: 40, group: 'g2' },
  ];
  const previous = new Map([
    ['a', { groupId: 'g1', groupRank: 3, overallRank: 4 }],
    ['b', { groupId: 'g1', groupRank: 1, overallRank: 1 }],
    ['c', { groupId: 'g1', groupRank: 3, overallRank: 3 }],
    ['d', { groupId: 'g2', groupRank: 1, overallRank: 2 }],
    ['e', { groupId: 'g1', groupRank: 2, overallRank: 5 }],
  ]);

  it('up, down, same, new, changed group', () => {
    const r = period(now, previous);
    // a: group 3 → 1 = ↑2; overall 4 → 1 = ↑3
    expect(get(r, 'a').groupRankChange).toEqual({ kind: 'ranked', previousRank: 3, delta: 2 });
    expect(get(r, 'a').overallRankChange).toEqual({ kind: 'ranked', previousRank: 4, delta: 3 });
    // b: 1 → 2 = ↓1
    expect(get(r, 'b').groupRankChange).toEqual({ kind: 'ranked', previousRank: 1, delta: -1 });
    // c: 3 → 3 = unchanged
    expect(get(r, 'c').groupRankChange).toEqual({ kind: 'ranked', previousRank: 3, delta: 0 });
    // d: g2 1 → 1
    expect(get(r, 'd').groupRankChange).toEqual({ kind: 'ranked', previousRank: 1, delta: 0 });
    // e: was in g1 → 新 in its group; overall 5 → 5
    expect(get(r, 'e').groupRankChange).toEqual({ kind: 'new', reason: 'group_changed' });
    expect(get(r, 'e').overallRankChange).toEqual({ kind: 'ranked', previousRank: 5, delta: 0 });
    // f: absent last period
    expect(get(r, 'f').groupRankChange).toEqual({ kind: 'new', reason: 'absent' });
    expect(get(r, 'f').overallRankChange).toEqual({ kind: 'new', reason: 'absent' });
  });

  it('accepts a plain record', () => {
    const r = period(now, Object.fromEntries(previous));
    expect(get(r, 'a').groupRankChange).toEqual({ kind: 'ranked', previousRank: 3, delta: 2 });
  });

  it('accepts the previous period result, live or as a stored JSON snapshot', () => {
    // last period: g1 b 90, a 80; g2 c 70 → now g1 a 90, b 80; c moved to g1 with 70
    const last = period([
      { id: 'b', s: 90 },
      { id: 'a', s: 80 },
      { id: 'c', s: 70, group: 'g2' },
    ]);
    const spec: Spec[] = [
      { id: 'a', s: 90 },
      { id: 'b', s: 80 },
      { id: 'c', s: 70 },
    ];
    for (const prev of [last, JSON.parse(JSON.stringify(last)) as ScoringResult]) {
      const r = period(spec, prev);
      expect(get(r, 'a').groupRankChange).toEqual({ kind: 'ranked', previousRank: 2, delta: 1 });
      expect(get(r, 'b').groupRankChange).toEqual({ kind: 'ranked', previousRank: 1, delta: -1 });
      expect(get(r, 'c').groupRankChange).toEqual({ kind: 'new', reason: 'group_changed' });
      expect(get(r, 'c').overallRankChange).toEqual({ kind: 'ranked', previousRank: 3, delta: 0 });
    }
  });

  it('without a previous period every unit is new', () => {
    const r = period(now);
    expect(r.units.every((u) => u.groupRankChange.kind === 'new')).toBe(true);
  });
});
