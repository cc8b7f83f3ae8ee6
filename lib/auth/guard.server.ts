// The one server-side guard: every page, server action and route handler gets its user here.
import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { roleSchema } from '../domain/schemas';
import { getDb } from '../db.server';
import { getSetting } from '../settings/settings.server';
import { enforceSessionLifetime } from '../sessions/lifetime';
import { limitsOf } from '../sessions/rules';
import { getSettings } from '../settings/settings.server';
import { getAuth } from './auth.server';
import { mustEnrolTwoFactor, TWO_FACTOR_REQUIRED, TWO_FACTOR_SETUP_PATH } from './two-factor-rules';
import { can, canReadUnit, type Actor, type Permission } from './permissions';
import { CHANGE_PASSWORD_PATH, PASSWORD_CHANGE_REQUIRED } from './password-paths';
import { REQUEST_PATH_HEADER, signInPath } from './rules';

/** Who is asking, as the session's own query read them: enough for every permission check and audit row. */
export interface SessionUser extends Actor {
  name: string;
  username: string;
  title: string | null;
  sessionId: string;
  /** set when an admin created or reset the password: nothing but the password change until it is changed */
  mustChangePassword?: boolean;
  /** TOTP enrolled (better-auth's two-factor plugin) */
  twoFactorEnabled?: boolean;
}

/** For pages: the session user and the name of their unit (the header shows it). */
export interface CurrentUser extends SessionUser {
  unitName: string | null;
}

/**
 * The signed-in user of this request, or null. Disabled users and unknown roles count as signed out.
 * better-auth reads the session and its user row in one query on every call (no cookie cache), so role,
 * unit and disabled are current: route handlers and actions need no second read.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => sessionUserOf(await headers()));

/** The signed-in user of a request's headers, or null (route handlers pass their Request's headers). */
export async function sessionUserOf(requestHeaders: Headers): Promise<SessionUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = session.user;
  if (user.disabled) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  // 三员分立 is read here once per request (cached for a few seconds per process), so every `can` sees it
  const separateSecurityAdmin = await getSetting('accounts.separateSecurityAdmin');
  // absolute and idle limits (settings, read now): an expired session is deleted, activity recorded once a minute
  const { session: s } = session;
  const times = { id: s.id, createdAt: new Date(s.createdAt), expiresAt: new Date(s.expiresAt), lastSeenAt: s.lastSeenAt ? new Date(s.lastSeenAt) : null };
  if ((await enforceSessionLifetime(await getDb(), times, new Date(), limitsOf(await getSettings()))) !== 'active') return null;
  return {
    id: user.id,
    name: user.name,
    username: user.username ?? '',
    title: user.title ?? null,
    role: role.data,
    unitId: user.unitId ?? null,
    sessionId: session.session.id,
    separateSecurityAdmin,
    mustChangePassword: user.mustChangePassword === true,
    twoFactorEnabled: user.twoFactorEnabled === true,
  };
}

/** For pages: getSessionUser plus the unit's name. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  const unit = user.unitId ? await (await getDb()).unit.findUnique({ where: { id: user.unitId }, select: { name: true } }) : null;
  return { ...user, unitName: unit?.name ?? null };
});

/** For pages: the user, or a redirect to the sign-in page that brings them back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** requireUser without the forced password change: only for the change-password page itself. */
export async function requireSignedIn(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  if (!user) redirect(signInPath(path));
  // when the setting requires it, admin and auditor enrol a second factor before anything else
  // (not while a sign-in action renders its redirect target: that render still carries the /login… path, and the
  // sign-in action sends such a user to the setup page itself)
  const bare = path?.split('?')[0] ?? '';
  if (bare !== TWO_FACTOR_SETUP_PATH && !bare.startsWith('/login') && mustEnrolTwoFactor(user, (await getSettings())['twoFactor.requiredForPrivileged']))
    redirect(TWO_FACTOR_SETUP_PATH);
  return user;
}

/** For pages: the user if they hold `permission` (or any of a list); 403 otherwise. */
export async function requirePermission(permission: Permission | readonly Permission[]): Promise<CurrentUser> {
  const user = await requireUser();
  const wanted: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  if (!wanted.some((p) => can(user, p))) forbidden();
  return user;
}

/** For pages about one unit: another unit's id looks exactly like a missing one (404). */
export async function requireUnitReader(unitId: string): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canReadUnit(user, unitId)) notFound();
  return user;
}

export class HttpError extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

/**
 * For server actions (defineAction): throws HttpError instead of redirecting. Route handlers go through defineRoute.
 * A user who must change their password may run only the action that changes it (`duringPasswordChange`).
 */
export async function authorize(permission?: Permission, opts: { duringPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new HttpError(401, 'unauthenticated');
  if (user.mustChangePassword && !opts.duringPasswordChange) throw new HttpError(403, PASSWORD_CHANGE_REQUIRED);
  if (mustEnrolTwoFactor(user, (await getSettings())['twoFactor.requiredForPrivileged'])) throw new HttpError(403, TWO_FACTOR_REQUIRED);
  if (permission && !can(user, permission)) throw new HttpError(403, 'forbidden');
  return user;
}
