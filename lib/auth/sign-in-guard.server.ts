// The sign-in counters (`SignInGuard`, keys `user:<name>` and `ip:<address>`), counted atomically in the database
// (docs/decisions/013-sign-in-guard.md). An attempt first RESERVES a place in its counters — one INSERT … ON CONFLICT
// DO UPDATE … WHERE … RETURNING that succeeds only while the counter is under its limit — and only then is the
// password checked. Parallel guesses therefore cannot pass the limit, on SQLite (writes are serialised) or on
// PostgreSQL across instances (the conflicting row is locked and the WHERE re-read on its latest version).
import 'server-only';
import type { Db, Tx } from '../db/client';
import { rawDate, rawInt } from '../db/raw';
import { GUARD_SWEEP_AFTER_MS, GUARD_SWEEP_EVERY_MINUTES, type GuardRow } from './sign-in-rules';

const MINUTE = 60_000;

/**
 * Reserve one attempt on `key`: counts it as a failure in advance. Starts a new window when the old one (or a lock)
 * has run out. Answers the failures now counted, or null when the counter is at its limit or locked (nothing
 * changes then).
 */
export async function reserveAttempt(db: Tx, key: string, limit: number, lockMinutes: number, now: Date): Promise<number | null> {
  const cutoff = new Date(now.getTime() - lockMinutes * MINUTE);
  const rows = await db.$queryRaw<{ failures: unknown }[]>`
    INSERT INTO "SignInGuard" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInGuard"."lockedUntil" IS NOT NULL OR "SignInGuard"."windowStart" <= ${cutoff}
                        THEN 1 ELSE "SignInGuard"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInGuard"."lockedUntil" IS NOT NULL OR "SignInGuard"."windowStart" <= ${cutoff}
                           THEN ${now} ELSE "SignInGuard"."windowStart" END,
      "lockedUntil" = NULL,
      "updatedAt" = ${now}
    WHERE ("SignInGuard"."lockedUntil" IS NOT NULL AND "SignInGuard"."lockedUntil" <= ${now})
       OR ("SignInGuard"."lockedUntil" IS NULL AND ("SignInGuard"."windowStart" <= ${cutoff} OR "SignInGuard"."failures" < ${limit}))
    RETURNING "failures"`;
  return rows.length ? rawInt(rows[0]!.failures) : null;
}

/** Give back a reservation that was not a failure (the attempt was refused before its check, or it succeeded). */
export async function releaseAttempt(db: Tx, key: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "SignInGuard" SET "failures" = "failures" - 1, "updatedAt" = ${now}
    WHERE "key" = ${key} AND "failures" > 0 AND "lockedUntil" IS NULL`;
}

/** A checked attempt failed: once the window holds `limit` failures, lock the counter for `lockMinutes` from now. */
export async function confirmFailure(db: Tx, key: string, limit: number, lockMinutes: number, now: Date): Promise<Date | null> {
  const until = new Date(now.getTime() + lockMinutes * MINUTE);
  const rows = await db.$queryRaw<{ lockedUntil: unknown }[]>`
    UPDATE "SignInGuard" SET "lockedUntil" = ${until}, "updatedAt" = ${now}
    WHERE "key" = ${key} AND "failures" >= ${limit} AND "lockedUntil" IS NULL
    RETURNING "lockedUntil"`;
  return rows.length ? rawDate(rows[0]!.lockedUntil) : null;
}

/** A success (or an administrator's unlock) clears the account's counter. */
export async function resetCounter(db: Tx, key: string): Promise<void> {
  await db.signInGuard.deleteMany({ where: { key } });
}

/** The stored rows of some keys (a plain read: used for what the page shows and for the CAPTCHA decision). */
export async function readCounters(db: Db | Tx, keys: string[]): Promise<Map<string, GuardRow>> {
  const rows = await db.signInGuard.findMany({ where: { key: { in: keys } }, select: { key: true, failures: true, windowStart: true, lockedUntil: true } });
  return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStart: r.windowStart, lockedUntil: r.lockedUntil }]));
}

/**
 * Delete counter rows whose window or lock ended long ago (guardRowExpired; the same cut-off in SQL). Answers how many.
 */
export async function sweepSignInGuards(db: Db | Tx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - GUARD_SWEEP_AFTER_MS);
  const { count } = await db.signInGuard.deleteMany({
    where: { OR: [{ lockedUntil: null, windowStart: { lte: cutoff } }, { lockedUntil: { lte: cutoff } }] },
  });
  return count;
}

const g = globalThis as unknown as { leitaiGuardSweptAt?: number };

/**
 * sweepSignInGuards at most once per GUARD_SWEEP_EVERY_MINUTES per process, called on a sign-in attempt. Run there
 * rather than by the daily scheduler: the scheduler only runs where backups are configured, while rows are only made by
 * sign-ins and CAPTCHA requests, so sweeping beside them keeps the table small exactly where it grows; the throttle
 * keeps it to one small DELETE per ten minutes however busy sign-in is.
 */
export async function maybeSweepSignInGuards(db: Db | Tx, now: Date): Promise<void> {
  const last = g.leitaiGuardSweptAt;
  if (last !== undefined && Math.abs(now.getTime() - last) < GUARD_SWEEP_EVERY_MINUTES * MINUTE) return;
  g.leitaiGuardSweptAt = now.getTime();
  await sweepSignInGuards(db, now).catch((err: unknown) => console.error('sign-in guard sweep failed', err));
}
