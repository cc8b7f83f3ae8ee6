// 我的登录设备: the signed-in user's sessions — where, since when, last active — and ending them.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SessionList } from '@/components/account/session-list';
import { EndAllButton } from '@/components/account/session-buttons';
import { Card, PageTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listSessions } from '@/lib/sessions/sessions.server';
import { getSettings } from '@/lib/settings/settings.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.sessions'))('title') };
}

export default async function MySessionsPage() {
  const user = await requireUser();
  const t = await getTranslations('account.sessions');
  const [rows, settings] = await Promise.all([listSessions(await getDb(), user.id, user.sessionId), getSettings()]);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <PageTitle sub={t('subtitle')}>{t('title')}</PageTitle>
      <Card>
        <SessionList rows={rows} mode="own" />
        <div className="mt-3 border-t border-slate-200 pt-3">
          {rows.some((r) => !r.current) ? <EndAllButton mode="others" /> : <p className="text-sm text-slate-600">{t('none')}</p>}
        </div>
      </Card>
      <p className="text-sm text-slate-600">{t('rules', { hours: settings['session.absoluteHours'], minutes: settings['session.idleMinutes'] })}</p>
    </div>
  );
}
