// 通知: the signed-in user's notifications, newest first — filter 全部/未读 and by kind, mark one or all read; each
// links to the thing to act on (following it marks it read). Only the user's own rows are ever read.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { MarkAllReadButton, MarkReadButton, NotificationLink } from '@/components/notifications/read-buttons';
import { Card, PageTitle } from '@/components/ui/card';
import { formatters } from '@/components/ui/format';
import { requireUser } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { isNotifyKind, listNotifications } from '@/lib/notify/queries.server';
import { NOTIFY_KINDS } from '@/lib/notify/types';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.page'))('title') };
}

const filterSchema = z.object({
  show: z.enum(['all', 'unread']).catch('all'),
  kind: z
    .string()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((k) => (isNotifyKind(k) ? k : null)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const f = filterSchema.parse(await searchParams);
  const [t, te, format, db] = await Promise.all([getTranslations('notifications'), getTranslations('actionErrors'), getFormatter(), getDb()]);
  const fmt = formatters(format);
  const { items, total, unread, page, pages } = await listNotifications(db, user.id, f);
  const now = new Date();
  const qs = (over: Partial<{ show: string; kind: string | null; page: number }>) => {
    const q = new URLSearchParams();
    const v = { show: f.show, kind: f.kind, page: 1, ...over };
    if (v.show !== 'all') q.set('show', v.show);
    if (v.kind) q.set('kind', v.kind);
    if (v.page > 1) q.set('page', String(v.page));
    const s = q.toString();
    return s ? `/notifications?${s}` : '/notifications';
  };
  const tab = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? 'bg-brand-700 text-white' : 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50'}`;
  const failed = te('serverError');

  return (
    <div className="space-y-5">
      <PageTitle sub={t('page.intro')}>{t('page.title')}</PageTitle>
      <Card>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="flex flex-wrap items-end gap-3">
            <nav aria-label={t('page.show')} className="flex gap-2" data-testid="notifications-show">
              <Link href={qs({ show: 'all' })} className={tab(f.show === 'all')} aria-current={f.show === 'all' ? 'page' : undefined}>
                {t('page.all')}
              </Link>
              <Link href={qs({ show: 'unread' })} className={tab(f.show === 'unread')} aria-current={f.show === 'unread' ? 'page' : undefined}>
                {t('page.unread')}
              </Link>
            </nav>
            <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
              {f.show !== 'all' && <input type="hidden" name="show" value={f.show} />}
              <label className="flex flex-col gap-1">
                <span className="text-slate-500">{t('page.kindFilter')}</span>
                <select
                  name="kind"
                  defaultValue={f.kind ?? ''}
                  className="max-w-[12rem] rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                  data-testid="notifications-kind"
                >
                  <option value="">{t('page.allKinds')}</option>
                  {NOTIFY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
                {t('page.apply')}
              </button>
            </form>
          </div>
          {unread > 0 && <MarkAllReadButton label={t('page.markAllRead')} failed={failed} />}
        </div>
        <p className="mt-3 text-sm text-slate-600" data-testid="notifications-count">
          {t('page.count', { total, unread })}
        </p>
      </Card>

      {items.length === 0 ? (
        <Card>
          <p className="py-6 text-center text-slate-500" data-testid="notifications-empty">
            {f.show === 'unread' ? t('page.emptyUnread') : t('page.empty')}
          </p>
        </Card>
      ) : (
        <ul className="space-y-2" data-testid="notifications-list">
          {items.map((n) => {
            const isUnread = n.readAt === null;
            return (
              <li
                key={n.id}
                className={`rounded-lg border p-3 shadow-sm sm:p-4 ${isUnread ? 'border-brand-100 bg-brand-50' : 'border-slate-200 bg-white'}`}
                data-testid="notification-item"
                data-kind={n.kind}
                data-unread={isUnread ? '1' : '0'}
              >
                <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                      <span className="rounded bg-slate-100 px-1.5 py-0.5">{isNotifyKind(n.kind) ? t(`kind.${n.kind}`) : n.kind}</span>
                      {isUnread && <span className="rounded bg-brand-700 px-1.5 py-0.5 font-semibold text-white">{t('page.unreadBadge')}</span>}
                      <time dateTime={n.createdAt.toISOString()} title={fmt.dateTime(n.createdAt)}>
                        {format.relativeTime(n.createdAt, now)}
                      </time>
                    </div>
                    <div className="mt-1">
                      <NotificationLink id={n.id} href={n.href} unread={isUnread}>
                        {n.title}
                      </NotificationLink>
                    </div>
                    {n.body && <p className="mt-1 text-sm text-slate-700 [overflow-wrap:anywhere]">{n.body}</p>}
                  </div>
                  {isUnread && <MarkReadButton id={n.id} label={t('page.markRead')} failed={failed} />}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {pages > 1 && (
        <nav className="flex items-center justify-between text-sm" aria-label={t('page.pageOf', { page, pages })}>
          {page > 1 ? (
            <Link href={qs({ page: page - 1 })} className="text-brand-700 hover:underline">
              {t('page.prev')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t('page.pageOf', { page, pages })}</span>
          {page < pages ? (
            <Link href={qs({ page: page + 1 })} className="text-brand-700 hover:underline">
              {t('page.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
