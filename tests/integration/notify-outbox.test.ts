// The reminders' outbox (issue #14 part C): written in the event's transaction, exactly once per (rule, target,
// recipient, day, channel), retried with backoff then given up, claimed safely by two senders (PostgreSQL: two
// processes), digests folded at the digest time — delivered to local 钉钉 / 企业微信 / SMTP receivers.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { bulkInsert } from '@/lib/db/bulk-insert';
import { appProvider } from '@/lib/db/url';
import { enqueueOutbox, type AddressedNotice } from '@/lib/notify/outbox.server';
import { BACKOFF_BASE_MS, OUTBOX_COLUMNS, nextDigestAt } from '@/lib/notify/outbox-rules';
import { assembleDigests, runSender, startSenderLoop, type SendFn } from '@/lib/notify/sender.server';
import type { Notice } from '@/lib/notify/types';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { receiverConfigs, startReceivers, testTransport, type Receivers } from '../support/notify-receivers';

const ROOT = path.resolve(import.meta.dirname, '../..');
let scratch: TestDatabase;
let db: Db;
let rx: Receivers;
let head: { id: string; unitId: string; email: string };
let staff: { id: string; unitId: string; email: string };
let channels: { dingtalk: string; wecom: string; email: string };

const notice = (over: Partial<Notice> = {}): Notice => ({
  kind: 'submission.returned',
  targetId: 'sub-1',
  day: '2026-12-04',
  unitIds: [head.unitId],
  title: '您单位的报送被退回',
  body: '请按审核意见修改后重新报送',
  href: '/submissions/sub-1',
  ...over,
});
const addressed = (n: Notice = notice()): AddressedNotice[] => [
  {
    notice: n,
    recipients: [
      { id: head.id, unitId: head.unitId, role: 'unit_head', email: head.email },
      { id: staff.id, unitId: staff.unitId, role: 'unit_staff', email: staff.email },
    ],
  },
];

beforeAll(async () => {
  scratch = await createSeededDatabase('notify_outbox');
  db = await createClient(scratch.url);
  rx = await startReceivers();
  const h = await db.user.findFirstOrThrow({ where: { role: 'unit_head', unitId: { not: null } }, orderBy: { username: 'asc' } });
  const s = await db.user.findFirstOrThrow({ where: { role: 'unit_staff', unitId: h.unitId } });
  head = { id: h.id, unitId: h.unitId!, email: 'zhang.wei@jsj.example.gov.cn' };
  staff = { id: s.id, unitId: s.unitId!, email: `${s.username}@users.leitai.local` }; // a placeholder: no email
  await db.user.update({ where: { id: h.id }, data: { email: head.email } });
  await db.user.update({ where: { id: s.id }, data: { email: staff.email } });
  const cfg = receiverConfigs(rx);
  const mk = async (type: 'dingtalk' | 'wecom' | 'email', unitId: string | null, name: string) =>
    (await db.notifyChannel.create({ data: { type, unitId, name, config: cfg[type] } })).id;
  channels = {
    dingtalk: await mk('dingtalk', null, '区考核办钉钉群'),
    wecom: await mk('wecom', head.unitId, '本单位企业微信群'),
    email: await mk('email', null, '区考核办邮箱'),
  };
});
afterAll(async () => {
  await rx?.close();
  await db?.$disconnect();
  await scratch?.drop();
});
beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await db.notifyPreference.deleteMany();
  rx.received.length = 0;
});

