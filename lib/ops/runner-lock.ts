// One runner per deployment for the server's daily jobs (backups, the audit log's full verification): a PostgreSQL
// session-level advisory lock, or a lock file beside the SQLite backups (a stale one, left by a crashed runner, is
// taken over after 6 h).
import fs from 'node:fs';
import path from 'node:path';
import { providerOf } from '../db/url';

const STALE_LOCK_MS = 6 * 3600_000;

export interface RunnerLock {
  url: string;
  /** where the lock file lives on SQLite (the backups' directory, shared by the instances) */
  dir: string;
  /** pg_try_advisory_lock key on PostgreSQL */
  pgKey: number;
  /** the lock file's name in `dir` on SQLite */
  lockFile: string;
}

/** Hold the deployment-wide runner lock while `fn` runs; null when another runner holds it. */
export async function withRunnerLock<T>(deps: RunnerLock, fn: () => Promise<T>): Promise<T | null> {
  if (providerOf(deps.url) === 'postgresql') {
    // a session-level advisory lock on a connection of its own (Prisma's pool could hand the unlock to another one)
    const { Client } = await import('pg');
    const client = new Client({ connectionString: deps.url });
    await client.connect();
    try {
      const got = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [deps.pgKey])).rows[0]?.ok;
      if (!got) return null;
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [deps.pgKey]);
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  fs.mkdirSync(deps.dir, { recursive: true });
  const lock = path.join(deps.dir, deps.lockFile);
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch {
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age < STALE_LOCK_MS) return null;
    fs.rmSync(lock, { force: true }); // left by a crashed runner
    try {
      fd = fs.openSync(lock, 'wx');
    } catch {
      return null;
    }
  }
  try {
    fs.writeSync(fd, String(process.pid));
    return await fn();
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lock, { force: true });
  }
}
