'use client';
// The ranking: every number opens its breakdown (indicator by indicator, judge by judge, item by item), fetched
// when opened. One table for every screen: on a phone it keeps 名次 (with the change), 单位, 最终得分 (暂定) and
// 亮灯 and hides the three parts, which the opened breakdown shows as tabs; nothing needs a sideways swipe.
// Cell styles are set once on the table (the page's HTML stays small).
import Link from 'next/link';
import { NextIntlClientProvider, useFormatter, useLocale, useMessages, useTranslations, type AbstractIntlMessages } from 'next-intl';
import { Fragment, useMemo, useState } from 'react';
import { breakdownAction } from '@/lib/leaderboard/actions';
import { formatters } from '@/components/ui/format';
import { Light } from '@/components/submission/light';
import { formatRankChange, type PublicUnitResult } from '@/lib/leaderboard/present';
import { unpackRows, type PackedRow, type RowUnit } from './rows';
import type { PeriodSettings, RankChange } from '@/lib/scoring';

type Part = 'indicators' | 'panel' | 'adjustments' | 'final';
/** A fetched breakdown: the unit's, with the wording of breakdowns (the `leaderboardBreakdown` messages). */
type Detail = { unit: PublicUnitResult; settings: PeriodSettings; messages: Record<string, unknown> } | 'loading' | 'error';

const CHANGE_TONE = { up: 'text-green-700', down: 'text-red-600', same: 'text-slate-600', new: 'rounded bg-sky-50 px-1 text-xs text-sky-800' } as const;
const DOT = { green: 'bg-light-green', yellow: 'bg-light-yellow', red: 'bg-light-red', missing: 'bg-slate-400' } as const;
/**
 * Styles set once on the table rather than on each of its rows (the page's HTML stays small): cell padding, the
 * score buttons, the unit links, the light dots. On a phone column 3 (类型) shows from md and 4–6 (the parts
 * of the score, shown in the opened breakdown's tabs there) from sm up.
 */
const TABLE = [
  'w-full text-sm',
  '[&>*>tr>*]:py-2 [&>*>tr>*]:pr-2 [&>thead_th]:font-medium',
  '[&_button]:tabular [&_button]:rounded [&_button]:px-1 [&_button]:underline [&_button]:decoration-dotted [&_button]:underline-offset-4 [&_button:hover]:bg-brand-50',
  '[&_a]:font-medium [&_a]:text-brand-700 [&_a:hover]:underline',
  '[&_i]:mr-0.5 [&_i]:inline-block [&_i]:size-2.5 [&_i]:rounded-full',
  '[&>tbody>tr>td:nth-child(3)]:text-slate-600 [&>tbody>tr>td:first-child]:whitespace-nowrap [&>tbody>tr>td:nth-child(7)]:font-semibold',
  // rank and change; the 待审核 / 暂定 markers; the lights
  '[&_td>b]:tabular [&_td>b]:mr-1 [&_td>b]:text-base [&>tbody>tr>td:first-child>span]:text-xs [&>tbody>tr>td:first-child>span]:font-semibold',
  '[&_td>small]:ml-1 [&_td>small]:inline-block [&_td>small]:rounded [&_td>small]:px-1 [&_td>small]:text-xs [&_td>small]:font-medium',
  '[&_td>p]:tabular [&_td>p]:flex [&_td>p]:flex-wrap [&_td>p]:gap-x-2 [&_td>p]:text-xs',
  '[&>*>tr>:nth-child(3)]:hidden md:[&>*>tr>:nth-child(3)]:table-cell',
  '[&>*>tr>:nth-child(n+4):nth-child(-n+6)]:hidden sm:[&>*>tr>:nth-child(n+4):nth-child(-n+6)]:table-cell',
  '[&>*>tr>:nth-child(n+4):nth-child(-n+7)]:text-right',
].join(' ');

