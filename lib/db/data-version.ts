// One token that changes whenever an audited write commits (every write is audited, in its own transaction):
// caches of derived data — period results, rendered pages — compare it instead of listening to every writer.
// The DataVersion row gets a fresh random token inside the writer's transaction, so PostgreSQL readers see it
// exactly when the write commits (an audit timestamp would not do: commits land out of timestamp order), and a
// rolled-back write's token never comes back (SQLite's single connection lets readers glimpse it meanwhile).
import { randomUUID } from 'node:crypto';
import { Prisma } from '../generated/sqlite/client';
import type { Tx } from './client';
import { rawDate } from './raw';

const ROW = 1;

/** The statement that renews the token (same SQL on SQLite and PostgreSQL); writeAudit folds it into its insert on PostgreSQL. */
export function bumpDataVersionSql(): Prisma.Sql {
  return Prisma.sql`INSERT INTO "DataVersion" ("id", "version") VALUES (${ROW}, ${randomUUID()})
    ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"`;
}

/** Inside a writer's transaction. */
export async function bumpDataVersion(tx: Tx): Promise<void> {
  await tx.$executeRaw(bumpDataVersionSql());
}

export async function dataVersion(db: Tx): Promise<string> {
  const row = await db.dataVersion.findUnique({ where: { id: ROW }, select: { version: true } });
  return row?.version ?? 'initial';
}

/** The data version and a session's expiry in one round trip — what the page cache asks before every replay. */
export async function probeVersionAndSession(db: Tx, token: string): Promise<{ version: string; sessionExpiresAt: number | null }> {
  const rows = await db.$queryRaw<{ v: unknown; exp: unknown }[]>`
    SELECT (SELECT d."version" FROM "DataVersion" d WHERE d."id" = ${ROW}) AS v,
           (SELECT s."expiresAt" FROM "session" s WHERE s."token" = ${token}) AS exp`;
  const row = rows[0];
  return { version: row?.v === null || row?.v === undefined ? 'initial' : String(row.v), sessionExpiresAt: rawDate(row?.exp)?.getTime() ?? null };
}
