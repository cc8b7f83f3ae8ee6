// The header's bell: the signed-in user's unread notifications (one indexed count), linking to /notifications. Per
// user: the page cache replays a page only while this count is unchanged (lib/db/data-version.ts probe).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/db.server';
import { unreadCount } from '@/lib/notify/queries.server';

export async function NotificationBell({ userId }: { userId: string }) {
  const [t, count] = await Promise.all([getTranslations('notifications.bell'), getDb().then((db) => unreadCount(db, userId))]);
  const label = count ? t('label', { count }) : t('labelNone');
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full hover:bg-white/15 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-0.5 -top-0.5 min-w-[1.15rem] rounded-full bg-amber-400 px-1 text-center text-[11px] font-bold leading-[1.15rem] text-slate-900"
          data-testid="notification-count"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
