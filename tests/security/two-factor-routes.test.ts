// Route handlers (defineRoute) under `twoFactor.requiredForPrivileged`: a 系统/审计管理员 without TOTP is refused
// 403 twoFactorRequired (JSON, Chinese message) as pages and actions refuse them; sign-out still answers. The session
// store is the test's user; the guard, the settings and the routes are the real ones.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';

const state = vi.hoisted(() => ({ user: null as (SessionUser & { twoFactorEnabled: boolean }) | null, db: null as Db | null }));

vi.mock('@/lib/db.server', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/auth/auth.server', () => ({
  getAuth: async () => ({
    api: {
      getSession: async () => {
        if (!state.user) return null;
        const now = Date.now();
        return {
          user: { ...state.user, disabled: false },
          session: { id: state.user.sessionId, createdAt: new Date(now - 60_000), expiresAt: new Date(now + 3_600_000), lastSeenAt: new Date(now) },
        };
      },
      signOut: async () => ({ headers: new Headers() }),
    },
  }),
}));

const { GET: leaderboard } = await import('@/app/api/v1/periods/[periodId]/leaderboard/route');
const { POST: signOut } = await import('@/app/api/auth/sign-out/route');
const { createClient } = await import('@/lib/db/client');
const { invalidateSettings } = await import('@/lib/settings/settings.server');
const { createTestDatabase, migrate } = await import('../support/database');

let scratch: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;

async function signedIn(role: SessionUser['role'], twoFactorEnabled: boolean) {
  const id = randomUUID();
  const username = `u_${id.slice(0, 8)}`;
  await db.user.create({ data: { id, name: '测试用户', email: `${username}@leitai.local`, username, role, twoFactorEnabled } });
  state.user = { id, name: '测试用户', username, title: null, role, unitId: null, sessionId: randomUUID(), twoFactorEnabled };
}

async function setRequired(on: boolean) {
  await db.setting.upsert({
    where: { key: 'twoFactor.requiredForPrivileged' },
    create: { key: 'twoFactor.requiredForPrivileged', value: on },
    update: { value: on },
  });
  invalidateSettings();
}

const callApi = () =>
  leaderboard(new Request('http://localhost/api/v1/periods/no-such-period/leaderboard'), { params: Promise.resolve({ periodId: 'no-such-period' }) });

beforeAll(async () => {
  scratch = await createTestDatabase('tfroutes');
  migrate(scratch.url);
  db = await createClient(scratch.url);
  state.db = db;
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});
beforeEach(() => {
  state.user = null;
});

describe('route handlers and the must-enrol-TOTP rule', () => {
  it('refuses an admin or auditor without TOTP 403 twoFactorRequired while the setting is on', async () => {
    await setRequired(true);
    for (const role of ['admin', 'auditor'] as const) {
      await signedIn(role, false);
      const res = await callApi();
      expect(res.status, role).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ ok: false, error: 'twoFactorRequired', message: expect.stringContaining('请先启用两步验证') });
    }
  });

  it('lets them through once enrolled, or when the setting is off; other roles are never asked', async () => {
    await setRequired(true);
    await signedIn('admin', true);
    expect((await callApi()).status).toBe(404); // past the guard: the period does not exist
    await signedIn('unit_staff', false);
    expect((await callApi()).status).toBe(404);
    await setRequired(false);
    await signedIn('admin', false);
    expect((await callApi()).status).toBe(404);
  });

  it('sign-out still answers a user who must enrol', async () => {
    await setRequired(true);
    await signedIn('auditor', false);
    const res = await signOut(new Request('http://localhost/api/auth/sign-out', { method: 'POST' }), { params: Promise.resolve({}) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login');
  });
});
