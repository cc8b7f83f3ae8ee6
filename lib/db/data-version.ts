// One value that changes whenever any write commits: every write adds an audit row in its own transaction.
// Caches of derived data (period results, rendered pages) compare it instead of subscribing to every writer.
import type { Tx } from './client';

function versionOf(at: unknown, count: unknown): string {
  if (at === null || at === undefined) return 'empty';
  const iso = at instanceof Date ? at.toISOString() : new Date(typeof at === 'string' && /^\d+$/.test(at) ? Number(at) : (at as string | number)).toISOString();
  return `${iso}#${Number(count)}`;
}

export async function dataVersion(db: Tx): Promise<string> {
  const last = await db.auditLog.findFirst({ orderBy: { at: 'desc' }, select: { at: true } });
  if (!last) return 'empty';
  return versionOf(last.at, await db.auditLog.count({ where: { at: last.at } }));
}

/**
 * The data version and a session's expiry in one round trip — what the page cache asks before every replay.
 * Same value as dataVersion (one statement, so the two parts are read consistently).
 */
export async function probeVersionAndSession(db: Tx, token: string): Promise<{ version: string; sessionExpiresAt: number | null }> {
  const rows = await db.$queryRaw<{ at: unknown; n: unknown; exp: unknown }[]>`
    SELECT m.at AS at,
           (SELECT COUNT(*) FROM "AuditLog" a WHERE a."at" = m.at) AS n,
           (SELECT s."expiresAt" FROM "session" s WHERE s."token" = ${token}) AS exp
    FROM (SELECT MAX("at") AS at FROM "AuditLog") m`;
  const row = rows[0];
  if (!row) return { version: 'empty', sessionExpiresAt: null };
  const exp = row.exp === null || row.exp === undefined ? null : row.exp instanceof Date ? row.exp.getTime() : new Date(row.exp as string | number).getTime();
  return { version: versionOf(row.at, row.n), sessionExpiresAt: exp === null || Number.isNaN(exp) ? null : exp };
}
