// The outbox sender (issue #14 part C, docs/decisions/026-notify-outbox.md). Each pass:
// 1. folds the held rows whose digest time has come into one digest message per (recipient, channel, day);
// 2. CLAIMS a batch of due rows in one statement — `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` on
//    PostgreSQL, so senders in several instances never claim the same row; the same statement without the locking
//    clause on SQLite, whose write lock serialises claims — as a lease (claimedBy / claimedUntil): a crashed sender's
//    rows are claimable again once their lease runs out;
// 3. sends each through the injected transport and marks it in its own small write right after: `sent`, or a retry
//    after an exponential backoff with jitter, or `failed` after maxAttempts with the last error.
// The one at-least-once edge: a crash between a send and its mark resends that message after the lease (the
// dedupeKey travels with the message so the receiver can drop it). The transport (lib/notify/transports.server.ts
// sendThrough) is injected, so this runs and is tested without it.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { bulkInsert } from '../db/bulk-insert';
import { rawDate, rawInt } from '../db/raw';
import { appProvider, type Provider } from '../db/url';
import { DEFAULT_MAX_ATTEMPTS, DIGEST_HREF, DIGEST_KIND, OUTBOX_COLUMNS, OUTBOX_STATUS, afterFailure, digestMessage, groupDigests } from './outbox-rules';
import { onOutboxQueued } from './outbox-signal';

/** A channel as stored (its secret still encrypted: the transport opens it). */
export interface OutboxChannel {
  id: string;
  unitId: string | null;
  type: string;
  name: string;
  enabled: boolean;
  config: unknown;
  secret: string | null;
}

/** One message to deliver. `dedupeKey` is stable across resends: a receiver that keeps it can drop a repeat. */
export interface OutboxDelivery {
  id: string;
  dedupeKey: string;
  kind: string;
  title: string;
  body: string;
  href: string;
  /** the recipient's email address (email channels); null for a robot's group */
  to: string | null;
  recipientUserId: string | null;
  recipientUnitId: string | null;
  /** tries made before this one */
  attempts: number;
  dueAt: Date;
}

export type SendFn = (channel: OutboxChannel, message: OutboxDelivery) => Promise<void>;

export interface SenderDeps {
  db: Db;
  send: SendFn;
  /** names this sender in claimedBy (e.g. host:pid) */
  workerId: string;
  now?: () => Date;
  /** rows claimed per pass (default 50) */
  batch?: number;
  maxAttempts?: number;
  /** how long a claim holds (default 60 s) */
  leaseMs?: number;
  /** sends in flight at once (default 4) */
  concurrency?: number;
  /** a send taking longer counts as failed (default 20 s; well inside the lease) */
  sendTimeoutMs?: number;
  provider?: Provider;
  random?: () => number;
}

export interface SenderPass {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** claimed but handed back unsent (the lease was running short) */
  released: number;
}

const DEFAULT_BATCH = 50;
const DEFAULT_LEASE_MS = 60_000;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

interface ClaimedRow {
  id: string;
  dedupeKey: string;
  kind: string;
  channelId: string;
  recipientUserId: string | null;
  recipientUnitId: string | null;
  title: string;
  body: string;
  href: string;
  attempts: unknown;
  dueAt: unknown;
}

