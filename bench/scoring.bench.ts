// Benchmark of scorePeriod on a synthetic, seeded period (1,000 units × 50 indicators × 15 judges × 3 criteria):
// `npx tsx bench/scoring.bench.ts`. Reports (1) scorePeriod as the pages call it — every number and rank, each
// unit's indicator and judge breakdown built on first read — against the 20 ms target, and (2) separately what
// building the full breakdown of all units costs (materialising it, JSON.stringify of the whole result, the
// eager mode), so the first figure is not mistaken for the second.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Direction, Method } from '../lib/domain/enums';
import { mulberry32 } from '../lib/domain/prng';
import { materializeBreakdowns, scorePeriod } from '../lib/scoring';
import type { AdjustmentInput, IndicatorInput, PanelScoreInput, ScoringInput, ScoringResult } from '../lib/scoring';

const UNITS = 1000;
const INDICATORS = 50;
const SHARED_KEYS = 20;
const JUDGES = 15;
const GROUPS = 4;
const RUNS = 30;
const WARMUP = 10;
/** the breakdown measurements build ~26 MB each: fewer runs */
const HEAVY_RUNS = 10;
const HEAVY_WARMUP = 3;
const TARGET_MEDIAN_MS = 20;

/** Seeded PRNG so every run of the benchmark scores the same period. */
const rng = mulberry32;

const SHARED_METHODS: Method[] = ['efficacy', 'rank', 'ratio', 'efficacy', 'rank'];
const DIRECTIONS: Direction[] = ['higher', 'higher', 'higher', 'lower', 'milestone'];

function period(seed: number): ScoringInput {
  const r = rng(seed);
  const groups = Array.from({ length: GROUPS }, (_, g) => ({ id: `g${g}`, name: `分组${g + 1}`, sortOrder: g }));
  const units = Array.from({ length: UNITS }, (_, u) => ({
    id: `u${String(u).padStart(4, '0')}`,
    name: `单位${u}`,
    code: `u${u}`,
    groupId: `g${u % GROUPS}`,
    sortOrder: u,
  }));
  const indicators: IndicatorInput[] = [];
  for (const unit of units) {
    for (let i = 0; i < INDICATORS; i++) {
      const shared = i < SHARED_KEYS;
      const direction = DIRECTIONS[i % DIRECTIONS.length] as Direction;
      const method: Method = shared ? (SHARED_METHODS[i % SHARED_METHODS.length] as Method) : i % 10 === 0 ? 'rank' : 'ratio';
      const target = 50 + Math.floor(r() * 950);
      const explicitHalf = r() < 0.5;
      indicators.push({
        id: `${unit.id}-i${i}`,
        unitId: unit.id,
        key: shared ? `shared${i}` : `${unit.id}-own${i}`,
        name: `指标${i}`,
        direction,
        method,
        annualTarget: direction === 'milestone' ? null : target * 2,
        halfTarget: direction === 'milestone' || !explicitHalf ? null : target,
        plannedPercent: direction === 'milestone' ? 50 : null,
        weight: 2,
        cap: i % 7 === 0 ? 1.5 : null,
        actual: r() < 0.05 ? null : direction === 'milestone' ? Math.floor(r() * 80) : Math.round(target * (0.4 + r()) * 100) / 100,
        sortOrder: i,
      });
    }
  }
  const rubric = [
    { id: 'c1', maxScore: 40, sortOrder: 1 },
    { id: 'c2', maxScore: 30, sortOrder: 2 },
    { id: 'c3', maxScore: 30, sortOrder: 3 },
  ];
  // three judges belong to units (conflict of interest for those units)
  const judges = Array.from({ length: JUDGES }, (_, j) => ({
    id: `j${String(j).padStart(2, '0')}`,
    unitId: j < 3 ? `u${String(j * 7).padStart(4, '0')}` : null,
  }));
  const panelScores: PanelScoreInput[] = [];
  for (const unit of units) {
    for (const judge of judges) {
      for (const c of rubric)
        panelScores.push({ unitId: unit.id, judgeId: judge.id, criterionId: c.id, score: Math.round(c.maxScore * (0.6 + 0.4 * r()) * 10) / 10 });
    }
  }
  const adjustments: AdjustmentInput[] = [];
  for (const unit of units) {
    if (r() < 0.3) adjustments.push({ id: `${unit.id}-b1`, unitId: unit.id, points: 3, reason: '加分' });
    if (r() < 0.1) adjustments.push({ id: `${unit.id}-b2`, unitId: unit.id, points: 4, reason: '加分' });
    if (r() < 0.1) adjustments.push({ id: `${unit.id}-p1`, unitId: unit.id, points: -2, reason: '扣分' });
  }
  return { settings: {}, groups, units, indicators, rubric, judges, panelScores, adjustments };
}

const previousInput = period(1);
// a few units change group between the periods, so 新 (group changed) is exercised too
const previousUnits = previousInput.units.map((u, i) => (i % 50 === 0 ? { ...u, groupId: 'g0' } : u));
// the first call of the process runs before the compiler has optimised anything (a server scores a period rarely)
const c0 = performance.now();
const previous = scorePeriod({ ...previousInput, units: previousUnits });
const coldMs = performance.now() - c0;
const input: ScoringInput = { ...period(2), previous };

