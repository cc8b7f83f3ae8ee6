// Excel import at district scale (issue #13): a 10,000-row period-setup workbook (25 units × 400 indicators) —
// parse + validate + preview, then commit (one transaction, 10,000 indicators and 10,001 chained audit rows), then
// the round trip (template of the 10,000 indicators, previewed again: nothing to change). Wall and CPU time of each
// step and the process's peak RSS after it. Targets: preview ≤ 5 s, commit ≤ 5 s, RSS ≤ 300 MB, on SQLite and PostgreSQL.
//
// Usage (a scratch database is created, migrated, seeded and dropped; under 2 minutes):
//   npx tsx bench/import.bench.ts                                                       # SQLite
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/postgres npx tsx bench/import.bench.ts
// Settings: IMPORT_BENCH_UNITS=25  IMPORT_BENCH_PER_UNIT=400
import './server-only';

// builder mode: write the workbook in a child process, so the measuring process never holds exceljs's build of it
if (process.env.IMPORT_BENCH_BUILD) {
  const [file, periodId, perUnit, ...codes] = JSON.parse(process.env.IMPORT_BENCH_BUILD) as string[];
  const { setupWorkbook } = await import('../tests/support/xlsx');
  (await import('node:fs')).writeFileSync(file!, await setupWorkbook(periodId!, codes, Number(perUnit)));
  process.exit(0);
}

const { createClient } = await import('../lib/db/client');
const { commitSetupImport, previewSetupImport, setupTemplate } = await import('../lib/import/setup.server');
const { createPeriod } = await import('../lib/setup/periods.server');
const { ctxOf } = await import('../tests/support/actors');
const { createTestDatabase, migrate, seed } = await import('../tests/support/scratch-db');
const { spawnSync } = await import('node:child_process');
const { randomBytes } = await import('node:crypto');
const fs = await import('node:fs');
const path = await import('node:path');

const UNITS = Number(process.env.IMPORT_BENCH_UNITS ?? 25);
const PER_UNIT = Number(process.env.IMPORT_BENCH_PER_UNIT ?? 400);

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** The process's peak resident memory so far (the workbook is built in a child; seeding runs in children too). */
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);

const ROOT = path.resolve(import.meta.dirname, '..');

const tdb = await createTestDatabase('importbench');
const t0 = performance.now();
try {
  migrate(tdb.url);
  seed(tdb.url);
  process.env.DATABASE_URL = tdb.url; // the services pick the provider's statements from it
  const db = await createClient(tdb.url);
  const admin = await ctxOf(db, 'admin');
  const periodId = (await createPeriod(admin, { year: 2027, half: 1, name: '2027年上半年', sourcePeriodId: null })).id;
  const codes = (await db.unit.findMany({ orderBy: { code: 'asc' }, take: UNITS, select: { code: true } })).map((u) => u.code);
  const file = path.join(ROOT, 'data', `bench-import-${randomBytes(3).toString('hex')}.xlsx`);
  const built = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, IMPORT_BENCH_BUILD: JSON.stringify([file, periodId, String(PER_UNIT), ...codes]) },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the workbook failed: ${built.stderr}`);
  const body = fs.readFileSync(file);
  fs.rmSync(file);
  console.log(
    `provider ${tdb.provider}; ${codes.length * PER_UNIT} rows, file ${(body.length / 1024 / 1024).toFixed(2)} MB; setup ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS before ${peakRss()} MB`,
  );

  // wall time, and this process's CPU time (user + system: less at the mercy of a loaded machine; on PostgreSQL the
  // server's own work is not in it)
  const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const s = performance.now();
    const cpu = process.cpuUsage();
    const r = await fn();
    const used = process.cpuUsage(cpu);
    const secs = (x: number) => (x / 1000).toFixed(2).padStart(6);
    console.log(`${label.padEnd(34)} ${secs(performance.now() - s)} s   cpu ${secs((used.user + used.system) / 1000)} s   peak RSS ${peakRss()} MB`);
    return r;
  };
  const p = await time('parse + validate + preview', () => previewSetupImport(admin, { periodId, fileName: 'bench.xlsx', body }));
  if (p.counts.errors || p.counts.adds !== codes.length * PER_UNIT) throw new Error(`unexpected preview ${JSON.stringify(p.counts)}`);
  const r = await time('commit (re-parse + write + audit)', () =>
    commitSetupImport(admin, { periodId, fileName: 'bench.xlsx', body, hash: p.hash, dataVersion: p.dataVersion }),
  );
  const audits = await db.auditLog.count({ where: { action: { in: ['setup.create_indicator', 'import.commit'] } } });
  console.log(`  added ${r.added}; audit rows ${audits}`);
  const template = await time('template of the period', () => setupTemplate(admin, periodId));
  const again = await time('round-trip preview', () => previewSetupImport(admin, { periodId, fileName: 'again.xlsx', body: template.body }));
  if (again.counts.unchanged !== r.added || again.counts.changes || again.counts.adds || again.counts.removes)
    throw new Error(`round trip changed ${JSON.stringify(again.counts)}`);
  console.log(`  round trip: ${again.counts.unchanged} unchanged`);
  await db.$disconnect();
} finally {
  await tdb.drop();
}
