// In-app reminders on a real database (both engines): an event's notifications reach exactly its recipients, once a
// day; a rolled-back write notifies nobody; the scheduler is idempotent and reminds again the next day; only one's own
// notifications can be marked read; the page cache's probe follows one user's unread count and no one else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/actions/result';
import { createClient, type Db } from '@/lib/db/client';
import { probeVersionAndSession } from '@/lib/db/data-version';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notify/commands.server';
import { notify, notifyText } from '@/lib/notify/notify.server';
import { listNotifications, unreadCount } from '@/lib/notify/queries.server';
import { EVENT_RULES } from '@/lib/notify/rules';
import { runReminders } from '@/lib/notify/schedule';
import { shanghaiDay } from '@/lib/notify/types';
import { returnSubmission } from '@/lib/submissions/commands.server';
import { updateArena } from '@/lib/arena/commands.server';
import { ctxOf } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
let sub: { id: string; unitId: string; version: number; unit: { code: string; name: string }; period: { name: string } };
const DAY = 86_400_000;

beforeAll(async () => {
  scratch = await createSeededDatabase('notify');
  db = await createClient(scratch.url);
  sub = await db.submission.findFirstOrThrow({
    where: { state: 'submitted', period: { state: 'open' } },
    include: { unit: { select: { code: true, name: true } }, period: { select: { name: true } } },
    orderBy: { unit: { code: 'asc' } },
  });
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const idOf = async (username: string) => (await db.user.findUniqueOrThrow({ where: { username } })).id;

describe('the demo district', () => {
  it('a returned unit’s head has an unread 退回 notice; a supervised problem’s lead unit has 督办; judges know their arena', async () => {
    const returned = await db.submission.findFirstOrThrow({ where: { state: 'returned', period: { state: 'open' } }, include: { unit: true } });
    const head = await idOf(`${returned.unit.code}_head`);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: head, kind: 'submission.returned' } });
    expect(notice.readAt).toBeNull();
    expect(notice.body).toContain(returned.reviewComment!);
    const supervised = await db.enterpriseProblem.findFirstOrThrow({ where: { supervised: true } });
    const leadHead = await db.user.findFirstOrThrow({ where: { unitId: supervised.leadUnitId, role: 'unit_head' } });
    expect(await db.notification.count({ where: { userId: leadHead.id, kind: 'problem.supervised' } })).toBeGreaterThan(0);
    const judge = await db.arenaJudge.findFirstOrThrow({ where: { arena: { state: 'prep' } } });
    expect(await db.notification.count({ where: { userId: judge.userId, kind: 'arena.judge' } })).toBe(1);
  });
});

