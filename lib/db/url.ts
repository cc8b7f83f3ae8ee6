// Which database the app talks to: SQLite by default, PostgreSQL when DATABASE_URL says so.
import path from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

export const DEFAULT_DATABASE_URL = 'file:./data/leitai.db';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';
}

/** The provider this process talks to (DATABASE_URL): raw SQL that differs by database asks here. */
export function appProvider(env: NodeJS.ProcessEnv = process.env): Provider {
  return providerOf(databaseUrl(env));
}

/** Absolute file path of a SQLite URL (`file:./x.db`, `file:/abs/x.db` or a bare path), relative to cwd. */
export function sqliteFile(url: string, cwd: string = process.cwd()): string {
  const raw = url.replace(/^file:/, '').replace(/\?.*$/, '');
  // SQLite's in-memory database (the migration script diffs schemas in one) is not a path
  if (raw === ':memory:') return raw;
  return path.resolve(cwd, raw);
}

/** The URL without its password, for logs and the health endpoint. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}
