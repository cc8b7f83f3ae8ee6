// Previous / next pages of the board, keeping every filter.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { boardHref, type BoardFilters } from '@/lib/problems/board';

export async function BoardPager({ f, page, pages }: { f: BoardFilters; page: number; pages: number }) {
  const t = await getTranslations('problemBoard.pager');
  if (pages <= 1) return null;
  const link = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50';
  const off = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400';
  return (
    <nav aria-label={t('label')} className="mt-4 flex items-center justify-between gap-2" data-testid="problem-pager">
      {page > 1 ? (
        <Link href={boardHref({ ...f, page: page - 1 })} className={link} rel="prev">
          {t('prev')}
        </Link>
      ) : (
        <span className={off}>{t('prev')}</span>
      )}
      <span className="tabular text-sm text-slate-600">{t('page', { page, pages })}</span>
      {page < pages ? (
        <Link href={boardHref({ ...f, page: page + 1 })} className={link} rel="next">
          {t('next')}
        </Link>
      ) : (
        <span className={off}>{t('next')}</span>
      )}
    </nav>
  );
}
