// better-auth: username + password sign-in, sessions in our database (see docs/decisions/003-auth-better-auth.md).
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { username } from 'better-auth/plugins';
import { getDb } from '../db.server';
import { RESOLVED_IP_HEADER } from '../net/client-address';
import { databaseUrl, providerOf } from '../db/url';
import { authSecret } from './secret';
import { SESSION_HOURS } from './session-policy';

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
          async before(session) {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            if (!user || user.disabled) return false;
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
    plugins: [username(), nextCookies()],
  });
}

type Auth = Awaited<ReturnType<typeof build>>;
const g = globalThis as unknown as { leitaiAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  g.leitaiAuth ??= build();
  return g.leitaiAuth;
}