/** Claim up to `batch` due rows for `workerId` until `until` (one statement; see the file's head). */
async function claim(db: Db, workerId: string, now: Date, until: Date, batch: number, provider: Provider): Promise<ClaimedRow[]> {
  const lock = Prisma.raw(provider === 'postgresql' ? 'FOR UPDATE SKIP LOCKED' : '');
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET "claimedBy" = ${workerId}, "claimedUntil" = ${until}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = ${OUTBOX_STATUS.pending} AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "nextAttemptAt" LIMIT ${batch} ${lock})
    RETURNING "id", "dedupeKey", "kind", "channelId", "recipientUserId", "recipientUnitId", "title", "body", "href", "attempts", "dueAt"`;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`发送超时（${ms} ms）`)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** One pass: claim a batch of due rows and deliver them. */
export async function runSender(deps: SenderDeps): Promise<SenderPass> {
  const { db, send, workerId } = deps;
  const clock = deps.now ?? (() => new Date());
  const provider = deps.provider ?? appProvider();
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const sendTimeoutMs = deps.sendTimeoutMs ?? Math.min(20_000, leaseMs / 3);
  const started = performance.now();
  const now = clock();
  const rows = await claim(db, workerId, now, new Date(now.getTime() + leaseMs), deps.batch ?? DEFAULT_BATCH, provider);
  const pass: SenderPass = { claimed: rows.length, sent: 0, retried: 0, failed: 0, released: 0 };
  if (rows.length === 0) return pass;

  const channels = new Map<string, OutboxChannel>(
    (
      await db.notifyChannel.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.channelId))] } },
        select: { id: true, unitId: true, type: true, name: true, enabled: true, config: true, secret: true },
      })
    ).map((c) => [c.id, c]),
  );
  const userIds = [...new Set(rows.map((r) => r.recipientUserId).filter((u): u is string => !!u))];
  const emails = new Map(
    userIds.length ? (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]) : [],
  );
  const mine = { claimedBy: workerId };

  const fail = async (row: ClaimedRow, error: string) => {
    const next = afterFailure(rawInt(row.attempts), clock(), deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, deps.random);
    await db.outboxMessage.updateMany({
      where: { id: row.id, ...mine },
      data: { status: next.status, attempts: next.attempts, nextAttemptAt: next.nextAttemptAt, lastError: error, claimedBy: null, claimedUntil: null },
    });
    if (next.status === OUTBOX_STATUS.failed) pass.failed++;
    else pass.retried++;
  };

  const deliver = async (row: ClaimedRow) => {
    // never send on a claim about to run out: another sender could take the row over
    if (performance.now() - started > leaseMs / 2) {
      await db.outboxMessage.updateMany({ where: { id: row.id, ...mine }, data: { claimedBy: null, claimedUntil: null } });
      pass.released++;
      return;
    }
    const channel = channels.get(row.channelId);
    if (!channel?.enabled) return fail(row, '通道已停用或已删除');
    const to = row.recipientUserId ? (emails.get(row.recipientUserId) ?? null) : null;
    if (channel.type === 'email' && !to) return fail(row, '收件人没有邮箱');
    const message: OutboxDelivery = {
      id: row.id,
      dedupeKey: row.dedupeKey,
      kind: row.kind,
      title: row.title,
      body: row.body,
      href: row.href,
      to,
      recipientUserId: row.recipientUserId,
      recipientUnitId: row.recipientUnitId,
      attempts: rawInt(row.attempts),
      dueAt: rawDate(row.dueAt) ?? now,
    };
    try {
      await withTimeout(send(channel, message), sendTimeoutMs);
    } catch (err) {
      return fail(row, errorText(err));
    }
    // marked right after the send, in its own write: the window in which a crash resends this message
    await db.outboxMessage.updateMany({
      where: { id: row.id, ...mine },
      data: { status: OUTBOX_STATUS.sent, sentAt: clock(), attempts: { increment: 1 }, lastError: null, claimedBy: null, claimedUntil: null },
    });
    pass.sent++;
  };

  let next = 0;
  const lanes = Array.from({ length: Math.min(rows.length, deps.concurrency ?? 4) }, async () => {
    while (next < rows.length) await deliver(rows[next++]!);
  });
  await Promise.all(lanes);
  return pass;
}

/**
 * Fold the held rows whose digest time has come into one digest message per (recipient, channel, digest day): in one
 * transaction the digest row is inserted under its key (`digest:<recipient>:<day>:<channel>`, ON CONFLICT DO NOTHING)
 * and the rows marked `digested`. A held row arriving after that day's digest was made (a transaction that committed
 * late) finds the key taken and waits for the next day's digest. Answers the digests made.
 */
export async function assembleDigests(deps: { db: Db; now?: Date; provider?: Provider; limit?: number }): Promise<number> {
  const { db } = deps;
  const now = deps.now ?? new Date();
  const provider = deps.provider ?? appProvider();
  const held = await db.outboxMessage.findMany({
    where: { status: OUTBOX_STATUS.held, nextAttemptAt: { lte: now } },
    select: { id: true, channelId: true, recipientUserId: true, recipientUnitId: true, title: true, href: true, dueAt: true },
    orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }],
    take: deps.limit ?? 5000,
  });
  let made = 0;
  for (const g of groupDigests(held)) {
    const ids = g.rows.map((r) => r.id);
    made += await db.$transaction(async (tx) => {
      const { title, body } = digestMessage(g.rows);
      const inserted = await bulkInsert(
        tx,
        provider,
        'OutboxMessage',
        OUTBOX_COLUMNS,
        [
          [
            randomUUID(),
            g.key,
            DIGEST_KIND,
            g.channelId,
            g.recipientUserId,
            g.recipientUnitId,
            title,
            body,
            DIGEST_HREF,
            OUTBOX_STATUS.pending,
            0,
            g.dueAt,
            now,
            now,
          ],
        ],
        { onConflict: '("dedupeKey") DO NOTHING' },
      );
      if (inserted === 1) {
        await tx.outboxMessage.updateMany({ where: { id: { in: ids }, status: OUTBOX_STATUS.held }, data: { status: OUTBOX_STATUS.digested } });
        return 1;
      }
      // this day's digest went out already: the late ones wait for tomorrow's
      const tomorrow = new Date(g.dueAt.getTime() + 24 * 3600_000);
      await tx.outboxMessage.updateMany({ where: { id: { in: ids }, status: OUTBOX_STATUS.held }, data: { dueAt: tomorrow, nextAttemptAt: tomorrow } });
      return 0;
    });
  }
  return made;
}

export interface SenderLoop {
  /** run a pass now (or right after the current one) */
  wake(): void;
  /** stop polling and wait for the pass in progress */
  stop(): Promise<void>;
}

/**
 * Poll every `pollMs` and whenever rows are queued in this process (a moment later, so the queuing transaction has
 * committed): digests, then claimed batches until no due row is left.
 */
export function startSenderLoop(deps: SenderDeps & { pollMs?: number; log?: Pick<Console, 'error'> }): SenderLoop {
  const log = deps.log ?? console;
  const batch = deps.batch ?? DEFAULT_BATCH;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  const pass = async () => {
    do {
      again = false;
      try {
        await assembleDigests({ db: deps.db, now: (deps.now ?? (() => new Date()))(), provider: deps.provider });
        let r: SenderPass;
        do r = await runSender(deps);
        while (!stopped && r.claimed === batch);
      } catch (err) {
        log.error('[notify] sender pass failed', err);
      }
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => (running = null));
  };
  const timer = setInterval(wake, deps.pollMs ?? 5_000);
  timer.unref();
  const off = onOutboxQueued(() => setTimeout(wake, 100).unref());
  wake();
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      off();
      await running;
    },
  };
}