describe('an event reaches exactly its recipients, once a day', () => {
  it('returning a submission tells the head and staff of that unit, one notification each, nobody else', async () => {
    const ctx = await ctxOf(db, 'admin');
    await returnSubmission(ctx, { submissionId: sub.id, version: sub.version, comment: '第2项指标缺少佐证材料，请补充后重新提交。' });
    const rows = await db.notification.findMany({ where: { kind: 'submission.returned', dedupeKey: `submission.returned:${sub.id}:${shanghaiDay(ctx.now)}` } });
    expect(rows.map((r) => r.userId).sort()).toEqual([await idOf(`${sub.unit.code}_head`), await idOf(`${sub.unit.code}_staff`)].sort());
    expect(rows[0]!.body).toContain('第2项指标缺少佐证材料');
    expect(rows[0]!.href).toBe(`/units/${sub.unitId}`);
  });

  it('the same event twice the same day → still one each', async () => {
    const now = new Date();
    const notices = EVENT_RULES.submissionReturned({ submission: sub, period: sub.period, unit: sub.unit, comment: '再次退回' }, now, notifyText);
    const again = await db.$transaction((tx) => notify(tx, notices, now));
    expect(again.created).toBe(0);
    expect(await db.notification.count({ where: { dedupeKey: `submission.returned:${sub.id}:${shanghaiDay(now)}` } })).toBe(2);
  });

  it('the new notifications go on to the outbox in the same transaction (a district robot); a repeat queues nothing', async () => {
    const channel = await db.notifyChannel.create({ data: { type: 'wecom', unitId: null, name: '考核办企业微信群', config: {} } });
    const now = new Date();
    const notices = EVENT_RULES.submissionApproved({ submission: sub, period: sub.period, unit: sub.unit }, now, notifyText);
    const first = await db.$transaction((tx) => notify(tx, notices, now));
    expect(first).toMatchObject({ created: 2 });
    expect(first.queued).toBeGreaterThan(0);
    expect(await db.outboxMessage.count({ where: { channelId: channel.id, kind: 'submission.approved' } })).toBe(first.queued);
    expect(await db.$transaction((tx) => notify(tx, notices, now))).toEqual({ created: 0, queued: 0 });
    await db.notifyChannel.delete({ where: { id: channel.id } });
    await db.notification.deleteMany({ where: { kind: 'submission.approved' } });
  });

  it('a write that rolls back notifies nobody', async () => {
    const now = new Date();
    const notices = EVENT_RULES.submissionApproved({ submission: sub, period: sub.period, unit: sub.unit }, now, notifyText);
    await expect(
      db.$transaction(async (tx) => {
        const res = await notify(tx, notices, now);
        expect(res.created).toBe(2); // written inside the transaction …
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    expect(await db.notification.count({ where: { kind: 'submission.approved', dedupeKey: { startsWith: `submission.approved:${sub.id}:` } } })).toBe(0);
  });

  it('a 督办 reaches the lead and assisting units; a disabled user gets nothing', async () => {
    const p = await db.enterpriseProblem.findFirstOrThrow({ where: { status: 'in_progress', assists: { some: {} } }, include: { assists: true } });
    const unitIds = [p.leadUnitId, ...p.assists.map((a) => a.unitId)];
    const someone = await db.user.findFirstOrThrow({ where: { unitId: p.leadUnitId, role: 'unit_staff' } });
    await db.user.update({ where: { id: someone.id }, data: { disabled: true } });
    const now = new Date();
    const notices = EVENT_RULES.problemSupervised(
      { problem: { ...p, assistUnitIds: p.assists.map((a) => a.unitId) }, note: '请三日内答复企业' },
      now,
      notifyText,
    );
    await db.$transaction((tx) => notify(tx, notices, now));
    const rows = await db.notification.findMany({ where: { dedupeKey: `problem.supervised:${p.id}:${shanghaiDay(now)}` }, include: { user: true } });
    const expected = await db.user.findMany({ where: { unitId: { in: unitIds }, role: { in: ['unit_head', 'unit_staff'] }, disabled: false } });
    expect(rows.map((r) => r.userId).sort()).toEqual(expected.map((u) => u.id).sort());
    expect(rows.some((r) => r.userId === someone.id)).toBe(false);
    await db.user.update({ where: { id: someone.id }, data: { disabled: false } });
  });
});

describe('the scheduler', () => {
  // the seed's open period closed yesterday evening: drafts and missing submissions are overdue
  const at = new Date(Date.now() + 3_600_000);

  it('runs twice → no duplicates; the next day → a new overdue reminder', async () => {
    const first = await runReminders(db, at);
    expect(first.notices).toBeGreaterThan(0);
    const overdueToday = await db.notification.count({ where: { kind: 'submission.overdue', dedupeKey: { endsWith: `:${shanghaiDay(at)}` } } });
    expect(overdueToday).toBeGreaterThan(0);
    const second = await runReminders(db, new Date(at.getTime() + 5 * 60_000));
    expect(second.created).toBe(0);
    expect(await db.notification.count({ where: { kind: 'submission.overdue', dedupeKey: { endsWith: `:${shanghaiDay(at)}` } } })).toBe(overdueToday);

    const tomorrow = new Date(at.getTime() + DAY);
    const next = await runReminders(db, tomorrow);
    expect(next.created).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { kind: 'submission.overdue', dedupeKey: { endsWith: `:${shanghaiDay(tomorrow)}` } } })).toBe(overdueToday);
  });

  it('an overdue unit head is reminded, a unit that handed in is not', async () => {
    const draft = await db.submission.findFirstOrThrow({ where: { state: 'draft', period: { state: 'open' } }, include: { unit: true } });
    const head = await idOf(`${draft.unit.code}_head`);
    expect(await db.notification.count({ where: { userId: head, kind: 'submission.overdue' } })).toBeGreaterThan(0);
    const approved = await db.submission.findFirstOrThrow({ where: { state: 'approved', period: { state: 'open' } }, include: { unit: true } });
    expect(
      await db.notification.count({ where: { userId: await idOf(`${approved.unit.code}_head`), kind: { in: ['submission.overdue', 'submission.due_soon'] } } }),
    ).toBe(0);
  });
});

