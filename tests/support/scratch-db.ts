// Scratch databases for tests and benchmarks: a SQLite file, or a PostgreSQL database created on the server named by
// DATABASE_URL (npm run test:pg). Migrations and seed run as the real scripts do. No Vitest here, so that plain-tsx
// benchmarks use it too; tests/support/database.ts adds the per-run templates.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { providerOf } from '../../lib/db/url';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface TestDatabase {
  url: string;
  provider: 'sqlite' | 'postgresql';
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

/**
 * An empty scratch database, or (with `template`, a URL the global setup made) a copy of that database; on the
 * PostgreSQL server `base` names (default DATABASE_URL), else a SQLite file.
 */
export async function createTestDatabase(label: string, template?: string, base: string = process.env.DATABASE_URL ?? ''): Promise<TestDatabase> {
  const name = `leitai_${label}_${randomBytes(4).toString('hex')}`;
  if (providerOf(base) === 'postgresql') {
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${new URL(template).pathname.slice(1)}"` : `CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: withDatabase(base, name),
      provider: 'postgresql',
      async drop() {
        const c = new Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const file = path.join(ROOT, 'data', 'test', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (template) fs.copyFileSync(template.replace(/^file:/, ''), file); // templates are closed and checkpointed (no -wal)
  return {
    url: `file:${file}`,
    provider: 'sqlite',
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** Run one of the project's own scripts against `url`; returns stdout, throws with stderr on failure. */
export function runScript(script: string, args: string[], url: string, env: Record<string, string> = {}): string {
  const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url, ...env },
  });
  if (res.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${res.status}):\n${res.stderr}\n${res.stdout}`);
  return res.stdout;
}

export const migrate = (url: string) => runScript('scripts/prisma.ts', ['migrate'], url);
export const seed = (url: string, env?: Record<string, string>) => runScript('prisma/seed.ts', [], url, env);
