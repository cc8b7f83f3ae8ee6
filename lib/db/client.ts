// Builds a Prisma client for a database URL. Both generated clients share one model API;
// the PostgreSQL one is typed as the SQLite one (same schema, derived by scripts/prisma.ts).
import { PrismaClient } from '../generated/sqlite/client';
import { adapterFor } from './adapter';
import { databaseUrl, providerOf } from './url';

export type Db = PrismaClient;
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export async function createClient(url: string = databaseUrl()): Promise<Db> {
  const adapter = await adapterFor(url);
  if (providerOf(url) === 'postgresql') {
    const { PrismaClient: PgClient } = await import('../generated/pg/client');
    return new PgClient({ adapter }) as unknown as Db;
  }
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  // WAL + NORMAL: a commit is not fsynced (checkpoints are); a power cut may lose the last commits but never
  // corrupts the file — SQLite's recommended pairing, and ~4× cheaper commits for the arena's bursts of scores
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  return db;
}
