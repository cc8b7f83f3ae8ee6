// Properties of the scoring engine over generated periods (fast-check): order independence, monotonicity, finiteness, valid competition ranks, purity.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scorePeriod,
  TIE_GRAIN,
  type Direction,
  type IndicatorInput,
  type Method,
  type ScoringInput,
  type ScoringResult,
  type UnitResult,
} from '@/lib/scoring';

const KEYS = ['k1', 'k2', 'k3', 'k4', 'k5'];
const GROUPS = ['g1', 'g2', 'g3'];

/** Generated numbers: realistic by default, any finite double for the finiteness property. */
const realistic = fc.double({ min: -20, max: 500, noNaN: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

interface GenOptions {
  num: fc.Arbitrary<number>;
  directions?: Direction[];
  methods?: Method[];
}

function arbPeriod({ num, directions = ['higher', 'lower', 'milestone'], methods = ['ratio', 'efficacy', 'rank'] }: GenOptions): fc.Arbitrary<ScoringInput> {
  const indicator = fc.record({
    direction: fc.constantFrom(...directions),
    method: fc.constantFrom(...methods),
    annualTarget: fc.option(num, { nil: null }),
    halfTarget: fc.option(num, { nil: null }),
    plannedPercent: fc.option(num, { nil: null }),
    weight: num,
    cap: fc.option(num, { nil: null }),
    actual: fc.option(num, { nil: null }),
  });
  const unit = fc.record({
    group: fc.constantFrom(...GROUPS),
    keys: fc.subarray(KEYS),
    fields: fc.array(indicator, { minLength: KEYS.length, maxLength: KEYS.length }),
  });
  return fc
    .record({
      settings: fc.record(
        {
          alpha: num,
          beta: fc.oneof(num, fc.constant(0)),
          bonusCap: num,
          greenThreshold: num,
          yellowThreshold: num,
          timeProgress: num,
          defaultCap: num,
          rankFloor: num,
        },
        { requiredKeys: [] },
      ),
      units: fc.array(unit, { minLength: 1, maxLength: 8 }),
      judges: fc.array(fc.option(fc.nat(7), { nil: null }), { maxLength: 7 }),
      rubricMax: fc.tuple(num, num),
      scores: fc.array(fc.record({ u: fc.nat(7), j: fc.nat(6), c: fc.constantFrom('c1', 'c2'), score: num }), { maxLength: 60 }),
      adjustments: fc.array(fc.record({ u: fc.nat(7), points: num }), { maxLength: 10 }),
      previous: fc.array(
        fc.record({ u: fc.nat(7), group: fc.constantFrom(...GROUPS), groupRank: fc.integer({ min: 1, max: 8 }), overallRank: fc.integer({ min: 1, max: 8 }) }),
        { maxLength: 8 },
      ),
    })
    .map((g): ScoringInput => {
      const unitIds = g.units.map((_, i) => `u${i}`);
      const judgeIds = g.judges.map((_, i) => `j${i}`);
      const indicators: IndicatorInput[] = g.units.flatMap((u, i) => u.keys.map((key, k) => ({ id: `u${i}-${key}`, unitId: `u${i}`, key, ...u.fields[k]! })));
      return {
        settings: g.settings,
        groups: GROUPS.map((id, i) => ({ id, name: id, sortOrder: i })),
        units: g.units.map((u, i) => ({ id: unitIds[i]!, name: `单位${i}`, code: `c${i}`, groupId: u.group })),
        indicators,
        rubric: [
          { id: 'c1', maxScore: g.rubricMax[0], sortOrder: 1 },
          { id: 'c2', maxScore: g.rubricMax[1], sortOrder: 2 },
        ],
        judges: g.judges.map((u, i) => ({ id: judgeIds[i]!, unitId: u === null ? null : unitIds[u % unitIds.length]! })),
        panelScores:
          judgeIds.length === 0
            ? []
            : g.scores.map((s) => ({ unitId: unitIds[s.u % unitIds.length]!, judgeId: judgeIds[s.j % judgeIds.length]!, criterionId: s.c, score: s.score })),
        adjustments: g.adjustments.map((a, i) => ({ id: `adj${i}`, unitId: unitIds[a.u % unitIds.length]!, points: a.points, reason: `r${i}` })),
        previous: Object.fromEntries(
          g.previous.map((p) => [unitIds[p.u % unitIds.length]!, { groupId: p.group, groupRank: p.groupRank, overallRank: p.overallRank }]),
        ),
      };
    });
}

/** Deterministic Fisher–Yates from a seed, so a failing case replays. */
function shuffle<T>(list: readonly T[] | undefined, seed: number): T[] {
  const out = [...(list ?? [])];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Frozen all the way down: the engine must not write to its input (strict mode makes a write throw). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allNumbers(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allNumbers(v, out);
  return out;
}

const key = (x: number) => Math.round(x / TIE_GRAIN);
/** < 0: a ranks better than b; 0: tie on everything the ranking compares. */
function better(a: UnitResult, b: UnitResult): number {
  if (key(a.final.value) !== key(b.final.value)) return key(a.final.value) > key(b.final.value) ? -1 : 1;
  if (key(a.indicatorScore) !== key(b.indicatorScore)) return key(a.indicatorScore) > key(b.indicatorScore) ? -1 : 1;
  return a.lights.redForTieBreak - b.lights.redForTieBreak;
}

function expectCompetitionRanking(ordered: UnitResult[], rankOf: (u: UnitResult) => number): void {
  ordered.forEach((u, i) => {
    if (i === 0) return expect(rankOf(u)).toBe(1);
    const prev = ordered[i - 1]!;
    const cmp = better(prev, u);
    expect(cmp).toBeLessThanOrEqual(0);
    expect(rankOf(u)).toBe(cmp === 0 ? rankOf(prev) : i + 1);
  });
}

describe('scoring properties', () => {
  it('input order of units, indicators, judges, scores and adjustments does not change the result, and input is not written to', () => {
    fc.assert(
      fc.property(arbPeriod({ num: realistic }), fc.integer(), (input, seed) => {
        const shuffled: ScoringInput = {
          ...input,
          groups: shuffle(input.groups, seed),
          units: shuffle(input.units, seed + 1),
          indicators: shuffle(input.indicators, seed + 2),
          rubric: shuffle(input.rubric, seed + 3),
          judges: shuffle(input.judges, seed + 4),
          panelScores: shuffle(input.panelScores, seed + 5),
          adjustments: shuffle(input.adjustments, seed + 6),
        };
        expect(scorePeriod(deepFreeze(shuffled))).toEqual(scorePeriod(deepFreeze(input)));
      }),
      { numRuns: 200 },
    );
  });

  it('a higher actual never lowers a higher-is-better ratio indicator, nor the unit S_ind', () => {
    const ratioOnly = arbPeriod({ num: fc.double({ min: 0, max: 500, noNaN: true }), directions: ['higher'], methods: ['ratio'] });
    fc.assert(
      fc.property(ratioOnly, fc.nat(), fc.double({ min: 0, max: 1000, noNaN: true }), (input, pick, increase) => {
        const candidates = input.indicators.filter((i) => i.actual !== null);
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const raised: ScoringInput = {
          ...input,
          indicators: input.indicators.map((i) => (i.id === target.id ? { ...i, actual: (i.actual as number) + increase } : i)),
        };
        const unitOf = (r: ScoringResult) => r.units.find((u) => u.unitId === target.unitId)!;
        const before = unitOf(scorePeriod(input));
        const after = unitOf(scorePeriod(raised));
        const s = (u: UnitResult) => u.indicators.find((i) => i.indicatorId === target.id)!.points;
        expect(s(after)).toBeGreaterThanOrEqual(s(before));
        expect(after.indicatorScore).toBeGreaterThanOrEqual(before.indicatorScore);
      }),
      { numRuns: 300 },
    );
  });

  it("a unit that reports nothing changes no other unit's points (missing actuals are left out of cohorts)", () => {
    fc.assert(
      fc.property(arbPeriod({ num: realistic }), fc.nat(), (input, pick) => {
        fc.pre(input.units.length > 1);
        const silent = input.units[pick % input.units.length]!.id;
        const erased: ScoringInput = { ...input, indicators: input.indicators.map((i) => (i.unitId === silent ? { ...i, actual: null } : i)) };
        const pointsOf = (r: ScoringResult) =>
          r.units.filter((u) => u.unitId !== silent).map((u) => [u.unitId, u.indicators.map((i) => [i.indicatorId, i.points])] as const);
        const sorted = (r: ScoringResult) => pointsOf(r).sort((a, b) => (a[0] < b[0] ? -1 : 1));
        const withSilent = scorePeriod(erased);
        const without: ScoringInput = { ...input, indicators: input.indicators.filter((i) => i.unitId !== silent) };
        expect(sorted(withSilent)).toEqual(sorted(scorePeriod(without)));
        for (const i of withSilent.units.find((u) => u.unitId === silent)!.indicators) expect(i.points).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('every number in the result is finite for arbitrary finite inputs', () => {
    fc.assert(
      fc.property(arbPeriod({ num: anyFinite }), (input) => {
        const result = scorePeriod(input);
        for (const n of allNumbers(result)) expect(Number.isFinite(n)).toBe(true);
        // and the result survives a JSON round trip unchanged (what a stored snapshot relies on)
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks are a valid competition ranking, overall and in every group', () => {
    fc.assert(
      fc.property(arbPeriod({ num: realistic }), (input) => {
        const result = scorePeriod(input);
        expect(result.units).toHaveLength(input.units.length);
        expectCompetitionRanking(result.units, (u) => u.overallRank);
        const byId = new Map(result.units.map((u) => [u.unitId, u]));
        let inGroups = 0;
        for (const g of result.groups) {
          const members = g.unitIds.map((id) => byId.get(id)!);
          expect(members.every((u) => u.groupId === g.groupId)).toBe(true);
          expectCompetitionRanking(members, (u) => u.groupRank);
          inGroups += members.length;
        }
        expect(inGroups).toBe(result.units.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('purity', () => {
  it('lib/scoring imports nothing but itself and lib/domain/enums, and reads no clock or randomness', () => {
    const dir = path.resolve(import.meta.dirname, '../../lib/scoring');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(path.join(dir, file), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) expect(spec === '../domain/enums' || spec.startsWith('./'), `${file} imports ${spec}`).toBe(true);
      expect(src).not.toMatch(/Date\.now|new Date|Math\.random|performance\.|process\./);
    }
  });
});
