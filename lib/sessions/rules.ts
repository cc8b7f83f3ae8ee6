// Session lifetimes (DESIGN §9): an absolute limit from sign-in and an idle limit since the last request, both from
// run-time settings; activity slides the idle limit, recorded at most once a minute. Pure: no I/O, clock passed in.
import type { Settings } from '../settings/rules';

export interface SessionLimits {
  absoluteMs: number;
  idleMs: number;
}

/** The last-seen time is written at most this often per session (one cheap UPDATE, never on every request). */
export const TOUCH_INTERVAL_MS = 60_000;

export interface SessionTimes {
  createdAt: Date;
  /** null for a session created before the column existed: counts from sign-in */
  lastSeenAt: Date | null;
  expiresAt: Date;
}

export function limitsOf(settings: Pick<Settings, 'session.absoluteHours' | 'session.idleMinutes'>): SessionLimits {
  return { absoluteMs: settings['session.absoluteHours'] * 3_600_000, idleMs: settings['session.idleMinutes'] * 60_000 };
}

/** When the session ends by its absolute limit (the stored expiry, or sign-in + the current setting, whichever is sooner). */
export function absoluteEnd(s: Pick<SessionTimes, 'createdAt' | 'expiresAt'>, limits: SessionLimits): number {
  return Math.min(s.expiresAt.getTime(), s.createdAt.getTime() + limits.absoluteMs);
}

/** When the session ends if nothing more happens: the sooner of the absolute and the idle end. */
export function sessionEnd(s: SessionTimes, limits: SessionLimits): number {
  const lastSeen = (s.lastSeenAt ?? s.createdAt).getTime();
  return Math.min(absoluteEnd(s, limits), lastSeen + limits.idleMs);
}

export type SessionVerdict = 'active' | 'absolute' | 'idle';

export function sessionVerdict(s: SessionTimes, now: Date, limits: SessionLimits): SessionVerdict {
  const t = now.getTime();
  if (t >= absoluteEnd(s, limits)) return 'absolute';
  if (t >= sessionEnd(s, limits)) return 'idle';
  return 'active';
}

/** Whether this request should record activity (the last record is a minute old or more). */
export function needsTouch(s: Pick<SessionTimes, 'createdAt' | 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - (s.lastSeenAt ?? s.createdAt).getTime() >= TOUCH_INTERVAL_MS;
}

/**
 * The start a new session counts its absolute limit from. A session created for a user who is already signed in on
 * this browser (the two-factor plugin re-issues it on enabling or disabling TOTP, and any other re-issue) keeps the
 * start of the session it replaces, so re-issuing never restarts the 12 h; a fresh sign-in starts now.
 */
export function sessionStart(previous: { userId: string; createdAt: Date; expiresAt: Date } | null | undefined, userId: string, createdAt: Date): Date {
  if (!previous || previous.userId !== userId || previous.expiresAt <= createdAt) return createdAt;
  return previous.createdAt < createdAt ? previous.createdAt : createdAt;
}

/** A new session's stored expiry: its start plus the absolute limit (better-auth's own default would be 24 h). */
export function initialExpiry(createdAt: Date, absoluteHours: number): Date {
  return new Date(createdAt.getTime() + absoluteHours * 3_600_000);
}

/** What a user agent says about the device, for the 我的登录设备 list (names as people know them; null = unknown). */
export interface DeviceInfo {
  browser: string | null;
  os: string | null;
  kind: 'desktop' | 'mobile' | 'tablet' | 'unknown';
}

/** Browser names as Chinese users know them; anything else keeps bowser's name. */
const BROWSER_NAMES: Record<string, string> = {
  'Microsoft Edge': 'Edge',
  'QQ Browser': 'QQ 浏览器',
  'QQ Browser Lite': 'QQ 浏览器',
  'UC Browser': 'UC 浏览器',
  WeChat: '微信',
  '360 Browser': '360 浏览器',
  'Internet Explorer': 'IE',
  'Samsung Internet for Android': '三星浏览器',
  'Chrome Headless': 'Chrome',
  Chromium: 'Chromium',
};

/** Parse a user agent with bowser (a maintained parser) into names shown on the page. */
export function deviceOf(userAgent: string | null | undefined, parse: (ua: string) => { browser?: string; os?: string; platform?: string }): DeviceInfo {
  if (!userAgent) return { browser: null, os: null, kind: 'unknown' };
  const r = parse(userAgent);
  const browser = r.browser ? (BROWSER_NAMES[r.browser] ?? r.browser) : null;
  const kind = r.platform === 'mobile' || r.platform === 'tablet' || r.platform === 'desktop' ? r.platform : 'unknown';
  return { browser, os: r.os ?? null, kind };
}
