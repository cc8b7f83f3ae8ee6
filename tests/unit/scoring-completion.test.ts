// Completion rate c, target derivation, cap, traffic light and ratio points of single indicators (DESIGN §4), hand-computed.
import { describe, expect, it } from 'vitest';
import { scorePeriod, type IndicatorInput, type IndicatorResult, type PeriodSettingsInput } from '@/lib/scoring';

/** Scores one indicator of one unit; defaults: higher-is-better, ratio, weight 10, half target 100. */
function one(over: Partial<IndicatorInput>, settings?: PeriodSettingsInput): IndicatorResult {
  const result = scorePeriod({
    settings,
    units: [{ id: 'u', name: '经发局', groupId: 'g' }],
    indicators: [{ id: 'i', unitId: 'u', key: 'k', direction: 'higher', method: 'ratio', halfTarget: 100, weight: 10, actual: 90, ...over }],
  });
  return result.units[0]!.indicators[0]!;
}

describe('higher-is-better', () => {
  it('c = actual / target, s = w × c', () => {
    // 90 / 100 = 0.9; s = 10 × 0.9 = 9; 0.8 ≤ 0.9 < 1 → yellow
    const r = one({ actual: 90 });
    expect(r).toMatchObject({
      cRaw: 0.9,
      c: 0.9,
      points: 9,
      light: 'yellow',
      completionFormula: 'actual/target',
      formula: 'ratio',
      missing: false,
      clamped: null,
    });
    expect(r.target).toMatchObject({ value: 100, source: 'half_target' });
    expect(r.problems).toEqual([]);
  });
  it('a zero actual is c = 0 and red, not 未填报', () => {
    const r = one({ actual: 0 });
    expect(r).toMatchObject({ c: 0, points: 0, light: 'red', missing: false });
  });
});

describe('target for the half', () => {
  it('uses annual × time progress when no half target is set', () => {
    // 300 × 0.5 = 150; 120 / 150 = 0.8 → exactly the yellow threshold; s = 10 × 0.8 = 8
    const r = one({ halfTarget: null, annualTarget: 300, actual: 120 });
    expect(r.target).toEqual({ value: 150, source: 'annual_x_time_progress', annualTarget: 300 });
    expect(r).toMatchObject({ c: 0.8, points: 8, light: 'yellow' });
  });
  it('takes the period time progress', () => {
    // 300 × 0.4 = 120; 120 / 120 = 1 → green; s = 10
    const r = one({ halfTarget: null, annualTarget: 300, actual: 120 }, { timeProgress: 0.4 });
    expect(r.target.value).toBe(120);
    expect(r).toMatchObject({ c: 1, points: 10, light: 'green' });
  });
  it('prefers the explicit half target over annual × time progress', () => {
    // half 100 (not 300 × 0.5 = 150): 90 / 100 = 0.9
    const r = one({ halfTarget: 100, annualTarget: 300, actual: 90 });
    expect(r.target.source).toBe('half_target');
    expect(r.c).toBe(0.9);
  });
});

describe('lower-is-better', () => {
  it('c = target / actual, clamped at the cap', () => {
    // 10 days target, 20 days actual: 10 / 20 = 0.5 → red, s = 5
    expect(one({ direction: 'lower', halfTarget: 10, actual: 20 })).toMatchObject({ c: 0.5, points: 5, light: 'red', completionFormula: 'target/actual' });
    // 10 / 8 = 1.25 → clamped to 1.2, s = 12
    expect(one({ direction: 'lower', halfTarget: 10, actual: 8 })).toMatchObject({ cRaw: 1.25, c: 1.2, clamped: 'high', points: 12, light: 'green' });
  });
  it('an actual of 0 gives the cap', () => {
    // 十二事合一: approval in 0 extra days → c = cap = 1.2, s = 12
    expect(one({ direction: 'lower', halfTarget: 10, actual: 0 })).toMatchObject({
      cRaw: 1.2,
      c: 1.2,
      clamped: null,
      points: 12,
      completionFormula: 'lower_actual_zero',
    });
    // indicator cap 1.5 → c = 1.5, s = 15
    expect(one({ direction: 'lower', halfTarget: 10, actual: 0, cap: 1.5 })).toMatchObject({ c: 1.5, points: 15, capSource: 'indicator' });
  });
});

describe('milestone', () => {
  it('c = percent done / percent planned', () => {
    // 40% done of 50% planned = 0.8; s = 8
    const r = one({ direction: 'milestone', plannedPercent: 50, halfTarget: null, actual: 40 });
    expect(r).toMatchObject({ c: 0.8, points: 8, light: 'yellow', completionFormula: 'done/planned' });
    expect(r.target).toMatchObject({ value: 50, source: 'planned_percent' });
  });
  it('falls back to the half target when no planned percent is set', () => {
    // 30 / 60 = 0.5
    const r = one({ direction: 'milestone', plannedPercent: null, halfTarget: 60, actual: 30 });
    expect(r).toMatchObject({ c: 0.5, points: 5 });
    expect(r.target.source).toBe('half_target');
  });
});

describe('cap', () => {
  it('defaults to 1.2', () => {
    // 150 / 100 = 1.5 → 1.2, s = 12
    expect(one({ actual: 150 })).toMatchObject({ cRaw: 1.5, c: 1.2, cap: 1.2, capSource: 'period', clamped: 'high', points: 12 });
  });
  it('takes the indicator cap, else the period default', () => {
    expect(one({ actual: 150, cap: 1 })).toMatchObject({ c: 1, cap: 1, capSource: 'indicator', points: 10 });
    expect(one({ actual: 150 }, { defaultCap: 1.3 })).toMatchObject({ c: 1.3, cap: 1.3, points: 13 });
  });
  it('reports an unusable indicator cap and uses the period one', () => {
    const r = one({ actual: 150, cap: -1 });
    expect(r).toMatchObject({ c: 1.2, capSource: 'period' });
    expect(r.problems).toEqual(['cap_invalid']);
  });
});

