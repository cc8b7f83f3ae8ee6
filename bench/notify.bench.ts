// Outbox sender figures (issue #14 part C, docs/decisions/026-notify-outbox.md): 10,000 pending messages over three
// channels — a local 钉钉-style robot, a local 企业微信-style robot, a local SMTP server (smtp-server) — delivered by a
// sender PROCESS (tests/support/notify-sender-process.ts, the test transport) that is killed with SIGKILL in the middle
// and started again. Figures: throughput, delay from due time to arrival (p50 / p99), and at the receivers: duplicates
// (a dedupeKey seen twice: the at-least-once edge, a message sent but not yet marked when the process died) and lost
// (a key never seen).
//
// Usage (a scratch database is created, migrated, filled and dropped):
//   npx tsx bench/notify.bench.ts                                                          # SQLite
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/postgres npx tsx bench/notify.bench.ts
// Settings: NOTIFY_BENCH_ROWS=10000 NOTIFY_BENCH_KILL_AT=0.4 (fraction delivered when the sender is killed)
//           NOTIFY_BENCH_LEASE_MS=5000 (the killed sender's claims are free again after this)
import './server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const { createClient } = await import('../lib/db/client');
const { bulkInsert } = await import('../lib/db/bulk-insert');
const { OUTBOX_COLUMNS } = await import('../lib/notify/outbox-rules');
const { createTestDatabase, migrate } = await import('../tests/support/scratch-db');
const { receiverConfigs, startReceivers } = await import('../tests/support/notify-receivers');

const ROOT = path.resolve(import.meta.dirname, '..');
const ROWS = Number(process.env.NOTIFY_BENCH_ROWS ?? 10_000);
const KILL_AT = Number(process.env.NOTIFY_BENCH_KILL_AT ?? 0.4);
const LEASE_MS = Number(process.env.NOTIFY_BENCH_LEASE_MS ?? 5_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startSender(url: string, worker: string): ChildProcess {
  // node itself with tsx's loader (not the tsx CLI, which runs the script in a child): SIGKILL hits the sender
  return spawn(process.execPath, ['--import', 'tsx', 'tests/support/notify-sender-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NOTIFY_WORKER: worker, NOTIFY_FOREVER: '1', NOTIFY_LEASE_MS: String(LEASE_MS), NOTIFY_CONCURRENCY: '8' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: false,
  });
}

const killHard = (p: ChildProcess) => p.kill('SIGKILL');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const scratch = await createTestDatabase('bench_notify');
const rx = await startReceivers();
let sender: ChildProcess | null = null;
try {
  migrate(scratch.url);
  const db = await createClient(scratch.url);
  const cfg = receiverConfigs(rx);
  const users = Array.from({ length: 200 }, (_, i) => ({ id: `bench-u${i}`, name: `用户${i}`, email: `user${i}@bench.example.gov.cn` }));
  await db.user.createMany({ data: users });
  const channels = [
    (await db.notifyChannel.create({ data: { type: 'dingtalk', name: '区考核办钉钉群', config: cfg.dingtalk } })).id,
    (await db.notifyChannel.create({ data: { type: 'wecom', name: '区考核办企业微信群', config: cfg.wecom } })).id,
    (await db.notifyChannel.create({ data: { type: 'email', name: '区考核办邮箱', config: cfg.email } })).id,
  ];
  const due = new Date();
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const c = i % 3;
    return [
      `bench-${i}`,
      `submission.overdue:sub-${i}:${c === 2 ? users[i % users.length]!.id : 'district'}:2026-12-04:${channels[c]}`,
      'submission.overdue',
      channels[c]!,
      c === 2 ? users[i % users.length]!.id : null,
      null,
      `报送逾期提醒 ${i}`,
      '您单位本期报送已逾期，请尽快报送。',
      `/submissions/sub-${i}`,
      'pending',
      0,
      due,
      due,
      due,
    ];
  });
  await db.$transaction((tx) => bulkInsert(tx, scratch.provider, 'OutboxMessage', OUTBOX_COLUMNS, rows), { timeout: 120_000 });
  console.log(`${scratch.provider}: ${ROWS} pending messages over 3 channels`);

  const t0 = performance.now();
  sender = startSender(scratch.url, 'bench-1');
  while (rx.received.length < ROWS * KILL_AT) await sleep(20);
  killHard(sender);
  const killedAt = rx.received.length;
  const tKill = performance.now();
  console.log(`  kill -9 after ${killedAt} deliveries (${((tKill - t0) / 1000).toFixed(1)} s)`);
  sender = startSender(scratch.url, 'bench-2');
  const keys = new Set(rows.map((r) => r[1] as string));
  let lastCount = -1;
  let quietSince = performance.now();
  for (;;) {
    await sleep(200);
    const distinct = rx.counts().size;
    if (distinct !== lastCount) {
      lastCount = distinct;
      quietSince = performance.now();
    }
    if (distinct >= keys.size && performance.now() - quietSince > LEASE_MS + 2000) break;
    if (performance.now() - quietSince > 60_000) break; // stuck: report what arrived
  }
  const tEnd = performance.now();
  killHard(sender);
  sender = null;

  const counts = rx.counts();
  const duplicates = [...counts.values()].filter((n) => n > 1).length;
  const lost = [...keys].filter((k) => !counts.has(k)).length;
  const status = await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
  const lastArrival = Math.max(...rx.received.map((r) => r.delayMs));
  const delays = rx.received.map((r) => r.delayMs);
  const row = {
    database: scratch.provider,
    messages: ROWS,
    'killed after': killedAt,
    'msgs/s (whole run, incl. restart + lease)': Math.round(ROWS / (lastArrival / 1000)),
    'msgs/s (before the kill)': Math.round(killedAt / ((tKill - t0) / 1000)),
    'p50 delay s': +(pct(delays, 50) / 1000).toFixed(2),
    'p99 delay s': +(pct(delays, 99) / 1000).toFixed(2),
    'duplicates at receivers': duplicates,
    lost: lost,
    'db status': Object.fromEntries(status.map((s) => [s.status, s._count._all])),
    'wall s': +((tEnd - t0) / 1000).toFixed(1),
  };
  console.log(JSON.stringify(row));
  await db.$disconnect();
} finally {
  if (sender) killHard(sender);
  await rx.close();
  await scratch.drop();
}
process.exit(0);
