// Online backup and verified restore of the Leitai database (issue #12 Found 8, docs/decisions/018-backup-restore.md).
// SQLite: better-sqlite3's backup API (reads through the WAL, one consistent snapshot); PostgreSQL: pg_dump in custom
// format under an exported snapshot. Every backup is checked after writing and described by a manifest + checksum;
// a restore refuses anything damaged or foreign before it touches the live database.
// No 'server-only' here: the npm scripts, the server's scheduler and the tests share this module.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { readChainHeads, type ChainAnchor } from '../audit/anchors';
import { listMigrations } from '../db/migrations';
import { providerOf, redactUrl, sqliteFile, type Provider } from '../db/url';

export const APP_NAME = 'leitai';
export const MANIFEST_FORMAT = 1;
const ROOT = path.resolve(import.meta.dirname, '../..');
const EXT: Record<Provider, string> = { sqlite: '.sqlite', postgresql: '.pgdump' };
const NAME = /^leitai-\d{8}-\d{6}(?:-\d+)?\.(?:sqlite|pgdump)$/;

export interface BackupManifest {
  app: typeof APP_NAME;
  format: typeof MANIFEST_FORMAT;
  engine: Provider;
  createdAt: string;
  file: string;
  bytes: number;
  sha256: string;
  /** applied migrations in the backup, oldest first; the last one is the schema version */
  migrations: string[];
  schemaVersion: string | null;
  rowCounts: Record<string, number>;
  source: string;
  /** how the file was checked after writing */
  verified: string[];
  /** every audit chain's head just before the backup began (lib/audit/anchors.ts); absent in older manifests */
  auditHeads?: ChainAnchor[];
}

export interface BackupResult {
  file: string;
  manifestFile: string;
  manifest: BackupManifest;
  ms: number;
}

