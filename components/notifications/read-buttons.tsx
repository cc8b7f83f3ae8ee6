'use client';
// 标为已读 / 全部标为已读 and the item's link (following it marks it read). Labels come translated from the page.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/notify/actions';

const button =
  'whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60';

/** A button running one action, then refreshing the page; a failure is said beside it. */
function ActionButton({ label, failed, action, testId }: { label: string; failed: string; action: () => Promise<{ ok: boolean }>; testId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      setError(null);
      try {
        const r = await action();
        if (r.ok) router.refresh();
        else setError(failed);
      } catch {
        setError(failed);
      }
    });
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={button} disabled={pending} onClick={run} data-testid={testId}>
        {label}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

export function MarkReadButton({ id, label, failed }: { id: string; label: string; failed: string }) {
  return <ActionButton label={label} failed={failed} action={() => markNotificationReadAction({ id })} testId="notification-mark-read" />;
}

export function MarkAllReadButton({ label, failed }: { label: string; failed: string }) {
  return <ActionButton label={label} failed={failed} action={() => markAllNotificationsReadAction({})} testId="notifications-mark-all" />;
}

/** The notice's title as a link to the thing to act on; an unread one is marked read on the way. */
export function NotificationLink({ id, href, unread, children }: { id: string; href: string; unread: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="font-semibold text-slate-900 [overflow-wrap:anywhere] hover:text-brand-700 hover:underline"
      onClick={() => {
        if (unread) void markNotificationReadAction({ id }).catch(() => undefined);
      }}
      data-testid="notification-link"
    >
      {children}
    </Link>
  );
}
