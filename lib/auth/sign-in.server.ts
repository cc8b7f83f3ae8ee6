// Sign-in that resists guessing (DESIGN §9, issue #12 Found 1–2, docs/decisions/013-sign-in-guard.md).
// attemptSignIn is the whole decision, testable without a request: refuse a throttled address or a locked account,
// ask a CAPTCHA after `signIn.captchaAfter` failures (per account or per address), reserve the attempt in both
// counters atomically, and only then check the password. Every attempt is audited with the client address.
import 'server-only';
import { APIError } from 'better-auth/api';
import { headers as requestHeaders } from 'next/headers';
import { writeAudit } from '../audit.server';
import type { Db } from '../db/client';
import { getDb } from '../db.server';
import { RESOLVED_IP_HEADER } from '../net/client-address';
import { clientIp } from '../request.server';
import { getSettings } from '../settings/settings.server';
import { getAuth } from './auth.server';
import { consumeCaptcha } from './captcha.server';
import { confirmFailure, maybeSweepSignInGuards, readCounters, releaseAttempt, reserveAttempt, resetCounter } from './sign-in-guard.server';
import {
  accountKey,
  addressKey,
  captchaNeeded,
  liveFailures,
  minutesUntil,
  normalizeUsername,
  refusedUntil,
  SIGN_IN_AUDIT_ACTIONS,
  type GuardLimits,
  type SignInResult,
} from './sign-in-rules';

export type { SignInResult } from './sign-in-rules';

export interface SignInAttempt {
  username: string;
  password: string;
  /** the client address (lib/request.server.ts clientIp); null when unknown (then only the account is counted) */
  ip: string | null;
  captcha?: { id: string; answer: string } | null;
  /** the request's headers, passed on to better-auth (cookies, user agent) */
  headers?: Headers;
  now?: Date;
}

/** Checks a password: the user on success, null on a wrong username or password. Default: better-auth's sign-in. */
export type PasswordCheck = (
  username: string,
  password: string,
  headers: Headers,
) => Promise<{ id: string; name: string; twoFactor?: undefined } | { id: null; name: string; twoFactor: true } | null>;

/** better-auth's username sign-in: checks the password and, when right, opens the session and sets its cookie. */
export const betterAuthCheck: PasswordCheck = async (username, password, headers) => {
  const auth = await getAuth();
  try {
    const res = await auth.api.signInUsername({ body: { username, password, rememberMe: false }, headers });
    // the password was right and the account has TOTP: the two-factor plugin answers this instead of a session
    if (res && 'twoFactorRedirect' in res && res.twoFactorRedirect) return { id: null, name: username, twoFactor: true };
    return res?.user ? { id: res.user.id, name: res.user.name } : null;
  } catch (err) {
    // A wrong username or password (or a disabled account) is an APIError; anything else is a fault worth a log line.
    if (!(err instanceof APIError)) console.error('sign-in failed unexpectedly', err);
    return null;
  }
};

export async function limitsOf(db: Db): Promise<GuardLimits> {
  const s = await getSettings(db);
  return {
    captchaAfter: s['signIn.captchaAfter'],
    lockAfter: s['signIn.lockAfter'],
    lockMinutes: s['signIn.lockMinutes'],
    addressMaxFailures: s['signIn.addressMaxFailures'],
  };
}

