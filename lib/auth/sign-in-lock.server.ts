// An account's sign-in lock as the administrator sees it, and the audited unlock (DESIGN §9 "admins can unlock").
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import type { Db } from '../db/client';
import { getDb } from '../db.server';
import { getSettings } from '../settings/settings.server';
import { readCounters, resetCounter } from './sign-in-guard.server';
import { accountKey, liveFailures, SIGN_IN_AUDIT_ACTIONS } from './sign-in-rules';

export interface SignInLock {
  /** failures still counting in the window (0 once it has passed) */
  failures: number;
  /** set while the account is locked */
  lockedUntil: Date | null;
  windowMinutes: number;
}

export async function signInLockOf(db: Db, username: string, now: Date = new Date()): Promise<SignInLock> {
  const windowMinutes = (await getSettings(db))['signIn.lockMinutes'];
  const key = accountKey(username);
  const row = (await readCounters(db, [key])).get(key);
  const failures = liveFailures(row, now, windowMinutes);
  const lockedUntil = row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
  return { failures, lockedUntil, windowMinutes };
}

/** The lock of a user's account by id (the user admin page's card); null for an account without a username. */
export async function signInLockOfUser(userId: string): Promise<SignInLock | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  return user?.username ? signInLockOf(db, user.username) : null;
}

/** Clear a user's sign-in counter (failures and lock); audited with what it was. Authorisation is the action's. */
export async function unlockSignIn(ctx: ActionContext, userId: string): Promise<{ cleared: boolean }> {
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
  if (!user?.username) throw new DomainError('notFound');
  const before = await signInLockOf(ctx.db, user.username, ctx.now);
  const key = accountKey(user.username);
  await ctx.db.$transaction(async (tx) => {
    await resetCounter(tx, key);
    await ctx.audit(tx, {
      action: SIGN_IN_AUDIT_ACTIONS.unlock,
      entityType: 'user',
      entityId: user.id,
      before: { failures: before.failures, lockedUntil: before.lockedUntil },
      after: { failures: 0, lockedUntil: null },
      scope: 'unshared',
    });
  });
  return { cleared: before.failures > 0 || before.lockedUntil !== null };
}
