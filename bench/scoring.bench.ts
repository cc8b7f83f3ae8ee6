// Benchmark of scorePeriod on a synthetic period (1,000 units × 50 indicators × 15 judges × 3 criteria): `npx tsx bench/scoring.bench.ts`.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Direction, Method } from '../lib/domain/enums';
import { scorePeriod } from '../lib/scoring';
import type { AdjustmentInput, IndicatorInput, PanelScoreInput, ScoringInput } from '../lib/scoring';

const UNITS = 1000;
const INDICATORS = 50;
const SHARED_KEYS = 20;
const JUDGES = 15;
const GROUPS = 4;
const RUNS = 30;
const WARMUP = 10;
const TARGET_MEDIAN_MS = 20;

/** Seeded PRNG (mulberry32) so every run of the benchmark scores the same period. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const judges = Array.from({ length: JUDGES }, (_, j) => ({ id: `j${String(j).padStart(2, '0')}`, unitId: j < 3 ? `u${String(j * 7).padStart(4, '0')}` : null }));
  const panelScores: PanelScoreInput[] = [];
  for (const unit of units) {
    for (const judge of judges) {
      for (const c of rubric) panelScores.push({ unitId: unit.id, judgeId: judge.id, criterionId: c.id, score: Math.round(c.maxScore * (0.6 + 0.4 * r()) * 10) / 10 });
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
const previous = scorePeriod({ ...previousInput, units: previousInput.units.map((u, i) => (i % 50 === 0 ? { ...u, groupId: 'g0' } : u)) });
const input: ScoringInput = { ...period(2), previous };

for (let i = 0; i < WARMUP; i++) scorePeriod(input);
const times: number[] = [];
const userMs: number[] = [];
const systemMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // each run's result is dropped at once (as a request handler would); keeping the previous one
  // alive only makes the collector mark it again
  scorePeriod(input);
  times.push(performance.now() - t0);
  // CPU of the whole process (GC helper threads included); system time is mostly page faults of fresh heap pages
  const c = process.cpuUsage(c0);
  userMs.push(c.user / 1000);
  systemMs.push(c.system / 1000);
}
const sorted = (xs: number[]) => xs.slice().sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.max(0, Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1))] as number;
const medianOf = (xs: number[]) => {
  const s = sorted(xs);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
const median = medianOf(times);
const result = scorePeriod(input);

const sizes = {
  units: result.units.length,
  groups: result.groups.length,
  indicatorBreakdowns: result.units.reduce((n, u) => n + u.indicators.length, 0),
  judgeCards: result.units.reduce((n, u) => n + u.panel.judges.length, 0),
  criterionScores: result.units.reduce((n, u) => n + u.panel.judges.reduce((m, j) => m + j.scores.length, 0), 0),
  excludedJudgeCards: result.units.reduce((n, u) => n + u.panel.judges.filter((j) => j.status === 'excluded').length, 0),
  adjustmentItems: result.units.reduce((n, u) => n + u.adjustments.items.length, 0),
  issues: result.issues.length,
  jsonBytes: Buffer.byteLength(JSON.stringify(result)),
};

console.log(`scorePeriod: ${UNITS} units × ${INDICATORS} indicators (${SHARED_KEYS} shared keys) × ${JUDGES} judges × 3 criteria, ${GROUPS} groups, previous period`);
console.log(`input rows: ${input.indicators.length} indicators, ${input.panelScores?.length ?? 0} panel scores, ${input.adjustments?.length ?? 0} adjustments`);
console.log(`machine: ${cpus().length} cpu(s), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; node ${process.version}${process.env.NODE_OPTIONS ? ` NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}`);
console.log(`runs: ${RUNS} after ${WARMUP} warm-up; wall median ${median.toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, min ${quantile(times, 0).toFixed(2)} ms, max ${quantile(times, 1).toFixed(2)} ms`);
console.log(`cpu per run (median): user ${medianOf(userMs).toFixed(2)} ms, system ${medianOf(systemMs).toFixed(2)} ms`);
console.log('breakdown per run:', sizes);
console.log(median <= TARGET_MEDIAN_MS ? `OK: median ≤ ${TARGET_MEDIAN_MS} ms` : `SLOW: median > ${TARGET_MEDIAN_MS} ms`);
