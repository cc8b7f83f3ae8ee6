// Sign-in that resists guessing (issue #12 Found 1, 2, 5) on a scratch database — SQLite, or PostgreSQL with
// DATABASE_URL=postgresql://…: atomic counting under 30 parallel guesses, lock and window, CAPTCHA per account and
// per address, address throttling, admin unlock, audit rows, and the client address behind (or not) a proxy.
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serviceContext } from '@/lib/actions/define-action.server';
import { accountRows, hashPassword } from '@/lib/auth/accounts';
import { issueCaptcha } from '@/lib/auth/captcha.server';
import { can } from '@/lib/auth/permissions';
import { signInLockOf, unlockSignIn } from '@/lib/auth/sign-in-lock.server';
import { SIGN_IN_UNLOCK_PERMISSION } from '@/lib/auth/sign-in-rules';
import { attemptSignIn, type PasswordCheck, type SignInAttempt } from '@/lib/auth/sign-in.server';
import { createClient, type Db } from '@/lib/db/client';
import { CLIENT_ADDR_HEADER, MAX_FORWARDED_LENGTH, resolveClientIp } from '@/lib/net/client-address';
import { clientIp } from '@/lib/request.server';
import { getSettings, invalidateSettings } from '@/lib/settings/settings.server';
import { type TestDatabase, createMigratedDatabase } from '../support/database';

const PASSWORD = 'Leitai@2026';
const T0 = new Date('2026-12-04T01:00:00.000Z');
const minutes = (n: number, from: Date = T0) => new Date(from.getTime() + n * 60_000);

let tdb: TestDatabase;
let db: Db;

/** The real password check (better-auth's hash), counted: every call is one guess that reached the hash. */
function countingCheck() {
  const seen: string[] = [];
  const check: PasswordCheck = async (username, password) => {
    seen.push(username);
    const user = await db.user.findUnique({ where: { username }, include: { accounts: true } });
    const hash = user?.accounts.find((a) => a.providerId === 'credential')?.password;
    // an unknown user still costs one hash, as better-auth does
    const ok = await verifyPassword({ hash: hash ?? (await hashPassword('unknown-user-dummy')), password });
    return ok && user ? { id: user.id, name: user.name } : null;
  };
  return { check, seen };
}

async function addUser(username: string) {
  const rows = accountRows({ username, name: `测试用户 ${username}`, role: 'unit_staff' }, await hashPassword(PASSWORD));
  await db.user.create({ data: rows.user });
  await db.account.create({ data: rows.account });
  return rows.user.id;
}

async function setSetting(key: string, value: unknown) {
  await db.setting.upsert({ where: { key }, create: { key, value: value as never }, update: { value: value as never } });
  invalidateSettings();
}

