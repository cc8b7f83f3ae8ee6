// Audit rows: when, who, from where, what (in words), on what, and the before → after as labelled changes;
// the raw record (ids, JSON) behind 详情.
import { getFormatter, getTranslations } from 'next-intl/server';
import { formatters } from '@/components/ui/format';
import { auditChanges, auditValue, isSystemActor, type ValueContext } from '@/lib/audit/present';

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

/** Where the words for an enum field's values live, by field (first match wins). */
const ENUMS: Record<string, string[]> = {
  state: ['periodState', 'arenaState', 'audit.submissionState', 'audit.participantState'],
  role: ['roles'],
  status: ['measureStatus', 'problem.status'],
  rating: ['problem.rating'],
  source: ['problem.source', 'actualsImport.valueSource'],
  submissionState: ['audit.submissionState'],
  kind: ['unitKind', 'auditChain.kinds'],
  trigger: ['audit.trigger'],
  template: ['audit.importTemplate'],
  target: ['audit.evidenceTarget'],
  category: ['indicator.categories', 'problem.category'],
  method: ['indicator.methods'],
  direction: ['indicator.directions'],
  ledgerFigure: ['ledger.figure'],
  channelType: ['notifyChannels.types'],
  smtpSecurity: ['notifyChannels.security'],
  deliveryStatus: ['notifyChannels.status'],
  emailMode: ['notifyChannels.modes'],
  webhookMode: ['notifyChannels.modes'],
};

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** `names` (from lib/audit/queries.server.ts) turns ids and unit codes into names; without it they show as they are. */
export async function AuditTable({ rows, names = NO_NAMES }: { rows: Row[]; names?: ReadonlyMap<string, string> }) {
  const t = await getTranslations('audit');
  const tAll = await getTranslations();
  const f = formatters(await getFormatter());
  if (!rows.length) return <p className="py-6 text-center text-sm text-slate-500">{t('empty')}</p>;
  const fieldLabel = (k: string) => (t.has(`fields.${k}`) ? t(`fields.${k}`) : k);
  const ctx: ValueContext = {
    names,
    enumLabel: (field, value) => {
      const key = (ENUMS[field] ?? []).map((ns) => `${ns}.${value}`).find((k) => tAll.has(k));
      return key ? tAll(key) : undefined;
    },
    fieldLabel,
    yes: t('yes'),
    no: t('no'),
    more: (n) => t('more', { n }),
    date: f.dateTime,
    number: (x) => f.val(x),
  };
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
          {rows.map((r) => {
            const changes = auditChanges(r.before, r.after);
            const target = r.entityId ? names.get(r.entityId) : undefined;
            return (
              <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="audit-row">
                <td className="tabular whitespace-nowrap py-2 pr-3">{f.timestamp(r.at)}</td>
                <td className="py-2 pr-3">{isSystemActor(r.actorName) ? t('system') : r.actorName}</td>
                <td className="tabular py-2 pr-3 text-slate-600">{r.ip ?? '—'}</td>
                <td className="py-2 pr-3">
                  <span className="whitespace-nowrap" data-testid="audit-action">
                    {t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : t('unknownAction')}
                  </span>
                </td>
                <td className="py-2 pr-3 text-slate-600">
                  {t.has(`entities.${r.entityType}`) ? t(`entities.${r.entityType}`) : t('unknownEntity')}
                  {target && <span className="block text-xs">{target}</span>}
                </td>
                <td className="max-w-[32rem] py-2 text-slate-700">
                  {changes.length ? (
                    <ul className="space-y-0.5" data-testid="audit-changes">
                      {changes.map((c) => (
                        <li key={c.field} className="break-words">
                          <span className="text-slate-600">{fieldLabel(c.field)}：</span>
                          {c.before !== undefined && c.after !== undefined ? (
                            <>
                              <span className="text-red-800 line-through decoration-red-300">{auditValue(c.field, c.before, ctx)}</span>
                              {' → '}
                              <span className="text-green-800">{auditValue(c.field, c.after, ctx)}</span>
                            </>
                          ) : c.after !== undefined ? (
                            <span className="text-green-800">{auditValue(c.field, c.after, ctx)}</span>
                          ) : (
                            <span className="text-red-800">{auditValue(c.field, c.before, ctx)}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-600">{t('noChange')}</span>
                  )}
                  <details className="mt-1 text-xs" data-testid="audit-details">
                    <summary className="cursor-pointer text-slate-600">{t('details')}</summary>
                    <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-slate-700">
                      {JSON.stringify(
                        { action: r.action, entityType: r.entityType, entityId: r.entityId, before: r.before ?? null, after: r.after ?? null },
                        null,
                        2,
                      )}
                    </pre>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
