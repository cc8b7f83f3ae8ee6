// Which database a DATABASE_URL means, and how it is shown.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_URL, databaseUrl, providerOf, redactUrl, sqliteFile } from '@/lib/db/url';

describe('database url', () => {
  it('defaults to the SQLite file', () => {
    expect(databaseUrl({} as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: '  ' } as unknown as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
  });
  it('picks PostgreSQL for postgres:// and postgresql:// only', () => {
    expect(providerOf('postgres://u:p@h/db')).toBe('postgresql');
    expect(providerOf('postgresql://u:p@h/db')).toBe('postgresql');
    expect(providerOf('file:./data/x.db')).toBe('sqlite');
  });
  it('resolves SQLite paths against the working directory', () => {
    expect(sqliteFile('file:./data/leitai.db', '/srv/app')).toBe('/srv/app/data/leitai.db');
    expect(sqliteFile('file:/abs/x.db', '/srv/app')).toBe('/abs/x.db');
    // the migration script's schema diffs use an in-memory database: no file named ':memory:' may appear
    expect(sqliteFile('file::memory:', '/srv/app')).toBe(':memory:');
  });
  it('hides passwords', () => {
    expect(redactUrl('postgresql://leitai:s3cret@db:5432/leitai')).toBe('postgresql://leitai:***@db:5432/leitai');
  });
});