const sorted = (xs: number[]) => xs.slice().sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.max(0, Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1))] as number;
const medianOf = (xs: number[]) => {
  const s = sorted(xs);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

interface Timing {
  wall: number[];
  user: number[];
  system: number[];
}

/**
 * Times `run` (after `prepare`, which is not timed). Each run's result is dropped at once, as a request
 * handler would: keeping the previous one alive only makes the collector mark it again.
 */
function measure<T>(runs: number, warmup: number, prepare: () => T, run: (x: T) => unknown): Timing {
  const t: Timing = { wall: [], user: [], system: [] };
  for (let i = 0; i < warmup; i++) run(prepare());
  for (let i = 0; i < runs; i++) {
    const x = prepare();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(x);
    t.wall.push(performance.now() - t0);
    // CPU of the whole process (GC helper threads included); system time is mostly page faults of fresh heap pages
    const c = process.cpuUsage(c0);
    t.user.push(c.user / 1000);
    t.system.push(c.system / 1000);
  }
  return t;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
function line(label: string, t: Timing): string {
  return `${label.padEnd(44)} median ${ms(medianOf(t.wall))}, p95 ${ms(quantile(t.wall, 0.95))}, min ${ms(quantile(t.wall, 0))}, max ${ms(quantile(t.wall, 1))}; cpu median user ${ms(medianOf(t.user))}, system ${ms(medianOf(t.system))} (${t.wall.length} runs)`;
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const loadBefore = load();
/** What a ranking page reads of every unit: the figures, not the breakdowns. */
function readFigures(r: ScoringResult): number {
  let x = 0;
  for (const u of r.units) x += u.final.value + u.indicatorScore + (u.panelScore ?? 0) + u.adjustments.total + u.lights.red + u.overallRank + u.groupRank;
  return x;
}
// (1) the target: scorePeriod as pages call it (every number and rank computed, breakdowns built on first
// read), and every unit's figures read as the ranking table does
const score = measure(
  RUNS,
  WARMUP,
  () => input,
  (i) => readFigures(scorePeriod(i)),
);
// (2) the full breakdown of all 1,000 units, measured apart
const materialise = measure(
  HEAVY_RUNS,
  HEAVY_WARMUP,
  () => scorePeriod(input),
  (r) => materializeBreakdowns(r),
);
const stringify = measure(
  HEAVY_RUNS,
  HEAVY_WARMUP,
  () => scorePeriod(input),
  (r) => JSON.stringify(r),
);
const eager = measure(
  HEAVY_RUNS,
  HEAVY_WARMUP,
  () => input,
  (i) => scorePeriod(i, { breakdowns: 'eager' }),
);
// one unit's breakdown, as its report card reads it
let pick = 0;
const oneUnit = measure(
  RUNS,
  WARMUP,
  () => scorePeriod(input).units[pick++ % UNITS]!,
  (u) => [u.indicators, u.panel.judges],
);
const loadAfter = load();

const result = materializeBreakdowns(scorePeriod(input));
const sizes = {
  units: result.units.length,
  groups: result.groups.length,
  indicatorBreakdowns: result.units.reduce((n, u) => n + u.indicators.length, 0),
  judgeCards: result.units.reduce((n, u) => n + u.panel.judges.length, 0),
  criterionScores: result.units.reduce((n, u) => n + u.panel.judges.reduce((m, j) => m + j.scores.length, 0), 0),
  excludedJudgeCards: result.units.reduce((n, u) => n + u.panel.judges.filter((j) => j.status === 'excluded').length, 0),
  adjustmentItems: result.units.reduce((n, u) => n + u.adjustments.items.length, 0),
  cohorts: result.cohorts.length,
  issues: result.issues.length,
  jsonBytes: Buffer.byteLength(JSON.stringify(result)),
};
// the lazy and the eager result are the same, byte for byte
const same = JSON.stringify(scorePeriod(input)) === JSON.stringify(scorePeriod(input, { breakdowns: 'eager' }));

console.log(
  `scorePeriod: ${UNITS} units × ${INDICATORS} indicators (${SHARED_KEYS} shared keys) × ${JUDGES} judges × 3 criteria, ${GROUPS} groups, previous period`,
);
console.log(`input rows: ${input.indicators.length} indicators, ${input.panelScores?.length ?? 0} panel scores, ${input.adjustments?.length ?? 0} adjustments`);
console.log(
  `machine: ${cpus().length} cpu(s), load average before ${loadBefore}, after ${loadAfter}; node ${process.version}${process.env.NODE_OPTIONS ? ` NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}`,
);
console.log('(1) target — what a page pays for the numbers and ranks:');
console.log(line("  scorePeriod + every unit's figures read", score));
console.log(`  first call in the process (nothing optimised yet): ${ms(coldMs)}`);
console.log('(2) the full breakdown of every unit, apart:');
console.log(line("  materialise all 1,000 units' breakdowns", materialise));
console.log(line('  JSON.stringify of the whole result (builds all)', stringify));
console.log(line("  scorePeriod(input, { breakdowns: 'eager' })", eager));
console.log(line("  one unit's breakdowns (its report card)", oneUnit));
console.log('breakdown per result:', sizes);
console.log(`lazy result JSON identical to eager: ${same}`);
const median = medianOf(score.wall);
console.log(median <= TARGET_MEDIAN_MS ? `OK: scorePeriod median ≤ ${TARGET_MEDIAN_MS} ms` : `SLOW: scorePeriod median > ${TARGET_MEDIAN_MS} ms`);
