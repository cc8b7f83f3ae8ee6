// Issue #12 Found 3 on a scratch database (SQLite, and PostgreSQL under test:pg): the history of 5, admin create/reset
// forcing a change and ending sessions, the one guard refusing everything but the change while it is pending, and the
// audit rows (never a password or a hash). better-auth is the real one (its sign-in writes the sessions and its
// getSession reads them); only Next's request headers and the process's database client are the test's.
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import type { Db } from '@/lib/db/client';

const state = vi.hoisted(() => ({ db: null as Db | null, headers: new Headers() }));
vi.mock('@/lib/db.server', () => ({ getDb: async () => state.db }));
vi.mock('next/headers', () => ({
  headers: async () => state.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));

const { getAuth } = await import('@/lib/auth/auth.server');
const { requireUser, authorize, HttpError } = await import('@/lib/auth/guard.server');
const { changePasswordAction } = await import('@/lib/auth/actions/change-password');
const { resetPasswordAction } = await import('@/lib/setup/actions/users');
const { changeOwnPassword } = await import('@/lib/auth/password.server');
const { createUser, resetPassword } = await import('@/lib/setup/users.server');
const { GET: leaderboardApi } = await import('@/app/api/v1/periods/[periodId]/leaderboard/route');
const { POST: signOutRoute } = await import('@/app/api/auth/sign-out/route');
const { serviceContext } = await import('@/lib/actions/define-action.server');
const { createClient } = await import('@/lib/db/client');
const { accountRows, hashPassword } = await import('@/lib/auth/accounts');
const { createMigratedDatabase } = await import('../support/database');
const { refusal } = await import('../support/refusal');

let scratch: Awaited<ReturnType<typeof createMigratedDatabase>>;
let db: Db;
let admin: ActionContext;
let adminSession: string;
const T0 = new Date('2026-12-01T08:00:00Z');
/** every sign-in, check and change hashes with scrypt (~0.1 s, several times that on a loaded machine) */
const SCRYPT_HEAVY = 300_000;
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** Sign in through better-auth as the sign-in page does; the Cookie header of the new session. */
async function signIn(username: string, password: string): Promise<string> {
  const auth = await getAuth();
  const res = await auth.api.signInUsername({ body: { username, password, rememberMe: false }, headers: new Headers(), asResponse: true });
  expect(res.status, `${username} signs in`).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
const as = (cookie: string) => {
  state.headers = new Headers({ cookie, host: 'localhost' });
};

async function ctxFor(username: string, now: Date, sessionId = 'test-session'): Promise<ActionContext> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  const user = {
    id: u.id,
    name: u.name,
    username,
    title: u.title,
    role: u.role as 'admin',
    unitId: u.unitId,
    sessionId,
    mustChangePassword: u.mustChangePassword,
  };
  return serviceContext(db, user, now, '127.0.0.1');
}

async function auditSince(at: Date) {
  return db.auditLog.findMany({ where: { at: { gte: at } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
}

beforeAll(async () => {
  scratch = await createMigratedDatabase('password');
  db = await createClient(scratch.url);
  state.db = db;
  const rows = accountRows({ username: 'admin', name: '周立平', title: '区考核办主任', role: 'admin' }, await hashPassword('Leitai@2026'), T0);
  await db.user.create({ data: rows.user });
  await db.account.create({ data: rows.account });
  as(await signIn('admin', 'Leitai@2026'));
  adminSession = (await db.session.findFirstOrThrow({ where: { userId: rows.user.id } })).id;
  admin = await ctxFor('admin', T0, adminSession);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe('password history (the current one and the last 5 are refused)', () => {
  it(
    'refuses each of the 5 previous and the current, allows the 6th-oldest; keeps only 5 rows',
    async () => {
      await createUser(admin, { username: 'hist_user', name: '历史', role: 'leader', unitId: null, password: 'Start#Pw2026' });
      const pw = (i: number) => `Gx${i}#Leitai-${i * 37}k`;
      // P0 = Start#Pw2026, then P1..P6
      let current = 'Start#Pw2026';
      for (let i = 1; i <= 6; i++) {
        const ctx = await ctxFor('hist_user', minutes(i));
        await changeOwnPassword(ctx, { currentPassword: current, newPassword: pw(i), confirmPassword: pw(i) });
        current = pw(i);
      }
      const user = await db.user.findUniqueOrThrow({ where: { username: 'hist_user' } });
      expect(await db.passwordHistory.count({ where: { userId: user.id } })).toBe(5);
      const ctx = await ctxFor('hist_user', minutes(10));
      for (const old of [pw(6), pw(5), pw(4), pw(3), pw(2), pw(1)]) {
        const err = await refusal(changeOwnPassword(ctx, { currentPassword: current, newPassword: old, confirmPassword: old }));
        expect(err.fieldErrors, old).toEqual({ newPassword: ['passwordPolicy.problems.reused'] });
      }
      // the 6th-oldest (the admin's initial one) is out of the window
      await changeOwnPassword(ctx, { currentPassword: current, newPassword: 'Start#Pw2026', confirmPassword: 'Start#Pw2026' });
      expect(await db.passwordHistory.count({ where: { userId: user.id } })).toBe(5);
    },
    SCRYPT_HEAVY,
  );

  it(
    'refuses with every reason per field: wrong current, weak new, mismatch — and audits the refusal without secrets',
    async () => {
      await createUser(admin, { username: 'weak_user', name: '弱口令', role: 'leader', unitId: null, password: 'Start#Pw2026' });
      const ctx = await ctxFor('weak_user', minutes(20));
      const err = await refusal(changeOwnPassword(ctx, { currentPassword: 'wrong', newPassword: 'xweak_userx', confirmPassword: 'other' }));
      expect(err.code).toBe('invalidInput');
      expect(err.fieldErrors).toEqual({
        currentPassword: ['accountPassword.currentWrong'],
        newPassword: ['passwordPolicy.problems.tooFewKinds', 'passwordPolicy.problems.containsUsername'],
        confirmPassword: ['accountPassword.mismatch'],
      });
      expect(err.params).toEqual({ passwordKinds: 'lower,symbol' });
      const rows = await auditSince(minutes(20));
      expect(rows.map((r) => r.action)).toContain('auth.change_password_refused');
      const text = JSON.stringify(rows);
      for (const secret of ['"wrong"', 'xweak_userx', '"other"']) expect(text).not.toContain(secret);
    },
    SCRYPT_HEAVY,
  );
});

describe('admin create and reset', () => {
  it(
    'a created account must change its password; the policy applies with the username',
    async () => {
      const weak = await refusal(createUser(admin, { username: 'new_staff', name: '新同事', role: 'leader', unitId: null, password: '12345678' }));
      expect(weak.fieldErrors).toEqual({ password: ['passwordPolicy.problems.tooFewKinds', 'passwordPolicy.problems.common'] });
      const own = await refusal(createUser(admin, { username: 'kaohe', name: '考核', role: 'admin', unitId: null, password: 'Kaohe@2026' }));
      expect(own.fieldErrors).toEqual({ password: ['passwordPolicy.problems.containsUsername'] });
      const { id } = await createUser(admin, { username: 'new_staff', name: '新同事', role: 'leader', unitId: null, password: 'Start#Pw2026' });
      expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ mustChangePassword: true, passwordChangedAt: T0 });
    },
    SCRYPT_HEAVY,
  );

  it(
    'a reset forces a change, ends every session of the user at once and keeps the old hash in the history',
    async () => {
      const { id } = await createUser(admin, { username: 'reset_me', name: '重置', role: 'leader', unitId: null, password: 'Start#Pw2026' });
      await db.user.update({ where: { id }, data: { mustChangePassword: false } });
      await signIn('reset_me', 'Start#Pw2026');
      await signIn('reset_me', 'Start#Pw2026');
      expect(await db.session.count({ where: { userId: id } })).toBe(2);
      const at = minutes(30);
      await resetPassword(await ctxFor('admin', at, adminSession), { id, password: 'Reset#Pw2026' });
      expect(await db.session.count({ where: { userId: id } })).toBe(0);
      expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ mustChangePassword: true, passwordChangedAt: at });
      expect(await db.passwordHistory.count({ where: { userId: id } })).toBe(1);
      const [row] = (await auditSince(at)).filter((r) => r.action === 'setup.reset_password');
      expect(row).toMatchObject({ entityId: id, after: { mustChangePassword: true, sessionsEnded: 2 } });
      expect(JSON.stringify(row)).not.toMatch(/Reset#Pw2026|Start#Pw2026|scrypt|\$/);
      const weak = await refusal(resetPassword(admin, { id, password: 'reset_me-x' }));
      expect(weak.fieldErrors?.password).toEqual(['passwordPolicy.problems.tooFewKinds', 'passwordPolicy.problems.containsUsername']);
    },
    SCRYPT_HEAVY,
  );
});

describe('the guard while a change is pending', () => {
  it(
    'pages redirect to 修改密码, actions and API calls are refused, only the change and sign-out answer; the change clears it',
    async () => {
      const { id } = await createUser(admin, { username: 'forced', name: '首登', role: 'leader', unitId: null, password: 'First#Pw2026' });
      const cookie = await signIn('forced', 'First#Pw2026');
      const other = await signIn('forced', 'First#Pw2026');
      as(cookie);

      // a page
      const redirect = await requireUser().then(
        () => null,
        (e: unknown) => e as { digest?: string },
      );
      expect(String(redirect?.digest)).toContain('/account/password');
      // a server action other than the change (the user is no admin either: the pending change is checked first)
      await expect(authorize()).rejects.toMatchObject({ status: 403, message: 'passwordChangeRequired' });
      expect(await resetPasswordAction({ id, password: 'Other#Pw2026' })).toMatchObject({ ok: false, error: 'passwordChangeRequired' });
      // a route handler
      const api = await leaderboardApi(new Request('http://localhost/api/v1/periods/p/leaderboard', { headers: state.headers }), {
        params: Promise.resolve({ periodId: 'p' }),
      });
      expect(api.status).toBe(403);
      expect(await api.json()).toMatchObject({ error: 'passwordChangeRequired', message: expect.stringContaining('请先修改密码') });

      // the change itself: a weak one is refused with its reasons, a strong one accepted
      const weak = await changePasswordAction({ currentPassword: 'First#Pw2026', newPassword: 'password', confirmPassword: 'password' });
      expect(weak).toMatchObject({
        ok: false,
        error: 'invalidInput',
        fieldErrors: { newPassword: ['passwordPolicy.problems.tooFewKinds', 'passwordPolicy.problems.common'] },
      });
      const done = await changePasswordAction({ currentPassword: 'First#Pw2026', newPassword: 'Mine#Pw-2026', confirmPassword: 'Mine#Pw-2026' });
      expect(done).toEqual({ ok: true, data: { sessionsEnded: 1 } });

      const user = await db.user.findUniqueOrThrow({ where: { id }, include: { accounts: true, sessions: true } });
      expect(user.mustChangePassword).toBe(false);
      expect(user.passwordChangedAt).not.toBeNull();
      expect(await verifyPassword({ hash: user.accounts[0]!.password!, password: 'Mine#Pw-2026' })).toBe(true);
      // this session stays, the other one ended
      expect(user.sessions).toHaveLength(1);
      expect(cookie).not.toBe(other);

      // now the guard lets the user through (as a leader: no setup permission, so a plain 'forbidden')
      await expect(authorize()).resolves.toMatchObject({ id, mustChangePassword: false });
      expect(await resetPasswordAction({ id, password: 'Other#Pw2026' })).toMatchObject({ ok: false, error: 'forbidden' });
      const rows = (await db.auditLog.findMany({ where: { entityId: id } })).map((r) => ({ action: r.action, after: r.after }));
      expect(rows).toContainEqual({ action: 'auth.change_password', after: { username: 'forced', forced: true, sessionsEnded: 1 } });
      const text = JSON.stringify(rows);
      for (const secret of ['First#Pw2026', 'Mine#Pw-2026', '"password"', '$']) expect(text, text).not.toContain(secret);
    },
    SCRYPT_HEAVY,
  );

  it(
    'sign-out still works while a change is pending',
    async () => {
      await createUser(admin, { username: 'leaves', name: '离开', role: 'leader', unitId: null, password: 'First#Pw2026' });
      as(await signIn('leaves', 'First#Pw2026'));
      const res = await signOutRoute(new Request('http://localhost/api/auth/sign-out', { method: 'POST', headers: state.headers }), {
        params: Promise.resolve({}),
      });
      expect(res.status).toBe(303);
      expect(await db.session.count({ where: { user: { username: 'leaves' } } })).toBe(0);
    },
    SCRYPT_HEAVY,
  );

  it('HttpError is what authorize throws (the action maps it)', () => {
    expect(new HttpError(403, 'passwordChangeRequired').status).toBe(403);
  });
});