export function LeaderboardTable({ rows: packed, periodId, reportBase }: { rows: PackedRow[]; periodId: string; reportBase: string }) {
  const rows = useMemo(() => unpackRows(packed), [packed]);
  const t = useTranslations('leaderboard');
  const te = useTranslations('actionErrors');
  const { n2, signed2 } = formatters(useFormatter());
  const [open, setOpen] = useState<{ unitId: string; part: Part } | null>(null);
  const [details, setDetails] = useState<Record<string, Detail>>({});

  // the breakdown is fetched when a number is first opened (in the click, not in an effect)
  const load = (unitId: string) => {
    if (details[unitId] && details[unitId] !== 'error') return;
    setDetails((d) => ({ ...d, [unitId]: 'loading' }));
    breakdownAction({ periodId, unitId }).then(
      (res) => setDetails((d) => ({ ...d, [unitId]: res.ok ? res.data : 'error' })),
      () => setDetails((d) => ({ ...d, [unitId]: 'error' })),
    );
  };
  const show = (unitId: string, part: Part) => {
    load(unitId);
    setOpen({ unitId, part });
  };
  const toggle = (unitId: string, part: Part) => (open?.unitId === unitId && open.part === part ? setOpen(null) : show(unitId, part));
  const cell = (unitId: string, part: Part, text: string) => (
    <button type="button" onClick={() => toggle(unitId, part)} aria-expanded={open?.unitId === unitId && open.part === part}>
      {text}
    </button>
  );

  return (
    <div className="overflow-x-auto">
      <p className="mb-2 text-xs text-slate-600">{t('tapHint')}</p>
      <table className={TABLE} data-testid="ranking-table">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
            <th>{t('col.rankChange')}</th>
            <th>{t('col.unit')}</th>
            <th>{t('col.kind')}</th>
            <th>{t('col.indicator')}</th>
            <th>{t('col.panel')}</th>
            <th>{t('col.adjustments')}</th>
            <th>{t('col.final')}</th>
            <th>{t('col.lights')}</th>
          </tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr]:border-slate-100">
          {rows.map(({ unit: u, kind, rank, change }) => (
            <Fragment key={u.unitId}>
              <tr data-testid="ranking-row">
                <td>
                  <b data-testid="rank">{rank}</b>
                  <Change change={change} />
                </td>
                <td>
                  <Link href={`${reportBase}/${u.unitId}`}>{u.name}</Link>
                  {u.reportState && (
                    <small
                      className={u.reportState === 'submitted' ? 'bg-sky-50 text-sky-800' : 'bg-slate-100 text-slate-700'}
                      title={t(`reportState.${u.reportState}Title`)}
                      data-testid="report-state"
                    >
                      {t(`reportState.${u.reportState}`)}
                    </small>
                  )}
                </td>
                <td>{t(`kind.${kind}`)}</td>
                <td>{cell(u.unitId, 'indicators', n2(u.indicatorScore))}</td>
                <td>{u.panelScore === null ? '—' : cell(u.unitId, 'panel', n2(u.panelScore))}</td>
                <td>{u.adjustmentCount ? cell(u.unitId, 'adjustments', signed2(u.adjustmentsTotal)) : '0'}</td>
                <td data-testid="final">
                  {cell(u.unitId, 'final', n2(u.final))}
                  {u.provisional && <small className="bg-amber-100 text-amber-800">{t('provisionalTag')}</small>}
                </td>
                <td>
                  <Lights u={u} />
                </td>
              </tr>
              {open?.unitId === u.unitId && (
                <tr className="bg-slate-50" data-testid="breakdown">
                  <td colSpan={8} className="px-3 whitespace-normal!">
                    {/* w-0 min-w-full: the breakdown never widens the ranking (on a phone it scrolls inside itself); whitespace-normal! beats the table's nowrap for first cells */}
                    <div className="w-0 min-w-full overflow-x-auto">
                      <PartTabs u={u} part={open.part} onPick={(part) => show(u.unitId, part)} n2={n2} signed2={signed2} />
                      {(() => {
                        const d = details[u.unitId];
                        if (d === undefined || d === 'loading') return <p className="text-sm text-slate-600">{t('loading')}</p>;
                        if (d === 'error')
                          return (
                            <p role="alert" className="text-sm text-red-600">
                              {te('serverError')}
                            </p>
                          );
                        return (
                          <BreakdownMessages messages={d.messages}>
                            <Breakdown u={d.unit} part={open.part} settings={d.settings} />
                          </BreakdownMessages>
                        );
                      })()}
                    </div>
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

/** The four parts of a unit's score as tabs above its breakdown: on a phone the only place the parts show. */
function PartTabs({
  u,
  part,
  onPick,
  n2,
  signed2,
}: {
  u: RowUnit;
  part: Part;
  onPick: (p: Part) => void;
  n2: (x: number) => string;
  signed2: (x: number) => string;
}) {
  const t = useTranslations('leaderboard');
  const parts: [Part, string, string][] = [
    ['indicators', t('col.indicator'), n2(u.indicatorScore)],
    ['panel', t('col.panel'), u.panelScore === null ? '—' : n2(u.panelScore)],
    ['adjustments', t('col.adjustments'), signed2(u.adjustmentsTotal)],
    ['final', t('col.final'), n2(u.final)],
  ];
  return (
    <div className="mb-2 flex flex-wrap gap-1 text-xs" role="group" aria-label={t('parts')}>
      {parts.map(([p, label, value]) => (
        <button
          key={p}
          type="button"
          aria-pressed={p === part}
          onClick={() => onPick(p)}
          className={`border no-underline! ${p === part ? 'border-brand-600 bg-white font-semibold text-brand-700' : 'border-slate-300 text-slate-700'}`}
        >
          {label} <span className="tabular">{value}</span>
        </button>
      ))}
    </div>
  );
}

function Change({ change }: { change: RankChange }) {
  const c = formatRankChange(change, useTranslations('rankChange'));
  return (
    <span className={CHANGE_TONE[c.dir]} title={c.title} data-change={c.dir}>
      {c.text}
    </span>
  );
}

/** Light counts as coloured dots with their numbers; one screen-reader sentence for the cell. */
function Lights({ u }: { u: RowUnit }) {
  const t = useTranslations('lights');
  const present = (['green', 'yellow', 'red', 'missing'] as const).filter((l) => u.lights[l]);
  const said = present.map((l) => `${t(l)} ${u.lights[l]}`).join('，');
  return (
    <p data-testid="lights">
      <span className="sr-only">{said}</span>
      {present.map((l) => (
        <span key={l} aria-hidden>
          <i className={DOT[l]} />
          {u.lights[l]}
        </span>
      ))}
    </p>
  );
}

/** The page's messages plus the breakdown's wording, which came with the breakdown. */
function BreakdownMessages({ messages, children }: { messages: Record<string, unknown>; children: React.ReactNode }) {
  const locale = useLocale();
  const page = useMessages();
  const merged = useMemo(() => ({ ...page, leaderboardBreakdown: messages }) as AbstractIntlMessages, [page, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}

function Breakdown({ u, part, settings }: { u: PublicUnitResult; part: Part; settings: PeriodSettings }) {
  const t = useTranslations('leaderboardBreakdown');
  const { val: n, pct } = formatters(useFormatter());

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
        <p className="mt-1 text-xs text-slate-600">
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
              className={`rounded border px-2 py-1 ${j.status === 'counted' ? 'border-slate-200 bg-white' : 'border-dashed border-slate-300 text-slate-500 line-through'}`}
              title={j.status === 'excluded' ? t(`exclusion.${j.exclusion ?? 'incomplete'}`) : j.status === 'counted' ? '' : t(`status.${j.status}`)}
            >
              {t('judgeN', { n: j.judgeNo })} <span className="tabular font-medium">{n(j.total)}</span>
            </span>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-600">
          {t(`panelRule.${p.rule}`, { count: p.countedCount, sum: n(p.countedSum), value: n(p.value, 4), valid: p.validCount })}
        </p>
      </div>
    );
  }
  // on a phone: indicator, completion and points, with the formula under the name (target, actual and weight from sm up)
  const hide = 'hidden sm:table-cell';
  return (
    <table className="w-full text-xs [&_td]:py-1 [&_td]:pr-2 [&_th]:py-1 [&_th]:pr-2 [&_th]:font-medium">
      <thead>
        <tr className="text-left text-slate-600">
          <th>{t('bd.indicator')}</th>
          <th className={`${hide} text-right`}>{t('bd.target')}</th>
          <th className={`${hide} text-right`}>{t('bd.actual')}</th>
          <th className="text-right">{t('bd.completion')}</th>
          <th className={`${hide} text-right`}>{t('bd.weight')}</th>
          <th className={hide}>{t('bd.formula')}</th>
          <th className="text-right">{t('bd.points')}</th>
        </tr>
      </thead>
      <tbody>
        {u.indicators.map((i) => {
          const formula =
            i.formula === 'ratio'
              ? t('bd.ratio', { w: n(i.weight), c: n(i.c, 4) })
              : i.formula === 'efficacy'
                ? t('bd.efficacy', { min: pct(i.cohort?.cMin ?? 0), max: pct(i.cohort?.cMax ?? 0), n: i.cohort?.n ?? 0 })
                : i.formula === 'efficacy_all_equal'
                  ? t('bd.efficacyEqual', { n: i.cohort?.n ?? 0 })
                  : i.formula === 'rank'
                    ? t('bd.rank', { rank: i.rank ?? 0, n: i.cohort?.n ?? 0, floor: settings.rankFloor })
                    : t('bd.rankSingle');
          return (
            <tr key={i.indicatorId} className="border-t border-slate-200">
              <td>
                {i.name}
                <span className="block text-slate-600 sm:hidden">{formula}</span>
              </td>
              <td className={`${hide} tabular text-right`}>
                {n(i.target.value)}
                {i.target.source === 'annual_x_time_progress' && (
                  <span className="text-slate-600"> ({t('bd.fromAnnual', { annual: n(i.target.annualTarget), tp: settings.timeProgress })})</span>
                )}
              </td>
              <td className={`${hide} tabular text-right`}>{i.missing ? <span className="text-red-600">{t('bd.missing')}</span> : n(i.actual)}</td>
              <td className="tabular text-right whitespace-nowrap">
                <span className="inline-flex items-center gap-1">
                  <Light light={i.light} />
                  {i.missing ? <span className="text-red-600">{t('bd.missing')}</span> : pct(i.c)}
                  {i.clamped === 'high' && <span className="text-slate-600">({t('bd.capped', { raw: pct(i.cRaw) })})</span>}
                </span>
              </td>
              <td className={`${hide} tabular text-right`}>{n(i.weight)}</td>
              <td className={`${hide} text-slate-600`}>{formula}</td>
              <td className="tabular text-right font-medium">{n(i.points, 4)}</td>
            </tr>
          );
        })}
        <tr className="border-t-2 border-slate-300 font-semibold">
          <td colSpan={2} className="sm:hidden">
            {t('bd.total')}
          </td>
          <td colSpan={6} className="hidden sm:table-cell">
            {t('bd.total')}
          </td>
          <td className="tabular text-right">{n(u.indicatorScore, 4)}</td>
        </tr>
      </tbody>
    </table>
  );
}
