// Enforcing session lifetimes against the database: end an expired session, record activity at most once a minute.
// No 'server-only': the custom server's page cache (server.ts) uses it too, outside Next.
import type { Db, Tx } from '../db/client';
import { resolveSettings } from '../settings/rules';
import { needsTouch, sessionVerdict, TOUCH_INTERVAL_MS, type SessionLimits, type SessionTimes, type SessionVerdict } from './rules';

/**
 * Record activity on a session: one UPDATE that only matches when the last record is a minute old, so concurrent
 * requests (and several instances) write it at most once a minute. Returns whether a row was written.
 */
export async function touchSession(db: Tx, sessionId: string, now: Date): Promise<boolean> {
  const res = await db.session.updateMany({
    where: { id: sessionId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lte: new Date(now.getTime() - TOUCH_INTERVAL_MS) } }] },
    data: { lastSeenAt: now },
  });
  return res.count > 0;
}

/**
 * The lifetime check of one request: an expired session is deleted (the user is signed out) and its verdict
 * returned; an active one has its activity recorded when due. `now` is injected (tests move the clock).
 */
export async function enforceSessionLifetime(db: Tx, session: SessionTimes & { id: string }, now: Date, limits: SessionLimits): Promise<SessionVerdict> {
  const verdict = sessionVerdict(session, now, limits);
  if (verdict !== 'active') {
    await db.session.deleteMany({ where: { id: session.id } });
    return verdict;
  }
  if (needsTouch(session, now)) await touchSession(db, session.id, now);
  return 'active';
}

/**
 * Session limits for code outside Next (server.ts), read from the Setting rows at most every few seconds, like
 * lib/settings/settings.server.ts does inside Next.
 */
export function sessionLimitsReader(db: Db, cacheMs = 5_000): () => Promise<SessionLimits> {
  let cached: { at: number; value: Promise<SessionLimits> } | null = null;
  return () => {
    const now = Date.now();
    if (cached && now - cached.at < cacheMs) return cached.value;
    const value = db.setting
      .findMany({ where: { key: { in: ['session.absoluteHours', 'session.idleMinutes'] } }, select: { key: true, value: true } })
      .then((rows) => {
        const s = resolveSettings(rows);
        return { absoluteMs: s['session.absoluteHours'] * 3_600_000, idleMs: s['session.idleMinutes'] * 60_000 };
      });
    value.catch(() => (cached = null));
    cached = { at: now, value };
    return value;
  };
}