async function auditOf(username: string) {
  return db.auditLog.findMany({ where: { entityType: 'sign_in', entityId: username }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
}

/** A CAPTCHA the test can answer (the answer is only ever in the test's hands). */
async function solved(now: Date) {
  const c = await issueCaptcha(db, now);
  return { id: c.id, answer: c.text.toUpperCase() }; // case-insensitive
}

const attempt = (a: Partial<SignInAttempt> & { username: string }, check: PasswordCheck) =>
  attemptSignIn(db, { password: 'wrong-password', ip: null, now: T0, ...a }, check);

beforeAll(async () => {
  tdb = await createMigratedDatabase('sign_in');
  db = await createClient(tdb.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await tdb?.drop();
});

beforeEach(async () => {
  await db.setting.deleteMany({});
  invalidateSettings();
});

describe('parallel guessing (Found 1)', () => {
  it('of 30 parallel wrong guesses at one account, at most 5 reach the password check', async () => {
    await addUser('target1');
    const { check, seen } = countingCheck();
    const results = await Promise.all(Array.from({ length: 30 }, () => attempt({ username: 'target1', ip: '198.51.100.1' }, check)));
    const checkedRows = (await auditOf('target1')).filter((r) => r.action === 'auth.sign_in_failed');
    console.log(`[figure] ${tdb.provider}: ${seen.length} of 30 parallel guesses checked (CAPTCHA after 3, lock after 5)`);
    expect(seen.length).toBeLessThanOrEqual(5);
    expect(seen.length).toBeGreaterThan(0);
    expect(checkedRows).toHaveLength(seen.length);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    // every attempt is audited: checked ones as failures, the rest as refusals
    expect(await auditOf('target1')).toHaveLength(30);
  });

  it('with the CAPTCHA out of the way (captchaAfter 10), the lock alone lets exactly 5 of 30 through', async () => {
    await setSetting('signIn.captchaAfter', 10);
    await addUser('target2');
    const { check, seen } = countingCheck();
    // each guess from its own address, so that only the account's lock is in the way (from one address, the address's
    // own limit on reservations in flight may refuse one of the first five under load: then 4 get through)
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt({ username: 'target2', ip: `198.51.100.${10 + i}` }, check)));
    console.log(`[figure] ${tdb.provider}: ${seen.length} of 30 parallel guesses checked (lock after 5, no CAPTCHA)`);
    expect(seen.length).toBe(5);
    // the rest refused unchecked: the account at its limit (the fifth failure itself answers locked too)
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(25);
    // and the account is now locked for 15 minutes, even with the right password
    const right = await attempt({ username: 'target2', password: PASSWORD, ip: '198.51.100.3', now: minutes(1) }, check);
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    expect(seen.length).toBe(5);
  });
});

describe('lock, window and CAPTCHA (Found 2)', () => {
  it('locks after 5 failures for 15 minutes, refuses the right password meanwhile, opens after the window', async () => {
    await addUser('lockme');
    const { check, seen } = countingCheck();
    for (let i = 0; i < 5; i++) {
      // a different address each time: the account alone is what counts here
      const r = await attempt({ username: 'lockme', ip: `192.0.2.${10 + i}`, now: minutes(i), captcha: i >= 3 ? await solved(minutes(i)) : null }, check);
      expect(r.ok).toBe(false);
      if (i < 4) expect(r).toMatchObject({ reason: 'invalid', captcha: i >= 2 });
      else expect(r).toMatchObject({ reason: 'locked', minutes: 15 });
    }
    expect(seen).toHaveLength(5);
    const locked = await attempt({ username: 'lockme', password: PASSWORD, ip: '192.0.2.99', now: minutes(10), captcha: await solved(minutes(10)) }, check);
    expect(locked).toMatchObject({ ok: false, reason: 'locked', minutes: 9 });
    expect(seen).toHaveLength(5); // refused without a check
    expect((await signInLockOf(db, 'lockme', minutes(10))).lockedUntil).toEqual(minutes(19));

    // the lock ran out: the right password works and clears the counter
    const open = await attempt({ username: 'lockme', password: PASSWORD, ip: '192.0.2.99', now: minutes(20) }, check);
    expect(open.ok).toBe(true);
    expect(await signInLockOf(db, 'lockme', minutes(20))).toMatchObject({ failures: 0, lockedUntil: null });
  });

  it('failures older than the window stop counting', async () => {
    const { check } = countingCheck();
    for (let i = 0; i < 2; i++) await attempt({ username: 'slowguess', ip: `192.0.2.${30 + i}`, now: minutes(i) }, check);
    // 20 minutes later the window (15) has passed: no CAPTCHA, the count starts again
    const later = await attempt({ username: 'slowguess', ip: '192.0.2.40', now: minutes(20) }, check);
    expect(later).toMatchObject({ reason: 'invalid', captcha: false });
    expect((await signInLockOf(db, 'slowguess', minutes(20))).failures).toBe(1);
  });

  it('asks a CAPTCHA after 3 failures of an account; missing, wrong, reused and expired answers are refused unchecked', async () => {
    await addUser('captchame');
    const { check, seen } = countingCheck();
    for (let i = 0; i < 3; i++) await attempt({ username: 'captchame', ip: `192.0.2.${50 + i}` }, check);
    expect(seen).toHaveLength(3);
    const at = minutes(1);
    const base = { username: 'captchame', password: PASSWORD, ip: '192.0.2.60', now: at };

    expect(await attempt(base, check)).toMatchObject({ ok: false, reason: 'captcha' });
    const c = await issueCaptcha(db, at);
    expect(await attempt({ ...base, captcha: { id: c.id, answer: 'zzzz' } }, check)).toMatchObject({ ok: false, reason: 'captcha' });
    // one challenge, one try: the right answer after a wrong one is refused too
    expect(await attempt({ ...base, captcha: { id: c.id, answer: c.text } }, check)).toMatchObject({ ok: false, reason: 'captcha' });
    const old = await issueCaptcha(db, at);
    expect(await attempt({ ...base, now: minutes(7), captcha: { id: old.id, answer: old.text } }, check)).toMatchObject({ ok: false, reason: 'captcha' });
    expect(await attempt({ ...base, captcha: { id: 'made-up', answer: 'abcd' } }, check)).toMatchObject({ ok: false, reason: 'captcha' });
    expect(seen).toHaveLength(3); // none of these reached the password

    const good = await solved(at);
    expect(await attempt({ ...base, captcha: good }, check)).toMatchObject({ ok: true });
  });

  it('asks a CAPTCHA after 3 failures from one address, whatever the account', async () => {
    const { check, seen } = countingCheck();
    for (let i = 0; i < 3; i++) await attempt({ username: `spray${i}`, ip: '203.0.113.5' }, check);
    const fresh = await attempt({ username: 'never-tried', ip: '203.0.113.5' }, check);
    expect(fresh).toMatchObject({ ok: false, reason: 'captcha' });
    expect(seen).toHaveLength(3);
    // another address is not affected
    expect(await attempt({ username: 'never-tried', ip: '203.0.113.6' }, check)).toMatchObject({ reason: 'invalid', captcha: false });
  });

  it('one password on 20 accounts from one address: 3 checked without CAPTCHAs; solving them, 20 — then the address is refused', async () => {
    await addUser('sprayed_real');
    const { check, seen } = countingCheck();
    const ip = '203.0.113.77';
    const names = Array.from({ length: 20 }, (_, i) => (i === 7 ? 'sprayed_real' : `sprayed${i}`));
    let now = T0;
    const plain = [];
    for (const username of names) plain.push(await attempt({ username, ip, password: 'Spring2026!', now }, check));
    expect(seen).toHaveLength(3);
    expect(plain.slice(3).every((r) => !r.ok && r.reason === 'captcha')).toBe(true);

    for (const username of names.slice(3)) {
      now = minutes(0.1, now);
      await attempt({ username, ip, password: 'Spring2026!', now, captcha: await solved(now) }, check);
    }
    expect(seen).toHaveLength(20);
    now = minutes(0.1, now);
    const refused = await attempt({ username: 'sprayed_real', ip, password: PASSWORD, now, captcha: await solved(now) }, check);
    expect(refused).toMatchObject({ ok: false, reason: 'throttled', minutes: 15 });
    expect(seen).toHaveLength(20);
    // the account itself was tried once: from elsewhere it still signs in
    expect(await attempt({ username: 'sprayed_real', ip: '203.0.113.78', password: PASSWORD, now }, check)).toMatchObject({ ok: true });
  }, 240_000); // 21 real password hashes on a shared 2-core machine

  it('an unknown username is counted and locked exactly like a real one', async () => {
    await setSetting('signIn.captchaAfter', 10);
    const { check } = countingCheck();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await attempt({ username: 'no_such_user', ip: `192.0.2.${70 + i}`, now: minutes(i) }, check));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked', 'locked']);
  });
});

