// One outbox sender as its own process, for the two-process race (tests/integration/notify-outbox.test.ts) and the
// kill -9 bench (bench/notify.bench.ts): runs passes of runSender against DATABASE_URL with the test transport until
// no pending row is left (or forever with NOTIFY_FOREVER=1), then prints its tally as JSON.
// Env: DATABASE_URL, NOTIFY_WORKER, NOTIFY_BATCH (50), NOTIFY_CONCURRENCY (4), NOTIFY_LEASE_MS (60000).
import '../../bench/server-only';

const { createClient } = await import('../../lib/db/client');
const { runSender } = await import('../../lib/notify/sender.server');
const { testTransport } = await import('./notify-receivers');

const db = await createClient();
const send = testTransport();
const tally = { passes: 0, claimed: 0, sent: 0, retried: 0, failed: 0, released: 0 };
const forever = process.env.NOTIFY_FOREVER === '1';
const opts = {
  db,
  send,
  workerId: process.env.NOTIFY_WORKER ?? `sender:${process.pid}`,
  batch: Number(process.env.NOTIFY_BATCH ?? 50),
  concurrency: Number(process.env.NOTIFY_CONCURRENCY ?? 4),
  leaseMs: Number(process.env.NOTIFY_LEASE_MS ?? 60_000),
};
for (;;) {
  const r = await runSender(opts);
  tally.passes++;
  for (const k of ['claimed', 'sent', 'retried', 'failed', 'released'] as const) tally[k] += r[k];
  if (r.claimed > 0) continue;
  if (!forever && (await db.outboxMessage.count({ where: { status: 'pending' } })) === 0) break;
  await new Promise((res) => setTimeout(res, 50));
}
console.log(JSON.stringify(tally));
await db.$disconnect();
process.exit(0);
