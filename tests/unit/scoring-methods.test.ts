// Efficacy (功效系数法) and rank (排名赋分) points across the units sharing an indicator key, hand-computed.
import { describe, expect, it } from 'vitest';
import { scorePeriod, type IndicatorInput, type IndicatorResult, type Method, type PeriodSettingsInput, type ScoringResult } from '@/lib/scoring';

/** One indicator per unit on the shared key 'k', half target 100, weight 20; actual per unit (null = 未填报). */
function cohort(
  method: Method,
  actuals: Record<string, number | null>,
  opts: { settings?: PeriodSettingsInput; extra?: Partial<IndicatorInput> } = {},
): ScoringResult {
  const ids = Object.keys(actuals);
  return scorePeriod({
    settings: opts.settings,
    // alternate groups: the cohort is the whole period, not a group
    units: ids.map((id, i) => ({ id, name: id, groupId: i % 2 ? 'g2' : 'g1' })),
    indicators: ids.map((id) => ({
      id: `${id}-k`,
      unitId: id,
      key: 'k',
      direction: 'higher',
      method,
      halfTarget: 100,
      weight: 20,
      actual: actuals[id]!,
      ...opts.extra,
    })),
  });
}

function byUnit(result: ScoringResult): Record<string, IndicatorResult> {
  return Object.fromEntries(result.units.map((u) => [u.unitId, u.indicators[0]!]));
}

describe('efficacy', () => {
  it('s = w × (60 + 40 × (c − c_min)/(c_max − c_min)) / 100 across groups', () => {
    // c: a 1.1, b 0.8, c 0.5 → c_min 0.5, c_max 1.1, range 0.6
    // a: 20 × (60 + 40 × 0.6/0.6)/100 = 20; b: 20 × (60 + 40 × 0.3/0.6)/100 = 20 × 0.8 = 16; c: 20 × 0.6 = 12
    const r = byUnit(cohort('efficacy', { a: 110, b: 80, c: 50 }));
    expect(r.a!.points).toBeCloseTo(20, 12);
    expect(r.b!.points).toBeCloseTo(16, 12);
    expect(r.c!.points).toBeCloseTo(12, 12);
    expect(r.b!.cohort).toEqual({ key: 'k', n: 3, cMin: 0.5, cMax: 1.1, allEqual: false });
    expect(r.b!.formula).toBe('efficacy');
  });
  it('uses the clamped c', () => {
    // a 150 → c 1.2 (cap); b 60 → 0.6: b gets the floor 60%: 20 × 0.6 = 12, a gets 20
    const r = byUnit(cohort('efficacy', { a: 150, b: 60 }));
    expect(r.a!.cohort).toMatchObject({ cMax: 1.2, cMin: 0.6 });
    expect(r.a!.points).toBe(20);
    expect(r.b!.points).toBeCloseTo(12, 12);
  });
  it('a missing actual is left out of the cohort: it sets no c_min, is not counted and gets 0 (未填报)', () => {
    // c: a 1.1, b 0.8; d 未填报 is not in the cohort → c_min 0.8, c_max 1.1, n 2
    // a: 20; b: 20 × 0.6 = 12; d: 0
    const r = byUnit(cohort('efficacy', { a: 110, b: 80, d: null }));
    expect(r.d!).toMatchObject({ missing: true, c: 0, points: 0, formula: 'missing' });
    expect(r.b!.cohort).toEqual({ key: 'k', n: 2, cMin: 0.8, cMax: 1.1, allEqual: false });
    expect(r.a!.points).toBeCloseTo(20, 12);
    expect(r.b!.points).toBeCloseTo(12, 12);
  });
  it('a key nobody reported: every holder 0, the cohort empty', () => {
    const r = byUnit(cohort('efficacy', { a: null, b: null }));
    expect(r.a!).toMatchObject({ points: 0, formula: 'missing', cohort: { n: 0, cMin: 0, cMax: 0 } });
    expect(r.b!.points).toBe(0);
  });
  it('gives every holder w when all c are equal', () => {
    const r = byUnit(cohort('efficacy', { a: 90, b: 90, c: 90 }));
    for (const id of ['a', 'b', 'c']) expect(r[id]).toMatchObject({ points: 20, formula: 'efficacy_all_equal', cohort: { n: 3, allEqual: true } });
  });
  it('gives w to a key held by one unit', () => {
    expect(byUnit(cohort('efficacy', { a: 30 })).a).toMatchObject({ points: 20, formula: 'efficacy_all_equal', cohort: { n: 1 } });
  });
  it('ties at the top or bottom share the same points', () => {
    // c: 1, 1, 0.5 → a, b 20; c 12
    const r = byUnit(cohort('efficacy', { a: 100, b: 100, c: 50 }));
    expect(r.a!.points).toBe(20);
    expect(r.b!.points).toBe(20);
    expect(r.c!.points).toBeCloseTo(12, 12);
  });
});

