// The scoring module's edges: display rounding, settings defaults, reported input problems, the single-indicator preview.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, evaluateIndicator, resolveSettings, round2, scorePeriod } from '@/lib/scoring';

describe('round2 (display only)', () => {
  it('rounds half away from zero without binary surprises', () => {
    expect(round2(1.005)).toBe(1.01); // 1.005 is 1.00499999999999989… in binary
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-2.675)).toBe(-2.68);
    expect(round2(59.49999999999999)).toBe(59.5);
    expect(round2(83.333333)).toBe(83.33);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe('settings', () => {
  it('defaults to DESIGN §4', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      alpha: 0.7,
      beta: 0.3,
      bonusCap: 5,
      greenThreshold: 1,
      yellowThreshold: 0.8,
      timeProgress: 0.5,
      defaultCap: 1.2,
      rankFloor: 0.6,
    });
    const r = scorePeriod({ units: [], indicators: [] });
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.settingsDefaulted).toHaveLength(8);
    expect(r.issues).toEqual([]);
  });
  it('takes a Period row as it is, and reports unusable values', () => {
    const period = {
      id: 'p',
      name: '2026年上半年',
      alpha: 0.6,
      beta: 0.4,
      bonusCap: -1,
      greenThreshold: 1,
      yellowThreshold: 0.8,
      timeProgress: 0.5,
      defaultCap: Number.NaN,
      rankFloor: 0.5,
    };
    const { settings, defaulted, invalid } = resolveSettings(period);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, alpha: 0.6, beta: 0.4, rankFloor: 0.5 });
    expect(defaulted).toEqual(['bonusCap', 'defaultCap']);
    expect(invalid).toEqual(['bonusCap', 'defaultCap']);
    expect(scorePeriod({ settings: period, units: [], indicators: [] }).issues).toEqual([
      { code: 'setting_invalid', ref: 'bonusCap' },
      { code: 'setting_invalid', ref: 'defaultCap' },
    ]);
  });
});

describe('reported input problems', () => {
  it('rows of unknown units and duplicated units are reported, not thrown', () => {
    const r = scorePeriod({
      units: [
        { id: 'u', name: 'u', groupId: 'g' },
        { id: 'u', name: 'again', groupId: 'g' },
      ],
      indicators: [{ id: 'i', unitId: 'ghost', key: 'k', direction: 'higher', method: 'ratio', halfTarget: 1, weight: 1, actual: 1 }],
      adjustments: [{ id: 'a', unitId: 'ghost2', points: 1, reason: 'x' }],
      rubric: [{ id: 'c', maxScore: Number.NaN }],
    });
    expect(r.units.map((u) => u.name)).toEqual(['u']);
    expect(r.issues).toEqual([
      { code: 'criterion_invalid', ref: 'c' },
      { code: 'duplicate_unit', ref: 'u' },
      { code: 'unknown_unit', ref: 'ghost' },
      { code: 'unknown_unit', ref: 'ghost2' },
    ]);
  });
  it('a unit without indicators scores 0 and still ranks', () => {
    const r = scorePeriod({ units: [{ id: 'u', name: 'u', groupId: 'g' }], indicators: [] });
    expect(r.units[0]).toMatchObject({ indicatorScore: 0, weightTotal: 0, overallRank: 1, groupRank: 1, provisional: true, groupName: null });
    expect(r.groups).toEqual([{ groupId: 'g', name: null, unitIds: ['u'] }]);
  });
  it('lists a contest group that has no units', () => {
    const r = scorePeriod({
      groups: [
        { id: 'g2', name: '派驻机构', sortOrder: 2 },
        { id: 'g1', name: '部门', sortOrder: 1 },
      ],
      units: [{ id: 'u', name: 'u', groupId: 'g1' }],
      indicators: [],
    });
    expect(r.groups).toEqual([
      { groupId: 'g1', name: '部门', unitIds: ['u'] },
      { groupId: 'g2', name: '派驻机构', unitIds: [] },
    ]);
  });
});

describe('report state (待审核)', () => {
  it("is echoed from each unit's input onto its result, and absent when the input has none", () => {
    const result = scorePeriod({
      units: [
        { id: 'a', name: 'a', groupId: 'g', reportState: 'submitted' },
        { id: 'b', name: 'b', groupId: 'g', reportState: 'approved' },
        { id: 'c', name: 'c', groupId: 'g' },
      ],
      indicators: [{ id: 'i', unitId: 'a', key: 'k', direction: 'higher', method: 'ratio', halfTarget: 10, weight: 100, actual: 10 }],
    });
    const of = (id: string) => result.units.find((u) => u.unitId === id)!;
    expect(of('a').reportState).toBe('submitted');
    expect(of('b').reportState).toBe('approved');
    expect('reportState' in of('c')).toBe(false);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('evaluateIndicator (live preview)', () => {
  it('gives c, light and ratio points for one indicator', () => {
    // 45 / (200 × 0.5) = 0.45 → red; s = 20 × 0.45 = 9
    const r = evaluateIndicator(
      { id: 'i', unitId: 'u', key: 'k', direction: 'higher', method: 'ratio', annualTarget: 200, weight: 20, actual: 45 },
      DEFAULT_SETTINGS,
    );
    expect(r).toMatchObject({ c: 0.45, light: 'red', points: 9, formula: 'ratio', target: { value: 100, source: 'annual_x_time_progress' } });
  });
  it('leaves efficacy and rank points to scorePeriod', () => {
    const r = evaluateIndicator(
      { id: 'i', unitId: 'u', key: 'k', direction: 'higher', method: 'rank', halfTarget: 10, weight: 20, actual: 10 },
      DEFAULT_SETTINGS,
    );
    expect(r).toMatchObject({ c: 1, light: 'green', points: 0, formula: 'cohort_pending', cohort: null });
  });
});
