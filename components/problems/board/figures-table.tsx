// The ledger figures as a table (per lead unit or per category); every count links to the board that lists the problems
// behind it (the board's filters are the figures' definitions: raised / solved / rated within the period).
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { formatters } from '@/components/ui/format';
import { boardHref, type BoardFilters } from '@/lib/problems/board';
import type { LedgerFigures } from '@/lib/problems/rules';

export interface FiguresTableRow {
  key: string;
  label: string;
  figures: LedgerFigures;
  /** the board filters that select this row's problems (unit or category); null: no links (a total) */
  filter: Partial<BoardFilters> | null;
}

export async function FiguresTable({
  rows,
  first,
  periodId,
  running,
  caption,
  testId,
}: {
  rows: FiguresTableRow[];
  first: string;
  periodId: string;
  /** the period is running: its overdue figure is today's, so it links to the board's overdue filter */
  running: boolean;
  caption: string;
  testId: string;
}) {
  const t = await getTranslations('problemBoard.figures');
  const fmt = formatters(await getFormatter());
  const th = 'px-2 py-2 text-right text-xs font-semibold text-slate-600 whitespace-nowrap';
  const num = (n: number, filter: Partial<BoardFilters> | null, extra: Partial<BoardFilters>, label: string) =>
    filter && n > 0 ? (
      <Link href={boardHref({ ...filter, ...extra })} className="text-brand-700 hover:underline" aria-label={`${label} ${n}`}>
        {n}
      </Link>
    ) : (
      n
    );
  const rate = (r: number | null, n: number, d: number) =>
    r === null ? (
      t('none')
    ) : (
      <>
        {fmt.pct(r / 100)} <span className="text-xs text-slate-500">({t('ratio', { num: n, den: d })})</span>
      </>
    );
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200">
          <tr>
            <th scope="col" className="px-2 py-2 text-left text-xs font-semibold text-slate-600">
              {first}
            </th>
            <th scope="col" className={th}>
              {t('received')}
            </th>
            <th scope="col" className={th}>
              {t('closed')}
            </th>
            <th scope="col" className={th}>
              {t('onTimeRate')}
            </th>
            <th scope="col" className={th}>
              {t('satisfactionRate')}
            </th>
            <th scope="col" className={th}>
              {t('overdue')}
            </th>
            <th scope="col" className={th}>
              {t('supervised')}
            </th>
          </tr>
        </thead>
        <tbody className="tabular divide-y divide-slate-100">
          {rows.map(({ key, label, figures: g, filter }) => (
            <tr key={key} className={filter ? '' : 'font-semibold'} data-row={key}>
              <th scope="row" className="px-2 py-1.5 text-left font-medium text-slate-800">
                {label}
              </th>
              <td className="px-2 py-1.5 text-right" data-figure="received">
                {num(g.received, filter, { period: periodId }, `${label} ${t('received')}`)}
              </td>
              <td className="px-2 py-1.5 text-right" data-figure="closed">
                {num(g.closed, filter, { closedIn: periodId }, `${label} ${t('closed')}`)}
              </td>
              <td className="px-2 py-1.5 text-right" data-figure="onTimeRate">
                {rate(g.onTimeRate, g.onTime, g.closed)}
              </td>
              <td className="px-2 py-1.5 text-right" data-figure="satisfactionRate">
                {rate(g.satisfactionRate, g.satisfied, g.rated)}
              </td>
              <td className={`px-2 py-1.5 text-right ${g.overdue ? 'text-red-700' : ''}`} data-figure="overdue">
                {num(g.overdue, running ? filter : null, { overdue: true }, `${label} ${t('overdue')}`)}
              </td>
              <td className="px-2 py-1.5 text-right" data-figure="supervised">
                {num(g.supervised, filter, { period: periodId, supervised: true }, `${label} ${t('supervised')}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
