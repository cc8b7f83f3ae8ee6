// Hosting the meeting (arena:host): start, the next speaker, the clock, closing a speaker's scoring, finishing.
// Each: load the arena under its lock → the rule (lib/arena/rules.ts) → rows + audit + event.
import 'server-only';
import type { ActionContext } from '../../actions/define-action.server';
import { DomainError } from '../../actions/result';
import { loadScoringInput } from '../../leaderboard/load.server';
import { scorePeriod } from '../../scoring';
import { getSpeakerBrief, loadArenaCore, participantView, rankingOf, rubricOf, sheetCounts, unitResults, type ArenaCore } from '../queries.server';
import { liveRefusal, START_BLOCKER_CODES, startBlockers } from '../rules';
import { extendTimer as extendT, IDLE_TIMER, pauseTimer as pauseT, resumeTimer as resumeT, startTimer, timerColumns, timerOf } from '../timer';
import { assertHost, codesOf, refuse, write } from './writer.server';

export async function startArena(ctx: ActionContext, input: { arenaId: string }): Promise<{ id: string }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    const rubric = await rubricOf(w.tx, a.periodId);
    const blocker = startBlockers(a, rubric.length)[0];
    if (blocker) throw new DomainError(START_BLOCKER_CODES[blocker], { period: a.period.name });
    await w.tx.arena.update({ where: { id: a.id }, data: { state: 'live', startedAt: ctx.now, currentParticipantId: null, ...timerColumns(IDLE_TIMER) } });
    await ctx.audit(w.tx, {
      action: 'arena.start',
      entityType: 'arena',
      entityId: a.id,
      before: { state: a.state },
      after: { state: 'live', startedAt: ctx.now, order: codesOf(a), judges: a.judges.map((j) => j.user.username ?? j.userId).sort(), rubric },
    });
    await w.emit('arena.started', { startedAt: ctx.now.toISOString() });
    return { id: a.id };
  });
}

function currentOf(a: ArenaCore) {
  return a.currentParticipantId ? a.participants.find((p) => p.id === a.currentParticipantId) : undefined;
}

/**
 * The next speaker takes the floor (the first waiting one by order, or the waiting one named) with a
 * fresh clock of minutesPerSpeaker. The previous speaker's scoring must have been closed.
 */
export async function nextSpeaker(ctx: ActionContext, input: { arenaId: string; participantId?: string | null }): Promise<{ participantId: string }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    refuse(liveRefusal(a.state));
    const cur = currentOf(a);
    if (cur && cur.state === 'speaking') throw new DomainError('speakerNotClosed', { unit: cur.unit.name });
    const next = input.participantId ? a.participants.find((p) => p.id === input.participantId) : a.participants.find((p) => p.state === 'waiting');
    if (input.participantId && !next) throw new DomainError('notFound');
    if (!next) throw new DomainError('noSpeakerLeft');
    if (next.state !== 'waiting') throw new DomainError('speakerNotWaiting', { unit: next.unit.name });
    const timer = startTimer(a.minutesPerSpeaker * 60, ctx.now.getTime());
    await w.tx.arenaParticipant.update({ where: { id: next.id }, data: { state: 'speaking', startedAt: ctx.now } });
    await w.tx.arena.update({ where: { id: a.id }, data: { currentParticipantId: next.id, ...timerColumns(timer) } });
    await ctx.audit(w.tx, {
      action: 'arena.next_speaker',
      entityType: 'arena',
      entityId: a.id,
      before: { current: cur ? cur.unit.code : null },
      after: { current: next.unit.code, participantId: next.id, order: next.order, seconds: timer.seconds },
    });
    const after = (await loadArenaCore(w.tx, a.id)) as ArenaCore;
    const p = after.participants.find((x) => x.id === next.id)!;
    const view = participantView(after, p, new Map(), new Map());
    const brief = await getSpeakerBrief(w.tx, a.periodId, next.unitId);
    await w.emit('speaker.started', { participant: view, brief, timer });
    return { participantId: next.id };
  });
}

type TimerAction = 'pause' | 'resume' | 'extend';

async function changeTimer(ctx: ActionContext, arenaId: string, action: TimerAction, seconds: number | null) {
  assertHost(ctx);
  return write(ctx, arenaId, async (w) => {
    const a = w.arena;
    refuse(liveRefusal(a.state));
    const cur = currentOf(a);
    if (!cur || cur.state !== 'speaking') throw new DomainError('noCurrentSpeaker');
    const before = timerOf(a);
    const now = ctx.now.getTime();
    if (action === 'pause' && before.paused) throw new DomainError('timerPaused');
    if (action === 'resume' && !before.paused) throw new DomainError('timerRunning');
    const after = action === 'pause' ? pauseT(before, now) : action === 'resume' ? resumeT(before, now) : extendT(before, now, seconds ?? 0);
    await w.tx.arena.update({ where: { id: a.id }, data: timerColumns(after) });
    await ctx.audit(w.tx, {
      action: `arena.timer_${action}`,
      entityType: 'arena',
      entityId: a.id,
      before: { participant: cur.unit.code, timer: before },
      after: { timer: after, seconds },
    });
    await w.emit('timer.changed', { participantId: cur.id, action, seconds, timer: after });
    return { timer: after };
  });
}

