// Sign-in guard rules (DESIGN §9, issue #12 Found 1–2): which counters an attempt touches, when a counter is in force,
// and what the sign-in answers. Pure: no I/O. The atomic counting itself is SQL in sign-in-guard.server.ts.

/** One counter row as stored (`SignInGuard`). */
export interface GuardRow {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export interface GuardLimits {
  captchaAfter: number;
  lockAfter: number;
  lockMinutes: number;
  addressMaxFailures: number;
}

/** The normalised username an attempt is counted under (unknown names are counted exactly like real ones). */
export const normalizeUsername = (raw: string) => raw.trim().toLowerCase().slice(0, 64);
export const accountKey = (username: string) => `user:${normalizeUsername(username)}`;
export const addressKey = (ip: string) => `ip:${ip}`;
/** The CAPTCHA issuance counter of a client address (same table and atomic reservation as the sign-in counters). */
export const captchaKey = (ip: string) => `captcha:${ip}`;

/** CAPTCHA images one client address may fetch per CAPTCHA_WINDOW_MINUTES (a person needs a few; a solver thousands). */
export const CAPTCHA_PER_WINDOW = 30;
export const CAPTCHA_WINDOW_MINUTES = 1;

/**
 * A counter row is swept once its window or lock ended long ago: 24 h past the longest window/lock the settings allow
 * (signIn.lockMinutes ≤ 1440), so no setting change can revive a swept count. windowStart ≤ lockedUntil always.
 */
export const GUARD_SWEEP_AFTER_MS = 48 * 3_600_000;

export function guardRowExpired(row: Pick<GuardRow, 'windowStart' | 'lockedUntil'>, now: Date): boolean {
  return (row.lockedUntil ?? row.windowStart).getTime() <= now.getTime() - GUARD_SWEEP_AFTER_MS;
}

/** At most one sweep per process per this many minutes (it runs on a sign-in; see sweepSignInGuards). */
export const GUARD_SWEEP_EVERY_MINUTES = 10;

/** Failures that still count at `now`: none once the window has passed or a lock has run out. */
export function liveFailures(row: GuardRow | null | undefined, now: Date, lockMinutes: number): number {
  if (!row) return 0;
  if (row.lockedUntil) return row.lockedUntil > now ? row.failures : 0;
  return row.windowStart.getTime() + lockMinutes * 60_000 > now.getTime() ? row.failures : 0;
}

/**
 * Until when a counter refuses attempts: its lock, or — when `limit` attempts are already counted in the window (some
 * may still be in flight) — the end of the window. null when it is open.
 */
export function refusedUntil(row: GuardRow | null | undefined, now: Date, limit: number, lockMinutes: number): Date | null {
  if (!row) return null;
  if (row.lockedUntil) return row.lockedUntil > now ? row.lockedUntil : null;
  const windowEnd = new Date(row.windowStart.getTime() + lockMinutes * 60_000);
  return windowEnd > now && row.failures >= limit ? windowEnd : null;
}

/** A CAPTCHA is asked once the account or the address has this many live failures. */
export function captchaNeeded(account: number, address: number, limits: Pick<GuardLimits, 'captchaAfter'>): boolean {
  return account >= limits.captchaAfter || address >= limits.captchaAfter;
}

/** Whole minutes from `now` to `until`, at least 1 (for "请 N 分钟后再试"). */
export const minutesUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/**
 * What a sign-in attempt answers. A discriminated union: the second-factor step adds `{ ok: true; twoFactor: true }`.
 * `captcha` on a refusal says the next attempt must carry a CAPTCHA answer.
 */
export type SignInResult =
  | { ok: true; userId: string; twoFactor?: undefined }
  | { ok: true; userId: null; twoFactor: true }
  | { ok: false; reason: 'invalid'; captcha: boolean }
  | { ok: false; reason: 'captcha'; captcha: true }
  | { ok: false; reason: 'locked'; until: Date; minutes: number; captcha: boolean }
  | { ok: false; reason: 'throttled'; until: Date; minutes: number; captcha: boolean };

/** The audit action of each outcome (every attempt is audited, with the client address). */
export const SIGN_IN_AUDIT_ACTIONS = {
  success: 'auth.sign_in',
  invalid: 'auth.sign_in_failed',
  locked: 'auth.sign_in_locked',
  captcha: 'auth.sign_in_captcha',
  throttled: 'auth.sign_in_throttled',
  unlock: 'auth.unlock',
} as const;

/** Who may see an account's sign-in lock and unlock it (one place: an account-management permission may replace it). */
export const SIGN_IN_UNLOCK_PERMISSION = 'account:manage' as const;
