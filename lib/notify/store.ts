// Storing notices as in-app Notification rows (issue #14): resolve each notice's audience to enabled users, insert one
// row per recipient with one multi-row INSERT … ON CONFLICT ("userId", "dedupeKey") DO NOTHING (same SQL on SQLite and
// PostgreSQL), and answer who was newly addressed. No 'server-only' marker: the demo seed stores its notices through
// it too (prisma/seed.ts); the app goes through notify() (notify.server.ts), which also queues the channels.
import { randomUUID } from 'node:crypto';
import { createTranslator } from 'next-intl';
import type { Prisma } from '../generated/sqlite/client';
import { bulkInsert } from '../db/bulk-insert';
import type { Tx } from '../db/client';
import { appProvider } from '../db/url';
import { UNIT_ROLES } from '../domain/enums';
import { messages } from '../../messages';
import type { AddressedNotice, Recipient } from './outbox.server';
import type { Translate } from './rules';
import { noticeKey, type Notice } from './types';

/** The words of a notice: zh-CN, namespace `notifications` (stored as text: a notification reads as it was sent). */
export const notifyText: Translate = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'notifications' }) as unknown as Translate;

const COLUMNS = ['id', 'userId', 'kind', 'title', 'body', 'href', 'dedupeKey', 'createdAt'] as const;
const ON_CONFLICT = '("userId", "dedupeKey") DO NOTHING';

/** Does `u` belong to notice `n`'s audience? */
export function reaches(n: Notice, u: Recipient): boolean {
  if (n.userIds?.includes(u.id)) return true;
  if (n.allOfRoles?.includes(u.role)) return true;
  if (u.unitId && n.unitIds?.includes(u.unitId)) return (n.roles ?? UNIT_ROLES).includes(u.role);
  return false;
}

/** The enabled users any of the notices reaches, in one query. */
async function candidates(tx: Tx, notices: readonly Notice[]): Promise<Recipient[]> {
  const userIds = new Set<string>();
  const unitIds = new Set<string>();
  const roles = new Set<string>();
  for (const n of notices) {
    n.userIds?.forEach((id) => userIds.add(id));
    n.unitIds?.forEach((id) => unitIds.add(id));
    n.allOfRoles?.forEach((r) => roles.add(r));
  }
  const or: Prisma.UserWhereInput[] = [];
  if (userIds.size) or.push({ id: { in: [...userIds] } });
  if (unitIds.size) or.push({ unitId: { in: [...unitIds] } });
  if (roles.size) or.push({ role: { in: [...roles] } });
  if (!or.length) return [];
  return tx.user.findMany({ where: { disabled: false, OR: or }, select: { id: true, unitId: true, role: true, email: true } });
}

/**
 * One Notification per (recipient, notice key) that the recipient does not have yet, in `tx`; answers the newly
 * addressed notices with their new recipients (what the outbox queues).
 */
export async function storeNotifications(tx: Tx, notices: readonly Notice[], now: Date): Promise<AddressedNotice[]> {
  if (!notices.length) return [];
  const users = await candidates(tx, notices);
  const rows: (string | Date)[][] = [];
  const planned: { id: string; notice: Notice; recipient: Recipient }[] = [];
  const seen = new Set<string>();
  for (const notice of notices) {
    const key = noticeKey(notice);
    for (const u of users) {
      if (!reaches(notice, u) || seen.has(`${u.id}\n${key}`)) continue;
      seen.add(`${u.id}\n${key}`);
      const id = randomUUID();
      rows.push([id, u.id, notice.kind, notice.title, notice.body, notice.href, key, now]);
      planned.push({ id, notice, recipient: u });
    }
  }
  if (!rows.length) return [];
  await bulkInsert(tx, appProvider(), 'Notification', COLUMNS, rows, { onConflict: ON_CONFLICT });
  // the rows this call wrote (the others were there already)
  const fresh = new Set<string>();
  for (let i = 0; i < planned.length; i += 500) {
    const ids = planned.slice(i, i + 500).map((p) => p.id);
    for (const r of await tx.notification.findMany({ where: { id: { in: ids } }, select: { id: true } })) fresh.add(r.id);
  }
  const byNotice = new Map<Notice, Recipient[]>();
  for (const p of planned) if (fresh.has(p.id)) (byNotice.get(p.notice) ?? byNotice.set(p.notice, []).get(p.notice)!).push(p.recipient);
  return [...byNotice].map(([notice, recipients]) => ({ notice, recipients }));
}
