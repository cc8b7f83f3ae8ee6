// 成绩单: one unit's results for one period, every number opened into its breakdown (DESIGN §4):
// the F formula with its numbers, indicator by indicator, judge by judge (评委n only), item by item;
// gaps and measures; the trend across periods and the radar by rubric criterion.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Light } from '@/components/submission/light';
import { PlausibilityFlag } from '@/components/submission/plausibility-flag';
import { StatisticsBadge } from '@/components/submission/statistics-badge';
import { Card, Notice } from '@/components/ui/card';
import type { PublicResults, PublicUnitResult } from '@/lib/leaderboard/present';
import type { PeriodResults } from '@/lib/leaderboard/load.server';
import { round2, type IndicatorResult } from '@/lib/scoring';
import { implausibility } from '@/lib/submissions/rules';
import { LightCountsView, ProvisionalTag, RankChangeBadge } from './bits';
import { CriteriaRadar, TrendChart } from './charts';
import type { ReportCardExtras } from '@/lib/reportcard/queries.server';
import { formatters } from '@/components/ui/format';
import { radarSeries } from './model';
import { PrintButton } from './print-button';
import { LedgerSection } from './ledger-section';
import { LedgerDerivation } from '@/components/ledger/derivation';
import { ledgerBoardHref } from '@/components/ledger/links';
import { isLedgerFigure } from '@/lib/problems/rules';

interface Props {
  period: { id: string; name: string };
  results: PublicResults;
  unit: PublicUnitResult;
  snapshot: PeriodResults['snapshot'];
  extras: ReportCardExtras;
  /** the 佐证材料 section (readers of the unit only), placed before the footer */
  evidence?: React.ReactNode;
}

const C_EXPR = {
  'actual/target': 'actualOverTarget',
  'target/actual': 'targetOverActual',
  lower_actual_zero: 'lowerActualZero',
  'done/planned': 'doneOverPlanned',
  missing: 'missing',
  invalid: 'invalid',
} as const;

