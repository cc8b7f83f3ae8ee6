// The outbox's pure rules (issue #14 part C, docs/decisions/026-notify-outbox.md): exactly-once keys, which channel a
// message goes through, when a digest is due, the retry schedule, and how held rows fold into one digest message.
// No I/O: lib/notify/outbox.server.ts (the writer) and lib/notify/sender.server.ts (the sender) call these.
import { shanghaiDay } from './types';

/** OutboxMessage.status values (prisma/schema.prisma). */
export const OUTBOX_STATUS = {
  pending: 'pending',
  sent: 'sent',
  failed: 'failed',
  /** waiting for its recipient's daily digest (dueAt = the digest time) */
  held: 'held',
  /** folded into a digest message */
  digested: 'digested',
} as const;

/** The columns the writer and the digest assembly fill when they queue a row (the rest keep their defaults). */
export const OUTBOX_COLUMNS = [
  'id',
  'dedupeKey',
  'kind',
  'channelId',
  'recipientUserId',
  'recipientUnitId',
  'title',
  'body',
  'href',
  'status',
  'attempts',
  'dueAt',
  'nextAttemptAt',
  'createdAt',
] as const;

export const WEBHOOK_TYPES = ['dingtalk', 'wecom'] as const;
export const EMAIL_TYPE = 'email';
/** The `kind` of a digest message. */
export const DIGEST_KIND = 'digest';
/** Where a digest message links to: the in-app list. */
export const DIGEST_HREF = '/notifications';

/** The recipient part of a webhook message's key when it goes to the district's robot. */
export const DISTRICT = 'district';

/** Exactly once per (rule, target, recipient, day, channel): the OutboxMessage.dedupeKey. */
export const outboxKey = (kind: string, targetId: string, recipient: string, day: string, channelId: string) =>
  `${kind}:${targetId}:${recipient}:${day}:${channelId}`;

/** Exactly once per (recipient, channel, digest day). */
export const digestKey = (recipient: string, day: string, channelId: string) => `${DIGEST_KIND}:${recipient}:${day}:${channelId}`;

/** Accounts created without an email get `<username>@users.leitai.local` (lib/auth/accounts.ts): no email. */
export const hasRealEmail = (email: string | null | undefined): email is string =>
  !!email && email.includes('@') && !email.toLowerCase().endsWith('@users.leitai.local');

export interface ChannelRef {
  id: string;
  unitId: string | null;
  type: string;
  enabled: boolean;
  createdAt: Date;
}

const byAge = (a: ChannelRef, b: ChannelRef) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** The unit's enabled webhook robots (dingtalk / wecom), else the district's (unitId null). */
export function webhookChannelsFor(channels: readonly ChannelRef[], unitId: string | null): ChannelRef[] {
  const hooks = channels.filter((c) => c.enabled && (WEBHOOK_TYPES as readonly string[]).includes(c.type));
  const own = unitId === null ? [] : hooks.filter((c) => c.unitId === unitId);
  return (own.length ? own : hooks.filter((c) => c.unitId === null)).sort(byAge);
}

/** The enabled email channel for a user of `unitId`: the unit's own, else the district's (the oldest if several). */
export function emailChannelFor(channels: readonly ChannelRef[], unitId: string | null): ChannelRef | null {
  const mail = channels.filter((c) => c.enabled && c.type === EMAIL_TYPE).sort(byAge);
  return (unitId !== null ? mail.find((c) => c.unitId === unitId) : undefined) ?? mail.find((c) => c.unitId === null) ?? null;
}

/** UTC offset of Asia/Shanghai (NOTIFY_TIMEZONE; no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The first `HH:MM` (Asia/Shanghai) strictly after `now`: when a digest held now is due. */
export function nextDigestAt(digestAt: string, now: Date): Date {
  const m = /^(\d{1,2}):(\d{2})$/.exec(digestAt.trim());
  const h = m ? Math.min(23, Number(m[1])) : 8;
  const min = m ? Math.min(59, Number(m[2])) : 30;
  const [y, mo, d] = shanghaiDay(now).split('-').map(Number) as [number, number, number];
  let at = Date.UTC(y, mo - 1, d, h, min) - SHANGHAI_OFFSET_MS;
  if (at <= now.getTime()) at += 24 * 3600_000;
  return new Date(at);
}

export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 3600_000;
export const DEFAULT_MAX_ATTEMPTS = 6;

/**
 * The wait before retry after the `failures`-th failed attempt (1-based): 30 s·2^(n−1), capped at 1 h, times a jitter
 * in [0.8, 1.2) so that many rows failing together do not retry in lockstep (never above the cap).
 */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const raw = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(Math.min(BACKOFF_CAP_MS, raw * (0.8 + 0.4 * random())));
}

/** What a failed attempt does to the row: retry later, or give up after `maxAttempts`. */
export function afterFailure(
  attemptsBefore: number,
  now: Date,
  maxAttempts: number = DEFAULT_MAX_ATTEMPTS,
  random?: () => number,
): { attempts: number; status: 'pending' | 'failed'; nextAttemptAt: Date } {
  const attempts = attemptsBefore + 1;
  if (attempts >= maxAttempts) return { attempts, status: 'failed', nextAttemptAt: now };
  return { attempts, status: 'pending', nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, random)) };
}

export interface HeldRow {
  id: string;
  channelId: string;
  recipientUserId: string | null;
  recipientUnitId: string | null;
  title: string;
  href: string;
  dueAt: Date;
}

export interface DigestGroup {
  key: string;
  channelId: string;
  recipientUserId: string | null;
  recipientUnitId: string | null;
  /** the Shanghai day of the digest time */
  day: string;
  dueAt: Date;
  rows: HeldRow[];
}

/** Held rows due by now, grouped per (recipient, channel, digest day), oldest digest first. */
export function groupDigests(rows: readonly HeldRow[]): DigestGroup[] {
  const groups = new Map<string, DigestGroup>();
  for (const r of rows) {
    const day = shanghaiDay(r.dueAt);
    const recipient = r.recipientUserId ?? r.recipientUnitId ?? DISTRICT;
    const key = digestKey(recipient, day, r.channelId);
    let g = groups.get(key);
    if (!g) {
      g = { key, channelId: r.channelId, recipientUserId: r.recipientUserId, recipientUnitId: r.recipientUnitId, day, dueAt: r.dueAt, rows: [] };
      groups.set(key, g);
    }
    if (r.dueAt < g.dueAt) g.dueAt = r.dueAt;
    g.rows.push(r);
  }
  return [...groups.values()].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key));
}

/** The one message a digest sends: "今日提醒汇总（n条）" and a numbered list of the held reminders with their links. */
export function digestMessage(rows: readonly Pick<HeldRow, 'title' | 'href'>[]): { title: string; body: string } {
  return {
    title: `今日提醒汇总（${rows.length}条）`,
    body: rows.map((r, i) => `${i + 1}. ${r.title}（${r.href}）`).join('\n'),
  };
}
