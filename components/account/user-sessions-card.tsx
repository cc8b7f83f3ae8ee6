// The user admin page's card of that user's signed-in devices, with ending them (one line on the page).
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Card } from '@/components/ui/card';
import { getDb } from '@/lib/db.server';
import { listSessions } from '@/lib/sessions/sessions.server';
import { EndAllButton } from './session-buttons';
import { SessionList } from './session-list';

export async function UserSessionsCard({ userId, currentSessionId }: { userId: string; currentSessionId: string }) {
  const t = await getTranslations('account.sessions');
  const rows = await listSessions(await getDb(), userId, currentSessionId);
  return (
    <ClientMessages namespaces={['account', 'setup']}>
      <Card title={t('adminTitle')}>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t('adminNone')}</p>
        ) : (
          <>
            <SessionList rows={rows} mode="admin" userId={userId} />
            {rows.some((r) => !r.current) && (
              <div className="mt-3 border-t border-slate-200 pt-3">
                <EndAllButton mode="admin" userId={userId} />
              </div>
            )}
          </>
        )}
      </Card>
    </ClientMessages>
  );
}
