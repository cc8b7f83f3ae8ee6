'use client';
// 大屏: the hall's screen (16:9, dark, read from the back). Follows the host by itself: who speaks, their headline
// indicators and gaps, the countdown, how many judges have scored, the live ranking; at the end the results.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { value } from '@/components/ui/format';
import type { ArenaLiveView, BriefIndicator, LiveRankingRow, ParticipantView, SpeakerBrief, SpeakerLedger } from '@/lib/arena/types';
import { Countdown } from './countdown';
import { ConnectionDot, LIGHT_DOT, percent, score2 as fmt } from './bits';
import { useArenaLive } from './use-arena-live';

const num = (x: number | null) => value(x, 2);

export function BigScreen({ initial }: { initial: ArenaLiveView }) {
  const t = useTranslations('arena');
  const { view, connection, offset } = useArenaLive(initial);
  const { arena, current } = view;
  const finished = arena.state === 'finished';
  const next = view.participants.filter((p) => p.state === 'waiting').slice(0, 3);

  return (
    <div
      className="flex h-screen w-screen flex-col overflow-hidden bg-slate-950 px-[2.5rem] py-[1.75rem] text-white"
      data-testid="big-screen"
      data-state={arena.state}
    >
      <header className="flex items-center justify-between gap-6 border-b border-white/10 pb-4">
        <div className="flex min-w-0 items-baseline gap-5">
          <span className="shrink-0 rounded-md bg-red-700 px-3 py-1 text-2xl font-black tracking-widest">{t('screen.brand')}</span>
          <h1 className="truncate text-3xl font-bold">{arena.name}</h1>
        </div>
        <div className="flex shrink-0 items-center gap-5 text-xl text-slate-300">
          <span>{t(`screen.state.${arena.state}`)}</span>
          <ConnectionDot connection={connection} />
        </div>
      </header>

      {finished ? (
        <FinalResults rows={view.liveRanking} />
      ) : (
        <div className="grid min-h-0 flex-1 grid-cols-3 gap-8 pt-6">
          <section className="col-span-2 flex min-h-0 flex-col gap-5">
            {current ? (
              <Speaker view={view} current={current} offset={offset} />
            ) : (
              <Waiting participants={view.participants} started={arena.state === 'live'} />
            )}
          </section>
          <aside className="flex min-h-0 flex-col gap-5">
            {current?.brief.ledger && <LedgerFigures ledger={current.brief.ledger} />}
            <Ranking rows={view.liveRanking} />
            {next.length > 0 && (
              <div className="rounded-xl bg-white/5 p-5">
                <h2 className="text-xl font-semibold text-slate-300">{t('screen.upNext')}</h2>
                <ol className="mt-3 space-y-2 text-2xl">
                  {next.map((p) => (
                    <li key={p.id} className="flex gap-3">
                      <span className="tabular w-10 text-slate-300">{p.order}</span>
                      <span className="truncate">{p.unitShortName ?? p.unitName}</span>
                    </li>
                  ))}
                </ol>
              </div>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}

function Speaker({ view, current, offset }: { view: ArenaLiveView; current: ParticipantView & { brief: SpeakerBrief }; offset: number }) {
  const t = useTranslations('arena');
  const closed = current.state === 'closed';
  const { brief } = current;
  return (
    <>
      <div className="flex items-start justify-between gap-6 rounded-2xl bg-gradient-to-r from-red-900/80 to-slate-900 p-7" data-testid="screen-speaker">
        <div className="min-w-0">
          <div className="text-2xl text-red-200">{t('screen.order', { order: current.order, total: view.participants.length })}</div>
          <div className={`mt-2 line-clamp-2 font-black leading-tight ${current.unitName.length > 12 ? 'text-5xl' : 'text-6xl'}`} data-testid="screen-unit">
            {current.unitName}
          </div>
          <div className="mt-3 text-2xl text-slate-200">
            {current.headTitle ? `${current.headTitle} ` : ''}
            {current.headName}
            <span className="ml-4 text-slate-300">{current.groupName}</span>
          </div>
        </div>
        <div className="shrink-0 text-right">
          {closed ? (
            <div data-testid="screen-result">
              <div className="text-xl text-slate-300">{t('screen.panelScore')}</div>
              <div className="tabular text-7xl font-black text-amber-300">{fmt(current.panelScore)}</div>
              <div className="mt-1 text-xl text-slate-300">
                {t('screen.final')} <span className="tabular font-bold text-white">{fmt(current.final)}</span>
              </div>
            </div>
          ) : (
            <Countdown timer={view.timer} offset={offset} size="xl" />
          )}
          <div className="mt-3 inline-block rounded-lg bg-white/10 px-4 py-1.5 text-2xl font-semibold" data-testid="screen-scored">
            {t('screen.scored', { scored: current.scoredCount, total: current.eligibleJudgeCount })}
          </div>
        </div>
      </div>

      <div className="grid min-h-0 flex-1 grid-cols-5 gap-5">
        <div className="col-span-3 min-h-0 overflow-hidden rounded-xl bg-white/5 p-5">
          <div className="flex items-baseline justify-between">
            <h2 className="text-2xl font-semibold">{t('screen.indicators')}</h2>
            <div className="flex gap-4 text-xl">
              {(['green', 'yellow', 'red', 'missing'] as const).map((l) => (
                <span key={l} className="flex items-center gap-1.5">
                  <span className={`inline-block h-4 w-4 rounded-full ${LIGHT_DOT[l]}`} />
                  <span className="tabular">{brief.lights[l]}</span>
                </span>
              ))}
            </div>
          </div>
          {brief.indicators.length === 0 ? (
            <p className="mt-6 text-2xl text-slate-300">{t('screen.noIndicators')}</p>
          ) : (
            <ul className="mt-4 grid grid-cols-1 gap-2.5">
              {brief.indicators.slice(0, 6).map((i) => (
                <IndicatorLine key={i.id} i={i} />
              ))}
            </ul>
          )}
        </div>
        <div className="col-span-2 flex min-h-0 flex-col overflow-hidden rounded-xl bg-white/5 p-5" data-testid="screen-gaps">
          <h2 className="text-2xl font-semibold">{t('screen.gaps')}</h2>
          {brief.gaps.length === 0 ? (
            <p className="mt-6 text-2xl text-slate-300">{t('screen.noGaps')}</p>
          ) : (
            // read from the back of the hall: 28/24 px. The first gap is shown whole; the next ones take the height
            // left and, when it is not enough, shrink and fade out at the bottom
            <ol className="mt-4 flex min-h-0 flex-1 flex-col gap-5">
              {brief.gaps.slice(0, 3).map((g, n) => (
                <GapItem key={n} n={n + 1} description={g.description} rootCause={g.rootCause} label={t('screen.rootCause')} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </>
  );
}

function GapItem({ n, description, rootCause, label }: { n: number; description: string; rootCause: string; label: string }) {
  const ref = useRef<HTMLLIElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setCut(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [description, rootCause]);
  return (
    <li
      ref={ref}
      className={`min-h-0 overflow-hidden ${n === 1 ? 'shrink-0' : 'shrink'} ${cut ? '[mask-image:linear-gradient(to_bottom,black_calc(100%-2.5rem),transparent)]' : ''}`}
      data-testid="screen-gap"
      data-cut={cut}
    >
      <div className="text-[1.75rem] font-semibold leading-snug text-amber-200" data-testid="screen-gap-text">
        {n}. {description}
      </div>
      <div className="mt-1.5 text-2xl leading-snug text-slate-200">
        {label}
        {rootCause}
      </div>
    </li>
  );
}

function IndicatorLine({ i }: { i: BriefIndicator }) {
  const t = useTranslations('arena');
  return (
    <li className="grid grid-cols-[1.25rem_minmax(0,1fr)_auto_auto] items-center gap-4 text-2xl" data-testid="screen-indicator" data-light={i.light}>
      <span className={`inline-block h-5 w-5 rounded-full ${LIGHT_DOT[i.light]}`} title={i.light} />
      <span className="truncate">{i.name}</span>
      <span className="tabular text-right text-slate-300">
        {i.actual === null ? t('screen.missing') : `${num(i.actual)} / ${num(i.target)}${i.measureUnit ? ` ${i.measureUnit}` : ''}`}
      </span>
      <span className="tabular w-28 text-right font-semibold">{i.c === null ? '—' : percent(i.c)}</span>
    </li>
  );
}

/** 对企服务: the speaking unit's enterprise-problem figures for the period, large enough for the back of the hall. */
function LedgerFigures({ ledger }: { ledger: SpeakerLedger }) {
  const t = useTranslations('ledger.screen');
  const tiles = [
    { key: 'open', label: t('open'), value: String(ledger.open), tone: 'text-white' },
    { key: 'overdue', label: t('overdue'), value: String(ledger.overdue), tone: ledger.overdue > 0 ? 'text-red-400' : 'text-white' },
    { key: 'closed', label: t('closed'), value: String(ledger.closed), tone: 'text-white' },
    {
      key: 'satisfaction',
      label: t('satisfaction'),
      value: ledger.satisfactionRate === null ? '—' : `${value(ledger.satisfactionRate, 1)}%`,
      tone: 'text-emerald-300',
    },
  ];
  return (
    <div className="shrink-0 rounded-xl bg-white/5 p-5" data-testid="screen-ledger">
      <h2 className="text-2xl font-semibold">{t('title')}</h2>
      <dl className="mt-3 grid grid-cols-4 gap-3">
        {tiles.map((tile) => (
          <div key={tile.key} className="flex min-w-0 flex-col text-center" data-testid={`screen-ledger-${tile.key}`}>
            <dt className="order-2 mt-1 truncate text-lg text-slate-300">{tile.label}</dt>
            <dd className={`tabular order-1 truncate text-4xl font-black ${tile.tone}`}>{tile.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Waiting({ participants, started }: { participants: ParticipantView[]; started: boolean }) {
  const t = useTranslations('arena');
  return (
    <div className="flex min-h-0 flex-1 flex-col rounded-2xl bg-white/5 p-8" data-testid="screen-waiting">
      <div className="text-5xl font-black">{started ? t('screen.between') : t('screen.soon')}</div>
      <h2 className="mt-6 text-2xl text-slate-300">{t('screen.orderTitle')}</h2>
      <ol className="mt-4 grid min-h-0 flex-1 grid-flow-col grid-rows-9 gap-x-8 gap-y-2 overflow-hidden text-2xl">
        {participants.map((p) => (
          <li key={p.id} className={`flex gap-3 ${p.state === 'closed' ? 'text-slate-500' : ''}`}>
            <span className="tabular w-10 text-slate-300">{p.order}</span>
            <span className="truncate">{p.unitShortName ?? p.unitName}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Ranking({ rows }: { rows: LiveRankingRow[] }) {
  const t = useTranslations('arena');
  return (
    <div className="min-h-0 flex-1 overflow-hidden rounded-xl bg-white/5 p-5" data-testid="screen-ranking">
      <h2 className="text-2xl font-semibold">{t('screen.ranking')}</h2>
      {rows.length === 0 ? (
        <p className="mt-4 text-xl text-slate-300">{t('screen.rankingEmpty')}</p>
      ) : (
        <table className="mt-3 w-full text-2xl">
          <thead>
            <tr className="text-left text-lg text-slate-300">
              <th className="w-14 py-1 font-normal">{t('screen.rank')}</th>
              <th className="py-1 font-normal">{t('screen.unit')}</th>
              <th className="py-1 text-right font-normal">{t('screen.panelShort')}</th>
              <th className="py-1 text-right font-normal">{t('screen.final')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 12).map((r) => (
              <tr key={r.unitId} className="border-t border-white/10" data-testid="screen-ranking-row">
                <td className="tabular py-1.5 font-bold text-amber-300">{r.rank}</td>
                <td className="max-w-0 truncate py-1.5">{r.unitShortName ?? r.unitName}</td>
                <td className="tabular py-1.5 text-right text-slate-300">{fmt(r.panelScore)}</td>
                <td className="tabular py-1.5 text-right font-semibold">{fmt(r.final)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function FinalResults({ rows }: { rows: LiveRankingRow[] }) {
  const t = useTranslations('arena');
  const podium = ['bg-amber-400 text-slate-950', 'bg-slate-300 text-slate-950', 'bg-orange-400 text-slate-950'];
  return (
    <section className="flex min-h-0 flex-1 flex-col pt-6" data-testid="screen-final">
      <h2 className="text-center text-5xl font-black tracking-wide">{t('screen.finalTitle')}</h2>
      <div className="mx-auto mt-6 flex w-full max-w-[100rem] justify-end gap-4 px-4 text-xl text-slate-300">
        <span>{t('screen.panelShort')}</span>
        <span className="w-28 text-right">{t('screen.final')}</span>
      </div>
      <ol className="mx-auto mt-2 grid min-h-0 w-full max-w-[100rem] flex-1 grid-flow-col grid-rows-10 gap-x-10 gap-y-3 overflow-hidden text-3xl">
        {rows.map((r) => (
          <li key={r.unitId} className="flex items-center gap-4 rounded-lg bg-white/5 px-4 py-2" data-testid="final-row">
            <span className={`tabular flex h-12 w-12 shrink-0 items-center justify-center rounded-full font-black ${podium[r.rank - 1] ?? 'bg-white/10'}`}>
              {r.rank}
            </span>
            <span className="min-w-0 flex-1 truncate">{r.unitShortName ?? r.unitName}</span>
            <span className="tabular text-xl text-slate-300">{fmt(r.panelScore)}</span>
            <span className="tabular w-28 text-right font-bold">{fmt(r.final)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