describe('the arena’s planned start', () => {
  it('set by the host (China time, audited); its judges are reminded once within the 30 minutes before', async () => {
    const arena = await db.arena.findFirstOrThrow({ where: { state: 'prep' }, include: { judges: true } });
    const admin = await ctxOf(db, 'admin');
    await updateArena(admin, { arenaId: arena.id, name: arena.name, minutesPerSpeaker: arena.minutesPerSpeaker, scheduledAt: '2027-01-15T09:00' });
    const start = new Date('2027-01-15T09:00:00+08:00');
    expect((await db.arena.findUniqueOrThrow({ where: { id: arena.id } })).scheduledAt?.getTime()).toBe(start.getTime());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'arena.update', entityId: arena.id }, orderBy: { at: 'desc' } });
    expect(JSON.stringify(audit.after)).toContain('scheduledAt');

    await runReminders(db, new Date(start.getTime() - 31 * 60_000));
    expect(await db.notification.count({ where: { kind: 'arena.starting', dedupeKey: { startsWith: `arena.starting:${arena.id}:` } } })).toBe(0);
    await runReminders(db, new Date(start.getTime() - 25 * 60_000));
    await runReminders(db, new Date(start.getTime() - 20 * 60_000));
    const rows = await db.notification.findMany({ where: { kind: 'arena.starting', dedupeKey: { startsWith: `arena.starting:${arena.id}:` } } });
    expect(rows.map((r) => r.userId).sort()).toEqual(arena.judges.map((j) => j.userId).sort());
    expect(rows[0]!.body).toContain('09:00');
  });
});

describe('reading and marking read', () => {
  it('lists the user’s own, filters unread and by kind; marks one and all read; another user’s id is refused', async () => {
    const head = `${sub.unit.code}_head`;
    const ctx = await ctxOf(db, head);
    const mine = await listNotifications(db, ctx.user.id, { show: 'unread', kind: 'submission.returned', page: 1 });
    expect(mine.items.length).toBeGreaterThan(0);
    const target = mine.items[0]!;

    const stranger = await ctxOf(db, 'sjj_staff');
    const refused = await markNotificationRead(stranger, { id: target.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('notFound');
    expect((await db.notification.findUniqueOrThrow({ where: { id: target.id } })).readAt).toBeNull();

    const before = await unreadCount(db, ctx.user.id);
    expect(await markNotificationRead(ctx, { id: target.id })).toEqual({ read: true });
    expect(await unreadCount(db, ctx.user.id)).toBe(before - 1);
    expect(await db.auditLog.count({ where: { action: 'notification.read', entityId: target.id } })).toBe(1);

    const strangerUnread = await unreadCount(db, stranger.user.id);
    const all = await markAllNotificationsRead(ctx);
    expect(all.count).toBe(before - 1);
    expect(await unreadCount(db, ctx.user.id)).toBe(0);
    expect(await unreadCount(db, stranger.user.id)).toBe(strangerUnread);
  });

  it('the page cache probe follows the session user’s unread count, not another user’s', async () => {
    const [a, b] = [await idOf(`${sub.unit.code}_staff`), await idOf('admin')];
    const expiresAt = new Date(Date.now() + DAY);
    for (const [id, userId] of [
      ['sess-a', a],
      ['sess-b', b],
    ] as const) {
      await db.session.create({ data: { id, token: `tok-${id}`, userId, expiresAt, updatedAt: new Date() } });
    }
    const [pa, pb] = [await probeVersionAndSession(db, 'tok-sess-a'), await probeVersionAndSession(db, 'tok-sess-b')];
    const now = new Date(Date.now() + 2 * DAY);
    await db.$transaction((tx) => notify(tx, EVENT_RULES.judgeAssigned({ arena: { id: 'arena-x', name: '测试擂台' }, userIds: [a] }, now, notifyText), now));
    expect((await probeVersionAndSession(db, 'tok-sess-a')).version).not.toBe(pa.version);
    expect((await probeVersionAndSession(db, 'tok-sess-b')).version).toBe(pb.version);
  });
});
