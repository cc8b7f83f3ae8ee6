// Issue #12 Found 4 — sessions: absolute 12 h and idle 30 min from settings (clock injected), sliding at most one
// UPDATE a minute, the page cache's probe under the same rules, and 我的登录设备 / the admin's view ending sessions.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serviceContext } from '@/lib/actions/define-action.server';
import type { SessionUser } from '@/lib/auth/guard.server';
import { createClient, type Db } from '@/lib/db/client';
import { probeVersionAndSession } from '@/lib/db/data-version';
import { enforceSessionLifetime, sessionLimitsReader, touchSession } from '@/lib/sessions/lifetime';
import { limitsOf, type SessionLimits } from '@/lib/sessions/rules';
import { adminEndSessions, endOtherSessions, endOwnSession, listSessions } from '@/lib/sessions/sessions.server';
import { invalidateSettings } from '@/lib/settings/settings.server';
import { type TestDatabase, createMigratedDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
const T0 = new Date('2026-06-01T01:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DEFAULTS: SessionLimits = limitsOf({ 'session.absoluteHours': 12, 'session.idleMinutes': 30 });
const CHROME_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function makeUser(role: string): Promise<SessionUser> {
  const id = randomUUID();
  const username = `u_${id.slice(0, 8)}`;
  await db.user.create({ data: { id, name: `用户${id.slice(0, 4)}`, email: `${username}@leitai.local`, username, role } });
  return { id, name: `用户${id.slice(0, 4)}`, username, title: null, role: role as SessionUser['role'], unitId: null, sessionId: '' };
}

/** A session as better-auth stores it; `expiresAt` defaults to the old 24 h so only our rules can end it sooner. */
async function makeSession(userId: string, opts: { createdAt?: Date; lastSeenAt?: Date | null; expiresAt?: Date; userAgent?: string } = {}) {
  const createdAt = opts.createdAt ?? T0;
  const row = await db.session.create({
    data: {
      id: randomUUID(),
      token: randomUUID().replaceAll('-', ''),
      createdAt,
      updatedAt: createdAt,
      expiresAt: opts.expiresAt ?? new Date(createdAt.getTime() + 24 * 3_600_000),
      lastSeenAt: opts.lastSeenAt === undefined ? createdAt : opts.lastSeenAt,
      ipAddress: '10.1.2.3',
      userAgent: opts.userAgent ?? CHROME_WIN,
      userId,
    },
  });
  return row;
}

const reload = (id: string) => db.session.findUnique({ where: { id } });
const enforceAt = async (id: string, now: Date, limits = DEFAULTS) => {
  const s = await reload(id);
  if (!s) return 'gone' as const;
  return enforceSessionLifetime(db, s, now, limits);
};

beforeAll(async () => {
  scratch = await createMigratedDatabase('sessions');
  db = await createClient(scratch.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});
beforeEach(async () => {
  await db.setting.deleteMany({});
  invalidateSettings();
});

describe('session lifetime (clock injected)', () => {
  it('ends a session 12 h after sign-in however active it was (better-auth alone kept it 24 h)', async () => {
    const u = await makeUser('unit_staff');
    const s = await makeSession(u.id);
    // active every 20 minutes for almost 12 hours
    for (let m = 20; m < 12 * 60; m += 20) expect(await enforceAt(s.id, at(m))).toBe('active');
    expect(await enforceAt(s.id, at(12 * 60 - 1))).toBe('active');
    expect(await enforceAt(s.id, at(12 * 60))).toBe('absolute');
    expect(await reload(s.id)).toBeNull();
  });

  it('ends a session idle for 30 minutes, and keeps one idle for 29', async () => {
    const u = await makeUser('unit_staff');
    const idle = await makeSession(u.id);
    expect(await enforceAt(idle.id, at(30))).toBe('idle');
    expect(await reload(idle.id)).toBeNull();
    const alive = await makeSession(u.id);
    expect(await enforceAt(alive.id, at(29))).toBe('active');
    expect(await reload(alive.id)).not.toBeNull();
  });

  it('slides on activity: activity at 29 min keeps it alive until 59, then it is idle', async () => {
    const u = await makeUser('unit_staff');
    const s = await makeSession(u.id);
    expect(await enforceAt(s.id, at(29))).toBe('active');
    expect((await reload(s.id))?.lastSeenAt?.getTime()).toBe(at(29).getTime());
    expect(await enforceAt(s.id, at(58))).toBe('active');
    expect(await enforceAt(s.id, at(58 + 30))).toBe('idle');
  });

  it('a session created before the column (lastSeenAt null) counts from sign-in', async () => {
    const u = await makeUser('unit_staff');
    const s = await makeSession(u.id, { lastSeenAt: null });
    expect(await enforceAt(s.id, at(31))).toBe('idle');
  });

  it('a changed setting takes effect at the next request', async () => {
    const u = await makeUser('unit_staff');
    const read = sessionLimitsReader(db, 0);
    const s = await makeSession(u.id);
    expect(await enforceAt(s.id, at(20), await read())).toBe('active');
    await db.setting.create({ data: { key: 'session.idleMinutes', value: 10 } });
    await db.setting.create({ data: { key: 'session.absoluteHours', value: 1 } });
    expect(await read()).toEqual({ idleMs: 10 * 60_000, absoluteMs: 3_600_000 });
    expect(await enforceAt(s.id, at(31), await read())).toBe('idle');
    const s2 = await makeSession(u.id);
    for (let m = 5; m < 60; m += 5) expect(await enforceAt(s2.id, at(m), await read())).toBe('active');
    expect(await enforceAt(s2.id, at(60), await read())).toBe('absolute');
    // a stored value the schema refuses falls back to the default
    await db.setting.update({ where: { key: 'session.idleMinutes' }, data: { value: 1 } });
    expect((await read()).idleMs).toBe(30 * 60_000);
  });

  it('records activity with at most one UPDATE a minute, even for 40 requests at once', async () => {
    const u = await makeUser('unit_staff');
    const s = await makeSession(u.id);
    const burst = await Promise.all(Array.from({ length: 40 }, () => touchSession(db, s.id, at(5))));
    expect(burst.filter(Boolean)).toHaveLength(1);
    // within the minute: no write, whatever the request count
    const within = await Promise.all([10, 20, 30, 59].map((sec) => touchSession(db, s.id, new Date(at(5).getTime() + sec * 1000))));
    expect(within.filter(Boolean)).toHaveLength(0);
    expect(await touchSession(db, s.id, at(6))).toBe(true);
    // and the guard's path does not even try inside the minute: lastSeenAt stays put
    expect(await enforceAt(s.id, new Date(at(6).getTime() + 30_000))).toBe('active');
    expect((await reload(s.id))?.lastSeenAt?.getTime()).toBe(at(6).getTime());
  });
});

describe('the page cache probe follows the same rules', () => {
  it('refuses an idle-expired session (the stored 24 h expiry alone would have allowed it)', async () => {
    const u = await makeUser('leader');
    const s = await makeSession(u.id);
    const before = await probeVersionAndSession(db, s.token);
    expect(before.sessionExpiresAt).toBe(s.expiresAt.getTime()); // the old answer: valid until 24 h
    const fresh = await probeVersionAndSession(db, s.token, DEFAULTS, at(10));
    expect(fresh.sessionExpiresAt).toBe(at(12 * 60).getTime());
    const idle = await probeVersionAndSession(db, s.token, DEFAULTS, at(31));
    expect(idle.sessionExpiresAt).toBeNull();
    const old = await probeVersionAndSession(db, s.token, DEFAULTS, at(12 * 60 + 1));
    expect(old.sessionExpiresAt).toBeNull();
    expect((await probeVersionAndSession(db, 'no-such-token', DEFAULTS, at(1))).sessionExpiresAt).toBeNull();
  });

  it('answers a stable expiry while the session slides (replays keep matching)', async () => {
    const u = await makeUser('leader');
    const s = await makeSession(u.id);
    const a = await probeVersionAndSession(db, s.token, DEFAULTS, at(1));
    await touchSession(db, s.id, at(20));
    const b = await probeVersionAndSession(db, s.token, DEFAULTS, at(40));
    expect(b.sessionExpiresAt).toBe(a.sessionExpiresAt);
    expect(b.session?.lastSeenAt?.getTime()).toBe(at(20).getTime());
  });
});

describe('我的登录设备 and the admin view', () => {
  it('lists a user’s live sessions with device, address and times, the current one marked first', async () => {
    const u = await makeUser('unit_head');
    const now = new Date();
    const pc = await makeSession(u.id, { createdAt: new Date(now.getTime() - 60 * 60_000), lastSeenAt: new Date(now.getTime() - 5 * 60_000) });
    const phone = await makeSession(u.id, { createdAt: new Date(now.getTime() - 10 * 60_000), userAgent: SAFARI_IPHONE });
    await makeSession(u.id, { createdAt: new Date(now.getTime() - 3 * 60 * 60_000), lastSeenAt: new Date(now.getTime() - 2 * 60 * 60_000) }); // idle-expired
    const other = await makeUser('unit_head');
    await makeSession(other.id, { createdAt: now });
    const rows = await listSessions(db, u.id, pc.id, now);
    expect(rows.map((r) => r.id)).toEqual([pc.id, phone.id]);
    expect(rows[0]).toMatchObject({ current: true, ipAddress: '10.1.2.3', device: { browser: 'Chrome', os: 'Windows', kind: 'desktop' } });
    expect(rows[1]).toMatchObject({ current: false, device: { browser: 'Safari', os: 'iOS', kind: 'mobile' } });
    expect(rows[0]?.endsAt.getTime()).toBe(now.getTime() - 5 * 60_000 + 30 * 60_000);
  });

  it('ends one own session and all others, audited; another user’s session looks missing and survives', async () => {
    const me = await makeUser('unit_staff');
    const mine = await makeSession(me.id, { createdAt: new Date() });
    const second = await makeSession(me.id, { createdAt: new Date() });
    const third = await makeSession(me.id, { createdAt: new Date() });
    const them = await makeUser('unit_staff');
    const theirs = await makeSession(them.id, { createdAt: new Date() });
    const ctx = serviceContext(db, { ...me, sessionId: mine.id }, new Date(), '127.0.0.1');

    await expect(endOwnSession(ctx, theirs.id)).rejects.toMatchObject({ code: 'notFound' });
    expect(await reload(theirs.id)).not.toBeNull();

    expect(await endOwnSession(ctx, second.id)).toEqual({ ended: 1 });
    expect(await reload(second.id)).toBeNull();
    expect(await endOtherSessions(ctx)).toEqual({ ended: 1 });
    expect(await reload(third.id)).toBeNull();
    expect(await reload(mine.id)).not.toBeNull();
    expect(await reload(theirs.id)).not.toBeNull();

    const audit = await db.auditLog.findMany({ where: { actorId: me.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['session.end', second.id],
      ['session.end_others', me.id],
    ]);
  });

  it('an admin ends one or all of a user’s sessions, audited; others may not', async () => {
    const admin = await makeUser('admin');
    const adminSession = await makeSession(admin.id, { createdAt: new Date() });
    const target = await makeUser('judge');
    const a = await makeSession(target.id, { createdAt: new Date() });
    const b = await makeSession(target.id, { createdAt: new Date() });
    const c = await makeSession(target.id, { createdAt: new Date() });
    const ctx = serviceContext(db, { ...admin, sessionId: adminSession.id }, new Date(), '127.0.0.1');

    const leader = await makeUser('leader');
    await expect(adminEndSessions(serviceContext(db, { ...leader, sessionId: 'x' }), { userId: target.id })).rejects.toMatchObject({ code: 'forbidden' });
    const auditor = await makeUser('auditor');
    await expect(adminEndSessions(serviceContext(db, { ...auditor, sessionId: 'x' }), { userId: target.id })).rejects.toMatchObject({ code: 'forbidden' });

    expect(await adminEndSessions(ctx, { userId: target.id, sessionId: a.id })).toEqual({ ended: 1 });
    await expect(adminEndSessions(ctx, { userId: target.id, sessionId: theirsOf(admin.id) })).rejects.toMatchObject({ code: 'notFound' });
    expect(await adminEndSessions(ctx, { userId: target.id })).toEqual({ ended: 2 });
    expect(await db.session.count({ where: { id: { in: [a.id, b.id, c.id] } } })).toBe(0);
    expect(await reload(adminSession.id)).not.toBeNull();

    const audit = await db.auditLog.findMany({ where: { actorId: admin.id, action: 'session.admin_end' }, orderBy: { at: 'asc' } });
    expect(audit).toHaveLength(2);
    expect(audit[1]?.entityId).toBe(target.id);
    expect(audit[1]?.after).toMatchObject({ sessionsEnded: 2, sessionId: null });
  });
});

/** Not a session of the target: an id the admin must not reach through another user's id. */
function theirsOf(userId: string): string {
  return `${userId}-not-a-session`;
}