describe('admin unlock and the audit trail', () => {
  it('an administrator unlocks a locked account (audited); a judge may not', async () => {
    await setSetting('signIn.captchaAfter', 10);
    const userId = await addUser('unlockme');
    const { check } = countingCheck();
    for (let i = 0; i < 5; i++) await attempt({ username: 'unlockme', ip: '192.0.2.90', now: minutes(i) }, check);
    expect((await signInLockOf(db, 'unlockme', minutes(5))).lockedUntil).not.toBeNull();

    const adminId = await addUser('unlock_admin');
    const ctx = serviceContext(
      db,
      { id: adminId, name: '管理员', username: 'unlock_admin', title: null, role: 'admin', unitId: null, sessionId: 's' },
      minutes(5),
      '10.0.0.1',
    );
    expect(can(ctx.user, SIGN_IN_UNLOCK_PERMISSION)).toBe(true);
    expect(can({ ...ctx.user, role: 'judge' }, SIGN_IN_UNLOCK_PERMISSION)).toBe(false);
    expect(await unlockSignIn(ctx, userId)).toEqual({ cleared: true });
    expect(await signInLockOf(db, 'unlockme', minutes(5))).toMatchObject({ failures: 0, lockedUntil: null });
    const row = await db.auditLog.findFirst({ where: { action: 'auth.unlock', entityId: userId } });
    expect(row).toMatchObject({ actorId: adminId, ip: '10.0.0.1' });
    expect(row?.before).toMatchObject({ failures: 5 });

    expect(await attempt({ username: 'unlockme', ip: '192.0.2.91', password: PASSWORD, now: minutes(6) }, check)).toMatchObject({ ok: true });
  });

  it('audits every attempt with the client address: success, failure, locked, captcha, throttled', async () => {
    const rows = await db.auditLog.findMany({ where: { entityType: 'sign_in' }, select: { action: true, ip: true } });
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['auth.sign_in', 'auth.sign_in_failed', 'auth.sign_in_locked', 'auth.sign_in_captcha', 'auth.sign_in_throttled'])
      expect(actions).toContain(a);
    expect(rows.every((r) => r.ip !== null)).toBe(true);
    const spray = await db.auditLog.findMany({ where: { entityType: 'sign_in', entityId: { startsWith: 'sprayed' } } });
    expect(spray.every((r) => r.ip === '203.0.113.77' || r.ip === '203.0.113.78')).toBe(true);
  });
});