/** A backup or restore that was refused or failed its checks; `message` is for the operator (Chinese). */
export class BackupError extends Error {
  constructor(
    readonly code: 'damaged' | 'truncated' | 'foreign' | 'engine' | 'newer' | 'inUse' | 'missing' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export const manifestPathOf = (file: string) => file.replace(/\.(sqlite|pgdump)$/, '') + '.json';
export const checksumPathOf = (file: string) => file.replace(/\.(sqlite|pgdump)$/, '') + '.sha256';

// ─── helpers ───

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `YYYYMMDD-HHMMSS` in UTC. */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** A fresh backup file name in `dir` (a second backup within the same second gets a `-2` suffix). */
function newBackupPath(dir: string, engine: Provider, at: Date): string {
  const base = `leitai-${stamp(at)}`;
  for (let i = 1; ; i++) {
    const name = (i === 1 ? base : `${base}-${i}`) + EXT[engine];
    const file = path.join(dir, name);
    if (!fs.existsSync(file) && !fs.existsSync(manifestPathOf(file))) return file;
  }
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a program; resolve with its exit code and output (stdout kept only when asked). */
function run(cmd: string, args: string[], opts: { env?: Record<string, string>; keepStdout?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (opts.keepStdout) stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The URL for libpq tools (pg_dump, psql): Prisma-only query parameters such as `schema` removed. */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  for (const key of [...u.searchParams.keys()])
    if (!['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'application_name'].includes(key)) u.searchParams.delete(key);
  return u.toString();
}

/** Apply pending migrations to `url` (the project's own migrate script, as `npm run db:migrate` does). */
export async function runMigrations(url: string): Promise<void> {
  await migrateUnlessCurrent(url, null);
}

/**
 * The migrate step of a restore: skipped when the backup already holds every migration this code knows (the usual
 * case, a backup of the same version: seconds saved, and nothing for the migrate script to backfill), run otherwise.
 */
async function migrateUnlessCurrent(url: string, applied: string[] | null): Promise<void> {
  if (applied && applied.join() === listMigrations(providerOf(url), ROOT).join()) return;
  const res = await run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/prisma.ts', 'migrate'], { env: { DATABASE_URL: url } });
  if (res.code !== 0) throw new BackupError('failed', `迁移失败（migrate failed）：${res.stderr.trim()}`);
}

// ─── SQLite ───

function sqliteTables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

function sqliteMigrations(db: Database.Database): string[] {
  return (
    db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name').all() as {
      migration_name: string;
    }[]
  ).map((r) => r.migration_name);
}

/** Integrity check, Leitai tables, row counts and migrations of a SQLite file (opened read-only). */
export function inspectSqliteFile(file: string): { migrations: string[]; rowCounts: Record<string, number> } {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== 'SQLite format 3\0') throw new BackupError('foreign', `${path.basename(file)} 不是 SQLite 数据库文件`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new BackupError('damaged', `无法打开 ${path.basename(file)}：${(err as Error).message}`);
  }
  try {
    let check: string[];
    try {
      check = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (err) {
      throw new BackupError('damaged', `完整性检查失败（integrity_check）：${(err as Error).message}`);
    }
    return checkedContents(file, {
      check,
      tables: sqliteTables(db),
      count: (t) => (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n,
      migrations: () => sqliteMigrations(db),
    });
  } finally {
    db.close();
  }
}

/** What inspectSqliteFile decides from a file's integrity check, tables, counts and migrations. */
function checkedContents(
  file: string,
  got: { check: string[]; tables: string[]; count: (table: string) => number; migrations: () => string[] },
): { migrations: string[]; rowCounts: Record<string, number> } {
  if (got.check.length !== 1 || got.check[0] !== 'ok')
    throw new BackupError('damaged', `完整性检查失败（integrity_check）：${got.check.slice(0, 3).join('; ')}`);
  const { tables } = got;
  if (!tables.includes('_prisma_migrations') || !tables.includes('AuditLog') || !tables.includes('Period'))
    throw new BackupError('foreign', `${path.basename(file)} 不是擂台（Leitai）数据库：缺少 _prisma_migrations / AuditLog / Period 表`);
  const rowCounts: Record<string, number> = {};
  for (const t of tables) rowCounts[t] = got.count(t);
  return { migrations: got.migrations(), rowCounts };
}

/**
 * The backup's reading checks in a worker thread: on a large file the integrity check and the row counts take seconds,
 * which on the server's main thread would stall every request. Plain CommonJS (eval), so it runs the same under tsx,
 * Vitest and the built server; better-sqlite3 is resolved from the working directory (the project root).
 */
const VERIFY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const check = db.prepare('PRAGMA integrity_check').all().map((r) => r.integrity_check);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((r) => r.name);
  const counts = {};
  if (check.length === 1 && check[0] === 'ok') for (const t of tables) counts[t] = db.prepare('SELECT count(*) AS n FROM "' + t + '"').get().n;
  const migrations = tables.includes('_prisma_migrations')
    ? db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name').all().map((r) => r.migration_name)
    : [];
  parentPort.postMessage({ check, tables, counts, migrations });
} catch (err) {
  parentPort.postMessage({ error: String((err && err.message) || err) });
} finally {
  if (db) db.close();
}
`;

interface VerifyMessage {
  check: string[];
  tables: string[];
  counts: Record<string, number>;
  migrations: string[];
  error?: string;
}

/** inspectSqliteFile for a backup just written, its reading done in a worker thread (the main thread only waits). */
export function inspectSqliteFileOffThread(file: string): Promise<{ migrations: string[]; rowCounts: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(VERIFY_WORKER, { eval: true, workerData: { file } });
    worker.once('message', (m: VerifyMessage) => {
      settled = true;
      try {
        if (m.error !== undefined) throw new BackupError('damaged', `完整性检查失败（integrity_check）：${m.error}`);
        resolve(checkedContents(file, { check: m.check, tables: m.tables, count: (t) => m.counts[t] ?? 0, migrations: () => m.migrations }));
      } catch (err) {
        reject(err);
      }
    });
    worker.once('error', (err) => {
      if (!settled) reject(new BackupError('failed', `备份校验线程出错：${err.message}`));
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new BackupError('failed', `备份校验线程意外退出（${code}）`));
    });
  });
}

/** Pages copied per backup step (4 KiB pages: 2 MiB), a few ms each: the event loop runs between steps. */
export const BACKUP_STEP_PAGES = 512;

async function backupSqlite(url: string, target: string): Promise<Pick<BackupManifest, 'migrations' | 'rowCounts' | 'verified'>> {
  const source = sqliteFile(url);
  if (!fs.existsSync(source)) throw new BackupError('missing', `数据库文件不存在：${source}`);
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    // Copy in steps of BACKUP_STEP_PAGES so the server keeps answering (one step of a large database blocked the
    // event loop for its whole length). One read transaction held on the source connection across all steps = one
    // consistent snapshot that includes every commit still in the WAL: a writer's commit (another connection) does not
    // touch this connection's snapshot, so the backup never restarts; in WAL mode it does not block writers either.
    // What still blocks: the last step's commit of the copy (SQLite fsyncs the file), ~0.2 s for 50 MB here.
    db.exec('BEGIN');
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get(); // opens the read transaction: the snapshot starts here
    try {
      await db.backup(target, { progress: () => BACKUP_STEP_PAGES });
    } finally {
      db.exec('COMMIT');
    }
  } finally {
    db.close();
  }
  // the copy carries the WAL flag of its source: make it a self-contained rollback-journal file (no -wal/-shm beside it)
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  // integrity check, tables, row counts and migrations: read in a worker thread (seconds on a large file)
  const { migrations, rowCounts } = await inspectSqliteFileOffThread(target);
  return { migrations, rowCounts, verified: ['integrity_check', 'rowCounts'] };
}

// ─── PostgreSQL ───

async function pgClient(url: string) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

type PgQueryable = Awaited<ReturnType<typeof pgClient>>;

async function pgCounts(client: PgQueryable): Promise<{ migrations: string[]; rowCounts: Record<string, number> }> {
  const tables = (await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map(
    (r) => r.tablename,
  );
  const rowCounts: Record<string, number> = {};
  for (const t of tables) rowCounts[t] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]?.n ?? 0);
  const migrations = tables.includes('_prisma_migrations')
    ? (
        await client.query<{ migration_name: string }>(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
        )
      ).rows.map((r) => r.migration_name)
    : [];
  return { migrations, rowCounts };
}

/** `pg_restore --list`: the archive's table of contents; refuses what is not a custom-format dump of Leitai. */
async function pgArchiveToc(file: string): Promise<string> {
  const res = await run('pg_restore', ['--list', file], { keepStdout: true });
  if (res.code !== 0) throw new BackupError('damaged', `pg_restore --list 读不了 ${path.basename(file)}：${res.stderr.trim()}`);
  if (!/TABLE DATA public "?AuditLog"? /.test(res.stdout) || !/TABLE DATA public "?_prisma_migrations"? /.test(res.stdout))
    throw new BackupError('foreign', `${path.basename(file)} 不是擂台（Leitai）数据库的转储：缺少 AuditLog / _prisma_migrations 表`);
  return res.stdout;
}

async function backupPg(url: string, target: string, verifyRestore: boolean) {
  // counts and pg_dump read the same exported snapshot, so the manifest describes exactly what the dump holds
  const client = await pgClient(url);
  let counts: Awaited<ReturnType<typeof pgCounts>>;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0]!.s;
    counts = await pgCounts(client);
    const res = await run('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--snapshot=${snapshot}`, `--file=${target}`, `--dbname=${libpqUrl(url)}`]);
    if (res.code !== 0) throw new BackupError('failed', `pg_dump 失败：${res.stderr.trim()}`);
    await client.query('COMMIT');
  } finally {
    await client.end().catch(() => undefined);
  }
  await pgArchiveToc(target);
  const verified = ['pg_restore --list'];
  if (verifyRestore) {
    await testRestorePg(url, target, counts.rowCounts);
    verified.push('test restore');
  }
  return { ...counts, verified };
}

/** Restore the dump into a scratch database on the same server, compare row counts, drop it. */
async function testRestorePg(url: string, file: string, expected: Record<string, number>): Promise<void> {
  const name = `leitai_verify_${randomBytes(4).toString('hex')}`;
  const admin = await pgClient(url);
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const u = new URL(libpqUrl(url));
    u.pathname = '/' + name;
    const res = await run('pg_restore', ['--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', `--dbname=${u.toString()}`, file]);
    if (res.code !== 0) throw new BackupError('damaged', `试恢复失败（test restore）：${res.stderr.trim()}`);
    const scratch = await pgClient(u.toString());
    try {
      const { rowCounts } = await pgCounts(scratch);
      for (const [t, n] of Object.entries(expected))
        if (rowCounts[t] !== n) throw new BackupError('damaged', `试恢复后 ${t} 有 ${rowCounts[t]} 行，应为 ${n} 行`);
    } finally {
      await scratch.end();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

// ─── backup ───

export interface BackupOptions {
  url: string;
  dir: string;
  /** PostgreSQL: also restore into a scratch database and compare row counts */
  verifyRestore?: boolean;
  now?: Date;
}

/**
 * Write a verified backup of `url` into `dir`: `leitai-YYYYMMDD-HHMMSS.{sqlite|pgdump}` (UTC), its manifest
 * (`.json`) and checksum (`.sha256`, `sha256sum -c` format). The data file is written under a `.partial` name and only
 * renamed once checked; the manifest is written last, so a backup without a manifest is incomplete.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const at = opts.now ?? new Date();
  const engine = providerOf(opts.url);
  fs.mkdirSync(opts.dir, { recursive: true });
  const file = newBackupPath(path.resolve(opts.dir), engine, at);
  const partial = file + '.partial';
  fs.rmSync(partial, { force: true });
  try {
    // read before the copy starts: every head recorded here is in the backup (the log only grows)
    const auditHeads = await readChainHeads(opts.url);
    const checked = engine === 'sqlite' ? await backupSqlite(opts.url, partial) : await backupPg(opts.url, partial, !!opts.verifyRestore);
    const sha256 = await sha256File(partial);
    fs.renameSync(partial, file);
    const manifest: BackupManifest = {
      app: APP_NAME,
      format: MANIFEST_FORMAT,
      engine,
      createdAt: at.toISOString(),
      file: path.basename(file),
      bytes: fs.statSync(file).size,
      sha256,
      migrations: checked.migrations,
      schemaVersion: checked.migrations.at(-1) ?? null,
      rowCounts: checked.rowCounts,
      source: redactUrl(opts.url),
      verified: [...checked.verified, 'sha256'],
      auditHeads,
    };
    fs.writeFileSync(checksumPathOf(file), `${sha256}  ${path.basename(file)}\n`);
    fs.writeFileSync(manifestPathOf(file), JSON.stringify(manifest, null, 2) + '\n');
    return { file, manifestFile: manifestPathOf(file), manifest, ms: Date.now() - started };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(file, { force: true });
    throw err;
  }
}

// ─── listing and retention ───

export interface ListedBackup {
  file: string;
  manifest: BackupManifest;
}

/** Complete Leitai backups in `dir` (data file + readable manifest), newest first. */
export function listBackups(dir: string): ListedBackup[] {
  if (!fs.existsSync(dir)) return [];
  const out: ListedBackup[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!NAME.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestPathOf(file), 'utf8')) as BackupManifest;
      if (manifest.app === APP_NAME && manifest.file === name) out.push({ file, manifest });
    } catch {
      // no manifest: incomplete or not ours; never listed, never deleted
    }
  }
  return out.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt) || b.file.localeCompare(a.file));
}