describe('outbox writer', () => {
  it('writes nothing when the event’s transaction rolls back', async () => {
    await expect(
      db.$transaction(async (tx) => {
        expect(await enqueueOutbox(tx, addressed())).toBe(2);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it('addresses the unit’s robot and the real emails, once per channel and recipient however often it is queued', async () => {
    expect(await db.$transaction((tx) => enqueueOutbox(tx, addressed()))).toBe(2);
    expect(await db.$transaction((tx) => enqueueOutbox(tx, addressed()))).toBe(0);
    const rows = await db.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(rows.map((r) => [r.dedupeKey, r.status])).toEqual(
      [
        [`submission.returned:sub-1:${head.id}:2026-12-04:${channels.email}`, 'pending'],
        [`submission.returned:sub-1:${head.unitId}:2026-12-04:${channels.wecom}`, 'pending'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    // the next day is another reminder
    expect(await db.$transaction((tx) => enqueueOutbox(tx, addressed(notice({ day: '2026-12-05' }))))).toBe(2);
  });

  it('sends a notice for 考核办 / everyone to the district’s robot once; a unit without a robot falls back to it', async () => {
    const other = await db.unit.findFirstOrThrow({ where: { id: { not: head.unitId } } });
    const n = notice({ kind: 'results.published', targetId: 'period-1', unitIds: undefined, allOfRoles: ['admin', 'unit_head'] });
    await db.$transaction((tx) => enqueueOutbox(tx, addressed(n)));
    expect((await db.outboxMessage.findMany({ where: { channelId: channels.dingtalk } })).map((r) => r.dedupeKey)).toEqual([
      `results.published:period-1:district:2026-12-04:${channels.dingtalk}`,
    ]);
    await db.outboxMessage.deleteMany();
    await db.$transaction((tx) => enqueueOutbox(tx, addressed(notice({ channelUnitIds: [head.unitId, other.id] }))));
    const hooks = await db.outboxMessage.findMany({ where: { channelId: { not: channels.email } }, select: { channelId: true, recipientUnitId: true } });
    expect(hooks).toEqual(
      expect.arrayContaining([
        { channelId: channels.wecom, recipientUnitId: head.unitId },
        { channelId: channels.dingtalk, recipientUnitId: null },
      ]),
    );
    expect(hooks).toHaveLength(2);
  });
});

describe('sender', () => {
  it('delivers to the 钉钉 / 企业微信 / SMTP receivers and marks the rows sent', async () => {
    await db.$transaction((tx) => enqueueOutbox(tx, addressed(notice({ allOfRoles: ['admin'] }))));
    const pass = await runSender({ db, send: testTransport(), workerId: 'w1' });
    expect(pass).toMatchObject({ claimed: 3, sent: 3, failed: 0 });
    expect(rx.received.map((r) => r.channel).sort()).toEqual(['dingtalk', 'email', 'wecom']);
    const rows = await db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === 'sent' && r.sentAt && r.claimedBy === null && r.attempts === 1)).toBe(true);
    expect((await runSender({ db, send: testTransport(), workerId: 'w1' })).claimed).toBe(0);
  });

  it('retries a failing transport with growing waits, then gives up with the last error', async () => {
    let clock = new Date();
    await db.$transaction((tx) => enqueueOutbox(tx, addressed(), clock));
    let calls = 0;
    const failing: SendFn = async () => {
      calls++;
      throw new Error(`connect ECONNREFUSED (try ${calls})`);
    };
    const deps = { db, send: failing, workerId: 'w1', now: () => clock, maxAttempts: 4, random: () => 0.5 };
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const pass = await runSender(deps);
      expect(pass.claimed).toBe(2);
      if (attempt < 4) {
        expect(pass.retried).toBe(2);
        const row = await db.outboxMessage.findFirstOrThrow({ where: { channelId: channels.email } });
        expect(row).toMatchObject({ status: 'pending', attempts: attempt, claimedBy: null });
        waits.push(row.nextAttemptAt.getTime() - clock.getTime());
        // not due before its wait is over
        clock = new Date(row.nextAttemptAt.getTime() - 1000);
        expect((await runSender(deps)).claimed).toBe(0);
        clock = row.nextAttemptAt;
      } else expect(pass.failed).toBe(2);
    }
    expect(waits).toEqual([BACKOFF_BASE_MS, 2 * BACKOFF_BASE_MS, 4 * BACKOFF_BASE_MS]);
    const rows = await db.outboxMessage.findMany();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['failed', 4],
      ['failed', 4],
    ]);
    expect(rows.map((r) => r.lastError).sort()).toEqual(['connect ECONNREFUSED (try 7)', 'connect ECONNREFUSED (try 8)']);
    expect(calls).toBe(8);
  });

  it('lets a crashed sender’s claim run out, then another sender takes the row over', async () => {
    await db.$transaction((tx) => enqueueOutbox(tx, addressed()));
    const t0 = new Date();
    await db.outboxMessage.updateMany({ data: { claimedBy: 'crashed', claimedUntil: new Date(t0.getTime() + 60_000) } });
    expect((await runSender({ db, send: testTransport(), workerId: 'w2', now: () => t0 })).claimed).toBe(0);
    const later = new Date(t0.getTime() + 61_000);
    expect((await runSender({ db, send: testTransport(), workerId: 'w2', now: () => later })).sent).toBe(2);
  });

  it('the loop wakes when rows are queued in this process, not only at its poll', async () => {
    const loop = startSenderLoop({ db, send: testTransport(), workerId: 'loop', pollMs: 600_000 });
    try {
      await new Promise((r) => setTimeout(r, 300)); // its first pass found nothing
      await db.$transaction((tx) => enqueueOutbox(tx, addressed()));
      for (let i = 0; i < 100 && rx.received.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      expect(rx.received.map((r) => r.channel).sort()).toEqual(['email', 'wecom']);
    } finally {
      await loop.stop();
    }
  });

  it('two senders racing over 500 rows send each exactly once', async () => {
    const now = new Date();
    const ids = [channels.dingtalk, channels.wecom, channels.email];
    const rows = Array.from({ length: 500 }, (_, i) => {
      const channelId = ids[i % 3]!;
      return [
        `race-${i}`,
        `race:${i}:${channelId}`,
        'submission.overdue',
        channelId,
        channelId === channels.email ? head.id : null,
        head.unitId,
        `逾期提醒 ${i}`,
        '请尽快报送',
        '/submissions',
        'pending',
        0,
        now,
        now,
        now,
      ];
    });
    await db.$transaction((tx) => bulkInsert(tx, appProvider(), 'OutboxMessage', OUTBOX_COLUMNS, rows));
    if (scratch.provider === 'postgresql') {
      const child = (worker: string) =>
        new Promise<string>((resolve, reject) => {
          const p = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['tests/support/notify-sender-process.ts'], {
            cwd: ROOT,
            env: { ...process.env, DATABASE_URL: scratch.url, NOTIFY_WORKER: worker, NOTIFY_BATCH: '20' },
          });
          let out = '';
          let err = '';
          p.stdout.on('data', (c: Buffer) => (out += c));
          p.stderr.on('data', (c: Buffer) => (err += c));
          p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${worker} exited ${code}: ${err}`))));
        });
      const tallies = (await Promise.all([child('proc-a'), child('proc-b')])).map((o) => JSON.parse(o.trim().split('\n').pop()!) as { sent: number });
      expect(tallies[0]!.sent + tallies[1]!.sent).toBe(500);
      expect(Math.min(tallies[0]!.sent, tallies[1]!.sent)).toBeGreaterThan(0);
    } else {
      // SQLite: one database file, two senders in this process on their own connections
      const other = await createClient(scratch.url);
      const drain = async (d: Db, workerId: string) => {
        let sent = 0;
        for (;;) {
          const r = await runSender({ db: d, send: testTransport(), workerId, batch: 20 });
          sent += r.sent;
          if (r.claimed === 0) return sent;
        }
      };
      const [a, b] = await Promise.all([drain(db, 'a'), drain(other, 'b')]);
      await other.$disconnect();
      expect(a + b).toBe(500);
    }
    const counts = rx.counts();
    expect(counts.size).toBe(500);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(500);
    expect(new Set((await db.outboxMessage.findMany({ select: { claimedBy: true } })).map((r) => r.claimedBy))).toEqual(new Set([null]));
  });
});

describe('digest', () => {
  it('holds a digest recipient’s rows until the digest time, then sends them folded into one message, once', async () => {
    const at = new Date('2026-12-04T02:00:00Z'); // 10:00 in Shanghai
    await db.notifyPreference.createMany({
      data: [
        { userId: head.id, channel: 'email', mode: 'digest', digestAt: '17:30' },
        { userId: head.id, channel: 'webhook', mode: 'digest', digestAt: '17:30' },
      ],
    });
    await db.$transaction((tx) => enqueueOutbox(tx, addressed(), at));
    await db.$transaction((tx) => enqueueOutbox(tx, addressed(notice({ kind: 'measure.overdue', targetId: 'm-9', title: '整改措施已逾期' })), at));
    const due = nextDigestAt('17:30', at);
    expect(due.toISOString()).toBe('2026-12-04T09:30:00.000Z');
    const held = await db.outboxMessage.findMany();
    expect(held.map((r) => [r.status, r.dueAt.toISOString()])).toEqual(Array(4).fill(['held', due.toISOString()]));

    // before the digest time nothing goes out
    expect(await assembleDigests({ db, now: new Date(due.getTime() - 1000) })).toBe(0);
    expect((await runSender({ db, send: testTransport(), workerId: 'w', now: () => new Date(due.getTime() - 1000) })).claimed).toBe(0);

    const after = new Date(due.getTime() + 5000);
    expect(await assembleDigests({ db, now: after })).toBe(2); // one per channel: the unit's robot, the head's email
    expect(await assembleDigests({ db, now: after })).toBe(0);
    const digests = await db.outboxMessage.findMany({ where: { kind: 'digest' }, orderBy: { channelId: 'asc' } });
    expect(digests.map((d) => d.title)).toEqual(['今日提醒汇总（2条）', '今日提醒汇总（2条）']);
    expect(digests[0]!.body).toContain('整改措施已逾期');
    expect(digests[0]!.body).toContain('您单位的报送被退回');
    expect(await db.outboxMessage.count({ where: { status: 'digested' } })).toBe(4);
    const pass = await runSender({ db, send: testTransport(), workerId: 'w', now: () => after });
    expect(pass.sent).toBe(2);
    expect(rx.received.map((r) => r.channel).sort()).toEqual(['email', 'wecom']);

    // a held row that commits after today's digest was made waits for tomorrow's
    await db.outboxMessage.create({
      data: {
        dedupeKey: 'late',
        kind: 'measure.overdue',
        channelId: channels.email,
        recipientUserId: head.id,
        recipientUnitId: head.unitId,
        title: '迟到的提醒',
        body: '',
        href: '/measures',
        status: 'held',
        dueAt: due,
        nextAttemptAt: due,
      },
    });
    expect(await assembleDigests({ db, now: after })).toBe(0);
    const late = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'late' } });
    expect(late).toMatchObject({ status: 'held', dueAt: new Date(due.getTime() + 24 * 3600_000) });
  });
});