export async function attemptSignIn(db: Db, attempt: SignInAttempt, check: PasswordCheck = betterAuthCheck): Promise<SignInResult> {
  const now = attempt.now ?? new Date();
  const username = normalizeUsername(attempt.username);
  const ip = attempt.ip;
  const limits = await limitsOf(db);
  const uKey = accountKey(username);
  const aKey = ip ? addressKey(ip) : null;

  const audit = (action: string, userId: string | null, name: string, after?: Record<string, unknown>) =>
    db.$transaction((tx) =>
      writeAudit(tx, { id: userId, name: name.slice(0, 64), ip }, { action, entityType: 'sign_in', entityId: username, after, scope: 'unshared' }),
    );
  const refuse = async (reason: 'locked' | 'throttled', until: Date, captcha: boolean): Promise<SignInResult> => {
    await audit(SIGN_IN_AUDIT_ACTIONS[reason], null, username, { until: until.toISOString() });
    return { ok: false, reason, until, minutes: minutesUntil(until, now), captcha };
  };
  const refuseCaptcha = async (given: boolean): Promise<SignInResult> => {
    await audit(SIGN_IN_AUDIT_ACTIONS.captcha, null, username, { captcha: given ? 'wrong' : 'missing' });
    return { ok: false, reason: 'captcha', captcha: true };
  };

  await maybeSweepSignInGuards(db, now);
  // 1. refusals that need no counting: an address over its limit, a locked account, a missing or wrong CAPTCHA
  const rows = await readCounters(db, aKey ? [uKey, aKey] : [uKey]);
  const uRow = rows.get(uKey);
  const aRow = aKey ? rows.get(aKey) : undefined;
  const needCaptcha = captchaNeeded(liveFailures(uRow, now, limits.lockMinutes), liveFailures(aRow, now, limits.lockMinutes), limits);
  const aUntil = refusedUntil(aRow, now, limits.addressMaxFailures, limits.lockMinutes);
  if (aUntil) return refuse('throttled', aUntil, needCaptcha);
  const uUntil = refusedUntil(uRow, now, limits.lockAfter, limits.lockMinutes);
  if (uUntil) return refuse('locked', uUntil, needCaptcha);
  if (needCaptcha && !(await consumeCaptcha(db, attempt.captcha?.id, attempt.captcha?.answer, now))) return refuseCaptcha(!!attempt.captcha?.answer);

  // 2. reserve the attempt in both counters, atomically: of many parallel guesses only `limit` get through
  let aCount = 0;
  if (aKey) {
    const reserved = await reserveAttempt(db, aKey, limits.addressMaxFailures, limits.lockMinutes, now);
    if (reserved === null) return refuse('throttled', await untilOf(db, aKey, now, limits.addressMaxFailures, limits.lockMinutes), true);
    aCount = reserved;
  }
  const uCount = await reserveAttempt(db, uKey, limits.lockAfter, limits.lockMinutes, now);
  if (uCount === null) {
    if (aKey) await releaseAttempt(db, aKey, now);
    return refuse('locked', await untilOf(db, uKey, now, limits.lockAfter, limits.lockMinutes), true);
  }
  // parallel failures may have crossed the CAPTCHA threshold since step 1: then this attempt needs one too
  if (!needCaptcha && captchaNeeded(uCount - 1, aCount - 1, limits)) {
    await releaseAttempt(db, uKey, now);
    if (aKey) await releaseAttempt(db, aKey, now);
    return refuseCaptcha(false);
  }

  // 3. the password check, only for a reserved attempt
  const h = new Headers(attempt.headers);
  if (ip) h.set(RESOLVED_IP_HEADER, ip);
  else h.delete(RESOLVED_IP_HEADER);
  let user: Awaited<ReturnType<PasswordCheck>>;
  try {
    user = await check(username, attempt.password, h);
  } catch (err) {
    await releaseAttempt(db, uKey, now);
    if (aKey) await releaseAttempt(db, aKey, now);
    throw err;
  }
  if (user) {
    await resetCounter(db, uKey);
    if (aKey) await releaseAttempt(db, aKey, now);
    if (user.twoFactor) {
      // right password, TOTP still to come (/login/two-factor): no session yet
      await audit('auth.sign_in_second_factor', null, username);
      return { ok: true, userId: null, twoFactor: true };
    }
    await audit(SIGN_IN_AUDIT_ACTIONS.success, user.id, user.name);
    return { ok: true, userId: user.id };
  }
  const lockedUntil = await confirmFailure(db, uKey, limits.lockAfter, limits.lockMinutes, now);
  const throttledUntil = aKey ? await confirmFailure(db, aKey, limits.addressMaxFailures, limits.lockMinutes, now) : null;
  await audit(SIGN_IN_AUDIT_ACTIONS.invalid, null, username, { failures: uCount });
  const captcha = captchaNeeded(uCount, aCount, limits);
  if (lockedUntil) return { ok: false, reason: 'locked', until: lockedUntil, minutes: minutesUntil(lockedUntil, now), captcha };
  if (throttledUntil) return { ok: false, reason: 'throttled', until: throttledUntil, minutes: minutesUntil(throttledUntil, now), captcha };
  return { ok: false, reason: 'invalid', captcha };
}

/** When a counter that just refused a reservation opens again (its lock, or the end of its window). */
async function untilOf(db: Db, key: string, now: Date, limit: number, lockMinutes: number): Promise<Date> {
  const row = (await readCounters(db, [key])).get(key);
  return refusedUntil(row, now, limit, lockMinutes) ?? new Date(now.getTime() + lockMinutes * 60_000);
}

/** Does this request's address already need a CAPTCHA? (the sign-in page shows one from the start then) */
export async function addressNeedsCaptcha(db: Db, ip: string | null, now: Date = new Date()): Promise<boolean> {
  if (!ip) return false;
  const limits = await limitsOf(db);
  const key = addressKey(ip);
  const row = (await readCounters(db, [key])).get(key);
  return liveFailures(row, now, limits.lockMinutes) >= limits.captchaAfter;
}

/** The sign-in form's entry: the request's address and headers, better-auth for the password. */
export async function signInWithPassword(input: {
  username: string;
  password: string;
  captcha?: { id: string; answer: string } | null;
}): Promise<SignInResult> {
  const h = await requestHeaders();
  return attemptSignIn(await getDb(), { ...input, ip: await clientIp(h), headers: new Headers(h) });
}