export async function ReportCard({ period, results, unit, snapshot, extras, evidence }: Props) {
  const t = await getTranslations('reportCard');
  const tr = await getTranslations();
  const tl = await getTranslations('ledger');
  const format = await getFormatter();
  const f = formatters(format);
  const date = f.date;
  const settings = results.settings;
  const groupSize = results.groups.find((g) => g.groupId === unit.groupId)?.unitIds.length ?? 0;
  const fin = unit.final;
  const radar = radarSeries(results, unit.unitId);
  const criterionName = (id: string, i: number) => extras.criterionNames.get(id) ?? t('panel.criterion', { n: i + 1 });

  const statusText = snapshot
    ? snapshot.kind === 'correction'
      ? snapshot.reason
        ? t('status.corrected', { version: snapshot.version, date: date(snapshot.createdAt), reason: snapshot.reason })
        : t('status.correctedNoReason', { version: snapshot.version, date: date(snapshot.createdAt) })
      : t('status.published', { date: date(snapshot.createdAt) })
    : t('status.live');
  const statusTone = snapshot
    ? snapshot.kind === 'correction'
      ? 'border-amber-300 bg-amber-50 text-amber-800'
      : 'border-green-300 bg-green-50 text-green-800'
    : 'border-slate-300 bg-slate-50 text-slate-600';

  const formulaLine =
    fin.mode === 'weighted'
      ? t('formula.weighted', {
          alpha: f.val(fin.alpha),
          beta: f.val(fin.beta),
          sInd: f.n2(unit.indicatorScore),
          sPanel: f.n2(unit.panelScore ?? 0),
          adj: f.term(fin.adjustments),
          f: f.n2(fin.value),
        })
      : t('formula.provisional', { sInd: f.n2(unit.indicatorScore), adj: f.term(fin.adjustments), f: f.n2(fin.value) });

  const indicatorDetail = (ind: IndicatorResult) => {
    const key = C_EXPR[ind.completionFormula];
    const cText = t(`indicators.cExpr.${key}`, {
      actual: f.val(ind.actual),
      target: f.val(ind.target.value),
      c: f.ratio(ind.cRaw),
    });
    const w = f.val(ind.weight);
    const s = f.n2(ind.points);
    const co = ind.cohort;
    let sText: string;
    switch (ind.formula) {
      case 'ratio':
        sText = t('indicators.sExpr.ratio', { w, c: f.ratio(ind.c), s });
        break;
      case 'efficacy':
        sText = t('indicators.sExpr.efficacy', { w, c: f.ratio(ind.c), cMin: f.ratio(co?.cMin ?? 0), cMax: f.ratio(co?.cMax ?? 0), s, n: co?.n ?? 0 });
        break;
      case 'efficacy_all_equal':
        sText = t('indicators.sExpr.efficacy_all_equal', { n: co?.n ?? 0, s });
        break;
      case 'rank':
        sText = t('indicators.sExpr.rank', { w, rank: ind.rank ?? 0, n: co?.n ?? 0, f: f.val(settings.rankFloor), s });
        break;
      case 'rank_single':
        sText = t('indicators.sExpr.rank_single', { s });
        break;
      case 'missing':
        sText = t('indicators.sExpr.missing');
        break;
      default:
        sText = t('indicators.sExpr.cohort_pending');
    }
    return { cText, sText };
  };

  const targetSource = (ind: IndicatorResult) =>
    ind.target.source === 'annual_x_time_progress'
      ? t('indicators.source.annual_x_time_progress', { annual: f.val(ind.target.annualTarget), tp: f.val(settings.timeProgress) })
      : t(`indicators.source.${ind.target.source}`);

  const panel = unit.panel;
  const adj = unit.adjustments;

  return (
    <article className="rc-root rc-reportcard space-y-5" data-testid="report-card">
      {/* ── heading ── */}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 break-words [overflow-wrap:anywhere]">
          <h1 className="text-2xl font-bold text-slate-900">{t('title', { unit: unit.name })}</h1>
          <p className="mt-1 text-sm text-slate-500">
            {t('subtitle', { period: period.name, group: unit.groupName ?? t('noGroup'), kind: extras.kind ? tr(`unitKind.${extras.kind}`) : '—' })}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <span
              className={`rc-keep-color rounded border px-2 py-0.5 text-xs font-medium ${statusTone}`}
              data-testid="result-status"
              data-kind={snapshot?.kind ?? 'live'}
            >
              {statusText}
            </span>
            {unit.provisional && <ProvisionalTag reason={fin.provisionalReason ? t(`provisionalReason.${fin.provisionalReason}`) : undefined} />}
          </div>
        </div>
        <div className="no-print flex flex-wrap items-center gap-2">
          <PrintButton label={t('print')} />
          <Link
            href={`/leaderboard/${period.id}/print`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50"
          >
            {t('printRanking')}
          </Link>
        </div>
      </header>

      {unit.provisional && fin.provisionalReason && (
        <p className="rc-keep-color rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="provisional-reason">
          {t(`provisionalReason.${fin.provisionalReason}`)}
        </p>
      )}

      {/* ── headline numbers ── */}
      <section className="rc-avoid grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="summary">
        <Tile label={t('summary.final')}>
          <span className="tabular text-3xl font-black text-brand-700" data-testid="final-score">
            {f.n2(fin.value)}
          </span>
          {unit.provisional && (
            <span className="ml-2 align-middle">
              <ProvisionalTag />
            </span>
          )}
        </Tile>
        <Tile label={t('summary.groupRank')}>
          <span className="tabular text-lg font-bold sm:text-xl" data-testid="group-rank">
            {t('summary.rankOf', { rank: unit.groupRank, total: groupSize })}
          </span>
          <div className="mt-0.5 flex items-center gap-1 text-xs text-slate-500">
            {t('summary.vsPrevious')} <RankChangeBadge change={unit.groupRankChange} />
            {unit.groupRankDecidedBy === 'shared' && <span>· {t('summary.sharedRank')}</span>}
          </div>
        </Tile>
        <Tile label={t('summary.overallRank')}>
          <span className="tabular text-lg font-bold sm:text-xl" data-testid="overall-rank">
            {t('summary.rankOf', { rank: unit.overallRank, total: results.units.length })}
          </span>
          <div className="mt-0.5 flex items-center gap-1 text-xs text-slate-500">
            {t('summary.vsPrevious')} <RankChangeBadge change={unit.overallRankChange} />
            {unit.overallRankDecidedBy === 'shared' && <span>· {t('summary.sharedRank')}</span>}
          </div>
        </Tile>
        <Tile label={t('summary.lights')}>
          <div className="pt-1.5">
            <LightCountsView lights={unit.lights} />
          </div>
        </Tile>
      </section>

      {/* ── F formula ── */}
      <Card title={t('formula.title')} className="rc-avoid">
        <dl className="grid grid-cols-3 gap-3 text-sm">
          <div>
            <dt className="text-xs text-slate-500">{t('summary.indicatorScore')}</dt>
            <dd className="tabular text-lg font-semibold">{f.n2(unit.indicatorScore)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t('summary.panelScore')}</dt>
            <dd className="tabular text-lg font-semibold">{unit.panelScore === null ? t('summary.none') : f.n2(unit.panelScore)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t('summary.adjustments')}</dt>
            <dd className="tabular text-lg font-semibold">{f.signed2(adj.total)}</dd>
          </div>
        </dl>
        <p className="tabular mt-3 rounded bg-slate-50 px-3 py-2 font-mono text-sm break-words text-slate-800" data-testid="formula">
          {formulaLine}
        </p>
        {fin.mode === 'weighted' && (
          <p className="tabular mt-1 text-xs text-slate-500">
            {t('formula.parts', { ind: f.n2(fin.indicatorPart), panel: f.n2(fin.panelPart), adj: f.signed2(fin.adjustments) })}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-400">{t('formula.precision')}</p>
      </Card>

      {/* ── indicators ── */}
      <Card title={t('indicators.title', { count: unit.indicators.length, weight: f.val(unit.weightTotal) })}>
        {/* phones: each indicator is a small card (label–value pairs), no sideways scrolling */}
        <div className="rc-scroll sm:overflow-x-auto" tabIndex={0}>
          <table className="rc-table w-full text-sm max-sm:block sm:min-w-[720px]" data-testid="indicator-table">
            <thead className="max-sm:hidden">
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th className="w-8 py-2 pr-2 font-medium">{t('indicators.col.no')}</th>
                <th className="py-2 pr-3 font-medium">{t('indicators.col.name')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicators.col.target')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicators.col.actual')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicators.col.completion')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicators.col.weight')}</th>
                <th className="py-2 text-right font-medium">{t('indicators.col.points')}</th>
              </tr>
            </thead>
            {unit.indicators.map((ind, i) => {
              const info = extras.indicatorInfo.get(ind.indicatorId);
              const mu = ind.direction === 'milestone' ? '%' : (info?.measureUnit ?? '');
              const { cText, sText } = indicatorDetail(ind);
              // a note exists only while the value is implausible (the server clears it); c alone flags it too
              const flagged = !!info?.plausibilityNote || (!ind.missing && implausibility({ actual: ind.actual, cRaw: ind.cRaw, previous: null }) !== null);
              const label = (key: string) => <span className="mr-1 text-xs text-slate-500 sm:hidden">{t(`indicators.col.${key}`)}</span>;
              return (
                <tbody
                  key={ind.indicatorId}
                  className="rc-avoid border-b border-slate-100 max-sm:block max-sm:py-2"
                  data-testid="indicator-row"
                  data-light={ind.light}
                >
                  <tr className="align-top max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:gap-y-1">
                    <td className="tabular pt-2 pr-2 text-slate-400 max-sm:hidden">{i + 1}</td>
                    <td className="pt-2 pr-3 break-words [overflow-wrap:anywhere] max-sm:col-span-2 max-sm:pr-0">
                      <div className="font-medium text-slate-800">
                        <span className="mr-1 text-slate-400 sm:hidden">{i + 1}.</span>
                        {ind.name ?? ind.key}
                      </div>
                      <div className="text-xs text-slate-500">
                        {info ? `${tr(`indicator.categories.${info.category}`)} · ` : ''}
                        {tr(`indicator.methods.${ind.method}`)} · {tr(`indicator.directions.${ind.direction}`)}
                      </div>
                      {ind.problems.length > 0 && (
                        <div className="text-xs text-red-600">{ind.problems.map((p) => t(`indicators.problems.${p}`)).join('；')}</div>
                      )}
                      {ind.ledger && isLedgerFigure(ind.ledger.figure) && (
                        <div className="text-xs font-medium text-brand-700" data-testid="ledger-source">
                          {tl('sourceShort')}（{tl(`figure.${ind.ledger.figure}`)}）
                        </div>
                      )}
                      {info?.statistics && (
                        <div className="mt-0.5">
                          <StatisticsBadge />
                        </div>
                      )}
                      {flagged && <PlausibilityFlag note={info?.plausibilityNote} />}
                    </td>
                    <td className="tabular pt-2 pr-3 text-right whitespace-nowrap max-sm:pt-0 max-sm:text-left">
                      {label('target')}
                      {f.val(ind.target.value)} <span className="text-xs text-slate-500">{mu}</span>
                      <div className="text-xs whitespace-normal text-slate-500">{targetSource(ind)}</div>
                    </td>
                    <td className="tabular pt-2 pr-3 text-right whitespace-nowrap max-sm:pt-0 max-sm:text-left">
                      {label('actual')}
                      {ind.missing ? (
                        <span className="font-medium text-red-600">{tr('indicator.notFilled')}</span>
                      ) : (
                        <>
                          {f.val(ind.actual)} <span className="text-xs text-slate-500">{mu}</span>
                        </>
                      )}
                    </td>
                    <td className="tabular pt-2 pr-3 text-right whitespace-nowrap max-sm:pt-0 max-sm:text-left">
                      {label('completion')}
                      <span className="rc-keep-color inline-flex items-center gap-1.5">
                        <Light light={ind.light} />
                        {f.pct(ind.c)}
                      </span>
                      {ind.clamped && (
                        <div className="text-xs whitespace-normal text-amber-700">
                          {t(`indicators.clamped.${ind.clamped}`, { raw: f.pct(ind.cRaw), cap: f.pct(ind.cap) })}
                        </div>
                      )}
                    </td>
                    <td className="tabular pt-2 pr-3 text-right max-sm:pt-0 max-sm:text-left">
                      {label('weight')}
                      {f.val(ind.weight)}
                    </td>
                    <td className="tabular pt-2 text-right font-semibold max-sm:pt-0 max-sm:text-left">
                      {label('points')}
                      {f.n2(ind.points)}
                    </td>
                  </tr>
                  <tr className="max-sm:block">
                    <td className="max-sm:hidden" />
                    <td colSpan={6} className="tabular pt-0.5 pb-2 text-xs leading-relaxed break-words text-slate-500 max-sm:block max-sm:pb-0">
                      {ind.ledger && ind.ledger.numerator !== null && (
                        <span className="mr-2 font-medium text-slate-700">
                          <LedgerDerivation ledger={ind.ledger} value={ind.actual} />
                          <Link href={ledgerBoardHref(ind.ledger.figure, unit.unitId, period.id)} className="no-print ml-2 text-brand-700 hover:underline">
                            {tl('problemsBehind')}
                          </Link>
                          ；
                        </span>
                      )}
                      {cText}；{sText}
                    </td>
                  </tr>
                </tbody>
              );
            })}
            <tfoot className="max-sm:block">
              <tr className="border-t-2 border-slate-200 font-semibold max-sm:flex max-sm:flex-wrap max-sm:gap-x-3">
                <td className="max-sm:hidden" />
                <td className="py-2 pr-3">{t('indicators.total')}</td>
                <td colSpan={3} className="max-sm:hidden" />
                <td className="tabular py-2 pr-3 text-right">
                  {label0(t('indicators.col.weight'))}
                  {f.val(unit.weightTotal)}
                </td>
                <td className="tabular py-2 text-right">
                  {label0(t('indicators.col.points'))}
                  {f.n2(unit.indicatorScore)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </Card>

      <LedgerSection ledger={extras.ledger} unitId={unit.unitId} periodId={period.id} periodName={period.name} />

      {/* ── panel ── */}
      <Card title={t('panel.title')} action={<span className="text-xs text-slate-400">{t('panel.anonymous')}</span>} className="rc-avoid">
        {panel.judges.length === 0 ? (
          <Notice>{t('panel.none')}</Notice>
        ) : (
          <div className="rc-scroll overflow-x-auto" tabIndex={0}>
            <table className="rc-table w-full text-sm sm:min-w-[520px]" data-testid="panel-table">
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  <th className="py-2 pr-3 font-medium">{t('panel.col.judge')}</th>
                  {results.rubric.map((c, i) => (
                    <th key={c.id} className="py-2 pr-3 text-right font-medium">
                      {criterionName(c.id, i)}
                      <div className="font-normal text-slate-400">{t('panel.maxScore', { max: f.val(c.maxScore) })}</div>
                    </th>
                  ))}
                  <th className="py-2 pr-3 text-right font-medium">{t('panel.col.total')}</th>
                  <th className="py-2 font-medium">{t('panel.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {panel.judges.map((j) => {
                  const out = j.status !== 'counted';
                  return (
                    <tr key={j.judgeNo} className={`border-b border-slate-100 ${out ? 'text-slate-400' : ''}`} data-testid="judge-row" data-status={j.status}>
                      <td className="py-1.5 pr-3 font-medium whitespace-nowrap">{t('panel.judge', { no: j.judgeNo })}</td>
                      {j.scores.map((s, i) => (
                        <td key={i} className="tabular py-1.5 pr-3 text-right">
                          {s === null ? '—' : f.val(s)}
                        </td>
                      ))}
                      <td className={`tabular py-1.5 pr-3 text-right font-semibold ${out ? 'line-through' : ''}`}>{j.total === null ? '—' : f.n2(j.total)}</td>
                      <td className="py-1.5 text-xs whitespace-nowrap">
                        {j.status === 'excluded' && j.exclusion ? t(`panel.exclusion.${j.exclusion}`) : t(`panel.status.${j.status}`)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {panel.judges.length > 0 && (
          <p className="tabular mt-3 rounded bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="panel-rule">
            {panel.rule === 'none'
              ? t('panel.rule.none')
              : t(`panel.rule.${panel.rule}`, {
                  valid: panel.validCount,
                  hi: panel.droppedHighJudgeNo ?? '—',
                  lo: panel.droppedLowJudgeNo ?? '—',
                  count: panel.countedCount,
                  sum: f.n2(panel.countedSum),
                  value: f.n2(panel.value ?? 0),
                })}
          </p>
        )}
      </Card>

      {/* ── charts: radar by criterion, trend across periods ── */}
      <div className="rc-charts grid grid-cols-1 gap-5 lg:grid-cols-2">
        <Card title={t('radar.title')} className="rc-avoid min-w-0">
          {radar ? (
            <>
              <CriteriaRadar
                labels={radar.criteria.map((c, i) => criterionName(c.id, i))}
                unitShare={radar.unitShare}
                groupShare={radar.groupShare}
                text={{ unit: t('radar.unit'), group: t('radar.group') }}
              />
              <table className="rc-table mt-3 w-full text-sm" data-testid="radar-table">
                <thead>
                  <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                    <th className="py-1.5 pr-3 font-medium">{t('radar.col.criterion')}</th>
                    <th className="py-1.5 pr-3 text-right font-medium">{t('radar.col.unit')}</th>
                    <th className="py-1.5 text-right font-medium">{t('radar.col.group')}</th>
                  </tr>
                </thead>
                <tbody>
                  {radar.criteria.map((c, i) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <td className="py-1.5 pr-3">
                        {criterionName(c.id, i)} <span className="text-xs text-slate-400">{t('panel.maxScore', { max: f.val(c.maxScore) })}</span>
                      </td>
                      <td className="tabular py-1.5 pr-3 text-right">
                        {radar.unit[i] === null ? '—' : f.n2(radar.unit[i]!)}{' '}
                        <span className="text-xs text-slate-400">{radar.unitShare[i] === null ? '' : `(${f.pct(radar.unitShare[i]! / 100)})`}</span>
                      </td>
                      <td className="tabular py-1.5 text-right">
                        {radar.group[i] === null ? '—' : f.n2(radar.group[i]!)}{' '}
                        <span className="text-xs text-slate-400">{radar.groupShare[i] === null ? '' : `(${f.pct(radar.groupShare[i]! / 100)})`}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-400">{t('radar.note', { count: radar.groupUnitCount })}</p>
            </>
          ) : (
            <Notice>{t('radar.empty')}</Notice>
          )}
        </Card>

        <Card title={t('trend.title')} className="rc-avoid min-w-0">
          <TrendChart
            labels={extras.trend.map((p) => p.periodName)}
            finals={extras.trend.map((p) => (p.final === null ? null : round2(p.final)))}
            groupRanks={extras.trend.map((p) => p.groupRank)}
            text={{ final: t('trend.final'), groupRank: t('trend.groupRank'), scoreAxis: t('trend.scoreAxis'), rankAxis: t('trend.rankAxis') }}
          />
          <table className="rc-table mt-3 w-full text-sm" data-testid="trend-table">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th className="py-1.5 pr-3 font-medium">{t('trend.period')}</th>
                <th className="py-1.5 pr-3 text-right font-medium">{t('trend.final')}</th>
                <th className="py-1.5 pr-3 text-right font-medium">{t('trend.groupRank')}</th>
                <th className="py-1.5 text-right font-medium">{t('trend.overallRank')}</th>
              </tr>
            </thead>
            <tbody>
              {extras.trend.map((p) => (
                <tr key={p.periodId} className={`border-b border-slate-100 ${p.periodId === period.id ? 'font-semibold' : ''}`}>
                  <td className="py-1.5 pr-3">
                    {p.periodId === period.id || !p.present ? (
                      p.periodName
                    ) : (
                      <Link href={`/leaderboard/${p.periodId}/units/${unit.unitId}`} className="text-brand-700 hover:underline">
                        {p.periodName}
                      </Link>
                    )}
                    {!p.published && <span className="ml-1 text-xs font-normal text-slate-400">（{t('trend.unpublished')}）</span>}
                  </td>
                  <td className="tabular py-1.5 pr-3 text-right whitespace-nowrap">
                    {p.final === null ? t('trend.absent') : f.n2(p.final)}
                    {p.provisional && (
                      <span className="ml-1">
                        <ProvisionalTag />
                      </span>
                    )}
                  </td>
                  <td className="tabular py-1.5 pr-3 text-right whitespace-nowrap">{p.groupRank === null ? '—' : `${p.groupRank} / ${p.groupSize}`}</td>
                  <td className="tabular py-1.5 text-right whitespace-nowrap">{p.overallRank === null ? '—' : `${p.overallRank} / ${p.overallSize}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>

      {/* ── adjustments ── */}
      <Card title={t('adjustments.title')} className="rc-avoid">
        {adj.items.length === 0 ? (
          <p className="text-sm text-slate-500">{t('adjustments.none')}</p>
        ) : (
          <table className="rc-table w-full text-sm" data-testid="adjustment-table">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th className="py-1.5 pr-3 font-medium whitespace-nowrap">{t('adjustments.col.kind')}</th>
                <th className="py-1.5 pr-3 text-right font-medium whitespace-nowrap">{t('adjustments.col.points')}</th>
                <th className="py-1.5 font-medium">{t('adjustments.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {adj.items.map((a) => (
                <tr key={a.adjustmentId} className="border-b border-slate-100 align-top">
                  <td
                    className={`py-1.5 pr-3 whitespace-nowrap ${a.kind === 'bonus' ? 'text-green-700' : a.kind === 'penalty' ? 'text-red-600' : 'text-slate-500'}`}
                  >
                    {t(`adjustments.kind.${a.kind}`)}
                  </td>
                  <td className="tabular py-1.5 pr-3 text-right">{f.signed2(a.points)}</td>
                  <td className="py-1.5 break-words [overflow-wrap:anywhere]">{a.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="tabular mt-3 text-sm text-slate-700" data-testid="adjustment-summary">
          {t('adjustments.summary', {
            raw: f.signed2(adj.bonusRaw),
            cap: f.n2(adj.bonusCap),
            applied: f.signed2(adj.bonusApplied),
            penalty: f.signed2(adj.penaltyTotal),
            total: f.signed2(adj.total),
          })}
        </p>
        {adj.bonusCut > 0 && <p className="tabular text-sm font-medium text-amber-700">{t('adjustments.capCut', { cut: f.n2(adj.bonusCut) })}</p>}
      </Card>

      {/* ── gaps and measures ── */}
      <Card title={t('gaps.title')}>
        {extras.gaps === null ? (
          <p className="text-sm text-slate-500">{t('gaps.hidden')}</p>
        ) : extras.gaps.length === 0 ? (
          <p className="text-sm text-slate-500">{t('gaps.none')}</p>
        ) : (
          <ol className="space-y-4 text-sm break-words [overflow-wrap:anywhere]" data-testid="gap-list">
            {extras.gaps.map((g, i) => (
              <li key={g.id} className="rc-avoid rounded-md border border-slate-100 p-3">
                <div className="font-medium">
                  {i + 1}. {g.description}
                </div>
                <div className="mt-1 text-slate-600">
                  <span className="font-medium text-slate-500">{t('gaps.rootCause')}：</span>
                  {g.rootCause}
                </div>
                {g.measures.length === 0 ? (
                  <p className="mt-2 text-xs text-slate-400">{t('gaps.noMeasures')}</p>
                ) : (
                  <div className="rc-scroll mt-2 sm:overflow-x-auto" tabIndex={0}>
                    <table className="rc-table w-full table-fixed text-sm max-sm:block sm:min-w-[560px]">
                      <thead className="max-sm:hidden">
                        <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                          <th className="py-1.5 pr-3 font-medium">{t('gaps.col.measure')}</th>
                          <th className="w-[30%] py-1.5 pr-3 font-medium">{t('gaps.col.responsible')}</th>
                          <th className="w-32 py-1.5 pr-3 font-medium">{t('gaps.col.deadline')}</th>
                          <th className="w-24 py-1.5 font-medium">{t('gaps.col.status')}</th>
                        </tr>
                      </thead>
                      <tbody className="max-sm:block">
                        {g.measures.map((m) => (
                          <tr
                            key={m.id}
                            className="border-b border-slate-100 align-top max-sm:flex max-sm:flex-wrap max-sm:gap-x-3 max-sm:py-1.5"
                            data-testid="measure-row"
                          >
                            <td className="py-1.5 pr-3 max-sm:w-full max-sm:py-0">{m.content}</td>
                            <td className="py-1.5 pr-3 text-slate-600 max-sm:py-0">
                              {m.responsibleUnit.name} / {m.responsiblePerson}
                            </td>
                            <td className="tabular py-1.5 pr-3 whitespace-nowrap max-sm:py-0">{m.deadline ? date(m.deadline) : t('gaps.noDeadline')}</td>
                            <td className="py-1.5 max-sm:py-0">
                              <MeasureStatus status={m.status} label={tr(`measureStatus.${m.status}`)} />
                              {m.closedAt && <div className="text-xs text-slate-400">{t('gaps.closedAt', { date: date(m.closedAt) })}</div>}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>

      {evidence}

      <footer className="text-xs text-slate-400">
        {t('generatedAt', { date: f.dateTime(new Date()) })}
        <span className="no-print"> · {t('printHint')}</span>
      </footer>
    </article>
  );
}

/** A column name shown before a value only on phones, where the table's header row is hidden. */
function label0(text: string) {
  return <span className="mr-1 text-xs font-normal text-slate-500 sm:hidden">{text}</span>;
}

function Tile({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <div className="text-xs text-slate-500">{label}</div>
      <div className="mt-1">{children}</div>
    </div>
  );
}

function MeasureStatus({ status, label }: { status: string; label: string }) {
  const tone = status === 'done' ? 'bg-green-50 text-green-700' : status === 'in_progress' ? 'bg-sky-50 text-sky-700' : 'bg-slate-100 text-slate-600';
  return <span className={`rc-keep-color rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${tone}`}>{label}</span>;
}
