// Audit rows: when, who, from where, what, and the before → after of the entity.
import { getFormatter, getTranslations } from 'next-intl/server';

interface Row {
  id: string;
  at: Date;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

function short(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = JSON.stringify(value);
  return s.length > 160 ? s.slice(0, 157) + '…' : s;
}

export async function AuditTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations('audit');
  const format = await getFormatter();
  if (!rows.length) return <p className="py-6 text-center text-sm text-slate-500">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-sm" data-testid="audit-table">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th className="py-2 pr-3 font-medium">{t('at')}</th>
            <th className="py-2 pr-3 font-medium">{t('actor')}</th>
            <th className="py-2 pr-3 font-medium">{t('ip')}</th>
            <th className="py-2 pr-3 font-medium">{t('action')}</th>
            <th className="py-2 pr-3 font-medium">{t('entity')}</th>
            <th className="py-2 font-medium">{t('change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top">
              <td className="tabular whitespace-nowrap py-2 pr-3">{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
              <td className="py-2 pr-3">{r.actorName}</td>
              <td className="tabular py-2 pr-3 text-slate-500">{r.ip ?? '—'}</td>
              <td className="py-2 pr-3">
                <span className="whitespace-nowrap">{t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}</span>
              </td>
              <td className="py-2 pr-3 text-slate-500">
                {t.has(`entities.${r.entityType}`) ? t(`entities.${r.entityType}`) : r.entityType}
                {r.entityId ? <span className="block max-w-[12rem] truncate text-xs">{r.entityId}</span> : null}
              </td>
              <td className="max-w-[28rem] py-2 font-mono text-xs break-all text-slate-600">
                {r.before !== null && r.before !== undefined && <div className="text-red-700">− {short(r.before)}</div>}
                {r.after !== null && r.after !== undefined && <div className="text-green-700">+ {short(r.after)}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
