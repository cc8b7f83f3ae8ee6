// Lazy breakdowns: scorePeriod computes every number at once and builds each unit's indicator and panel
// (judge card) breakdown on first read. Laziness must not change anything a caller can observe: values, key order, JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPendingBreakdown, materializeBreakdowns, scorePeriod, type Direction, type IndicatorInput, type Method, type ScoringInput } from '@/lib/scoring';

const num = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -20, max: 500, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const id = (prefix: string, max: number) => fc.nat(max).map((i) => `${prefix}${i}`);

/** Periods with everything the breakdowns show: shared keys of every method, unknown units and criteria, duplicated, invalid and missing scores. */
const arbPeriod: fc.Arbitrary<ScoringInput> = fc
  .record({
    units: fc.array(fc.record({ group: id('g', 2), name: fc.constantFrom('建设局', '数据局', '财政局') }), { minLength: 1, maxLength: 8 }),
    indicators: fc.array(
      fc.record({
        unit: fc.nat(8),
        key: id('k', 5),
        direction: fc.constantFrom<Direction>('higher', 'lower', 'milestone'),
        method: fc.constantFrom<Method>('ratio', 'efficacy', 'rank'),
        annualTarget: opt(num),
        halfTarget: opt(num),
        plannedPercent: opt(num),
        weight: num,
        cap: opt(num),
        actual: opt(num),
        sortOrder: opt(fc.nat(5)),
      }),
      { maxLength: 40 },
    ),
    judges: fc.array(opt(fc.nat(8)), { maxLength: 7 }),
    scores: fc.array(
      fc.record({ unit: fc.nat(8), judge: fc.nat(7), criterion: fc.constantFrom('c1', 'c2', 'c3', 'x'), score: fc.oneof(num, fc.constant(Number.NaN)) }),
      { maxLength: 80 },
    ),
    adjustments: fc.array(fc.record({ unit: fc.nat(8), points: num }), { maxLength: 6 }),
    beta: fc.constantFrom(0, 0.3),
  })
  .map((g): ScoringInput => {
    const unitId = (i: number) => `u${i % (g.units.length + 1)}`; // one id in every period is an unknown unit
    const indicators: IndicatorInput[] = g.indicators.map((x, i) => ({ id: `i${i}`, unitId: unitId(x.unit), name: `指标${i}`, ...x }));
    return {
      settings: { beta: g.beta },
      groups: [{ id: 'g0', name: '部门', sortOrder: 1 }],
      units: g.units.map((u, i) => ({ id: `u${i}`, name: u.name, code: `c${i}`, groupId: u.group, sortOrder: i })),
      indicators,
      rubric: [
        { id: 'c1', maxScore: 40, sortOrder: 1 },
        { id: 'c2', maxScore: 30, sortOrder: 2 },
        { id: 'c3', maxScore: 30, sortOrder: 3 },
      ],
      judges: g.judges.map((u, i) => ({ id: `j${i}`, unitId: u === null ? null : unitId(u) })),
      panelScores: g.scores.map((s) => ({ unitId: unitId(s.unit), judgeId: `j${s.judge}`, criterionId: s.criterion, score: s.score })),
      adjustments: g.adjustments.map((a, i) => ({ id: `a${i}`, unitId: unitId(a.unit), points: a.points, reason: `r${i}` })),
    };
  });

describe('lazy breakdowns', () => {
  it('the full JSON equals the eagerly built one, whenever and in whatever order the breakdowns are read', () => {
    fc.assert(
      fc.property(arbPeriod, arbPeriod, fc.array(fc.nat(), { maxLength: 10 }), (input, other, reads) => {
        const lazy = scorePeriod(input);
        // another period scored (and fully read) in between must not disturb the pending breakdowns
        JSON.stringify(scorePeriod(other));
        for (const r of reads) {
          const u = lazy.units[r % lazy.units.length]!;
          if (r % 2 === 0) void u.panel;
          else void u.indicators;
        }
        const eager = scorePeriod(input, { breakdowns: 'eager' });
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
        expect(lazy).toEqual(eager);
      }),
      { numRuns: 300 },
    );
  });

  it('builds a breakdown once: reading it twice gives the same object', () => {
    fc.assert(
      fc.property(arbPeriod, (input) => {
        const result = scorePeriod(input);
        for (const u of result.units) {
          expect(hasPendingBreakdown(u)).toBe(true);
          const indicators = u.indicators;
          const panel = u.panel;
          const judges = u.panel.judges;
          expect(u.indicators).toBe(indicators);
          expect(u.panel).toBe(panel);
          expect(u.panel.judges).toBe(judges);
          expect(hasPendingBreakdown(u)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('breakdowns are own enumerable keys in the documented order, seen by JSON, spreading and structuredClone', () => {
    const input = fc.sample(arbPeriod, { numRuns: 1, seed: 7 })[0]!;
    const lazy = scorePeriod(input);
    const eager = scorePeriod(input, { breakdowns: 'eager' });
    const u = lazy.units[0]!;
    expect(Object.keys(u)).toEqual(Object.keys(eager.units[0]!));
    expect(Object.keys(u).slice(4, 7)).toEqual(['groupName', 'indicators', 'weightTotal']);
    expect(Object.keys(u).slice(8, 11)).toEqual(['lights', 'panel', 'panelScore']);
    expect(Object.keys(u.panel)[0]).toBe('judges');
    expect(Object.getOwnPropertySymbols(u)).toEqual([]);
    expect({ ...scorePeriod(input).units[0]! }).toEqual(eager.units[0]);
    expect(structuredClone(scorePeriod(input))).toEqual(eager);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(lazy);
  });

  it('materializeBreakdowns builds everything; a frozen result still reads; a write replaces the breakdown', () => {
    const input = fc.sample(arbPeriod, { numRuns: 1, seed: 11 })[0]!;
    const result = materializeBreakdowns(scorePeriod(input));
    expect(result.units.some(hasPendingBreakdown)).toBe(false);

    const frozen = scorePeriod(input);
    for (const u of frozen.units) Object.freeze(Object.freeze(u).panel);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(result));

    const written = scorePeriod(input);
    const panel = { ...written.units[0]!.panel, judges: [] };
    written.units[0]!.indicators = [];
    written.units[0]!.panel = panel;
    expect(written.units[0]!.indicators).toEqual([]);
    expect(written.units[0]!.panel).toBe(panel);
  });
});