describe('rank', () => {
  it('s = w × (1 − (1 − f) × (rank − 1)/(n − 1)), ties share the better rank', () => {
    // c: a 1.2, b 1.0, c 1.0, d 0.5, f 0.25 → ranks 1, 2, 2, 4, 5; n = 5, f = 0.6
    // s = 20 × (1 − 0.4 × (r − 1)/4): a 20, b/c 20 × 0.9 = 18, d 20 × 0.7 = 14, f 20 × 0.6 = 12
    const r = byUnit(cohort('rank', { a: 130, b: 100, c: 100, d: 50, f: 25 }));
    expect([r.a!.rank, r.b!.rank, r.c!.rank, r.d!.rank, r.f!.rank]).toEqual([1, 2, 2, 4, 5]);
    expect(r.a!.points).toBe(20);
    expect(r.b!.points).toBeCloseTo(18, 12);
    expect(r.c!.points).toBeCloseTo(18, 12);
    expect(r.d!.points).toBeCloseTo(14, 12);
    expect(r.f!.points).toBeCloseTo(12, 12);
    expect(r.d!).toMatchObject({ formula: 'rank', cohort: { n: 5 } });
  });
  it('a missing actual takes no rank and is not counted in n; it gets 0 (未填报)', () => {
    // c: a 1.2, b 1.0, c 1.0, d 0.5, e 未填报 → ranks 1, 2, 2, 4; n = 4
    // s = 20 × (1 − 0.4 × (r − 1)/3): b/c 20 × (1 − 0.4/3) = 17.333…, d 20 × 0.6 = 12; e 0
    const r = byUnit(cohort('rank', { a: 130, b: 100, c: 100, d: 50, e: null }));
    expect([r.a!.rank, r.b!.rank, r.c!.rank, r.d!.rank, r.e!.rank]).toEqual([1, 2, 2, 4, null]);
    expect(r.b!.points).toBeCloseTo(17.333333333333, 10);
    expect(r.d!.points).toBeCloseTo(12, 12);
    expect(r.e!).toMatchObject({ missing: true, points: 0, formula: 'missing', cohort: { n: 4 } });
  });
  it('takes the period floor', () => {
    // f = 0.5, n = 4 (e 未填报 left out): b (rank 2) 20 × (1 − 0.5 × 1/3) = 16.666…; d (rank 4) 20 × 0.5 = 10; e 0
    const r = byUnit(cohort('rank', { a: 130, b: 100, c: 100, d: 50, e: null }, { settings: { rankFloor: 0.5 } }));
    expect(r.b!.points).toBeCloseTo(16.666666666667, 10);
    expect(r.d!.points).toBeCloseTo(10, 12);
    expect(r.e!.points).toBe(0);
  });
  it('a single reporter among missing holders is rank_single with w', () => {
    expect(byUnit(cohort('rank', { a: 10, b: null })).a).toMatchObject({ rank: 1, points: 20, formula: 'rank_single', cohort: { n: 1 } });
  });
  it('a key held by a single unit gives w', () => {
    expect(byUnit(cohort('rank', { a: 10 })).a).toMatchObject({ rank: 1, points: 20, formula: 'rank_single', cohort: { n: 1 } });
  });
  it('all tied: everyone rank 1 and w', () => {
    const r = byUnit(cohort('rank', { a: 50, b: 50, c: 50 }));
    for (const id of ['a', 'b', 'c']) expect(r[id]).toMatchObject({ rank: 1, points: 20 });
  });
  it('equal-looking c from different arithmetic share a rank', () => {
    // a: 18.15 / (33 × 0.55 = 18.150000000000002) = 0.9999999999999998; b: 100 / 100 = 1 — a tie, both rank 1
    const result = scorePeriod({
      settings: { timeProgress: 0.55 },
      units: [
        { id: 'a', name: 'a', groupId: 'g' },
        { id: 'b', name: 'b', groupId: 'g' },
        { id: 'c', name: 'c', groupId: 'g' },
      ],
      indicators: [
        { id: 'a', unitId: 'a', key: 'k', direction: 'higher', method: 'rank', annualTarget: 33, weight: 20, actual: 18.15 },
        { id: 'b', unitId: 'b', key: 'k', direction: 'higher', method: 'rank', halfTarget: 100, weight: 20, actual: 100 },
        { id: 'c', unitId: 'c', key: 'k', direction: 'higher', method: 'rank', halfTarget: 100, weight: 20, actual: 50 },
      ],
    });
    const r = byUnit(result);
    expect(r.a!.c).not.toBe(r.b!.c);
    expect([r.a!.rank, r.b!.rank, r.c!.rank]).toEqual([1, 1, 3]);
  });
  it('lower-is-better ranks by c, not by the raw actual', () => {
    // days: a 5 → 10/5 = 2 → 1.2; b 10 → 1; c 20 → 0.5 → ranks 1, 2, 3; n = 3
    // b: 20 × (1 − 0.4 × 1/2) = 16; c: 20 × 0.6 = 12
    const r = byUnit(cohort('rank', { a: 5, b: 10, c: 20 }, { extra: { direction: 'lower', halfTarget: 10 } }));
    expect([r.a!.rank, r.b!.rank, r.c!.rank]).toEqual([1, 2, 3]);
    expect(r.b!.points).toBeCloseTo(16, 12);
    expect(r.c!.points).toBeCloseTo(12, 12);
  });
});

