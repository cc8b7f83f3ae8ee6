// 对企服务 on a unit's report card (DESIGN §8): its enterprise-problem figures for the period, each linking to the
// problems behind it on the board, and its open cases under 挂牌督办.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatters } from '@/components/ui/format';
import type { ReportCardLedger } from '@/lib/reportcard/queries.server';

export async function LedgerSection({
  ledger,
  unitId,
  periodId,
  periodName,
}: {
  ledger: ReportCardLedger;
  unitId: string;
  periodId: string;
  periodName: string;
}) {
  const t = await getTranslations('ledger.card');
  const f = formatters(await getFormatter());
  const fig = ledger.figures;
  const board = (params: Record<string, string>) => `/problems?${new URLSearchParams({ unit: unitId, ...params }).toString()}`;
  const rate = (x: number | null) => (x === null ? t('noRate') : `${f.val(x, 1)}%`);
  const tiles = [
    { key: 'received', label: t('received'), value: String(fig.received), href: board({ period: periodId }) },
    { key: 'closed', label: t('closed'), value: String(fig.closed), href: board({ closedIn: periodId }) },
    {
      key: 'onTimeRate',
      label: t('onTimeRate'),
      value: rate(fig.onTimeRate),
      sub: t('onTimeOf', { onTime: fig.onTime, closed: fig.closed }),
      href: board({ closedIn: periodId }),
    },
    {
      key: 'satisfactionRate',
      label: t('satisfactionRate'),
      value: rate(fig.satisfactionRate),
      sub: t('satisfiedOf', { satisfied: fig.satisfied, rated: fig.rated }),
      href: board({ rated: periodId }),
    },
    { key: 'overdue', label: t('overdue'), value: String(fig.overdue), href: board({ overdue: '1' }), warn: fig.overdue > 0 },
    { key: 'supervised', label: t('supervised'), value: String(fig.supervised), href: board({ supervised: '1', period: periodId }) },
  ];
  return (
    <Card title={t('title')} action={<span className="text-xs text-slate-400">{t('sub', { period: periodName })}</span>} className="rc-avoid">
      <div data-testid="ledger-section">
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          {tiles.map((tile) => (
            <div key={tile.key} className="min-w-0 rounded-md border border-slate-200 px-3 py-2" data-testid={`ledger-${tile.key}`}>
              <dt className="text-xs text-slate-500">{tile.label}</dt>
              <dd className={`tabular text-xl font-bold ${tile.warn ? 'text-red-700' : 'text-slate-900'}`}>
                <Link href={tile.href} className="hover:underline">
                  {tile.value}
                </Link>
              </dd>
              {tile.sub && <dd className="tabular text-xs break-words text-slate-500">{tile.sub}</dd>}
            </div>
          ))}
        </dl>
        {ledger.openSupervised !== null && (
          <div className="mt-3">
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{t('openSupervised')}</h3>
            {ledger.openSupervised.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noOpenSupervised')}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="ledger-supervised">
                {ledger.openSupervised.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-baseline gap-x-2 py-1.5 break-words [overflow-wrap:anywhere]">
                    <Link href={`/problems/${p.id}`} className="font-mono text-xs text-brand-700 hover:underline">
                      {p.code}
                    </Link>
                    <Link href={`/problems/${p.id}`} className="min-w-0 font-medium text-slate-800 hover:underline">
                      {p.title}
                    </Link>
                    <span className="text-xs text-slate-500">{p.enterpriseName}</span>
                    <span className="text-xs text-slate-500">{t('due', { date: f.date(p.dueAt) })}</span>
                    {p.overdue && <span className="rc-keep-color rounded bg-red-50 px-1.5 text-xs font-medium text-red-700">{t('overdueTag')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <p className="no-print mt-2 text-xs">
          <Link href={board({ period: periodId })} className="text-brand-700 hover:underline">
            {t('viewBoard')}
          </Link>
        </p>
      </div>
    </Card>
  );
}