export const pauseTimer = (ctx: ActionContext, input: { arenaId: string }) => changeTimer(ctx, input.arenaId, 'pause', null);
export const resumeTimer = (ctx: ActionContext, input: { arenaId: string }) => changeTimer(ctx, input.arenaId, 'resume', null);
/** Add seconds (e.g. 60) to the current speaker's clock; after an overrun the extra time counts from now. */
export async function extendTimer(ctx: ActionContext, input: { arenaId: string; seconds: number }) {
  if (!Number.isInteger(input.seconds) || input.seconds < 1 || input.seconds > 3600) throw new DomainError('invalidInput');
  return changeTimer(ctx, input.arenaId, 'extend', input.seconds);
}

/**
 * Close scoring for the current speaker: no more sheets or revisions. The engine then counts the sheets;
 * the event carries the new panel score and live ranking, computed inside the transaction.
 * `participantId`, when given, must be the current speaker (a stale console cannot close the next one).
 */
export async function closeSpeaker(
  ctx: ActionContext,
  input: { arenaId: string; participantId?: string | null },
): Promise<{ participantId: string; panelScore: number | null; final: number | null }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    refuse(liveRefusal(a.state));
    const cur = currentOf(a);
    if (!cur || cur.state !== 'speaking') throw new DomainError('noCurrentSpeaker');
    if (input.participantId && input.participantId !== cur.id) throw new DomainError('staleState');
    await w.tx.arenaParticipant.update({ where: { id: cur.id }, data: { state: 'closed', closedAt: ctx.now } });
    await w.tx.arena.update({ where: { id: a.id }, data: timerColumns(IDLE_TIMER) });
    const after = (await loadArenaCore(w.tx, a.id)) as ArenaCore;
    const result = scorePeriod(await loadScoringInput(w.tx, a.periodId));
    const unit = unitResults(result).get(cur.unitId);
    const counts = await sheetCounts(w.tx, a.id);
    const panelScore = unit?.panelScore ?? null;
    const final = unit ? unit.final.value : null;
    await ctx.audit(w.tx, {
      action: 'arena.close_speaker',
      entityType: 'arena',
      entityId: a.id,
      before: { participant: cur.unit.code, state: 'speaking' },
      after: { participant: cur.unit.code, participantId: cur.id, state: 'closed', sheets: counts.get(cur.id) ?? 0, panelScore, final },
    });
    await w.emit('speaker.closed', { participantId: cur.id, scoredCount: counts.get(cur.id) ?? 0, panelScore, final, liveRanking: rankingOf(after, result) });
    return { participantId: cur.id, panelScore, final };
  });
}

/**
 * End the meeting. Every speaker must be closed — or, with `force`, the ones still waiting stay unscored
 * (their results stay provisional). A speaker still holding the floor must be closed first.
 */
export async function finishArena(ctx: ActionContext, input: { arenaId: string; force?: boolean }): Promise<{ id: string }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    refuse(liveRefusal(a.state));
    const speaking = a.participants.find((p) => p.state === 'speaking');
    if (speaking) throw new DomainError('speakerNotClosed', { unit: speaking.unit.name });
    const waiting = a.participants.filter((p) => p.state === 'waiting');
    if (waiting.length > 0 && !input.force) throw new DomainError('speakersPending', { count: waiting.length });
    await w.tx.arena.update({ where: { id: a.id }, data: { state: 'finished', finishedAt: ctx.now, currentParticipantId: null, ...timerColumns(IDLE_TIMER) } });
    const result = scorePeriod(await loadScoringInput(w.tx, a.periodId));
    const ranking = rankingOf(a, result);
    await ctx.audit(w.tx, {
      action: 'arena.finish',
      entityType: 'arena',
      entityId: a.id,
      before: { state: 'live' },
      after: {
        state: 'finished',
        finishedAt: ctx.now,
        unscored: waiting.map((p) => p.unit.code),
        ranking: ranking.map((r) => ({ rank: r.rank, unitId: r.unitId, final: r.final })),
      },
    });
    await w.emit('arena.finished', { finishedAt: ctx.now.toISOString(), liveRanking: ranking });
    return { id: a.id };
  });
}
