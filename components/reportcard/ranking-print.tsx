// The printable full ranking for the meeting: a table per contest group (by group rank), then the
// overall table; title with period and status (已发布 / 暂定), print date. Printed on A4 landscape
// (the `ranking` named page in globals.css).
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { PeriodResults } from '@/lib/leaderboard/load.server';
import type { PublicResults, PublicUnitResult } from '@/lib/leaderboard/present';
import { LightCountsView, ProvisionalTag, RankChangeBadge } from './bits';
import { formatters } from '@/components/ui/format';
import { PrintButton } from './print-button';

interface Props {
  period: { id: string; name: string };
  results: PublicResults;
  snapshot: PeriodResults['snapshot'];
}

export async function RankingPrint({ period, results, snapshot }: Props) {
  const t = await getTranslations('reportCard');
  const format = await getFormatter();
  const f = formatters(format);
  const date = f.date;
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  const status = snapshot ? (snapshot.kind === 'correction' ? 'corrected' : 'published') : 'provisional';
  const statusNote =
    status === 'provisional'
      ? t('ranking.statusNote.provisional')
      : status === 'corrected'
        ? t('ranking.statusNote.corrected', { version: snapshot!.version, date: date(snapshot!.createdAt), reason: snapshot!.reason ?? '' })
        : t('ranking.statusNote.published', { date: date(snapshot!.createdAt) });
  const statusTone = status === 'published' ? 'border-green-600 text-green-700' : 'border-amber-500 text-amber-700';

  return (
    <article className="rc-root rc-ranking space-y-5" data-testid="ranking-print">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b-2 border-brand-700 pb-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-slate-900">
            {t('ranking.title', { period: period.name })}
            <span
              className={`rc-keep-color ml-3 inline-block rounded border-2 px-2 py-0.5 align-middle text-base font-bold ${statusTone}`}
              data-testid="ranking-status"
              data-status={status}
            >
              {t(`ranking.status.${status}`)}
            </span>
          </h1>
          <p className="mt-1 text-sm text-slate-600">{statusNote}</p>
          <p className="mt-0.5 text-sm text-slate-500">{t('ranking.printedAt', { date: date(new Date()) })}</p>
        </div>
        <div className="no-print">
          <PrintButton label={t('print')} />
        </div>
      </header>

      {results.groups.map((g) => {
        const units = g.unitIds.map((id) => byId.get(id)).filter((u): u is PublicUnitResult => !!u);
        return (
          <section key={g.groupId} className="rc-avoid" data-testid="ranking-group">
            <h2 className="mb-2 text-lg font-semibold text-slate-800">{t('ranking.group', { group: g.name ?? t('noGroup'), count: units.length })}</h2>
            <RankingTable units={units} rank={(u) => u.groupRank} change={(u) => u.groupRankChange} periodId={period.id} f={f} t={t} />
          </section>
        );
      })}

      <section className="rc-break-before" data-testid="ranking-overall">
        <h2 className="mb-2 text-lg font-semibold text-slate-800">{t('ranking.overall', { count: results.units.length })}</h2>
        <RankingTable units={results.units} rank={(u) => u.overallRank} change={(u) => u.overallRankChange} periodId={period.id} f={f} t={t} showGroup />
      </section>

      <p className="text-xs text-slate-500">{t('ranking.legend', { alpha: f.val(results.settings.alpha), beta: f.val(results.settings.beta) })}</p>
    </article>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'reportCard'>>>;

function RankingTable({
  units,
  rank,
  change,
  periodId,
  f,
  t,
  showGroup = false,
}: {
  units: PublicUnitResult[];
  rank: (u: PublicUnitResult) => number;
  change: (u: PublicUnitResult) => PublicUnitResult['groupRankChange'];
  periodId: string;
  f: ReturnType<typeof formatters>;
  t: T;
  showGroup?: boolean;
}) {
  return (
    <div className="rc-scroll overflow-x-auto" tabIndex={0}>
      <table className="rc-table rc-ranking-table w-full min-w-[820px] table-fixed border-collapse text-sm">
        <thead>
          <tr className="border-y border-slate-300 bg-slate-50 text-left text-xs text-slate-600">
            <th className="w-12 px-2 py-1.5 text-center font-medium">{t('ranking.col.rank')}</th>
            <th className="px-2 py-1.5 font-medium">{t('ranking.col.unit')}</th>
            {showGroup && <th className="w-36 px-2 py-1.5 font-medium">{t('ranking.col.group')}</th>}
            <th className="w-20 px-2 py-1.5 text-right font-medium">{t('ranking.col.sInd')}</th>
            <th className="w-20 px-2 py-1.5 text-right font-medium">{t('ranking.col.sPanel')}</th>
            <th className="w-16 px-2 py-1.5 text-right font-medium">{t('ranking.col.adj')}</th>
            <th className="w-20 px-2 py-1.5 text-right font-semibold text-slate-800">{t('ranking.col.final')}</th>
            <th className="w-40 px-2 py-1.5 font-medium">{t('ranking.col.lights')}</th>
            <th className="w-16 px-2 py-1.5 text-center font-medium">{t('ranking.col.change')}</th>
            <th className="w-16 px-2 py-1.5 font-medium">{t('ranking.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId} className="border-b border-slate-200" data-testid="ranking-row" data-unit-id={u.unitId}>
              <td className="tabular px-2 py-1.5 text-center font-semibold">{rank(u)}</td>
              <td className="px-2 py-1.5">
                <Link href={`/leaderboard/${periodId}/units/${u.unitId}`} className="hover:text-brand-700 hover:underline" data-testid="ranking-unit">
                  {u.name}
                </Link>
              </td>
              {showGroup && <td className="px-2 py-1.5 text-slate-600">{u.groupName ?? t('noGroup')}</td>}
              <td className="tabular px-2 py-1.5 text-right">{f.n2(u.indicatorScore)}</td>
              <td className="tabular px-2 py-1.5 text-right">{u.panelScore === null ? '—' : f.n2(u.panelScore)}</td>
              <td className="tabular px-2 py-1.5 text-right">{f.signed2(u.adjustments.total)}</td>
              <td className="tabular px-2 py-1.5 text-right font-bold">{f.n2(u.final.value)}</td>
              <td className="px-2 py-1.5">
                <LightCountsView lights={u.lights} />
              </td>
              <td className="px-2 py-1.5 text-center">
                <RankChangeBadge change={change(u)} />
              </td>
              <td className="px-2 py-1.5">
                {u.provisional && <ProvisionalTag reason={u.final.provisionalReason ? t(`provisionalReason.${u.final.provisionalReason}`) : undefined} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
