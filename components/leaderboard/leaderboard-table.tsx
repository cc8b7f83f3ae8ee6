'use client';
// The ranking table: every number opens its breakdown (indicator by indicator, judge by judge, item by item).
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Fragment, useEffect, useState } from 'react';
import { breakdownAction } from '@/lib/leaderboard/actions';
import { Light } from '@/components/submission/light';
import type { PublicUnitResult } from '@/lib/leaderboard/present';
import type { Row, RowUnit } from './rows';
import type { PeriodSettings, RankChange } from '@/lib/scoring';
import { formatters } from '@/components/ui/format';

type Part = 'indicators' | 'panel' | 'adjustments' | 'final';

export function LeaderboardTable({ rows, periodId, reportBase }: { rows: Row[]; periodId: string; reportBase: string }) {
  const t = useTranslations('leaderboard');
  const te = useTranslations('actionErrors');
  const format = useFormatter();
  const [open, setOpen] = useState<{ unitId: string; part: Part } | null>(null);
  const [details, setDetails] = useState<Record<string, { unit: PublicUnitResult; settings: PeriodSettings } | 'loading' | 'error'>>({});
  useEffect(() => {
    const id = open?.unitId;
    if (!id || details[id]) return;
    setDetails((d) => ({ ...d, [id]: 'loading' }));
    breakdownAction({ periodId, unitId: id }).then(
      (res) => setDetails((d) => ({ ...d, [id]: res.ok ? res.data : 'error' })),
      () => setDetails((d) => ({ ...d, [id]: 'error' })),
    );
  }, [open, details, periodId]);
  const { n2 } = formatters(format);
  const toggle = (unitId: string, part: Part) => setOpen((o) => (o?.unitId === unitId && o.part === part ? null : { unitId, part }));
  const cell = (unitId: string, part: Part, label: string, text: string) => (
    <button
      type="button"
      onClick={() => toggle(unitId, part)}
      aria-expanded={open?.unitId === unitId && open.part === part}
      title={t('openBreakdown', { what: label })}
      className="tabular rounded px-1 underline decoration-dotted underline-offset-4 hover:bg-brand-50"
    >
      {text}
    </button>
  );

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[900px] text-sm" data-testid="ranking-table">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th className="py-2 pr-2 font-medium">{t('col.rank')}</th>
            <th className="py-2 pr-2 font-medium">{t('col.change')}</th>
            <th className="py-2 pr-2 font-medium">{t('col.unit')}</th>
            <th className="py-2 pr-2 font-medium">{t('col.kind')}</th>
            <th className="py-2 pr-2 text-right font-medium">{t('col.indicator')}</th>
            <th className="py-2 pr-2 text-right font-medium">{t('col.panel')}</th>
            <th className="py-2 pr-2 text-right font-medium">{t('col.adjustments')}</th>
            <th className="py-2 pr-2 text-right font-medium">{t('col.final')}</th>
            <th className="py-2 font-medium">{t('col.lights')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ unit: u, kind, rank, change }) => (
            <Fragment key={u.unitId}>
              <tr className="border-b border-slate-100" data-testid="ranking-row" data-unit={u.name}>
                <td className="tabular py-2 pr-2 text-base font-bold">{rank}</td>
                <td className="py-2 pr-2">
                  <Change change={change} />
                </td>
                <td className="py-2 pr-2">
                  <Link href={`${reportBase}/${u.unitId}`} className="font-medium text-brand-700 hover:underline">
                    {u.name}
                  </Link>
                </td>
                <td className="py-2 pr-2 whitespace-nowrap text-slate-500">{t(`kind.${kind}`)}</td>
                <td className="py-2 pr-2 text-right">{cell(u.unitId, 'indicators', t('col.indicator'), n2(u.indicatorScore))}</td>
                <td className="py-2 pr-2 text-right">
                  {u.panelScore === null ? <span className="text-slate-400">—</span> : cell(u.unitId, 'panel', t('col.panel'), n2(u.panelScore))}
                </td>
                <td className="py-2 pr-2 text-right">
                  {u.adjustmentCount ? (
                    cell(u.unitId, 'adjustments', t('col.adjustments'), signed(n2, u.adjustmentsTotal))
                  ) : (
                    <span className="text-slate-400">0</span>
                  )}
                </td>
                <td className="py-2 pr-2 text-right font-semibold whitespace-nowrap">
                  {cell(u.unitId, 'final', t('col.final'), n2(u.final))}
                  {u.provisional && (
                    <span
                      className="ml-1 rounded bg-amber-100 px-1 text-xs font-medium text-amber-800"
                      title={t(`provisional.${u.provisionalReason ?? 'no_panel'}`)}
                    >
                      {t('provisionalTag')}
                    </span>
                  )}
                </td>
                <td className="py-2 whitespace-nowrap">
                  <Lights u={u} />
                </td>
              </tr>
              {open?.unitId === u.unitId && (
                <tr className="bg-slate-50" data-testid="breakdown">
                  <td colSpan={9} className="px-3 py-3">
                    {(() => {
                      const d = details[u.unitId];
                      if (d === undefined || d === 'loading') return <p className="text-sm text-slate-500">{t('loading')}</p>;
                      if (d === 'error')
                        return (
                          <p role="alert" className="text-sm text-red-600">
                            {te('serverError')}
                          </p>
                        );
                      return <Breakdown u={d.unit} part={open.part} settings={d.settings} />;
                    })()}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function signed(n2: (x: number) => string, x: number) {
  return x > 0 ? `+${n2(x)}` : n2(x);
}

function Change({ change }: { change: RankChange }) {
  const t = useTranslations('leaderboard');
  if (change.kind === 'new') return <span className="rounded bg-sky-50 px-1.5 text-xs text-sky-700">{t('new')}</span>;
  if (change.delta > 0) return <span className="font-semibold text-green-700">↑{change.delta}</span>;
  if (change.delta < 0) return <span className="font-semibold text-red-600">↓{-change.delta}</span>;
  return <span className="text-slate-400">—</span>;
}

function Lights({ u }: { u: RowUnit }) {
  return (
    <span className="inline-flex items-center gap-2 text-xs">
      {(['green', 'yellow', 'red', 'missing'] as const).map((l) =>
        u.lights[l] ? (
          <span key={l} className="inline-flex items-center gap-0.5">
            <Light light={l} />
            <span className="tabular">{u.lights[l]}</span>
          </span>
        ) : null,
      )}
    </span>
  );
}

function Breakdown({ u, part, settings }: { u: PublicUnitResult; part: Part; settings: PeriodSettings }) {
  const t = useTranslations('leaderboard');
  const format = useFormatter();
  const { val, pct } = formatters(format);
  const n = (x: number | null, d = 2) => val(x, d);

  if (part === 'final') {
    const f = u.final;
    return (
      <p className="tabular text-sm" data-testid="final-formula">
        {f.mode === 'weighted'
          ? t('finalWeighted', { alpha: f.alpha, ind: n(u.indicatorScore), beta: f.beta, panel: n(u.panelScore), adj: n(f.adjustments), final: n(f.value, 4) })
          : t('finalProvisional', {
              ind: n(u.indicatorScore),
              adj: n(f.adjustments),
              final: n(f.value, 4),
              why: t(`provisional.${f.provisionalReason ?? 'no_panel'}`),
            })}
      </p>
    );
  }
  if (part === 'adjustments') {
    const a = u.adjustments;
    return (
      <div className="text-sm">
        <ul className="space-y-0.5">
          {a.items.map((i) => (
            <li key={i.adjustmentId} className="tabular">
              <span className={i.points >= 0 ? 'text-green-700' : 'text-red-600'}>{i.points > 0 ? `+${n(i.points)}` : n(i.points)}</span> {i.reason}
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-500">
          {t('bonusCapNote', { raw: n(a.bonusRaw), cap: n(a.bonusCap), applied: n(a.bonusApplied), penalty: n(a.penaltyTotal), total: n(a.total) })}
        </p>
      </div>
    );
  }
  if (part === 'panel') {
    const p = u.panel;
    return (
      <div className="text-sm">
        <div className="flex flex-wrap gap-2">
          {p.judges.map((j) => (
            <span
              key={j.judgeNo}
              className={`rounded border px-2 py-1 ${j.status === 'counted' ? 'border-slate-200 bg-white' : 'border-dashed border-slate-300 text-slate-400 line-through'}`}
              title={j.status === 'excluded' ? t(`exclusion.${j.exclusion ?? 'incomplete'}`) : j.status === 'counted' ? '' : t(`status.${j.status}`)}
            >
              {t('judgeN', { n: j.judgeNo })} <span className="tabular font-medium">{n(j.total)}</span>
            </span>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-500">
          {t(`panelRule.${p.rule}`, { count: p.countedCount, sum: n(p.countedSum), value: n(p.value, 4), valid: p.validCount })}
        </p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-xs">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="py-1 pr-2 font-medium">{t('bd.indicator')}</th>
            <th className="py-1 pr-2 text-right font-medium">{t('bd.target')}</th>
            <th className="py-1 pr-2 text-right font-medium">{t('bd.actual')}</th>
            <th className="py-1 pr-2 text-right font-medium">{t('bd.completion')}</th>
            <th className="py-1 pr-2 text-right font-medium">{t('bd.weight')}</th>
            <th className="py-1 pr-2 font-medium">{t('bd.formula')}</th>
            <th className="py-1 text-right font-medium">{t('bd.points')}</th>
          </tr>
        </thead>
        <tbody>
          {u.indicators.map((i) => (
            <tr key={i.indicatorId} className="border-t border-slate-200">
              <td className="py-1 pr-2">{i.name}</td>
              <td className="tabular py-1 pr-2 text-right">
                {n(i.target.value)}
                {i.target.source === 'annual_x_time_progress' && (
                  <span className="text-slate-400"> ({t('bd.fromAnnual', { annual: n(i.target.annualTarget), tp: settings.timeProgress })})</span>
                )}
              </td>
              <td className="tabular py-1 pr-2 text-right">{i.missing ? <span className="text-red-600">{t('bd.missing')}</span> : n(i.actual)}</td>
              <td className="tabular py-1 pr-2 text-right whitespace-nowrap">
                <span className="inline-flex items-center gap-1">
                  <Light light={i.light} />
                  {pct(i.c)}
                  {i.clamped === 'high' && <span className="text-slate-400">({t('bd.capped', { raw: pct(i.cRaw) })})</span>}
                </span>
              </td>
              <td className="tabular py-1 pr-2 text-right">{n(i.weight)}</td>
              <td className="py-1 pr-2 text-slate-600">
                {i.formula === 'ratio' && t('bd.ratio', { w: n(i.weight), c: n(i.c, 4) })}
                {i.formula === 'efficacy' && t('bd.efficacy', { min: pct(i.cohort?.cMin ?? 0), max: pct(i.cohort?.cMax ?? 0), n: i.cohort?.n ?? 0 })}
                {i.formula === 'efficacy_all_equal' && t('bd.efficacyEqual', { n: i.cohort?.n ?? 0 })}
                {i.formula === 'rank' && t('bd.rank', { rank: i.rank ?? 0, n: i.cohort?.n ?? 0, floor: settings.rankFloor })}
                {i.formula === 'rank_single' && t('bd.rankSingle')}
                {i.formula === 'missing' && t('bd.cohortMissing')}
              </td>
              <td className="tabular py-1 text-right font-medium">{n(i.points, 4)}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 font-semibold">
            <td className="py-1" colSpan={6}>
              {t('bd.total')}
            </td>
            <td className="tabular py-1 text-right">{n(u.indicatorScore, 4)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
