// The board's counts for the current filters: per status, open, overdue and supervised. Each is a link to the board that
// shows exactly that many (lib/problems/board.server.ts `boardCounts`).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PROBLEM_STATUSES } from '@/lib/domain/enums';
import { boardHref, type BoardFilters } from '@/lib/problems/board';
import type { BoardCounts } from '@/lib/problems/board.server';
import { OPEN_PROBLEM_STATUSES } from '@/lib/problems/rules';

export async function StatusCounts({ f, counts }: { f: BoardFilters; counts: BoardCounts }) {
  const t = await getTranslations('problemBoard.counts');
  const tp = await getTranslations('problem.status');
  const base = { ...f, page: 1 };
  const chosen = f.status?.join(',') ?? '';
  const total = PROBLEM_STATUSES.reduce((n, s) => n + counts.byStatus[s], 0);
  const chip = (key: string, label: string, n: number, href: string, active: boolean, tone = '') => (
    <li key={key}>
      <Link
        href={href}
        aria-current={active ? 'true' : undefined}
        data-count={key}
        className={`flex items-baseline gap-1.5 whitespace-nowrap rounded-md border px-3 py-1.5 text-sm ${active ? 'border-brand-600 bg-brand-50 font-semibold text-brand-800' : 'border-slate-200 bg-white text-slate-700 hover:bg-slate-50'}`}
      >
        <span>{label}</span>
        <span className={`tabular font-bold ${tone}`}>{n}</span>
      </Link>
    </li>
  );
  return (
    <ul className="flex flex-wrap gap-2" data-testid="problem-counts">
      {chip('all', t('all'), total, boardHref({ ...base, status: undefined }), !chosen)}
      {chip('open', t('open'), counts.open, boardHref({ ...base, status: [...OPEN_PROBLEM_STATUSES] }), chosen === OPEN_PROBLEM_STATUSES.join(','))}
      {PROBLEM_STATUSES.map((s) => chip(s, tp(s), counts.byStatus[s], boardHref({ ...base, status: [s] }), chosen === s))}
      {chip('overdue', t('overdue'), counts.overdue, boardHref({ ...base, overdue: true }), !!f.overdue, counts.overdue ? 'text-red-700' : '')}
      {chip('supervised', t('supervised'), counts.supervised, boardHref({ ...base, supervised: true }), !!f.supervised)}
    </ul>
  );
}
