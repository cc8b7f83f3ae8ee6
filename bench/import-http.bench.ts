// Excel import through the production server (issue #13), the realistic case beside bench/import.bench.ts (which
// calls the services in-process): a fresh server, the 考核办 signed in, a 10,000-row setup workbook (25 units × 400)
// uploaded for preview, then committed, then previewed again (nothing to change) — wall time of each request and the
// server process's RSS: after start-up and a warm-up request, and the peak sampled during each step.
// Needs a production build (`npx next build`). Usage:
//   npx tsx bench/import-http.bench.ts                                            # SQLite
//   IMPORT_BENCH_PG=postgresql://postgres:postgres@127.0.0.1:5432/postgres npx tsx bench/import-http.bench.ts
import './server-only';

const { spawn } = await import('node:child_process');
const fs = await import('node:fs');
const path = await import('node:path');
const { createClient } = await import('../lib/db/client');
const { createPeriod } = await import('../lib/setup/periods.server');
const { quietEnv } = await import('../scripts/run');
const { ctxOf } = await import('../tests/support/actors');
const { createTestDatabase, migrate, seed } = await import('../tests/support/scratch-db');
const { setupWorkbook } = await import('../tests/support/xlsx');
const { rssMb, sampled, sessionCookie, waitFor } = await import('./support');

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.IMPORT_BENCH_PORT ?? 3732);
const BASE = `http://127.0.0.1:${PORT}`;
const PG = process.env.IMPORT_BENCH_PG ?? '';
const UNITS = 25;
const PER_UNIT = 400;

const tdb = await createTestDatabase('bench_imphttp', undefined, PG);
migrate(tdb.url);
seed(tdb.url, { ...quietEnv, NODE_ENV: 'production' });
process.env.DATABASE_URL = tdb.url;
const client = await createClient(tdb.url);
const admin = await ctxOf(client, 'admin');
const periodId = (await createPeriod(admin, { year: 2027, half: 1, name: '2027年上半年', sourcePeriodId: null })).id;
const codes = (await client.unit.findMany({ orderBy: { code: 'asc' }, take: UNITS, select: { code: true } })).map((u) => u.code);
const body = await setupWorkbook(periodId, codes, PER_UNIT);

// the server node process itself (not an npx wrapper), so /proc/<pid> is its memory
const log = fs.openSync(path.join(ROOT, 'data', 'bench-import-server.log'), 'w');
const server = spawn(
  process.execPath,
  [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'server.ts', '--port', String(PORT), '--hostname', '127.0.0.1'],
  {
    cwd: ROOT,
    env: { ...process.env, ...quietEnv, DATABASE_URL: tdb.url, NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
  },
);
try {
  await waitFor(`${BASE}/api/health`);
  const cookie = await sessionCookie(BASE, 'admin');
  const pid = server.pid!;
  const api = `${BASE}/api/import/periods/${periodId}/setup`;
  const post = async (step: string, file: Buffer, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(file)]), 'bench.xlsx');
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const res = await fetch(`${api}/${step}`, { method: 'POST', headers: { cookie }, body: form });
    const json = (await res.json()) as { ok: boolean; data?: Record<string, unknown> & { counts?: Record<string, number> }; message?: string };
    if (!json.ok) throw new Error(`${step}: ${res.status} ${json.message}`);
    console.error(`  (${step} answered)`);
    return json.data!;
  };
  // warm the route (its modules load on first use) with the period's empty template
  const warm = await fetch(`${api}/template`, { headers: { cookie } });
  if (!warm.ok) throw new Error(`template: ${warm.status}`);
  const start = rssMb(pid);
  const preview = await sampled(pid, () => post('preview', body));
  const p = preview.value as { hash: string; dataVersion: string; counts: Record<string, number> };
  if (p.counts.errors || p.counts.adds !== UNITS * PER_UNIT) throw new Error(`unexpected preview ${JSON.stringify(p.counts)}`);
  const commit = await sampled(pid, () => post('commit', body, { hash: p.hash, dataVersion: p.dataVersion }));
  const template = await fetch(`${api}/template`, { headers: { cookie } });
  const round = Buffer.from(await template.arrayBuffer());
  const again = await sampled(pid, () => post('preview', round));
  const a = again.value as { counts: Record<string, number> };
  if (a.counts.unchanged !== UNITS * PER_UNIT || a.counts.adds || a.counts.changes || a.counts.removes)
    throw new Error(`round trip ${JSON.stringify(a.counts)}`);
  const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`import through the server on ${PG ? 'PostgreSQL' : 'SQLite'}: ${UNITS * PER_UNIT} rows, ${(body.length / 1024 / 1024).toFixed(2)} MB`);
  console.log(`  server RSS after start-up and one template request: ${start.toFixed(0)} MB`);
  console.log(`  preview            ${s(preview.ms)} s   peak RSS ${preview.peak.toFixed(0)} MB`);
  console.log(`  commit             ${s(commit.ms)} s   peak RSS ${commit.peak.toFixed(0)} MB   (${JSON.stringify(commit.value)})`);
  console.log(`  round-trip preview ${s(again.ms)} s   peak RSS ${again.peak.toFixed(0)} MB`);
  console.log(
    `  server peak RSS (VmHWM) ${hwm ? (Number(hwm[1]) / 1024).toFixed(0) : '?'} MB; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
} finally {
  server.kill('SIGTERM');
  await client.$disconnect();
  await new Promise((r) => setTimeout(r, 500));
  await tdb.drop();
}
