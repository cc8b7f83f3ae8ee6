// The problem ledger at district-years scale (issue #11): 100,000 problems (with assisting units, across units,
// categories, statuses and two years) on the seeded demo district; server time of the board's first page for several
// filter combinations (text search and a unit user's scope included: count + page + counts, as the page runs them) and
// of the per-unit figures for a period (one grouped query). Median and p95 of RUNS runs after WARMUP. Targets on
// PostgreSQL: board ≤ 150 ms, figures ≤ 200 ms.
//
// Usage (a scratch database is created, migrated, seeded, filled and dropped):
//   npx tsx bench/problems.bench.ts                                                       # SQLite
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/postgres npx tsx bench/problems.bench.ts
// Settings: PROBLEM_BENCH_N=100000  PROBLEM_BENCH_RUNS=30  PROBLEM_BENCH_KEEP=1 (keep the database, print its URL)
//           PROBLEM_BENCH_URL=<a kept database> (measure again without filling; it is migrated first and kept)
import { spawnSync } from 'node:child_process';

// the reads are server-only modules: run under the react-server condition, as Next.js runs them
if (!process.execArgv.includes('--conditions=react-server')) {
  const res = spawnSync(process.execPath, [...process.execArgv, '--conditions=react-server', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(res.status ?? 1);
}

const { createClient } = await import('../lib/db/client');
const { parseBoardQuery } = await import('../lib/problems/board');
const { boardView } = await import('../lib/problems/board.server');
const { ledgerFiguresByUnit, ledgerFiguresByCategory, ledgerMonthly } = await import('../lib/problems/figures.server');
const { createTestDatabase } = await import('../tests/support/scratch-db');
const { insertRandomProblems } = await import('../tests/support/random-problems');

const N = Number(process.env.PROBLEM_BENCH_N ?? 100_000);
const RUNS = Number(process.env.PROBLEM_BENCH_RUNS ?? 30);
const WARMUP = 3;

/** A seeded user as the guard would hand it to the reads (role and unit are all they look at). */
async function userOf(db: Awaited<ReturnType<typeof createClient>>, username: string) {
  const u = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true, unitId: true } });
  return { id: u.id, role: u.role as 'leader', unitId: u.unitId };
}
const now = new Date('2026-11-20T10:00:00+08:00');

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

const reuse = process.env.PROBLEM_BENCH_URL;
const scratch = reuse
  ? { url: reuse, provider: reuse.startsWith('postgres') ? 'postgresql' : 'sqlite', drop: async () => {} }
  : await createTestDatabase('problembench');
console.log(`${scratch.provider}: ${reuse ? 'migrating' : 'migrating and seeding'}…`);
for (const script of reuse ? ['scripts/prisma.ts migrate'] : ['scripts/prisma.ts migrate', 'prisma/seed.ts']) {
  const res = spawnSync('npx', ['tsx', ...script.split(' ')], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: scratch.url } });
  if (res.status !== 0) throw new Error(`${script} failed`);
}
const db = await createClient(scratch.url);
try {
  const units = await db.unit.findMany({ where: { active: true }, select: { id: true } });
  const t0 = performance.now();
  if (!reuse) {
    const { assists } = await insertRandomProblems(db, { unitIds: units.map((u) => u.id), n: N, seed: 42, now });
    console.log(`${assists} assisting-unit rows, inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // fresh statistics, as autovacuum / a periodic ANALYZE would have them
  await db.$executeRawUnsafe('ANALYZE');
  const total = await db.enterpriseProblem.count();
  console.log(`${total} problems`);

  const leader = await userOf(db, 'leader1');
  const unitUser = await userOf(db, 'jsj_head');
  const period = await db.period.findFirstOrThrow({ where: { year: 2026, half: 1 } });
  const cases: [string, typeof leader, string][] = [
    ['leader, no filter', leader, ''],
    ['leader, open + overdue', leader, 'status=pending,in_progress,transferred&overdue=1'],
    ['leader, unit + category', leader, `unit=${unitUser.unitId}&category=project`],
    ['leader, text search 路灯', leader, 'q=路灯'],
    ['leader, text search + supervised', leader, 'q=审批&supervised=1'],
    ['leader, raised in period, sort by deadline', leader, `period=${period.id}&sort=due`],
    ['leader, solved in period', leader, `closedIn=${period.id}`],
    ['unit user scope (leads or assists)', unitUser, ''],
    ['unit user, open, text search', unitUser, 'status=pending,in_progress&q=用地'],
    ['leader, open, sort by days open', leader, 'status=pending,in_progress,transferred&sort=age'],
  ];
  const rows: { what: string; median: string; p95: string }[] = [];
  const fmt = (x: number) => x.toFixed(1);
  for (const [what, user, q] of cases) {
    const f = parseBoardQuery(new URLSearchParams(q));
    const first = (await boardView(db, user, f, now)).page;
    const s = await time(() => boardView(db, user, f, now));
    rows.push({ what: `board: ${what} (${first.total} rows)`, median: fmt(s.median), p95: fmt(s.p95) });
  }
  const fig = await time(() => ledgerFiguresByUnit(db, period, now));
  rows.push({ what: 'figures per unit, 2026 H1', median: fmt(fig.median), p95: fmt(fig.p95) });
  const fig2 = await time(() => ledgerFiguresByUnit(db, { year: 2026, half: 2 }, now));
  rows.push({ what: 'figures per unit, 2026 H2 (running)', median: fmt(fig2.median), p95: fmt(fig2.p95) });
  const page = await time(() => Promise.all([ledgerFiguresByUnit(db, period, now), ledgerFiguresByCategory(db, period, now), ledgerMonthly(db, period)]));
  rows.push({ what: 'figures page (unit + category + monthly)', median: fmt(page.median), p95: fmt(page.p95) });
  console.log(`\n${scratch.provider}, ${total} problems, ${RUNS} runs each (ms):`);
  console.table(rows);
} finally {
  await db.$disconnect();
  // PROBLEM_BENCH_KEEP=1 leaves the database for EXPLAIN
  if (process.env.PROBLEM_BENCH_KEEP === '1' || reuse) console.log(`kept: ${scratch.url}`);
  else await scratch.drop();
}
