// Issue #12 Found 8 (backup and restore), on SQLite and on PostgreSQL (npm run test:pg):
// an online backup taken during a write burst holds every write acknowledged before it began (a plain file copy of a
// WAL database does not), restores into a fresh database, and a restore refuses damaged, truncated, foreign and newer
// files without touching the target; retention keeps N; the scheduler runs once per deployment.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '@/lib/audit.server';
import { verifyAuditChain } from '@/lib/audit/chain-store';
import { createClient, type Db } from '@/lib/db/client';
import { listMigrations } from '@/lib/db/migrations';
import { sqliteFile } from '@/lib/db/url';
import {
  BackupError,
  checksumPathOf,
  createBackup,
  listBackups,
  manifestPathOf,
  pruneBackups,
  restoreBackup,
  sha256File,
  type BackupManifest,
} from '@/lib/ops/backup';
import { BACKUP_LOCK_KEY, runScheduledBackup, type BackupSchedulerDeps } from '@/lib/ops/scheduler';
import { type TestDatabase, createMigratedDatabase, createTestDatabase } from '../support/database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ACTOR = { id: null, name: 'burst-writer', ip: '127.0.0.1' };

/** Run one of the project's scripts without blocking this process (the writer keeps committing meanwhile). */
function runScriptAsync(script: string, args: string[], url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Burst rows present in a database: entity ids of the `a` and `b` rows (each transaction writes one of each). */
async function burstRows(db: Db) {
  const rows = await db.auditLog.findMany({ where: { action: 'test.burst' }, select: { entityType: true, entityId: true } });
  const a = new Set(rows.filter((r) => r.entityType === 'burst-a').map((r) => Number(r.entityId)));
  const b = new Set(rows.filter((r) => r.entityType === 'burst-b').map((r) => Number(r.entityId)));
  return { a, b };
}

/** What "touching nothing" is compared by: the SQLite file's hash and siblings, or the PostgreSQL rows. */
async function fingerprint(target: TestDatabase): Promise<string> {
  if (target.provider === 'sqlite') {
    const file = sqliteFile(target.url);
    const siblings = fs
      .readdirSync(path.dirname(file))
      .filter((n) => n.startsWith(path.basename(file)) && !n.endsWith('-shm') && !n.endsWith('-wal'))
      .sort();
    return `${await sha256File(file)} ${siblings.join(',')}`;
  }
  const db = await createClient(target.url);
  try {
    const rows = await db.auditLog.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const migrations = await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM _prisma_migrations');
    return `${rows.map((r) => r.id).join()} ${String(migrations[0]?.n)}`;
  } finally {
    await db.$disconnect();
  }
}

describe('backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-backup-test-'));
  const scratches: TestDatabase[] = [];
  let source: TestDatabase;
  let restored: TestDatabase;
  let backupFile = '';

  beforeAll(async () => {
    source = await createMigratedDatabase('backup_src');
    scratches.push(source);
  });
  afterAll(async () => {
    for (const s of scratches) await s.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an online backup during a write burst holds every write acknowledged before it began, and restores into a fresh database', async () => {
    const db = await createClient(source.url);
    const acked: number[] = [];
    let stop = false;
    let plainCopyMissing = -1;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        // two audited rows per transaction: the restored database must hold both or neither
        await db.$transaction(async (tx) => {
          await writeAudit(tx, ACTOR, { action: 'test.burst', entityType: 'burst-a', entityId: String(i), after: { i }, scope: 'unshared' });
          await writeAudit(tx, ACTOR, { action: 'test.burst', entityType: 'burst-b', entityId: String(i), after: { i }, scope: 'unshared' });
        });
        acked.push(i); // the commit returned: acknowledged to the caller
        await new Promise((r) => setImmediate(r)); // let timers and the backup child's pipes run (SQLite commits are synchronous)
      }
    })();
    try {
      while (acked.length < 60) await new Promise((r) => setTimeout(r, 10));
      // everything acknowledged up to this instant must be in the backup started next
      const ackedBefore = [...acked];
      if (source.provider === 'sqlite') {
        // the naive way: copying the database file while serving misses the commits still in the WAL
        const copy = path.join(dir, 'plain-copy.db');
        fs.copyFileSync(sqliteFile(source.url), copy);
        const plain = new Database(copy, { readonly: true });
        const present = new Set(
          (plain.prepare("SELECT entityId FROM AuditLog WHERE entityType = 'burst-a'").all() as { entityId: string }[]).map((r) => Number(r.entityId)),
        );
        plain.close();
        plainCopyMissing = ackedBefore.filter((i) => !present.has(i)).length;
      }
      const res = await runScriptAsync('scripts/db-backup.ts', ['--out', dir], source.url);
      expect(res.code, res.stderr).toBe(0);
      const written = acked.length;
      while (acked.length < written + 20) await new Promise((r) => setTimeout(r, 10)); // writes went on during and after
      stop = true;
      await writer;

      const [backup] = listBackups(dir);
      expect(backup).toBeDefined();
      backupFile = backup!.file;
      expect(res.stdout).toContain(backupFile);
      expect(backup!.manifest.engine).toBe(source.provider);
      expect(backup!.manifest.migrations).toEqual(listMigrations(source.provider));
      expect(backup!.manifest.sha256).toBe(await sha256File(backupFile));
      expect(fs.readFileSync(checksumPathOf(backupFile), 'utf8')).toBe(`${backup!.manifest.sha256}  ${path.basename(backupFile)}\n`);
      if (source.provider === 'sqlite') expect(plainCopyMissing, 'a plain file copy should miss WAL commits').toBeGreaterThan(0);

      restored = await createTestDatabase('backup_restored');
      scratches.push(restored);
      const rr = await runScriptAsync('scripts/db-restore.ts', [backupFile], restored.url);
      expect(rr.code, rr.stderr).toBe(0);

      const back = await createClient(restored.url);
      try {
        const { a, b } = await burstRows(back);
        const missing = ackedBefore.filter((i) => !a.has(i) || !b.has(i));
        expect(missing, 'acknowledged before the backup began but not restored').toEqual([]);
        expect([...a].sort()).toEqual([...b].sort()); // no half transaction
        expect(a.size).toBe(backup!.manifest.rowCounts.AuditLog! / 2);
        expect(a.size).toBeLessThan(acked.length); // the burst went on after the snapshot
        expect(await verifyAuditChain(back)).toMatchObject({ ok: true }); // the restored log's hash chain is whole
      } finally {
        await back.$disconnect();
      }
    } finally {
      stop = true;
      await writer.catch(() => undefined);
      await db.$disconnect();
    }
  });

  describe('a restore refuses, touching nothing', () => {
    const bad = path.join(dir, 'bad');
    /** a copy of the good backup in `bad/` (data file + manifest + checksum), to damage */
    const copyOfGood = (name: string) => {
      fs.mkdirSync(bad, { recursive: true });
      const file = path.join(bad, name + path.extname(backupFile));
      fs.copyFileSync(backupFile, file);
      const manifest = JSON.parse(fs.readFileSync(manifestPathOf(backupFile), 'utf8')) as BackupManifest;
      manifest.file = path.basename(file);
      fs.writeFileSync(manifestPathOf(file), JSON.stringify(manifest));
      return { file, manifest };
    };
    const writeManifest = (file: string, manifest: BackupManifest) => fs.writeFileSync(manifestPathOf(file), JSON.stringify(manifest));

    async function expectRefused(file: string, code: BackupError['code']) {
      const before = await fingerprint(restored);
      const err = await restoreBackup({ url: restored.url, file }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(BackupError);
      expect((err as BackupError).code, (err as Error).message).toBe(code);
      expect(await fingerprint(restored)).toBe(before);
    }

    it('a flipped byte (checksum mismatch)', async () => {
      const { file } = copyOfGood('leitai-20990101-000001');
      const buf = fs.readFileSync(file);
      const at = Math.floor(buf.length / 2);
      buf[at] = buf[at]! ^ 0xff;
      fs.writeFileSync(file, buf);
      await expectRefused(file, 'damaged');
    });

    it('a flipped byte with a manifest forged to match still fails the content check (SQLite integrity check)', async () => {
      if (restored.provider !== 'sqlite') return; // a pg custom dump has no page checksums; the SHA-256 above is its guard
      const { file, manifest } = copyOfGood('leitai-20990101-000002');
      const buf = fs.readFileSync(file);
      buf.fill(0x41, 4096, 4096 + 200); // scribble over the second page (a b-tree page)
      fs.writeFileSync(file, buf);
      writeManifest(file, { ...manifest, sha256: await sha256File(file) });
      await expectRefused(file, 'damaged');
    });

    it('a truncated file', async () => {
      const { file } = copyOfGood('leitai-20990101-000003');
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3));
      await expectRefused(file, 'truncated');
    });

    it('a foreign file: a random database without a manifest, and one with a forged manifest', async () => {
      fs.mkdirSync(bad, { recursive: true });
      const file = path.join(bad, 'leitai-20990101-000004.sqlite');
      const other = new Database(file);
      other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
      other.close();
      if (restored.provider === 'sqlite') {
        await expectRefused(file, 'foreign');
        const bytes = fs.statSync(file).size;
        writeManifest(file, {
          app: 'leitai',
          format: 1,
          engine: 'sqlite',
          createdAt: new Date().toISOString(),
          file: path.basename(file),
          bytes,
          sha256: await sha256File(file),
          migrations: [],
          schemaVersion: null,
          rowCounts: {},
          source: 'x',
          verified: [],
        });
        await expectRefused(file, 'foreign');
      } else {
        // a pg_dump of a database that is not Leitai's
        const pgFile = file.replace(/\.sqlite$/, '.pgdump');
        const { Client } = await import('pg');
        const c = new Client({ connectionString: restored.url });
        await c.connect();
        const name = `foreign_${Date.now()}`;
        await c.query(`CREATE DATABASE ${name}`);
        await c.end();
        const u = new URL(restored.url);
        u.pathname = '/' + name;
        const f = new Client({ connectionString: u.toString() });
        await f.connect();
        await f.query('CREATE TABLE t (x int); INSERT INTO t VALUES (1)');
        await f.end();
        const dump = await new Promise<number>((resolve) =>
          spawn('pg_dump', ['--format=custom', `--file=${pgFile}`, `--dbname=${u.toString()}`]).on('close', (code) => resolve(code ?? 1)),
        );
        expect(dump).toBe(0);
        await expectRefused(pgFile, 'foreign');
        writeManifest(pgFile, {
          app: 'leitai',
          format: 1,
          engine: 'postgresql',
          createdAt: new Date().toISOString(),
          file: path.basename(pgFile),
          bytes: fs.statSync(pgFile).size,
          sha256: await sha256File(pgFile),
          migrations: [],
          schemaVersion: null,
          rowCounts: {},
          source: 'x',
          verified: [],
        });
        await expectRefused(pgFile, 'foreign');
        const c2 = new Client({ connectionString: restored.url });
        await c2.connect();
        await c2.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await c2.end();
      }
    });

    it('a backup of the other engine, and one from a newer schema', async () => {
      const other = copyOfGood('leitai-20990101-000005');
      writeManifest(other.file, { ...other.manifest, engine: restored.provider === 'sqlite' ? 'postgresql' : 'sqlite' });
      await expectRefused(other.file, 'engine');
      const newer = copyOfGood('leitai-20990101-000006');
      writeManifest(newer.file, { ...newer.manifest, migrations: [...newer.manifest.migrations, '29991231000000_from_the_future'] });
      await expectRefused(newer.file, 'newer');
    });

    it('the command line says why and exits ≠ 0', async () => {
      const { file } = copyOfGood('leitai-20990101-000007');
      fs.truncateSync(file, 1000);
      const before = await fingerprint(restored);
      const res = await runScriptAsync('scripts/db-restore.ts', [file], restored.url);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain('截断');
      expect(res.stderr).toContain('数据库未被改动');
      expect(await fingerprint(restored)).toBe(before);
    });

    it('a database in use by another connection (a running server)', async () => {
      const db = await createClient(restored.url);
      try {
        await db.auditLog.count(); // connected, idle — as a server between requests
        await expectRefused(backupFile, 'inUse');
      } finally {
        await db.$disconnect();
      }
    });
  });

  it('retention keeps the newest N backups and nothing that is not a Leitai backup', async () => {
    const keepDir = path.join(dir, 'keep');
    const days = [3, 1, 5, 2, 4];
    for (const d of days) await createBackup({ url: restored.url, dir: keepDir, now: new Date(Date.UTC(2026, 11, d, 18, 30)) });
    fs.writeFileSync(path.join(keepDir, 'notes.txt'), 'mine');
    expect(listBackups(keepDir)).toHaveLength(5);
    const removed = pruneBackups(keepDir, 3);
    expect(removed.map((f) => path.basename(f)).sort()).toEqual(['leitai-20261201-183000', 'leitai-20261202-183000'].map((n) => n + path.extname(backupFile)));
    const left = listBackups(keepDir).map((b) => b.manifest.createdAt.slice(0, 10));
    expect(left).toEqual(['2026-12-05', '2026-12-04', '2026-12-03']);
    expect(fs.readdirSync(keepDir).sort()).toHaveLength(3 * 3 + 1); // data + manifest + checksum each, and notes.txt
  });

  describe('the daily scheduler', () => {
    const deps = (db: Db, schedDir: string, keep = 2): BackupSchedulerDeps => ({
      db,
      url: restored.url,
      dir: schedDir,
      audit: writeAudit,
      settings: async () => ({ time: '02:30', keep }),
      log: { log: () => undefined, error: () => undefined },
    });

    it('runs once per slot across instances, keeps backup.keep, audits each run', async () => {
      const db = await createClient(restored.url);
      try {
        const schedDir = path.join(dir, 'sched');
        // two instances fire at the same moment: one backs up, the other skips
        const outcomes = await Promise.all([
          runScheduledBackup(deps(db, schedDir), '2026-12-04 02:30'),
          runScheduledBackup(deps(db, schedDir), '2026-12-04 02:30'),
        ]);
        expect(outcomes.map((o) => o.status).sort()).toEqual(['done', 'skipped']);
        expect(listBackups(schedDir)).toHaveLength(1);
        // a later instance for the same slot skips too (already audited)
        expect((await runScheduledBackup(deps(db, schedDir), '2026-12-04 02:30')).status).toBe('skipped');
        for (const slot of ['2026-12-05 02:30', '2026-12-06 02:30']) expect((await runScheduledBackup(deps(db, schedDir), slot)).status).toBe('done');
        expect(listBackups(schedDir)).toHaveLength(2);
        const audits = await db.auditLog.findMany({ where: { action: 'ops.backup' }, orderBy: { at: 'asc' } });
        expect(audits.map((a) => a.entityId)).toEqual(['2026-12-04 02:30', '2026-12-05 02:30', '2026-12-06 02:30']);
        expect(audits.every((a) => (a.after as { ok: boolean }).ok)).toBe(true);
      } finally {
        await db.$disconnect();
      }
    });

    it('skips while another instance holds the runner lock (PostgreSQL advisory lock / lock file)', async () => {
      const db = await createClient(restored.url);
      const schedDir = path.join(dir, 'sched-lock');
      try {
        if (restored.provider === 'postgresql') {
          const { Client } = await import('pg');
          const other = new Client({ connectionString: restored.url });
          await other.connect();
          expect((await other.query('SELECT pg_try_advisory_lock($1) AS ok', [BACKUP_LOCK_KEY])).rows[0].ok).toBe(true);
          const res = await runScheduledBackup(deps(db, schedDir), '2026-12-07 02:30');
          expect(res).toEqual({ status: 'skipped', reason: 'another runner holds the lock' });
          await other.end(); // the other instance goes away: the lock is free again
        } else {
          fs.mkdirSync(schedDir, { recursive: true });
          fs.writeFileSync(path.join(schedDir, '.leitai-backup.lock'), '1');
          expect((await runScheduledBackup(deps(db, schedDir), '2026-12-07 02:30')).status).toBe('skipped');
          fs.rmSync(path.join(schedDir, '.leitai-backup.lock'));
        }
        expect(listBackups(schedDir)).toHaveLength(0);
        expect((await runScheduledBackup(deps(db, schedDir), '2026-12-07 02:30')).status).toBe('done');
      } finally {
        await db.$disconnect();
      }
    });

    it('a failed backup is audited and reported, not thrown', async () => {
      const db = await createClient(restored.url);
      try {
        const errors: unknown[] = [];
        const broken = {
          ...deps(db, path.join(dir, 'sched-fail')),
          url: restored.provider === 'sqlite' ? `file:${path.join(dir, 'nope', 'missing.db')}` : restored.url,
        };
        if (restored.provider === 'postgresql') broken.dir = path.join(dir, 'not-a-dir');
        fs.writeFileSync(path.join(dir, 'not-a-dir'), 'x'); // a file where the backup directory should be
        broken.log = { log: () => undefined, error: (...a: unknown[]) => errors.push(a) };
        const res = await runScheduledBackup(broken, '2026-12-08 02:30');
        expect(res.status).toBe('failed');
        expect(errors.length).toBeGreaterThan(0);
        const audit = await db.auditLog.findFirst({ where: { action: 'ops.backup', entityId: '2026-12-08 02:30' } });
        expect((audit?.after as { ok: boolean } | undefined)?.ok).toBe(false);
      } finally {
        await db.$disconnect();
      }
    });
  });
});
