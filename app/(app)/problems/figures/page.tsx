// 企业诉求台账统计: a period's ledger figures per lead unit, per category and month by month, with charts, links to the
// problems behind each number, and an Excel download. A unit user sees its own unit's.
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CountsChart } from '@/components/problems/board/figures-charts';
import { FiguresTable } from '@/components/problems/board/figures-table';
import { ButtonLink, Card, Notice, PageTitle, Stat } from '@/components/ui/card';
import { formatters } from '@/components/ui/format';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listPeriods } from '@/lib/periods.server';
import { figuresView } from '@/lib/problems/figures-view.server';
import { periodWindow } from '@/lib/problems/rules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problemBoard.figures'))('title') };
}

const querySchema = z.object({ period: z.string().max(64).optional().catch(undefined) });

export default async function ProblemFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission(['problem:read:own', 'problem:read:any']);
  const t = await getTranslations('problemBoard');
  const tc = await getTranslations('problem.category');
  const raw = await searchParams;
  const q = querySchema.parse({ period: typeof raw.period === 'string' ? raw.period : undefined });
  const db = await getDb();
  const now = new Date();
  const [view, periods] = await Promise.all([figuresView(db, user, q.period, now), listPeriods(db)]);
  if (!view) return <Notice>{t('figures.noData')}</Notice>;
  const running = now.getTime() < periodWindow(view.period).end.getTime();
  const d = view.district;
  const fmt = formatters(await getFormatter());
  const pct = (r: number | null) => (r === null ? t('figures.none') : fmt.pct(r / 100));
  const series = { received: t('figures.received'), closed: t('figures.closed'), axis: t('figures.count') };
  const shownUnits = view.byUnit.filter((u) => u.figures.received || u.figures.closed || u.figures.overdue);
  return (
    <div className="space-y-5">
      <PageTitle sub={t('figures.sub', { period: view.period.name })}>{t('figures.title')}</PageTitle>
      <div className="flex flex-wrap items-end gap-2">
        <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col gap-1">
            <span className="text-slate-600">{t('figures.period')}</span>
            <select name="period" defaultValue={view.period.id} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 font-semibold text-white hover:bg-brand-700">
            {t('figures.show')}
          </button>
        </form>
        <ButtonLink href="/problems" variant="secondary">
          {t('toBoard')}
        </ButtonLink>
        <a
          href={`/api/problems/figures.xlsx?period=${encodeURIComponent(view.period.id)}`}
          download
          className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50"
          data-testid="figures-export"
        >
          {t('download')}
        </a>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="figures-summary">
        <Stat label={t('figures.received')} value={d.received} />
        <Stat label={t('figures.closed')} value={d.closed} />
        <Stat label={t('figures.onTimeRate')} value={pct(d.onTimeRate)} />
        <Stat label={t('figures.satisfactionRate')} value={pct(d.satisfactionRate)} />
        <Stat label={t('figures.overdue')} value={d.overdue} tone={d.overdue ? 'bad' : 'good'} />
        <Stat label={t('figures.supervised')} value={d.supervised} />
      </div>
      <p className="text-xs text-slate-500">{t('figures.definitions')}</p>
      <Card title={t('figures.byUnit')}>
        <FiguresTable
          caption={t('figures.byUnit')}
          testId="figures-by-unit"
          first={t('figures.unit')}
          periodId={view.period.id}
          running={running}
          rows={[
            ...view.byUnit.map((u) => ({ key: u.unitId, label: u.name, figures: u.figures, filter: { unit: u.unitId } })),
            ...(view.byUnit.length > 1 ? [{ key: 'district', label: t('figures.district'), figures: d, filter: null }] : []),
          ]}
        />
        {shownUnits.length > 0 && (
          <div className="mt-4">
            <CountsChart
              kind="bar"
              horizontal
              testId="chart-by-unit"
              labels={shownUnits.map((u) => u.name)}
              received={shownUnits.map((u) => u.figures.received)}
              closed={shownUnits.map((u) => u.figures.closed)}
              text={{ title: t('figures.chartUnit'), ...series }}
            />
          </div>
        )}
      </Card>
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title={t('figures.byCategory')} className="min-w-0">
          <FiguresTable
            caption={t('figures.byCategory')}
            testId="figures-by-category"
            first={t('figures.category')}
            periodId={view.period.id}
            running={running}
            rows={view.byCategory.map((c) => ({
              key: c.category,
              label: tc(c.category as 'other'),
              figures: c.figures,
              filter: { category: c.category as 'other', ...(view.byUnit.length === 1 ? { unit: view.byUnit[0]!.unitId } : {}) },
            }))}
          />
          <div className="mt-4">
            <CountsChart
              kind="bar"
              testId="chart-by-category"
              labels={view.byCategory.map((c) => tc(c.category as 'other'))}
              received={view.byCategory.map((c) => c.figures.received)}
              closed={view.byCategory.map((c) => c.figures.closed)}
              text={{ title: t('figures.chartCategory'), ...series }}
            />
          </div>
        </Card>
        <Card title={t('figures.monthly')} className="min-w-0">
          <CountsChart
            kind="line"
            testId="chart-monthly"
            labels={view.monthly.map((m) => m.label)}
            received={view.monthly.map((m) => m.received)}
            closed={view.monthly.map((m) => m.closed)}
            text={{ title: t('figures.chartMonthly'), ...series }}
          />
        </Card>
      </div>
    </div>
  );
}
