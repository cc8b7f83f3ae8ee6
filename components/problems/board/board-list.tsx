// The board's rows: a table from 768 px, cards below it (no sideways scrolling on a phone). Each row links to the
// problem's page; overdue and days open come from the rules (lib/problems/rules.ts), computed by the board's read.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ProblemFlags, ProblemStatusBadge } from '@/components/problems/badges';
import { formatters } from '@/components/ui/format';
import type { BoardRow } from '@/lib/problems/board.server';

export async function BoardList({ rows }: { rows: BoardRow[] }) {
  const t = await getTranslations('problemBoard');
  const tp = await getTranslations('problem');
  const fmt = formatters(await getFormatter());
  if (!rows.length) return <p className="py-6 text-center text-sm text-slate-500">{t('empty')}</p>;
  const th = 'px-2 py-2 text-left text-xs font-semibold text-slate-600';
  return (
    <>
      <table className="hidden w-full table-fixed border-collapse text-sm md:table" data-testid="problem-table">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="border-b border-slate-200">
          <tr>
            <th scope="col" className={`${th} w-28`}>
              {t('table.code')}
            </th>
            <th scope="col" className={th}>
              {t('table.problem')}
            </th>
            <th scope="col" className={`${th} w-20`}>
              {t('table.category')}
            </th>
            <th scope="col" className={`${th} w-44`}>
              {t('table.lead')}
            </th>
            <th scope="col" className={`${th} w-28`}>
              {t('table.status')}
            </th>
            <th scope="col" className={`${th} w-32`}>
              {t('table.due')}
            </th>
            <th scope="col" className={`${th} w-20 text-right`}>
              {t('table.age')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} className="align-top" data-testid="problem-row" data-unit={r.leadUnitId}>
              <td className="tabular px-2 py-2 text-xs">
                <Link href={`/problems/${r.id}`} className="text-brand-700 hover:underline">
                  {r.code}
                </Link>
              </td>
              <td className="min-w-0 px-2 py-2">
                <Link href={`/problems/${r.id}`} className="font-medium text-slate-900 hover:underline">
                  {r.title}
                </Link>
                <div className="truncate text-xs text-slate-500">{r.enterpriseName}</div>
              </td>
              <td className="px-2 py-2 text-xs">{tp(`category.${r.category}` as 'category.other')}</td>
              <td className="px-2 py-2 text-xs">
                <div className="font-medium text-slate-800">{r.leadUnitName}</div>
                {r.assistUnitNames.length > 0 && <div className="text-slate-500">{t('table.assist', { units: r.assistUnitNames.join('、') })}</div>}
                <div className="text-slate-500">{t('table.responsible', { name: r.responsiblePerson })}</div>
              </td>
              <td className="px-2 py-2">
                <div className="flex flex-wrap gap-1">
                  <ProblemStatusBadge status={r.status} />
                  <ProblemFlags overdue={r.overdue} supervised={r.supervised} />
                </div>
              </td>
              <td className={`px-2 py-2 text-xs ${r.overdue ? 'font-medium text-red-700' : 'text-slate-700'}`}>{fmt.date(r.dueAt)}</td>
              <td className="tabular px-2 py-2 text-right text-xs">{t('table.days', { n: r.daysOpen })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-slate-100 md:hidden" data-testid="problem-cards">
        {rows.map((r) => (
          <li key={r.id} className="py-3" data-testid="problem-card" data-unit={r.leadUnitId} data-assists={r.assistUnitIds.join(' ')}>
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="tabular text-xs text-slate-500">{r.code}</span>
              <ProblemStatusBadge status={r.status} />
              <ProblemFlags overdue={r.overdue} supervised={r.supervised} />
            </div>
            <Link href={`/problems/${r.id}`} className="mt-1 block break-words font-medium text-slate-900 hover:underline">
              {r.title}
            </Link>
            <div className="break-words text-xs text-slate-500">
              {r.enterpriseName} · {tp(`category.${r.category}` as 'category.other')}
            </div>
            <div className="mt-1 break-words text-xs text-slate-600">
              {r.leadUnitName}
              {r.assistUnitNames.length > 0 && ` · ${t('table.assist', { units: r.assistUnitNames.join('、') })}`}
            </div>
            <div className="mt-1 flex flex-wrap gap-x-4 text-xs">
              <span className={r.overdue ? 'font-medium text-red-700' : 'text-slate-600'}>
                {t('table.due')}：{fmt.date(r.dueAt)}
              </span>
              <span className="text-slate-600">
                {t('table.age')}：{t('table.days', { n: r.daysOpen })}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
