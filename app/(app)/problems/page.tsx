// 企业诉求台账: every enterprise problem the user may see (a unit: what it leads or assists), filtered by the URL
// (lib/problems/board.ts), with counts per status, ageing, sorting and server-side pages; export and figures from here.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BoardFilterForm } from '@/components/problems/board/board-filters';
import { BoardList } from '@/components/problems/board/board-list';
import { BoardPager } from '@/components/problems/board/pager';
import { StatusCounts } from '@/components/problems/board/status-counts';
import { ButtonLink, Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { can } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db.server';
import { boardQuery, parseBoardQuery } from '@/lib/problems/board';
import { boardFilterOptions, boardView } from '@/lib/problems/board.server';
import { canRecord } from '@/lib/problems/rules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problemBoard'))('title') };
}

export default async function ProblemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission(['problem:read:own', 'problem:read:any']);
  const t = await getTranslations('problemBoard');
  const ti = await getTranslations('ledgerImport');
  const f = parseBoardQuery(await searchParams);
  const db = await getDb();
  const now = new Date();
  const [{ page, counts }, { units, periods }] = await Promise.all([boardView(db, user, f, now), boardFilterOptions(db, user)]);
  const query = boardQuery({ ...f, page: 1 });
  return (
    <div className="space-y-5">
      <PageTitle sub={t('sub')}>{t('title')}</PageTitle>
      <div className="flex flex-wrap gap-2">
        {canRecord(user) && <ButtonLink href="/problems/new">{t('record')}</ButtonLink>}
        {can(user, 'problem:manage') && (
          <ButtonLink href="/problems/import" variant="secondary">
            {ti('link')}
          </ButtonLink>
        )}
        <ButtonLink href="/problems/figures" variant="secondary">
          {t('toFigures')}
        </ButtonLink>
        <a
          href={`/api/problems/board.xlsx${query ? `?${query}` : ''}`}
          download
          className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50"
          data-testid="problem-export"
        >
          {t('download')}
        </a>
      </div>
      <StatusCounts f={f} counts={counts} />
      <Card>
        <BoardFilterForm f={f} units={units} periods={periods} />
      </Card>
      <Card title={<span data-testid="problem-total">{t('total', { n: page.total })}</span>}>
        <BoardList rows={page.rows} />
        <BoardPager f={f} page={page.page} pages={page.pages} />
      </Card>
    </div>
  );
}