/** Keep the newest `keep` backups in `dir`; delete the older ones (data file, manifest, checksum). Returns the deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const { file } of listBackups(dir).slice(Math.max(1, keep))) {
    for (const f of [file, manifestPathOf(file), checksumPathOf(file)]) fs.rmSync(f, { force: true });
    removed.push(file);
  }
  return removed;
}

// ─── checks before a restore ───

/**
 * Everything that can be checked without touching the live database: the manifest says it is a Leitai backup of this
 * engine with a schema this code knows; size and SHA-256 match; the content is a Leitai database (SQLite: integrity
 * check on `file` itself; PostgreSQL: the archive's table of contents).
 */
export async function checkBackup(file: string, engine: Provider): Promise<BackupManifest> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new BackupError('missing', `找不到备份文件 ${file}`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPathOf(file), 'utf8')) as BackupManifest;
  } catch {
    throw new BackupError('foreign', `${name} 旁边没有可读的清单 ${path.basename(manifestPathOf(file))}：不是擂台的备份，或备份不完整`);
  }
  if (manifest?.app !== APP_NAME || manifest.format !== MANIFEST_FORMAT || manifest.file !== name)
    throw new BackupError('foreign', `${name} 的清单不是擂台备份的清单（app/format/file 不符）`);
  if (manifest.engine !== engine) throw new BackupError('engine', `${name} 是 ${manifest.engine} 的备份，当前数据库是 ${engine}：不能跨数据库类型恢复`);
  const known = new Set(listMigrations(engine));
  const unknown = (manifest.migrations ?? []).filter((m) => !known.has(m));
  if (unknown.length) throw new BackupError('newer', `${name} 来自更新版本的擂台（本程序不认识迁移 ${unknown.join(', ')}）：请先升级程序再恢复`);
  const bytes = fs.statSync(file).size;
  if (bytes !== manifest.bytes)
    throw new BackupError(
      bytes < manifest.bytes ? 'truncated' : 'damaged',
      `${name} 有 ${bytes} 字节，清单记录 ${manifest.bytes} 字节：文件${bytes < manifest.bytes ? '被截断' : '已改变'}`,
    );
  if ((await sha256File(file)) !== manifest.sha256) throw new BackupError('damaged', `${name} 的 SHA-256 与清单不符：文件已损坏或被改动`);
  // SQLite content is checked on the temporary copy restoreSqlite makes (opening the file here could leave -wal/-shm)
  if (engine === 'postgresql') await pgArchiveToc(file);
  return manifest;
}

