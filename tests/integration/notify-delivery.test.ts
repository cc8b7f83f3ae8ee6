// Issue #14's "done when": every kind of reminder reaches its recipients in the app, through a 钉钉 robot and by
// email — through the real path: the rules table (event rules, and the time rules over a world at an injected clock),
// notify() in a transaction (in-app rows + outbox rows), the sender with the real transport (sendThrough: signed
// robot POST, SMTP) to local receivers started here. Exactly once: a second pass of the same notices the same day
// adds nothing anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { notify, notifyText } from '@/lib/notify/notify.server';
import { EVENT_RULES, timeNotices, type World } from '@/lib/notify/rules';
import { encryptSecrets } from '@/lib/notify/secrets.server';
import { runSender } from '@/lib/notify/sender.server';
import { channelTransport } from '@/lib/notify/start-sender';
import { NOTIFY_KINDS, type Notice } from '@/lib/notify/types';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { DINGTALK_SECRET, startReceivers, type Receivers } from '../support/notify-receivers';

let scratch: TestDatabase;
let db: Db;
let rx: Receivers;
const now = new Date('2026-12-04T02:00:00Z'); // 10:00 in Shanghai
const day = (d: number) => new Date(now.getTime() + d * 86_400_000);

/** One notice of every kind, from the rules, about real records of the seeded district. */
async function everyKind(): Promise<Notice[]> {
  const unit = await db.unit.findUniqueOrThrow({ where: { code: 'sjj' } });
  const sub = await db.submission.findFirstOrThrow({ where: { unitId: unit.id }, include: { period: true } });
  const problem = await db.enterpriseProblem.findFirstOrThrow({ where: { assists: { some: {} } }, include: { assists: true } });
  const arena = await db.arena.findFirstOrThrow({ include: { judges: true } });
  const judgeIds = arena.judges.map((j) => j.userId);
  const facts = { problem: { ...problem, assistUnitIds: problem.assists.map((a) => a.unitId) } };
  const event = { submission: sub, period: sub.period, unit };
  const events = [
    ...EVENT_RULES.submissionReturned({ ...event, comment: '请补充数据来源。' }, now, notifyText),
    ...EVENT_RULES.submissionApproved(event, now, notifyText),
    ...EVENT_RULES.problemAssigned(facts, now, notifyText),
    ...EVENT_RULES.problemSupervised({ ...facts, note: '请于本周内办结。' }, now, notifyText),
    ...EVENT_RULES.problemUnsatisfied(facts, now, notifyText),
    ...EVENT_RULES.judgeAssigned({ arena, userIds: judgeIds }, now, notifyText),
    ...EVENT_RULES.resultsPublished({ period: sub.period }, now, notifyText),
  ];
  const period = (id: string, deadline: Date) => ({ id, name: sub.period.name, state: 'open', deadline });
  // the time rules over a world the clock finds due: one item for each of them
  const other = await db.unit.findFirstOrThrow({ where: { code: { not: 'sjj' }, active: true } });
  const world: World = {
    periods: [period('p-soon', day(2)), period('p-late', day(-1))],
    units: [unit, other],
    submissions: [
      { id: 's1', periodId: 'p-soon', unitId: unit.id, state: 'draft' },
      { id: 's2', periodId: 'p-late', unitId: other.id, state: 'draft' },
      { id: 's3', periodId: 'p-soon', unitId: other.id, state: 'submitted' },
      { id: 's4', periodId: 'p-late', unitId: unit.id, state: 'submitted' },
    ],
    measures: [
      { id: 'm-soon', content: '建立月通报制度。', deadline: day(5), status: 'in_progress', responsibleUnitId: unit.id },
      { id: 'm-late', content: '完成数据归集。', deadline: day(-2), status: 'not_started', responsibleUnitId: unit.id },
    ],
    problems: [
      { ...facts.problem, id: 'pr-soon', dueAt: day(2), status: 'in_progress' },
      { ...facts.problem, id: 'pr-late', dueAt: day(-3), status: 'in_progress' },
    ],
    arenas: [{ id: arena.id, name: arena.name, state: 'prep', scheduledAt: new Date(now.getTime() + 20 * 60_000), judgeUserIds: judgeIds }],
  };
  return [...events, ...timeNotices(world, now, notifyText)];
}