describe('client address (Found 5)', () => {
  const req = (xff: string | null, peer = '::ffff:10.1.2.3') => {
    const h = new Headers({ [CLIENT_ADDR_HEADER]: peer });
    if (xff !== null) h.set('x-forwarded-for', xff);
    return h;
  };

  it('ignores X-Forwarded-For while network.trustedProxy is off', async () => {
    expect(resolveClientIp(req('1.2.3.4'), { trustedProxy: false })).toBe('10.1.2.3');
    invalidateSettings();
    await getSettings(db); // clientIp reads the (cached) settings of this database
    expect(await clientIp(req('1.2.3.4'))).toBe('10.1.2.3');
  });

  it('uses the right-most hop (the one our proxy appended) when the setting is on', async () => {
    await setSetting('network.trustedProxy', true);
    await getSettings(db);
    expect(await clientIp(req('6.6.6.6, 1.2.3.4'))).toBe('1.2.3.4');
    expect(resolveClientIp(req('2001:db8::1'), { trustedProxy: true })).toBe('2001:db8::1');
    expect(resolveClientIp(req(' 1.2.3.4:5678 '), { trustedProxy: true })).toBe('1.2.3.4');
  });

  it('refuses garbage and overlong X-Forwarded-For (falls back to the socket address)', () => {
    const on = { trustedProxy: true };
    expect(resolveClientIp(req('<script>alert(1)</script>'), on)).toBe('10.1.2.3');
    expect(resolveClientIp(req('1.2.3.4, not-an-ip'), on)).toBe('10.1.2.3');
    expect(resolveClientIp(req('999.1.1.1'), on)).toBe('10.1.2.3');
    expect(resolveClientIp(req('1.2.3.4,'.repeat(100) + '5.6.7.8'), on)).toBe('10.1.2.3');
    expect(('1.2.3.4,'.repeat(100) + '5.6.7.8').length).toBeGreaterThan(MAX_FORWARDED_LENGTH);
    expect(resolveClientIp(req('x'.repeat(10_000)), on)).toBe('10.1.2.3');
    expect(resolveClientIp(new Headers({ 'x-forwarded-for': 'garbage' }), on)).toBeNull();
    expect(resolveClientIp(new Headers(), { trustedProxy: false })).toBeNull();
  });
});