describe('missing and invalid input', () => {
  it('a missing actual is c = 0, flagged 未填报 with its own light', () => {
    const r = one({ actual: null });
    expect(r).toMatchObject({ actual: null, missing: true, cRaw: 0, c: 0, points: 0, light: 'missing', completionFormula: 'missing' });
  });
  it('a zero or negative target does not crash: c = 0 and flagged', () => {
    const zero = one({ halfTarget: 0, actual: 50 });
    expect(zero).toMatchObject({ c: 0, points: 0, light: 'red', completionFormula: 'invalid', missing: false });
    expect(zero.problems).toEqual(['target_not_positive']);
    expect(one({ halfTarget: -5, actual: 50 }).problems).toEqual(['target_not_positive']);
    // annual 0 × 0.5 = 0 as well
    expect(one({ halfTarget: null, annualTarget: 0, actual: 50 }).problems).toEqual(['target_not_positive']);
    expect(one({ direction: 'milestone', plannedPercent: 0, halfTarget: null, actual: 50 }).problems).toEqual(['target_not_positive']);
  });
  it('no target at all is flagged too', () => {
    const r = one({ halfTarget: null, annualTarget: null, actual: 50 });
    expect(r).toMatchObject({ c: 0, points: 0, completionFormula: 'invalid' });
    expect(r.target.source).toBe('none');
    expect(r.problems).toEqual(['no_target']);
  });
  it('a missing actual with a bad target is still 未填报, with both shown', () => {
    const r = one({ halfTarget: 0, actual: null });
    expect(r).toMatchObject({ missing: true, light: 'missing', completionFormula: 'missing', c: 0 });
    expect(r.problems).toEqual(['target_not_positive']);
  });
  it('a negative actual gives c = 0 in every direction', () => {
    // higher: −5 / 100 = −0.05 → 0
    const higher = one({ actual: -5 });
    expect(higher).toMatchObject({ cRaw: -0.05, c: 0, clamped: 'low', points: 0, light: 'red' });
    expect(higher.problems).toEqual(['negative_actual']);
    // lower: 10 / −2 = −5 → 0 (not the cap: a nonsense value earns nothing)
    expect(one({ direction: 'lower', halfTarget: 10, actual: -2 })).toMatchObject({ cRaw: -5, c: 0, points: 0 });
    // milestone: −10 / 50 = −0.2 → 0
    expect(one({ direction: 'milestone', plannedPercent: 50, actual: -10 })).toMatchObject({ c: 0, points: 0 });
  });
  it('a non-finite actual or weight is flagged and counts 0', () => {
    expect(one({ actual: Number.NaN })).toMatchObject({
      actual: null,
      missing: false,
      c: 0,
      points: 0,
      completionFormula: 'invalid',
      problems: ['actual_not_finite'],
    });
    expect(one({ actual: 90, weight: Number.POSITIVE_INFINITY })).toMatchObject({ c: 0.9, weight: 0, points: 0, problems: ['weight_not_finite'] });
  });
});

describe('traffic light', () => {
  it('green ≥ 1, yellow ≥ 0.8, red below by default', () => {
    expect(one({ actual: 100 }).light).toBe('green');
    expect(one({ actual: 99.99 }).light).toBe('yellow');
    expect(one({ actual: 80 }).light).toBe('yellow');
    expect(one({ actual: 79.99 }).light).toBe('red');
  });
  it('takes the period thresholds', () => {
    const s = { greenThreshold: 0.95, yellowThreshold: 0.7 };
    expect(one({ actual: 96 }, s).light).toBe('green');
    expect(one({ actual: 70 }, s).light).toBe('yellow');
    expect(one({ actual: 69 }, s).light).toBe('red');
  });
  it('is not decided by binary noise', () => {
    // target 33 × 0.55 is 18.150000000000002 in binary; 18.15 of it reads as 100.00% and is green
    const r = one({ halfTarget: null, annualTarget: 33, actual: 18.15 }, { timeProgress: 0.55 });
    expect(r.c).toBeLessThan(1);
    expect(r.light).toBe('green');
  });
});

describe('indicator score', () => {
  it('S_ind is the sum of the points, and the breakdown keeps full precision', () => {
    // 10 × 2/3 = 6.666…; 20 × 1.2 = 24; 5 × 0 (missing) = 0 → 30.666…
    const result = scorePeriod({
      units: [{ id: 'u', name: 'u', groupId: 'g' }],
      indicators: [
        { id: 'a', unitId: 'u', key: 'a', direction: 'higher', method: 'ratio', halfTarget: 3, weight: 10, actual: 2 },
        { id: 'b', unitId: 'u', key: 'b', direction: 'higher', method: 'ratio', halfTarget: 10, weight: 20, actual: 50 },
        { id: 'c', unitId: 'u', key: 'c', direction: 'higher', method: 'ratio', halfTarget: 10, weight: 5, actual: null },
      ],
    });
    const u = result.units[0]!;
    expect(u.indicators[0]!.points).toBe(10 * (2 / 3));
    expect(u.indicatorScore).toBeCloseTo(30 + 2 / 3, 12);
    expect(u.weightTotal).toBe(35);
    expect(u.lights).toEqual({ green: 1, yellow: 0, red: 1, missing: 1, redForTieBreak: 2 });
  });
});
