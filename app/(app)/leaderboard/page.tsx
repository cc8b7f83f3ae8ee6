// 排行榜: overall and per contest group, from the one scoring engine; every number opens its breakdown.
// Leaders, admin and auditor see any period (live results marked 暂定); units see published periods only.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { FinalsChart } from '@/components/leaderboard/finals-chart';
import { LeaderboardTable } from '@/components/leaderboard/leaderboard-table';
import { packRows, rowUnit, type Row } from '@/components/leaderboard/rows';
import { LightHeatmap } from '@/components/leaderboard/light-heatmap';
import { PublicationPanel } from '@/components/leaderboard/publication-panel';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Card, PageTitle } from '@/components/ui/card';
import { can } from '@/lib/auth/permissions';
import { UNIT_KINDS } from '@/lib/domain/enums';
import { mayPublish } from '@/lib/domain/period-state';
import { readablePeriods, requireResultsPage } from '@/lib/leaderboard/access.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults } from '@/lib/leaderboard/present';
import { unitFacets } from '@/lib/leaderboard/queries.server';
import { formatters } from '@/components/ui/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('leaderboard') };
}

const SORTS = ['rank', 'indicator', 'panel', 'final'] as const;
const paramsSchema = z.object({
  period: z.string().max(64).optional().catch(undefined),
  group: z.string().max(64).optional().catch(undefined),
  kind: z.enum(UNIT_KINDS).optional().catch(undefined),
  sort: z.enum(SORTS).catch('rank'),
});

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const q = paramsSchema.parse(await searchParams);
  const { user, period, db } = await requireResultsPage(q.period);
  const t = await getTranslations('leaderboardPage');
  const tl = await getTranslations('leaderboard');
  const format = await getFormatter();
  const [{ result, snapshot }, periods, unitKinds] = await Promise.all([getPeriodResults(db, period.id), readablePeriods(user), unitFacets(db)]);
  const results = presentResults(result);
  const kindOf = new Map(unitKinds.map((u) => [u.id, u.kind]));
  const shortNameOf = new Map(unitKinds.map((u) => [u.id, u.shortName]));
  const group = results.groups.find((g) => g.groupId === q.group) ?? null;

  let rows: Row[] = results.units
    .filter((u) => !group || u.groupId === group.groupId)
    .filter((u) => !q.kind || kindOf.get(u.unitId) === q.kind)
    .map((u) => ({
      unit: rowUnit(u, shortNameOf.get(u.unitId)),
      kind: kindOf.get(u.unitId) ?? 'department',
      rank: group ? u.groupRank : u.overallRank,
      change: group ? u.groupRankChange : u.overallRankChange,
    }));
  if (group) rows.sort((a, b) => a.rank - b.rank);
  const key = { indicator: (r: Row) => r.unit.indicatorScore, panel: (r: Row) => r.unit.panelScore ?? -Infinity, final: (r: Row) => r.unit.final };
  if (q.sort !== 'rank') rows = [...rows].sort((a, b) => key[q.sort as keyof typeof key](b) - key[q.sort as keyof typeof key](a));

  const href = (patch: Partial<z.infer<typeof paramsSchema>>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ period: period.id, group: q.group, kind: q.kind, sort: q.sort, ...patch }))
      if (v && !(k === 'sort' && v === 'rank')) p.set(k, String(v));
    return `/leaderboard?${p}`;
  };
  // one compact copy of the rows for the three client components (the table, the chart and the heat map)
  const packed = packRows(rows);
  const published = snapshot !== null;
  const canPublish = can(user, 'results:publish');
  const anyProvisional = results.units.some((u) => u.provisional);
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? 'bg-brand-600 font-semibold text-white' : 'bg-white text-slate-600 hover:bg-slate-100'}`;

  // client strings: only the ranking's own (the report card's stay on its pages)
  return (
    <ClientMessages namespaces={canPublish ? ['leaderboard', 'rankChange', 'leaderboardPublication'] : ['leaderboard', 'rankChange']}>
      <div className="space-y-5">
        <PageTitle sub={t('sub', { period: period.name })}>{t('title')}</PageTitle>

        <div className="flex flex-wrap items-center gap-2" data-testid="period-switch">
          {periods.map((p) => (
            <Link key={p.id} href={`/leaderboard?period=${p.id}`} className={tab(p.id === period.id)}>
              {p.name}
            </Link>
          ))}
          <span className="ml-auto text-sm" data-testid="results-status">
            {published ? (
              <span className="rounded bg-emerald-50 px-2 py-1 text-emerald-700">
                {snapshot.kind === 'correction'
                  ? t('corrected', {
                      version: snapshot.version,
                      date: formatters(format).date(snapshot.createdAt),
                      reason: snapshot.reason ?? '',
                    })
                  : t('published', { date: formatters(format).date(snapshot.createdAt) })}
              </span>
            ) : (
              <span className="rounded bg-amber-50 px-2 py-1 text-amber-800">{t('live')}</span>
            )}
          </span>
        </div>

        {canPublish &&
          (published ? (
            <PublicationPanel periodId={period.id} mode="correct" />
          ) : (
            mayPublish(period.state) && <PublicationPanel periodId={period.id} mode="publish" />
          ))}

        <Card>
          <div className="flex flex-wrap items-center gap-2">
            <nav className="flex flex-wrap gap-1" aria-label={t('groups')} data-testid="group-tabs">
              <Link href={href({ group: undefined })} className={tab(!group)}>
                {t('overall')}
              </Link>
              {results.groups.map((g) => (
                <Link key={g.groupId} href={href({ group: g.groupId })} className={tab(group?.groupId === g.groupId)}>
                  {g.name}
                </Link>
              ))}
            </nav>
            <form method="get" className="ml-auto flex flex-wrap items-center gap-2 text-sm">
              <input type="hidden" name="period" value={period.id} />
              {group && <input type="hidden" name="group" value={group.groupId} />}
              <label className="flex items-center gap-1">
                <span className="text-slate-500">{t('kindFilter')}</span>
                <select name="kind" defaultValue={q.kind ?? ''} className="rounded-md border border-slate-300 px-2 py-1">
                  <option value="">{t('allKinds')}</option>
                  {UNIT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {tl(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex items-center gap-1">
                <span className="text-slate-500">{t('sortBy')}</span>
                <select name="sort" defaultValue={q.sort} className="rounded-md border border-slate-300 px-2 py-1">
                  {SORTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`sort.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md bg-slate-800 px-3 py-1 text-white">
                {t('apply')}
              </button>
            </form>
          </div>
          {anyProvisional && <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800">{t('provisionalNote')}</p>}
          <div className="mt-3">
            <LeaderboardTable rows={packed} periodId={period.id} reportBase={`/leaderboard/${period.id}/units`} />
          </div>
          <div className="mt-3 flex flex-wrap gap-3 text-sm">
            <Link href={`/leaderboard/${period.id}/print`} className="text-brand-700 hover:underline">
              {t('printRanking')}
            </Link>
            <a href={`/api/v1/periods/${period.id}/export/ranking.xlsx`} className="text-brand-700 hover:underline" data-testid="export-xlsx">
              {t('exportXlsx')}
            </a>
            <a href={`/api/v1/periods/${period.id}/export/detail.xlsx`} className="text-brand-700 hover:underline">
              {t('exportDetail')}
            </a>
            <a href={`/api/v1/periods/${period.id}/export/ranking.csv`} className="text-brand-700 hover:underline">
              {t('exportCsv')}
            </a>
          </div>
        </Card>

        <div className="grid gap-5 lg:grid-cols-2">
          <Card title={t('chartTitle')} className="min-w-0">
            <FinalsChart rows={packed} title={tl('col.final')} />
          </Card>
          <Card title={t('heatmapTitle')} className="min-w-0">
            <LightHeatmap periodId={period.id} rows={packed} />
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
