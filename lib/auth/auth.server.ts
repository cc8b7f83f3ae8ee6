// better-auth: username + password sign-in, sessions in our database (see docs/decisions/003-auth-better-auth.md).
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor, username } from 'better-auth/plugins';
import { getDb } from '../db.server';
import { RESOLVED_IP_HEADER } from '../net/client-address';
import { databaseUrl, providerOf } from '../db/url';
import { authSecret } from './secret';
import { initialExpiry, sessionStart } from '../sessions/rules';
import { getSetting } from '../settings/settings.server';
import { SESSION_HOURS } from './session-policy';
import { TWO_FACTOR_ISSUER } from './two-factor-rules';

/** What a better-auth endpoint context offers the session hook (loosely: only what replacedSession reads). */
interface HookContext {
  context?: { session?: { session?: { token?: string } } | null; authCookies?: { sessionToken?: { name: string } }; secret?: string };
  getSignedCookie?: (name: string, secret: string) => Promise<string | null | false>;
}

/**
 * The session of the request that is creating a new one, if it carries one: the endpoint's own session (the two-factor
 * routes run behind better-auth's session middleware) or else the signed session cookie. null for a fresh sign-in.
 */
async function replacedSession(db: Awaited<ReturnType<typeof getDb>>, ctx: unknown) {
  const c = (ctx ?? null) as HookContext | null;
  let token = c?.context?.session?.session?.token ?? null;
  const cookie = c?.context?.authCookies?.sessionToken?.name;
  if (!token && cookie && c?.context?.secret && c.getSignedCookie) token = (await c.getSignedCookie(cookie, c.context.secret).catch(() => null)) || null;
  if (!token) return null;
  return db.session.findUnique({ where: { token }, select: { userId: true, createdAt: true, expiresAt: true } });
}

async function build() {
  const db = await getDb();
  const baseURL = process.env.BETTER_AUTH_URL;
  return betterAuth({
    appName: 'Leitai',
    secret: authSecret(),
    baseURL,
    database: prismaAdapter(db, { provider: providerOf(databaseUrl()) }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    session: {
      expiresIn: SESSION_HOURS * 3600,
      // Cookies cannot be rewritten while a server component renders, so sessions are not slid:
      // one working day, then sign in again. No cookie cache: a disabled user is out at once.
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
      // read by the guard's idle check (lib/sessions): returned with every getSession
      additionalFields: { lastSeenAt: { type: 'date', input: false, required: false } },
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, required: false, defaultValue: 'unit_staff' },
        unitId: { type: 'string', input: false, required: false },
        title: { type: 'string', input: false, required: false },
        disabled: { type: 'boolean', input: false, required: false, defaultValue: false },
        mustChangePassword: { type: 'boolean', input: false, required: false, defaultValue: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account cannot open a session, whatever the password.
          async before(session, ctx) {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            if (!user || user.disabled) return false;
            // Sign-in passes rememberMe: false, for which better-auth stores a 24 h expiry: the absolute limit is a
            // setting (12 h), counted from sign-in. A session re-issued for a signed-in user (the two-factor plugin
            // on enabling/disabling TOTP, …) keeps the start of the one it replaces (sessionStart), so the 12 h never
            // restart; its createdAt is that start (我的登录设备 shows it as the sign-in time).
            const now = session.createdAt instanceof Date ? session.createdAt : new Date();
            const previous = await replacedSession(db, ctx);
            const createdAt = sessionStart(previous, session.userId, now);
            const expiresAt = initialExpiry(createdAt, await getSetting('session.absoluteHours', db));
            return { data: { ...session, createdAt, expiresAt, lastSeenAt: new Date() } };
          },
        },
      },
    },
    advanced: {
      useSecureCookies: baseURL?.startsWith('https://') ?? false,
      cookiePrefix: 'leitai',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // sessions record the address the sign-in resolved (lib/net/client-address.ts); server.ts deletes a client's copy
      ipAddress: { ipAddressHeaders: [RESOLVED_IP_HEADER] },
    },
    telemetry: { enabled: false },
    // per-attempt warnings ("User not found", "Invalid password") would only fill the log; sign-ins are audited
    logger: { level: 'error' },
    // twoFactor: TOTP + backup codes (docs/decisions/015-sessions-two-factor.md); nextCookies last, so every cookie a
    // plugin sets in a server action reaches the browser
    plugins: [username(), twoFactor({ issuer: TWO_FACTOR_ISSUER, backupCodeOptions: { amount: 10, length: 10 } }), nextCookies()],
  });
}

type Auth = Awaited<ReturnType<typeof build>>;
const g = globalThis as unknown as { leitaiAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  g.leitaiAuth ??= build();
  return g.leitaiAuth;
}
