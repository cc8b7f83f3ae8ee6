'use client';
// 主持台: the host runs the meeting — start, next speaker, pause/resume/extend the clock, close scoring, finish —
// and sees which judges have scored the speaker. Every button is a server action; screens follow by events.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import {
  closeSpeakerAction,
  extendTimerAction,
  finishArenaAction,
  nextSpeakerAction,
  pauseTimerAction,
  resumeTimerAction,
  startArenaAction,
} from '@/lib/arena/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormError, primaryBtn, secondaryBtn, type Failure } from '@/components/ui/form-kit';
import type { ActionResult } from '@/lib/actions/result';
import { DEFAULT_EXTEND_SECONDS, type ArenaLiveView } from '@/lib/arena/types';
import { ConnectionDot, score2 as fmt } from './bits';
import { Countdown } from './countdown';
import { useArenaLive } from './use-arena-live';

export function HostConsole({ initial }: { initial: ArenaLiveView }) {
  const t = useTranslations('arena');
  const { view, connection, offset, refetch } = useArenaLive(initial);
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const { arena, current } = view;
  const arenaId = arena.id;

  const run = <R,>(action: () => Promise<ActionResult<R>>) =>
    start(async () => {
      try {
        const r = await action();
        setFailure(r.ok ? null : r);
      } catch {
        setFailure({ error: 'serverError' });
      }
      await refetch();
    });

  const speaking = current?.state === 'speaking';
  const waiting = view.participants.filter((p) => p.state === 'waiting');
  const canNext = arena.state === 'live' && !speaking && waiting.length > 0;
  const scored = new Set(view.scoredJudgeIds ?? []);
  const ownUnitJudge = (unitId: string | null) => current !== null && unitId !== null && unitId === current.unitId;

  return (
    <div className="space-y-4" data-testid="host-console" data-state={arena.state}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-bold text-slate-900">
            {t('host.title')} · {arena.name}
          </h1>
          <p className="text-sm text-slate-500">
            {arena.periodName} · {t(`screen.state.${arena.state}`)} · {t('host.minutes', { minutes: arena.minutesPerSpeaker })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <ConnectionDot connection={connection} />
          <a href={`/screen/${arenaId}`} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">
            {t('host.openScreen')}
          </a>
          <Link href={`/arena/${arenaId}`} className="text-brand-700 hover:underline">
            {t('host.prep')}
          </Link>
        </div>
      </div>

      <FormError failure={failure} />

      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-wrap gap-2" data-testid="host-controls">
          {arena.state === 'prep' && (
            <button type="button" className={primaryBtn} disabled={pending} onClick={() => run(() => startArenaAction({ arenaId }))} data-testid="host-start">
              {t('host.start')}
            </button>
          )}
          {arena.state === 'live' && (
            <>
              <button
                type="button"
                className={primaryBtn}
                disabled={pending || !canNext}
                onClick={() => run(() => nextSpeakerAction({ arenaId }))}
                data-testid="host-next"
              >
                {current ? t('host.next', { unit: waiting[0]?.unitName ?? '' }) : t('host.first', { unit: waiting[0]?.unitName ?? '' })}
              </button>
              {speaking &&
                (view.timer.paused ? (
                  <button
                    type="button"
                    className={secondaryBtn}
                    disabled={pending}
                    onClick={() => run(() => resumeTimerAction({ arenaId }))}
                    data-testid="host-resume"
                  >
                    {t('host.resume')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className={secondaryBtn}
                    disabled={pending}
                    onClick={() => run(() => pauseTimerAction({ arenaId }))}
                    data-testid="host-pause"
                  >
                    {t('host.pause')}
                  </button>
                ))}
              {speaking && (
                <button
                  type="button"
                  className={secondaryBtn}
                  disabled={pending}
                  onClick={() => run(() => extendTimerAction({ arenaId, seconds: DEFAULT_EXTEND_SECONDS }))}
                  data-testid="host-extend"
                >
                  {t('host.extend', { minutes: DEFAULT_EXTEND_SECONDS / 60 })}
                </button>
              )}
              {speaking && current && (
                <CloseButton
                  allIn={current.scoredCount >= current.eligibleJudgeCount}
                  missing={current.eligibleJudgeCount - current.scoredCount}
                  disabled={pending}
                  onClose={() => run(() => closeSpeakerAction({ arenaId, participantId: current.id }))}
                />
              )}
              <span className="ml-auto">
                {view.allClosed ? (
                  <button
                    type="button"
                    className={primaryBtn}
                    disabled={pending}
                    onClick={() => run(() => finishArenaAction({ arenaId, force: false }))}
                    data-testid="host-finish"
                  >
                    {t('host.finish')}
                  </button>
                ) : (
                  <ConfirmButton
                    label={t('host.finishEarly')}
                    question={t('host.finishEarlyQuestion', { count: view.participants.filter((p) => p.state !== 'closed').length })}
                    confirmLabel={t('host.finishConfirm')}
                    cancelLabel={t('host.cancel')}
                    disabled={pending || speaking}
                    onConfirm={() => run(() => finishArenaAction({ arenaId, force: true }))}
                  />
                )}
              </span>
            </>
          )}
          {arena.state === 'finished' && (
            <p className="text-sm text-slate-600" data-testid="host-finished">
              {t('host.finished')}{' '}
              <Link href={`/leaderboard?period=${arena.periodId}`} className="text-brand-700 hover:underline">
                {t('host.toLeaderboard')}
              </Link>
            </p>
          )}
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <section className="space-y-4 lg:col-span-2">
          <div
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid="host-current"
            data-order={current?.order ?? 0}
            data-speaker-state={current?.state ?? 'none'}
          >
            {current ? (
              <div className="flex flex-wrap items-start justify-between gap-4">
                <div className="min-w-0">
                  <div className="text-sm text-slate-500">{t('screen.order', { order: current.order, total: view.participants.length })}</div>
                  <div className="text-2xl font-bold text-slate-900" data-testid="host-current-unit">
                    {current.unitName}
                  </div>
                  <div className="text-sm text-slate-600">
                    {current.headTitle ? `${current.headTitle} ` : ''}
                    {current.headName} · {current.groupName}
                  </div>
                  <div className="mt-2 text-sm font-medium" data-testid="host-scored">
                    {t('screen.scored', { scored: current.scoredCount, total: current.eligibleJudgeCount })}
                  </div>
                  {current.state === 'closed' && (
                    <div className="mt-1 text-sm text-slate-700" data-testid="host-result">
                      {t('host.closedResult', { panel: fmt(current.panelScore), final: fmt(current.final) })}
                    </div>
                  )}
                </div>
                {speaking ? (
                  <Countdown timer={view.timer} offset={offset} />
                ) : (
                  <span className="rounded bg-slate-100 px-2 py-1 text-sm text-slate-600">{t('host.scoringClosed')}</span>
                )}
              </div>
            ) : (
              <p className="text-sm text-slate-600">
                {arena.state === 'prep'
                  ? t('host.notStarted')
                  : arena.state === 'finished'
                    ? t('host.allDone', { count: view.participants.filter((p) => p.state === 'closed').length })
                    : t('host.noSpeaker')}
              </p>
            )}
          </div>

          {view.judges && (
            <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-sm font-semibold text-slate-700">{t('host.judges', { count: view.judges.length })}</h2>
              <ul className="mt-2 grid gap-1.5 sm:grid-cols-2" data-testid="host-judges">
                {view.judges.map((j) => {
                  const excused = ownUnitJudge(j.unitId);
                  const done = scored.has(j.userId);
                  return (
                    <li
                      key={j.userId}
                      className="flex items-center justify-between gap-2 rounded border border-slate-100 px-2 py-1 text-sm"
                      data-testid="host-judge"
                      data-scored={done}
                    >
                      <span className="min-w-0 truncate">
                        {j.name}
                        {j.title && <span className="ml-1 text-xs text-slate-500">{j.title}</span>}
                      </span>
                      <span className={`shrink-0 text-xs ${done ? 'text-emerald-700' : excused ? 'text-slate-400' : 'text-amber-700'}`}>
                        {!current ? '' : done ? t('host.judgeDone') : excused ? t('host.judgeExcused') : t('host.judgeWaiting')}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </section>

        <aside className="space-y-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="text-sm font-semibold text-slate-700">{t('host.order')}</h2>
            <ol className="mt-2 space-y-1 text-sm" data-testid="host-order">
              {view.participants.map((p) => (
                <li
                  key={p.id}
                  className={`flex items-center justify-between gap-2 ${p.id === current?.id ? 'font-semibold text-brand-700' : ''}`}
                  data-state={p.state}
                >
                  <span className="min-w-0 truncate">
                    <span className="tabular mr-1 text-slate-400">{p.order}.</span>
                    {p.unitName}
                  </span>
                  <span className="tabular shrink-0 text-xs text-slate-500">{p.state === 'closed' ? fmt(p.panelScore) : t(`host.pstate.${p.state}`)}</span>
                </li>
              ))}
            </ol>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="text-sm font-semibold text-slate-700">{t('screen.ranking')}</h2>
            {view.liveRanking.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">{t('screen.rankingEmpty')}</p>
            ) : (
              <ol className="mt-2 space-y-1 text-sm" data-testid="host-ranking">
                {view.liveRanking.map((r) => (
                  <li key={r.unitId} className="flex justify-between gap-2">
                    <span className="min-w-0 truncate">
                      <span className="tabular mr-1 font-semibold">{r.rank}</span>
                      {r.unitName}
                    </span>
                    <span className="tabular shrink-0">{fmt(r.final)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}

function CloseButton({ allIn, missing, disabled, onClose }: { allIn: boolean; missing: number; disabled: boolean; onClose: () => void }) {
  const t = useTranslations('arena.host');
  if (allIn)
    return (
      <button type="button" className={primaryBtn} disabled={disabled} onClick={onClose} data-testid="host-close">
        {t('close')}
      </button>
    );
  return (
    <span data-testid="host-close-early">
      <ConfirmButton
        label={t('close')}
        question={t('closeEarlyQuestion', { missing })}
        confirmLabel={t('closeConfirm')}
        cancelLabel={t('cancel')}
        disabled={disabled}
        onConfirm={onClose}
      />
    </span>
  );
}