beforeAll(async () => {
  scratch = await createSeededDatabase('notify_delivery');
  db = await createClient(scratch.url);
  rx = await startReceivers();
  await db.notifyChannel.deleteMany(); // the demo's disabled robots
  await db.notification.deleteMany(); // the demo's notices
  await db.notifyPreference.deleteMany(); // everyone immediate (the daily digest: notify-outbox.test.ts)
  await db.notifyChannel.create({
    data: {
      type: 'dingtalk',
      unitId: null,
      name: '区考核办钉钉群',
      config: {},
      secret: encryptSecrets({ webhookUrl: rx.dingtalkUrl, signSecret: DINGTALK_SECRET }),
    },
  });
  await db.notifyChannel.create({
    data: {
      type: 'email',
      unitId: null,
      name: '区考核办邮箱',
      config: { host: '127.0.0.1', port: rx.smtpPort, security: 'none', from: '擂台考核办 <kaoheban@leitai.example.cn>' },
    },
  });
  // every user has a real address (the seed's are placeholders: no email)
  for (const u of await db.user.findMany({ select: { id: true, username: true } }))
    await db.user.update({ where: { id: u.id }, data: { email: `${u.username}@qu.example.gov.cn` } });
}, 300_000);
afterAll(async () => {
  await rx?.close();
  await db?.$disconnect();
  await scratch?.drop();
});

describe('every kind of reminder', () => {
  it('reaches its recipients in the app, through the 钉钉 robot and by email — once', async () => {
    const notices = await everyKind();
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(NOTIFY_KINDS));
    await db.$transaction((tx) => notify(tx, notices, now));
    const send = await channelTransport(db);
    for (let pass = 0; pass < 40; pass++) {
      const r = await runSender({ db, send, workerId: 'test', now: () => new Date(), batch: 200, concurrency: 8 });
      if (r.claimed === 0) break;
    }
    const rows = await db.outboxMessage.findMany({ select: { kind: true, status: true, lastError: true, recipientUserId: true, dedupeKey: true } });
    expect(rows.filter((r) => r.status !== 'sent').map((r) => `${r.kind}: ${r.status} ${r.lastError}`)).toEqual([]);

    const arrived = new Map<string, number>();
    for (const r of rx.received) arrived.set(r.key, (arrived.get(r.key) ?? 0) + 1);
    expect([...arrived.values()].every((n) => n === 1)).toBe(true); // no message twice
    for (const kind of NOTIFY_KINDS) {
      const inApp = await db.notification.findMany({ where: { kind }, select: { userId: true } });
      expect(inApp.length, `${kind} in the app`).toBeGreaterThan(0);
      const ofKind = rows.filter((r) => r.kind === kind);
      const robot = rx.received.filter((r) => r.channel === 'dingtalk' && r.key.startsWith(`${kind}:`));
      const mails = rx.received.filter((r) => r.channel === 'email' && r.key.startsWith(`${kind}:`));
      expect(robot.length, `${kind} through the robot`).toBeGreaterThan(0);
      // an email to every in-app recipient (each has an address here), and to no one else
      expect(new Set(ofKind.filter((r) => r.recipientUserId).map((r) => r.recipientUserId)), `${kind} by email`).toEqual(new Set(inApp.map((n) => n.userId)));
      expect(mails.length, `${kind} mails arrived`).toBe(inApp.length);
    }

    // the same notices again the same day: nothing new in the app, the outbox or at the receivers
    const before = { app: await db.notification.count(), outbox: await db.outboxMessage.count(), received: rx.received.length };
    await db.$transaction((tx) => notify(tx, notices, now));
    await runSender({ db, send, workerId: 'test', now: () => new Date(), batch: 200 });
    expect({ app: await db.notification.count(), outbox: await db.outboxMessage.count(), received: rx.received.length }).toEqual(before);
  }, 180_000);
});
