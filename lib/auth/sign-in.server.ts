// Sign-in with a pause after repeated failures; every attempt is audited (failures by attempted username).
import 'server-only';
import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { getDb } from '../db.server';
import { writeAudit } from '../audit.server';
import { clientIp } from '../request.server';
import { getAuth } from './auth.server';
import { SIGN_IN_LOCK_MINUTES, SIGN_IN_MAX_FAILURES } from './session-policy';

export type SignInResult = { ok: true; twoFactor?: true } | { ok: false; reason: 'invalid' | 'locked' };

/** Too many failures for this username since its last success, within the lock window? (counted across instances via the audit log) */
async function isLocked(username: string, now: Date): Promise<boolean> {
  const db = await getDb();
  const windowStart = new Date(now.getTime() - SIGN_IN_LOCK_MINUTES * 60_000);
  const lastSuccess = await db.auditLog.findFirst({
    where: { action: 'auth.sign_in', entityType: 'sign_in', entityId: username, at: { gte: windowStart } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const failures = await db.auditLog.count({
    where: { action: 'auth.sign_in_failed', entityType: 'sign_in', entityId: username, at: { gt: lastSuccess?.at ?? windowStart } },
  });
  return failures >= SIGN_IN_MAX_FAILURES;
}

export async function signInWithPassword(rawUsername: string, password: string): Promise<SignInResult> {
  const username = rawUsername.trim().toLowerCase();
  const h = await headers();
  const ip = clientIp(h);
  const db = await getDb();
  if (await isLocked(username, new Date())) return { ok: false, reason: 'locked' };
  const auth = await getAuth();
  let userId: string | null = null;
  let name = username;
  try {
    const res = await auth.api.signInUsername({ body: { username, password, rememberMe: false }, headers: h });
    // the password was right and the account has TOTP: the two-factor plugin answers this instead of a session
    if (res && 'twoFactorRedirect' in res && res.twoFactorRedirect) {
      await db.$transaction((tx) =>
        writeAudit(
          tx,
          { id: null, name: username.slice(0, 64), ip },
          { action: 'auth.sign_in_second_factor', entityType: 'sign_in', entityId: username.slice(0, 64) },
        ),
      );
      return { ok: true, twoFactor: true };
    }
    userId = res?.user?.id ?? null;
    name = res?.user?.name ?? username;
  } catch (err) {
    // A wrong username or password is an APIError; anything else is a fault worth a log line.
    if (!(err instanceof APIError)) console.error('sign-in failed unexpectedly', err);
    userId = null;
  }
  await db.$transaction((tx) =>
    writeAudit(
      tx,
      { id: userId, name: userId ? name : username.slice(0, 64), ip },
      { action: userId ? 'auth.sign_in' : 'auth.sign_in_failed', entityType: 'sign_in', entityId: username.slice(0, 64) },
    ),
  );
  return userId ? { ok: true } : { ok: false, reason: 'invalid' };
}
