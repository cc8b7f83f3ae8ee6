// SignInGuard rows are swept once their window or lock ended long ago (at most once per 10 minutes, on a sign-in), and
// /api/captcha is limited per client address (30 a minute, 429 JSON in Chinese beyond), counted atomically.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('@/lib/db.server', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/auth/auth.server', () => ({ getAuth: async () => ({ api: { getSession: async () => null } }) }));

const { GET: captcha } = await import('@/app/api/captcha/route');
const { maybeSweepSignInGuards, sweepSignInGuards } = await import('@/lib/auth/sign-in-guard.server');
const { CAPTCHA_PER_WINDOW, guardRowExpired } = await import('@/lib/auth/sign-in-rules');
const { CLIENT_ADDR_HEADER } = await import('@/lib/net/client-address');
const { createClient } = await import('@/lib/db/client');
const { createTestDatabase, migrate } = await import('../support/database');

let scratch: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
const T0 = new Date('2026-12-04T02:00:00.000Z');
const hours = (n: number, from: Date = T0) => new Date(from.getTime() + n * 3_600_000);

beforeAll(async () => {
  scratch = await createTestDatabase('guardsweep');
  migrate(scratch.url);
  db = await createClient(scratch.url);
  state.db = db;
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sweeping SignInGuard rows', () => {
  it('the rule: expired 48 h after the window start, or after the lock ran out', () => {
    expect(guardRowExpired({ windowStart: hours(-48), lockedUntil: null }, T0)).toBe(true);
    expect(guardRowExpired({ windowStart: hours(-47), lockedUntil: null }, T0)).toBe(false);
    expect(guardRowExpired({ windowStart: hours(-60), lockedUntil: hours(-47) }, T0)).toBe(false);
    expect(guardRowExpired({ windowStart: hours(-60), lockedUntil: hours(-49) }, T0)).toBe(true);
  });

  it('deletes exactly the rows the rule calls expired, and at most once per 10 minutes on its own', async () => {
    const rows = [
      { key: 'user:old', windowStart: hours(-72), lockedUntil: null },
      { key: 'ip:10.0.0.1', windowStart: hours(-50), lockedUntil: hours(-49) },
      { key: 'captcha:10.0.0.2', windowStart: hours(-49), lockedUntil: null },
      { key: 'user:recent', windowStart: hours(-1), lockedUntil: null },
      { key: 'user:locked-long-ago-but-lock-recent', windowStart: hours(-70), lockedUntil: hours(-2) },
      { key: 'ip:10.0.0.3', windowStart: hours(-47), lockedUntil: null },
    ];
    await db.signInGuard.createMany({ data: rows.map((r) => ({ ...r, failures: 3, updatedAt: r.windowStart })) });
    expect(await sweepSignInGuards(db, T0)).toBe(3);
    const left = (await db.signInGuard.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((r) => r.key);
    expect(left).toEqual(
      rows
        .filter((r) => !guardRowExpired(r, T0))
        .map((r) => r.key)
        .sort(),
    );

    // the throttled one: runs now, not again within 10 minutes, again after
    await maybeSweepSignInGuards(db, hours(1));
    await db.signInGuard.create({ data: { key: 'user:stale', failures: 1, windowStart: hours(-80), updatedAt: hours(-80) } });
    await maybeSweepSignInGuards(db, new Date(hours(1).getTime() + 5 * 60_000));
    expect(await db.signInGuard.count({ where: { key: 'user:stale' } })).toBe(1);
    await maybeSweepSignInGuards(db, new Date(hours(1).getTime() + 11 * 60_000));
    expect(await db.signInGuard.count({ where: { key: 'user:stale' } })).toBe(0);
  });
});

describe('/api/captcha per client address', () => {
  const ask = (ip: string) => captcha(new Request('http://localhost/api/captcha', { headers: { [CLIENT_ADDR_HEADER]: ip } }), { params: Promise.resolve({}) });

  it('issues 30 a minute to one address, even 40 at once; then 429 in Chinese; other addresses and the next minute are served', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const burst = await Promise.all(Array.from({ length: 40 }, () => ask('198.51.100.7')));
    expect(burst.filter((r) => r.status === 200)).toHaveLength(CAPTCHA_PER_WINDOW);
    const refused = burst.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toEqual({ ok: false, error: 'captchaRateLimited', message: expect.stringContaining('验证码请求过于频繁') });
    expect(await db.captchaChallenge.count()).toBe(CAPTCHA_PER_WINDOW);
    expect((await ask('198.51.100.8')).status).toBe(200);
    vi.setSystemTime(new Date(T0.getTime() + 61_000));
    const next = await ask('198.51.100.7');
    expect(next.status).toBe(200);
    expect(await next.json()).toMatchObject({ id: expect.any(String), svg: expect.stringContaining('<svg') });
  });
});
