// Backup and restore figures (issue #12 Found 8): time and file size of `createBackup` and `restoreBackup`
// (lib/ops/backup.ts, as `npm run db:backup` / `db:restore` run them) for the seeded demo district and for the same
// database grown to 1,000,000 IndicatorValue rows (each with its own Indicator, on the demo's submissions; generated
// set-based: a recursive CTE on SQLite, generate_series on PostgreSQL).
//
// Usage (scratch databases are created, migrated, seeded, filled and dropped):
//   npx tsx bench/backup.bench.ts                                                         # SQLite
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/postgres npx tsx bench/backup.bench.ts
// Settings: BACKUP_BENCH_VALUES=1000000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Db } from '../lib/db/client';
import { createBackup, restoreBackup, runMigrations } from '../lib/ops/backup';
import { createTestDatabase, seed, type TestDatabase } from '../tests/support/scratch-db';

const VALUES = Number(process.env.BACKUP_BENCH_VALUES ?? 1_000_000);

async function fill(db: Db, provider: TestDatabase['provider']): Promise<number> {
  const existing = await db.indicatorValue.count();
  const n = VALUES - existing;
  const t0 = performance.now();
  if (provider === 'sqlite') {
    await db.$executeRawUnsafe(`CREATE TEMP TABLE bench_sub AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, periodId, unitId FROM Submission`);
    await db.$executeRawUnsafe(`
      INSERT INTO Indicator (id, periodId, unitId, key, name, measureUnit, weight, halfTarget, updatedAt)
      WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n})
      SELECT 'bi' || i, s.periodId, s.unitId, 'bench-' || i, '基准指标 ' || i, '%', 1, 100, '2026-12-04T00:00:00.000+00:00'
      FROM seq JOIN bench_sub s ON s.k = i % (SELECT count(*) FROM bench_sub)`);
    await db.$executeRawUnsafe(`
      INSERT INTO IndicatorValue (id, indicatorId, submissionId, actual, evidence, updatedAt)
      SELECT 'bv' || substr(i.id, 3), i.id, s.id, (abs(random()) % 12000) / 100.0, '台账第 ' || substr(i.id, 3) || ' 号', '2026-12-04T00:00:00.000+00:00'
      FROM Indicator i JOIN bench_sub s ON s.periodId = i.periodId AND s.unitId = i.unitId WHERE i.id LIKE 'bi%'`);
  } else {
    await db.$executeRawUnsafe(
      `CREATE TEMP TABLE bench_sub AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS k, id, "periodId", "unitId" FROM "Submission"`,
    );
    await db.$executeRawUnsafe(`
      INSERT INTO "Indicator" (id, "periodId", "unitId", key, name, "measureUnit", weight, "halfTarget", "updatedAt")
      SELECT 'bi' || i, s."periodId", s."unitId", 'bench-' || i, '基准指标 ' || i, '%', 1, 100, now()
      FROM generate_series(1, ${n}) AS i JOIN bench_sub s ON s.k = i % (SELECT count(*) FROM bench_sub)`);
    await db.$executeRawUnsafe(`
      INSERT INTO "IndicatorValue" (id, "indicatorId", "submissionId", actual, evidence, "updatedAt")
      SELECT 'bv' || substr(i.id, 3), i.id, s.id, round((random() * 120)::numeric, 2), '台账第 ' || substr(i.id, 3) || ' 号', now()
      FROM "Indicator" i JOIN bench_sub s ON s."periodId" = i."periodId" AND s."unitId" = i."unitId" WHERE i.id LIKE 'bi%'`);
    await db.$executeRawUnsafe('ANALYZE');
  }
  const total = await db.indicatorValue.count();
  console.log(`  filled ${n} indicators + values in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${total} IndicatorValue rows`);
  return total;
}

async function measure(label: string, source: TestDatabase, dir: string) {
  const backup = await createBackup({ url: source.url, dir });
  const target = await createTestDatabase('bench_restore');
  try {
    const res = await restoreBackup({ url: target.url, file: backup.file });
    const mb = backup.manifest.bytes / 1024 / 1024;
    const row = {
      database: label,
      engine: source.provider,
      indicatorValues: backup.manifest.rowCounts.IndicatorValue,
      fileMB: Number(mb.toFixed(1)),
      backupS: Number((backup.ms / 1000).toFixed(2)),
      restoreS: Number((res.ms / 1000).toFixed(2)),
      ofWhichMigrateS: Number((res.migrateMs / 1000).toFixed(2)),
      checked: backup.manifest.verified.join('+'),
    };
    console.log(JSON.stringify(row));
    return row;
  } finally {
    await target.drop();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-backup-bench-'));
  const source = await createTestDatabase('bench_backup');
  try {
    await runMigrations(source.url);
    seed(source.url);
    const rows = [await measure('demo', source, path.join(dir, 'demo'))];
    const db = await createClient(source.url);
    try {
      await fill(db, source.provider);
    } finally {
      await db.$disconnect();
    }
    rows.push(await measure(`${VALUES} values`, source, path.join(dir, 'big')));
    console.table(rows);
  } finally {
    await source.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
