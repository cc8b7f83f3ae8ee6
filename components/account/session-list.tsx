// The list of a user's signed-in devices: on 我的登录设备 (own, with end buttons) and on the user admin page.
// Server component: rows are rendered here; the end buttons are ./session-buttons (client).
import { getFormatter, getTranslations } from 'next-intl/server';
import { formatters } from '@/components/ui/format';
import type { SessionRow } from '@/lib/sessions/sessions.server';
import { EndSessionButton } from './session-buttons';

export async function SessionList({ rows, mode, userId }: { rows: SessionRow[]; mode: 'own' | 'admin'; userId?: string }) {
  const t = await getTranslations('account.sessions');
  const f = formatters(await getFormatter());
  return (
    <ul className="divide-y divide-slate-200" data-testid="session-list">
      {rows.map((s) => (
        <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="session-row" data-current={s.current || undefined}>
          <div className="min-w-0 flex-1 space-y-1">
            <div className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
              <span>
                {t('deviceLine', {
                  os: s.device.os ?? t('unknownOs'),
                  kind: t(`kind.${s.device.kind}`),
                  browser: s.device.browser ?? t('unknownBrowser'),
                })}
              </span>
              {s.current && <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-800">{t('current')}</span>}
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-600">
              <dt>{t('address')}</dt>
              <dd className="tabular break-all">{s.ipAddress ?? t('unknownAddress')}</dd>
              <dt>{t('signedInAt')}</dt>
              <dd className="tabular">{f.dateTime(s.signedInAt)}</dd>
              <dt>{t('lastActive')}</dt>
              <dd className="tabular">{f.dateTime(s.lastActiveAt)}</dd>
            </dl>
            <p className="text-xs text-slate-500">{t('endsAt', { time: f.dateTime(s.endsAt) })}</p>
          </div>
          {!s.current && <EndSessionButton sessionId={s.id} mode={mode} userId={userId} />}
        </li>
      ))}
    </ul>
  );
}
