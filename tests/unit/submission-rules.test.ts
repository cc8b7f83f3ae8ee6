// Plausibility (DESIGN §4): which actuals need a reason, and what the server keeps of what arrives.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type IndicatorInput } from '@/lib/scoring';
import { checkActuals, flagOf, implausibility, unconfirmed } from '@/lib/submissions/rules';

const ind = (over: Partial<Omit<IndicatorInput, 'name'>> & { name?: string; measureUnit?: string } = {}) => ({
  id: 'i1',
  unitId: 'u1',
  key: 'k1',
  name: '城镇新增就业',
  measureUnit: '%',
  direction: 'higher' as const,
  method: 'ratio' as const,
  annualTarget: null,
  halfTarget: 95,
  plannedPercent: null,
  weight: 10,
  cap: null,
  actual: null,
  ...over,
});

describe('implausibility', () => {
  it('flags completion above 1.5 or below 0.3, not at the bounds', () => {
    expect(implausibility({ actual: 1, cRaw: 1.51, previous: null })).toBe('high');
    expect(implausibility({ actual: 1, cRaw: 1.5, previous: null })).toBeNull();
    expect(implausibility({ actual: 1, cRaw: 0.29, previous: null })).toBe('low');
    expect(implausibility({ actual: 1, cRaw: 0.3, previous: null })).toBeNull();
  });
  it('flags more than 3× or under ⅓ of last period, not exactly at them', () => {
    expect(implausibility({ actual: 31, cRaw: 1, previous: 10 })).toBe('jump');
    expect(implausibility({ actual: 30, cRaw: 1, previous: 10 })).toBeNull();
    expect(implausibility({ actual: 3, cRaw: 1, previous: 10 })).toBe('drop');
    expect(implausibility({ actual: 10 / 3, cRaw: 1, previous: 10 })).toBeNull();
  });
  it('needs an actual; a missing completion rate or last period only skips that check', () => {
    expect(implausibility({ actual: null, cRaw: 5, previous: 1 })).toBeNull();
    expect(implausibility({ actual: 100, cRaw: null, previous: 10 })).toBe('jump');
    expect(implausibility({ actual: 100, cRaw: 1, previous: 0 })).toBeNull();
  });
});

describe('flagOf: with the engine’s unclamped completion rate', () => {
  it('the motivating case: 972 typed for 97.2% against a 95% target', () => {
    expect(flagOf(ind(), 972, null, DEFAULT_SETTINGS)).toBe('high');
    expect(flagOf(ind(), 97.2, null, DEFAULT_SETTINGS)).toBeNull();
  });
  it('lower-is-better compares target/actual', () => {
    const days = ind({ direction: 'lower', halfTarget: 10, measureUnit: '天' });
    expect(flagOf(days, 2, null, DEFAULT_SETTINGS)).toBe('high'); // c = 5
    expect(flagOf(days, 40, null, DEFAULT_SETTINGS)).toBe('low'); // c = 0.25
    expect(flagOf(days, 9, null, DEFAULT_SETTINGS)).toBeNull();
  });
  it('no target: only last period can flag', () => {
    expect(flagOf(ind({ halfTarget: null }), 972, null, DEFAULT_SETTINGS)).toBeNull();
    expect(flagOf(ind({ halfTarget: null }), 972, 90, DEFAULT_SETTINGS)).toBe('jump');
  });
});

describe('checkActuals (server side)', () => {
  const area = ind({ id: 'a', key: 'area', name: '新增绿地', measureUnit: '万平方米', halfTarget: 12 });
  const pct = ind({ id: 'p', key: 'pct', name: '达标率' });
  const map = new Map([
    ['a', area],
    ['p', pct],
  ]);
  it('re-reads typed text in the indicator’s unit and names refused suffixes', () => {
    const r = checkActuals(
      [
        { indicatorId: 'a', actual: '125000平方米' },
        { indicatorId: 'p', actual: '12.5公里' },
      ],
      map,
      new Map(),
      DEFAULT_SETTINGS,
    );
    expect(r.values).toEqual([{ indicatorId: 'a', actual: 12.5, flag: null, note: '' }]);
    expect(r.refused).toEqual([{ indicatorId: 'p', name: '达标率', error: 'badUnit', expected: '%' }]);
  });
  it('keeps a reason only while the value is implausible', () => {
    const r = checkActuals(
      [
        { indicatorId: 'p', actual: 972, plausibilityNote: ' 核实无误 ' },
        { indicatorId: 'a', actual: 12, plausibilityNote: '旧的理由' },
      ],
      map,
      new Map([['area', 11]]),
      DEFAULT_SETTINGS,
    );
    expect(r.values).toEqual([
      { indicatorId: 'p', actual: 972, flag: 'high', note: '核实无误' },
      { indicatorId: 'a', actual: 12, flag: null, note: '' },
    ]);
  });
  it('compares with last period by key', () => {
    const r = checkActuals([{ indicatorId: 'a', actual: 12 }], map, new Map([['area', 40]]), DEFAULT_SETTINGS);
    expect(r.values[0]?.flag).toBe('drop');
  });
  it('unconfirmed names implausible values without a reason', () => {
    const names = new Map([
      ['a', '新增绿地'],
      ['p', '达标率'],
    ]);
    expect(
      unconfirmed(
        [
          { indicatorId: 'a', flag: 'drop', note: ' ' },
          { indicatorId: 'p', flag: 'high', note: '核实' },
        ],
        names,
      ),
    ).toEqual(['新增绿地']);
  });
});
