// Reads of the reminder admin page and the preferences page: channels (secrets only as "set or not"), a page of the
// outbox with names resolved for that page only, counts per status, and a user's choices.
import 'server-only';
import type { Db } from '../db/client';
import { realEmail, secretsSet, type ChannelConfig, type ChannelSecrets } from './channels';
import { DEFAULT_DIGEST_AT, PREF_CHANNELS, type PrefChannel, type PrefMode } from './preferences';
import { decryptSecrets } from './secrets.server';

/** Every state of an outbox row (lib/notify/outbox-rules.ts OUTBOX_STATUS), in the order the filter shows them. */
export const OUTBOX_STATUSES = ['pending', 'held', 'sent', 'failed', 'digested'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OUTBOX_PAGE_SIZE = 50;

export interface ChannelView {
  id: string;
  type: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  enabled: boolean;
  config: ChannelConfig;
  secrets: ReturnType<typeof secretsSet>;
  /** the stored secrets cannot be decrypted with the current key */
  secretUnreadable: boolean;
  updatedAt: Date;
}

/** Every channel, the district's first, then by unit; secrets reduced to whether each is set. */
export async function listChannels(db: Db): Promise<ChannelView[]> {
  const rows = await db.notifyChannel.findMany({ include: { unit: { select: { name: true, sortOrder: true } } }, orderBy: [{ createdAt: 'asc' }] });
  const views = rows.map((r) => {
    let secrets: ChannelSecrets | null = null;
    let secretUnreadable = false;
    if (r.secret) {
      try {
        secrets = decryptSecrets<ChannelSecrets>(r.secret);
      } catch {
        secretUnreadable = true;
      }
    }
    return {
      id: r.id,
      type: r.type,
      name: r.name,
      unitId: r.unitId,
      unitName: r.unit?.name ?? null,
      enabled: r.enabled,
      config: (r.config ?? {}) as ChannelConfig,
      secrets: secretsSet(secrets),
      secretUnreadable,
      updatedAt: r.updatedAt,
      order: r.unit ? r.unit.sortOrder : -1,
    };
  });
  return views.sort((a, b) => a.order - b.order).map(({ order: _order, ...v }) => v);
}

export interface OutboxRow {
  id: string;
  createdAt: Date;
  dueAt: Date;
  sentAt: Date | null;
  kind: string;
  title: string;
  channelName: string;
  channelType: string;
  recipient: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
}

/** One page of outbox messages, newest first, optionally of one status; recipients named (users, else units). */
export async function listOutbox(db: Db, opts: { status?: OutboxStatus | null; page?: number }) {
  const where = opts.status ? { status: opts.status } : {};
  const total = await db.outboxMessage.count({ where });
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  const rows = await db.outboxMessage.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    include: { channel: { select: { name: true, type: true } } },
  });
  const userIds = [...new Set(rows.flatMap((r) => (r.recipientUserId ? [r.recipientUserId] : [])))];
  const unitIds = [...new Set(rows.flatMap((r) => (r.recipientUnitId ? [r.recipientUnitId] : [])))];
  const [users, units] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map([...users, ...units].map((x) => [x.id, x.name]));
  const out: OutboxRow[] = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    dueAt: r.dueAt,
    sentAt: r.sentAt,
    kind: r.kind,
    title: r.title,
    channelName: r.channel.name,
    channelType: r.channel.type,
    recipient: (r.recipientUserId && names.get(r.recipientUserId)) || (r.recipientUnitId && names.get(r.recipientUnitId)) || null,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
  }));
  return { rows: out, total, page, pages };
}

/** How many messages in each status (the filter's counts). */
export async function outboxCounts(db: Db): Promise<Record<OutboxStatus, number>> {
  const groups = await db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
  const out = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const g of groups) if ((OUTBOX_STATUSES as readonly string[]).includes(g.status)) out[g.status as OutboxStatus] = g._count._all;
  return out;
}

export interface PreferencesView {
  userId: string;
  name: string;
  role: string;
  unitName: string | null;
  notifyEmail: string;
  choices: Record<PrefChannel, { mode: PrefMode; digestAt: string }>;
}

export async function userPreferences(db: Db, userId: string): Promise<PreferencesView | null> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, email: true, unit: { select: { name: true } }, notifyPreferences: true },
  });
  if (!u) return null;
  const choices = Object.fromEntries(
    PREF_CHANNELS.map((ch) => {
      const p = u.notifyPreferences.find((x) => x.channel === ch);
      return [ch, { mode: (p?.mode === 'digest' ? 'digest' : 'immediate') as PrefMode, digestAt: p?.digestAt ?? DEFAULT_DIGEST_AT }];
    }),
  ) as PreferencesView['choices'];
  return { userId: u.id, name: u.name, role: u.role ?? '', unitName: u.unit?.name ?? null, notifyEmail: realEmail(u.email) ?? '', choices };
}
