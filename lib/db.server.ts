// The Prisma client for this process: the SQLite or PostgreSQL client, picked from DATABASE_URL.
import 'server-only';
import { createClient, type Db } from './db/client';

const globalForDb = globalThis as unknown as { leitaiDb?: Promise<Db> };

/** One client per process (kept on globalThis so dev-mode reloads do not open new pools). */
export function getDb(): Promise<Db> {
  globalForDb.leitaiDb ??= createClient();
  return globalForDb.leitaiDb;
}

export type { Db, Tx } from './db/client';