describe('cohorts', () => {
  it('are per key, with different weights per unit', () => {
    // key k (efficacy): a c 1.0 w 30, b c 0.5 w 10 → a 30, b 10 × 0.6 = 6; key other (ratio) not in any cohort
    const result = scorePeriod({
      units: [
        { id: 'a', name: 'a', groupId: 'g' },
        { id: 'b', name: 'b', groupId: 'h' },
      ],
      indicators: [
        { id: 'a1', unitId: 'a', key: 'k', direction: 'higher', method: 'efficacy', halfTarget: 10, weight: 30, actual: 10 },
        { id: 'b1', unitId: 'b', key: 'k', direction: 'higher', method: 'efficacy', halfTarget: 10, weight: 10, actual: 5 },
        { id: 'b2', unitId: 'b', key: 'other', direction: 'higher', method: 'ratio', halfTarget: 10, weight: 90, actual: 5 },
      ],
    });
    const b = result.units.find((u) => u.unitId === 'b')!;
    expect(result.units.find((u) => u.unitId === 'a')!.indicators[0]!.points).toBe(30);
    expect(b.indicators[0]!.points).toBeCloseTo(6, 12);
    expect(b.indicators[1]).toMatchObject({ cohort: null, rank: null, points: 45 });
    expect(result.cohorts).toEqual([{ key: 'k', n: 2, cMin: 0.5, cMax: 1, allEqual: false }]);
  });
  it('include every holder of the key whatever its method, and report the mix', () => {
    // a holds k as ratio (c 1.0), b as efficacy (c 0.5): b is the cohort minimum → 20 × 0.6 = 12
    const result = scorePeriod({
      units: [
        { id: 'a', name: 'a', groupId: 'g' },
        { id: 'b', name: 'b', groupId: 'g' },
      ],
      indicators: [
        { id: 'a', unitId: 'a', key: 'k', direction: 'higher', method: 'ratio', halfTarget: 100, weight: 20, actual: 100 },
        { id: 'b', unitId: 'b', key: 'k', direction: 'higher', method: 'efficacy', halfTarget: 100, weight: 20, actual: 50 },
      ],
    });
    const b = result.units.find((u) => u.unitId === 'b')!.indicators[0]!;
    expect(b.cohort).toMatchObject({ n: 2, cMin: 0.5, cMax: 1 });
    expect(b.points).toBeCloseTo(12, 12);
    expect(result.issues).toContainEqual({ code: 'mixed_methods', ref: 'k' });
  });
});
