// The outbox writer (issue #14): turns notices, already addressed to users, into OutboxMessage rows for the configured
// channels — in the caller's transaction, so a rolled-back event queues nothing. Seam between the in-app rules
// (lib/notify/notify.server.ts) and the sender (lib/notify/sender.server.ts). docs/decisions/026-notify-outbox.md.
// - webhook robots (dingtalk / wecom): per unit of the notice (`channelUnitIds`, else the recipients' units; a notice
//   to roles across units — 考核办, everyone — and one to people of no unit — judges, leaders — goes to the district's
//   robot), that unit's robots, else the district's;
//   one message per robot (units falling back to the district's robot share one);
// - email: the unit's email channel, else the district's; one message per recipient with a real address.
// Every row's dedupeKey is `${kind}:${targetId}:${recipient}:${day}:${channelId}` and the INSERT skips a key that
// exists (ON CONFLICT DO NOTHING): exactly once per (rule, target, recipient, day, channel), also when two instances
// fire the same rule. A recipient whose preference for the channel type is `digest` gets the row `held` until the
// next digest time (dueAt); the sender folds held rows into one digest message then.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/client';
import { bulkInsert, type BulkValue } from '../db/bulk-insert';
import { appProvider, type Provider } from '../db/url';
import {
  DISTRICT,
  OUTBOX_COLUMNS,
  OUTBOX_STATUS,
  emailChannelFor,
  hasRealEmail,
  nextDigestAt,
  outboxKey,
  webhookChannelsFor,
  type ChannelRef,
} from './outbox-rules';
import { signalOutbox } from './outbox-signal';
import type { Notice } from './types';

/** A user a notice reaches (resolved from its userIds / unitIds / roles). */
export interface Recipient {
  id: string;
  unitId: string | null;
  role: string;
  email: string;
}

export interface AddressedNotice {
  notice: Notice;
  recipients: readonly Recipient[];
}

interface Pref {
  mode: string;
  digestAt: string;
}

/** The units whose robots a notice goes to; null = the district's robot. */
function webhookUnits({ notice, recipients }: AddressedNotice): (string | null)[] {
  if (notice.channelUnitIds) return [...new Set(notice.channelUnitIds)];
  if (notice.allOfRoles?.length) return [...new Set<string | null>([...(notice.unitIds ?? []), null])];
  // recipients of no unit (leaders, judges, 考核办) are reached in the district's group
  return [...new Set(recipients.map((r) => r.unitId))];
}

/** Queue the channel messages of these notices (webhook robots, email) in `tx`; answers the rows inserted. */
export async function enqueueOutbox(
  tx: Tx,
  addressed: readonly AddressedNotice[],
  now: Date = new Date(),
  provider: Provider = appProvider(),
): Promise<number> {
  if (addressed.length === 0) return 0;
  const channels: ChannelRef[] = await tx.notifyChannel.findMany({
    where: { enabled: true },
    select: { id: true, unitId: true, type: true, enabled: true, createdAt: true },
  });
  if (channels.length === 0) return 0;

  // who decides digest-or-immediate: the email's recipient; for a unit's robot, the unit's head
  const unitsHooked = [...new Set(addressed.flatMap(webhookUnits).filter((u): u is string => u !== null))];
  const heads = unitsHooked.length
    ? await tx.user.findMany({
        where: { role: 'unit_head', disabled: false, unitId: { in: unitsHooked } },
        select: { id: true, unitId: true },
        orderBy: { id: 'asc' },
      })
    : [];
  const headOf = new Map<string, string>();
  for (const h of heads) if (h.unitId && !headOf.has(h.unitId)) headOf.set(h.unitId, h.id);
  const mailed = [...new Set(addressed.flatMap((a) => a.recipients.filter((r) => hasRealEmail(r.email)).map((r) => r.id)))];
  const prefRows = await tx.notifyPreference.findMany({
    where: { userId: { in: [...mailed, ...headOf.values()] }, mode: 'digest' },
    select: { userId: true, channel: true, mode: true, digestAt: true },
  });
  const prefs = new Map<string, Pref>(prefRows.map((p) => [`${p.userId}:${p.channel}`, p]));
  const timing = (userId: string | undefined, channel: 'email' | 'webhook'): [string, Date] => {
    const p = userId ? prefs.get(`${userId}:${channel}`) : undefined;
    if (p?.mode !== 'digest') return [OUTBOX_STATUS.pending, now];
    return [OUTBOX_STATUS.held, nextDigestAt(p.digestAt, now)];
  };

  const rows = new Map<string, BulkValue[]>();
  const add = (n: Notice, channelId: string, recipient: string, userId: string | null, unitId: string | null, [status, due]: [string, Date]) => {
    const key = outboxKey(n.kind, n.targetId, recipient, n.day, channelId);
    if (!rows.has(key)) rows.set(key, [randomUUID(), key, n.kind, channelId, userId, unitId, n.title, n.body, n.href, status, 0, due, due, now]);
  };
  for (const a of addressed) {
    const n = a.notice;
    const byChannel = new Map<string, string | null>();
    for (const unitId of webhookUnits(a)) {
      for (const c of webhookChannelsFor(channels, unitId)) {
        // a unit with no robot of its own falls back to the district's: once, whichever units fell back
        const to = c.unitId === null ? null : unitId;
        if (!byChannel.has(c.id)) byChannel.set(c.id, to);
      }
    }
    for (const [channelId, unitId] of byChannel)
      add(n, channelId, unitId ?? DISTRICT, null, unitId, timing(unitId ? headOf.get(unitId) : undefined, 'webhook'));
    for (const r of a.recipients) {
      if (!hasRealEmail(r.email)) continue;
      const c = emailChannelFor(channels, r.unitId);
      if (c) add(n, c.id, r.id, r.id, r.unitId, timing(r.id, 'email'));
    }
  }
  const inserted = await bulkInsert(tx, provider, 'OutboxMessage', OUTBOX_COLUMNS, [...rows.values()], { onConflict: '("dedupeKey") DO NOTHING' });
  if (inserted > 0) signalOutbox();
  return inserted;
}
