// Scratch databases for integration tests: a SQLite file, or a PostgreSQL database created on the
// server named by DATABASE_URL (npm run test:pg). Migrations and seed run as the real scripts do — once per run, in
// the global setup (tests/integration/global-setup.ts), into two templates; a file's own scratch database is a copy of
// one (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), so twenty files do not each spend seconds
// of CPU migrating and seeding on CI's two cores.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { providerOf } from '../../lib/db/url';

const ROOT = path.resolve(__dirname, '../..');

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

/** An empty scratch database, or (with `template`, a URL the global setup made) a copy of that database. */
export async function createTestDatabase(label: string, template?: string): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL ?? '';
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

/** A scratch copy of the demo district as `npm run db:seed` leaves it (migrated and seeded once per run). */
export const createSeededDatabase = (label: string) => createTestDatabase(label, inject('seededTemplateUrl'));
/** A scratch database with every migration applied and no rows. */
export const createMigratedDatabase = (label: string) => createTestDatabase(label, inject('migratedTemplateUrl'));

/** The global setup's templates: migrated (and seeded), then made safe to copy. */
export async function createTemplates(): Promise<{ migrated: TestDatabase; seeded: TestDatabase }> {
  const migrated = await createTestDatabase('tmpl_migrated');
  migrate(migrated.url);
  const seeded = await createTestDatabase('tmpl_seeded');
  migrate(seeded.url);
  seed(seeded.url);
  for (const t of [migrated, seeded]) {
    if (t.provider !== 'sqlite') continue;
    // fold the write-ahead log into the file, so that a plain copy of the file is the whole database
    const { default: Database } = await import('better-sqlite3');
    const file = t.url.replace(/^file:/, '');
    const sqlite = new Database(file);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
  }
  return { migrated, seeded };
}
