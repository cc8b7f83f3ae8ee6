// Data versions: tokens that change whenever an audited write commits (every write is audited, in its own
// transaction), so caches of derived data — period results, rendered pages — compare them instead of listening to
// every writer. Each write renews the version of its scope:
//   'global'        the DataVersion row — the safe default for any write that declares nothing narrower;
//   { period: id }  the ScopeVersion row `period:<id>` — writes to what only that period's public results read
//                   (a submission submitted, returned or approved);
//   'unshared'      nothing — a write no shared cache holds: a unit's draft (drafts never count outside the unit,
//                   DESIGN §4) or a judge's sheet for a speaker still speaking (it counts once closed, and closing
//                   is a global write).
// A cache of period P's results compares the global version, P's and its previous period's (rank change).
// A row gets a fresh random token inside the writer's transaction, so PostgreSQL readers see it exactly when the
// write commits (an audit timestamp would not do: commits land out of timestamp order), and a rolled-back write's
// token never comes back (SQLite's single connection lets readers glimpse it meanwhile).
import { randomUUID } from 'node:crypto';
import { Prisma } from '../generated/sqlite/client';
import type { Tx } from './client';
import { rawDate, rawInt } from './raw';
import { absoluteEnd, sessionVerdict, type SessionLimits, type SessionTimes } from '../sessions/rules';

const ROW = 1;

export type DataScope = 'global' | 'unshared' | { period: string };

/**
 * Writes no shared cache holds, by action: a unit's draft autosave (drafts never count outside the unit), a
 * judge's sheet (it counts only once the host closes the speaker, a global write; a closed speaker's sheets are
 * refused), and signing in or out (the page cache checks the session itself on every replay).
 */
const UNSHARED_ACTIONS: ReadonlySet<string> = new Set([
  'submission.save_draft',
  'arena.score',
  'arena.revise_score',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  // sessions and the second factor (lib/sessions, lib/auth/two-factor.server.ts): no cached page shows them
  'auth.sign_in_second_factor',
  'auth.two_factor_failed',
  'session.end',
  'session.end_others',
  'session.admin_end',
  'account.two_factor_enable',
  'account.two_factor_disable',
]);

/** The scope an audited write renews: the one it declares, else 'unshared' for the actions above, else 'global'. */
export function scopeOf(entry: { action: string; scope?: DataScope }): DataScope {
  return entry.scope ?? (UNSHARED_ACTIONS.has(entry.action) ? 'unshared' : 'global');
}

/** The ScopeVersion key of a period's public data. */
export const periodScope = (periodId: string) => `period:${periodId}`;

/** The statement that renews the scope's token (same SQL on SQLite and PostgreSQL), or null for 'unshared'. */
export function bumpDataVersionSql(scope: DataScope = 'global'): Prisma.Sql | null {
  if (scope === 'unshared') return null;
  if (scope === 'global') {
    return Prisma.sql`INSERT INTO "DataVersion" ("id", "version") VALUES (${ROW}, ${randomUUID()})
    ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"`;
  }
  return Prisma.sql`INSERT INTO "ScopeVersion" ("scope", "version") VALUES (${periodScope(scope.period)}, ${randomUUID()})
    ON CONFLICT ("scope") DO UPDATE SET "version" = excluded."version"`;
}

/** Inside a writer's transaction. */
export async function bumpDataVersion(tx: Tx, scope: DataScope = 'global'): Promise<void> {
  const sql = bumpDataVersionSql(scope);
  if (sql) await tx.$executeRaw(sql);
}

/** The global version. */
export async function dataVersion(db: Tx): Promise<string> {
  const row = await db.dataVersion.findUnique({ where: { id: ROW }, select: { version: true } });
  return row?.version ?? 'initial';
}

/** Every version in one round trip: 'global' → the DataVersion token, `period:<id>` → that scope's token. */
export async function dataVersions(db: Tx): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ k: unknown; v: unknown }[]>`
    SELECT 'global' AS k, d."version" AS v FROM "DataVersion" d WHERE d."id" = ${ROW}
    UNION ALL SELECT s."scope" AS k, s."version" AS v FROM "ScopeVersion" s`;
  const out = new Map<string, string>();
  for (const r of rows) out.set(String(r.k), String(r.v));
  if (!out.has('global')) out.set('global', 'initial');
  return out;
}

/** One scope's token from a dataVersions map ('none' when it was never written). */
export const versionOf = (versions: ReadonlyMap<string, string>, scope: string) => versions.get(scope) ?? 'none';

/**
 * Every data version and a session's expiry in one round trip — what the page cache asks before every replay.
 * `version` folds the global version and every period's into one string: a leaderboard page shows one period and
 * the periods list, and any of them moving is a reason to render again; an 'unshared' write moves none.
 * With `limits` (the session settings) the session must also pass the absolute and idle rules at `now`: an
 * idle-expired session answers `sessionExpiresAt: null` like a missing one, so no cached page is replayed to it;
 * an active one answers its absolute end (stable while it slides, so replays still match). `session` lets the
 * caller record activity (lib/sessions/lifetime.ts touchSession). With a session, `version` also carries the user's
 * unread notification count (the header's bell, one count on the (userId, readAt) index): a page rendered with
 * another count is not replayed (docs/decisions/024-notifications.md).
 */
export async function probeVersionAndSession(
  db: Tx,
  token: string,
  limits?: SessionLimits,
  now: Date = new Date(),
): Promise<{ version: string; sessionExpiresAt: number | null; session: (SessionTimes & { id: string }) | null }> {
  const rows = await db.$queryRaw<{ k: unknown; v: unknown; sid: unknown; exp: unknown; created: unknown; seen: unknown; unread: unknown }[]>`
    SELECT x.k, x.v, s."id" AS sid, s."expiresAt" AS exp, s."createdAt" AS created, s."lastSeenAt" AS seen,
      (SELECT COUNT(*) FROM "Notification" n WHERE n."userId" = s."userId" AND n."readAt" IS NULL) AS unread
    FROM (SELECT 'global' AS k, d."version" AS v FROM "DataVersion" d WHERE d."id" = ${ROW}
          UNION ALL SELECT sv."scope" AS k, sv."version" AS v FROM "ScopeVersion" sv
          UNION ALL SELECT '' AS k, '' AS v) x
    LEFT JOIN "session" s ON s."token" = ${token}`;
  const parts: string[] = [];
  let last: (typeof rows)[number] | undefined;
  for (const r of rows) {
    last = r;
    if (r.k !== '') parts.push(`${String(r.k)}=${String(r.v)}`);
  }
  parts.sort();
  let version = parts.length ? parts.join(';') : 'initial';
  // the header's bell shows the user's own unread count (lib/notify): a replay needs the same count
  if (last?.sid) version += `;unread=${rawInt(last.unread)}`;
  const expiresAt = rawDate(last?.exp);
  const createdAt = rawDate(last?.created);
  if (!last?.sid || !expiresAt || !createdAt) return { version, sessionExpiresAt: null, session: null };
  const session = { id: String(last.sid), expiresAt, createdAt, lastSeenAt: rawDate(last.seen) };
  if (!limits) return { version, sessionExpiresAt: expiresAt.getTime(), session };
  if (sessionVerdict(session, now, limits) !== 'active') return { version, sessionExpiresAt: null, session };
  return { version, sessionExpiresAt: absoluteEnd(session, limits), session };
}
