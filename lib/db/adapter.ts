// Driver-adapter factory for a DATABASE_URL; shared by the app, the migration script and tests.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { providerOf, sqliteFile } from './url';

export async function adapterFor(url: string) {
  if (providerOf(url) === 'postgresql') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
  }
  const file = sqliteFile(url);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers run beside a writer; busy_timeout makes concurrent writers wait instead of failing.
  return new PrismaBetterSqlite3({ url: file, timeout: 5000 });
}