// ─── restore ───

export interface RestoreOptions {
  url: string;
  file: string;
  /** restore even though another process has the database open (SQLite) or is connected (PostgreSQL) */
  force?: boolean;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** SQLite: the previous database file, kept beside it */
  previous: string | null;
  migrated: string[];
  ms: number;
  /** of which applying pending migrations (a `tsx scripts/prisma.ts migrate` process; 0 when the backup is of this version) */
  migrateMs: number;
}

/** Is another connection using the SQLite file? (An exclusive lock in WAL mode needs every other connection closed.) */
function sqliteInUse(file: string): boolean {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return false;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY' || (err as { code?: string }).code === 'SQLITE_LOCKED') return true;
    throw err;
  } finally {
    db.close();
  }
}

/** Fold a SQLite file's WAL into it and drop the -wal/-shm files (the file is then self-contained). */
function sqliteSettle(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const engine = providerOf(opts.url);
  const manifest = await checkBackup(opts.file, engine);
  return engine === 'sqlite' ? restoreSqlite(opts, manifest, started) : restorePg(opts, manifest, started);
}

async function restoreSqlite(opts: RestoreOptions, manifest: BackupManifest, started: number): Promise<RestoreResult> {
  const target = sqliteFile(opts.url);
  if (fs.existsSync(target) && !opts.force && sqliteInUse(target))
    throw new BackupError('inUse', `数据库 ${target} 正被其他进程使用（服务器还在运行？）。请先停止服务器再恢复；确认没有进程使用时可加 --force`);
  // restore into a temporary file beside the target, check and migrate it there, then swap it in with one rename
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.restore-${randomBytes(4).toString('hex')}`;
  try {
    fs.copyFileSync(opts.file, temp);
    if (inspectSqliteFile(temp).migrations.join() !== manifest.migrations.join())
      throw new BackupError('damaged', `${path.basename(opts.file)} 中的迁移记录与清单不符`);
    const before = new Set(manifest.migrations);
    const m0 = Date.now();
    await migrateUnlessCurrent(`file:${temp}`, manifest.migrations);
    const migrateMs = Date.now() - m0;
    const migrated = new Database(temp, { fileMustExist: true });
    let after: string[];
    try {
      after = sqliteMigrations(migrated); // (the integrity check above ran on this file already)
    } finally {
      migrated.close();
    }
    sqliteSettle(temp);
    for (const s of ['-wal', '-shm']) fs.rmSync(temp + s, { force: true });
    let previous: string | null = null;
    if (fs.existsSync(target)) {
      sqliteSettle(target);
      previous = `${target}.before-restore-${stamp(new Date())}`;
      fs.rmSync(previous, { force: true });
      fs.linkSync(target, previous); // the old database stays reachable under this name
    }
    for (const s of ['-wal', '-shm']) fs.rmSync(target + s, { force: true });
    fs.renameSync(temp, target);
    return { manifest, previous, migrated: after.filter((m) => !before.has(m)), ms: Date.now() - started, migrateMs };
  } finally {
    for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + s, { force: true });
  }
}

async function restorePg(opts: RestoreOptions, manifest: BackupManifest, started: number): Promise<RestoreResult> {
  const client = await pgClient(opts.url);
  try {
    const others = Number(
      (await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows[0]
        ?.n ?? 0,
    );
    if (others > 0 && !opts.force)
      throw new BackupError('inUse', `数据库还有 ${others} 个其他连接（服务器还在运行？）。请先停止服务器再恢复；确认无妨时可加 --force`);
  } finally {
    await client.end();
  }
  // One transaction: drop the public schema (tables a newer code version added too), recreate it from the dump.
  // A failure anywhere rolls everything back; the database is either the old one or the restored one.
  await new Promise<void>((resolve, reject) => {
    const restore = spawn('pg_restore', ['--no-owner', '--no-acl', '--file=-', opts.file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const psql = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', `--dbname=${libpqUrl(opts.url)}`, '-f', '-'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let err = '';
    restore.stderr.on('data', (d: Buffer) => (err += d.toString()));
    psql.stderr.on('data', (d: Buffer) => (err += d.toString()));
    psql.stdin.on('error', () => undefined);
    psql.stdin.write('DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n');
    restore.stdout.pipe(psql.stdin);
    let restoreCode: number | null = null;
    restore.on('close', (code) => (restoreCode = code));
    restore.on('error', reject);
    psql.on('error', reject);
    psql.on('close', (code) => {
      if (code === 0 && restoreCode === 0) resolve();
      else reject(new BackupError('failed', `恢复失败，数据库未改变（已回滚）：${err.trim()}`));
    });
  });
  const m0 = Date.now();
  await migrateUnlessCurrent(opts.url, manifest.migrations);
  const migrateMs = Date.now() - m0;
  const client2 = await pgClient(opts.url);
  let after: string[];
  try {
    after = (await pgCounts(client2)).migrations;
  } finally {
    await client2.end();
  }
  const before = new Set(manifest.migrations);
  return { manifest, previous: null, migrated: after.filter((m) => !before.has(m)), ms: Date.now() - started, migrateMs };
}
