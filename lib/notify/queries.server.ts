// Reads of a user's notifications (issue #14): the bell's unread count (one count on the (userId, readAt) index) and
// the /notifications page (filter 全部/未读 and by kind, newest first, paged). Only ever the user's own rows.
import 'server-only';
import type { Tx } from '../db/client';
import { NOTIFY_KINDS, type NotifyKind } from './types';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationFilter {
  show: 'all' | 'unread';
  kind: NotifyKind | null;
  page: number;
}

export const isNotifyKind = (k: unknown): k is NotifyKind => typeof k === 'string' && (NOTIFY_KINDS as readonly string[]).includes(k);

/** The bell's number. */
export function unreadCount(db: Tx, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string;
  createdAt: Date;
  readAt: Date | null;
}

export async function listNotifications(db: Tx, userId: string, f: NotificationFilter) {
  const where = { userId, ...(f.show === 'unread' ? { readAt: null } : {}), ...(f.kind ? { kind: f.kind } : {}) };
  const [total, unread] = await Promise.all([db.notification.count({ where }), unreadCount(db, userId)]);
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pages);
  const items: NotificationRow[] = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true },
  });
  return { items, total, unread, page, pages };
}
