// The absolute session limit counts from the original sign-in: a session the two-factor plugin re-issues (here on
// disabling TOTP; enabling takes the same path) keeps its start, so the 12 h do not restart. better-auth is the real
// one; only Next's request headers and the process's database client are the test's. The clock is injected where the
// guard decides (enforceSessionLifetime); the sign-in's start is moved back in the database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('@/lib/db.server', () => ({ getDb: async () => state.db }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));

const { getAuth } = await import('@/lib/auth/auth.server');
const { accountRows, hashPassword } = await import('@/lib/auth/accounts');
const { createClient } = await import('@/lib/db/client');
const { enforceSessionLifetime } = await import('@/lib/sessions/lifetime');
const { limitsOf, sessionStart } = await import('@/lib/sessions/rules');
const { createTestDatabase, migrate } = await import('../support/database');

let scratch: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
const PASSWORD = 'Reissue#Pw2026';
const LIMITS = limitsOf({ 'session.absoluteHours': 12, 'session.idleMinutes': 30 });
const HOUR = 3_600_000;

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

async function signIn(username: string): Promise<string> {
  const auth = await getAuth();
  const res = await auth.api.signInUsername({ body: { username, password: PASSWORD, rememberMe: false }, headers: new Headers(), asResponse: true });
  expect(res.status).toBe(200);
  return cookieOf(res);
}

beforeAll(async () => {
  scratch = await createTestDatabase('reissue');
  migrate(scratch.url);
  db = await createClient(scratch.url);
  state.db = db;
  const rows = accountRows({ username: 'reissue', name: '续签', title: null, role: 'auditor' }, await hashPassword(PASSWORD), new Date());
  await db.user.create({ data: rows.user });
  await db.account.create({ data: rows.account });
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe('re-issued sessions keep the sign-in time', () => {
  it('the rule: same user and a live previous session → its start; otherwise now', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const start = new Date(now.getTime() - 11 * HOUR);
    const prev = { userId: 'u1', createdAt: start, expiresAt: new Date(start.getTime() + 12 * HOUR) };
    expect(sessionStart(prev, 'u1', now)).toEqual(start);
    expect(sessionStart(prev, 'u2', now)).toEqual(now);
    expect(sessionStart({ ...prev, expiresAt: now }, 'u1', now)).toEqual(now);
    expect(sessionStart(null, 'u1', now)).toEqual(now);
  });

  it('disabling TOTP re-issues the session, which still ends 12 h after the original sign-in', async () => {
    const cookie = await signIn('reissue');
    const user = await db.user.findUniqueOrThrow({ where: { username: 'reissue' } });
    const first = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    // signed in 11 h ago (moved back in the database; the stored expiry follows the 12 h rule)
    const signedInAt = new Date(Date.now() - 11 * HOUR);
    await db.session.update({ where: { id: first.id }, data: { createdAt: signedInAt, expiresAt: new Date(signedInAt.getTime() + 12 * HOUR) } });
    await db.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });

    const auth = await getAuth();
    const res = await auth.api.disableTwoFactor({ body: { password: PASSWORD }, headers: new Headers({ cookie }), asResponse: true });
    expect(res.status).toBe(200);
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    const reissued = sessions[0]!;
    expect(reissued.id).not.toBe(first.id);
    expect(reissued.createdAt.getTime()).toBe(signedInAt.getTime());
    expect(reissued.expiresAt.getTime()).toBe(signedInAt.getTime() + 12 * HOUR);
    // the guard: active now, over at 12 h after the sign-in (not 12 h after the re-issue)
    const times = { id: reissued.id, createdAt: reissued.createdAt, expiresAt: reissued.expiresAt, lastSeenAt: new Date() };
    expect(await enforceSessionLifetime(db, times, new Date(), LIMITS)).toBe('active');
    expect(await enforceSessionLifetime(db, { ...times, lastSeenAt: new Date(Date.now() + HOUR - 60_000) }, new Date(Date.now() + HOUR), LIMITS)).toBe(
      'absolute',
    );
    expect(await db.session.count({ where: { id: reissued.id } })).toBe(0);
  }, 300_000);

  it('a fresh sign-in (no session cookie) starts its own 12 h', async () => {
    const before = Date.now();
    await signIn('reissue');
    const s = await db.session.findFirstOrThrow({ where: { user: { username: 'reissue' } }, orderBy: { createdAt: 'desc' } });
    expect(s.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(s.expiresAt.getTime() - s.createdAt.getTime()).toBe(12 * HOUR);
  }, 300_000);
});
