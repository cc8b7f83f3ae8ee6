// Arena services (DESIGN §5): preparation and hosting by the admin (arena:host), scoring by the panel
// (arena:score + membership). Every write: state guard, audit row and ArenaEvent row in one transaction
// that first locks the arena row (lockArena); this process's subscribers are poked after the commit.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can } from '../auth/permissions';
import type { Tx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { rawInt } from '../db/raw';
import { loadScoringInput } from '../leaderboard/load.server';
import { scorePeriod } from '../scoring';
import { lastArenaEventId, publishArenaEvents, type PublishedEvent } from './bus.server';
import { drawOrder as drawnOrder } from './draw';
import { lockArena, recordArenaEvent, type LockedArena } from './events.server';
import {
  getSpeakerBrief,
  loadArenaCore,
  participantView,
  rankingOf,
  rubricOf,
  sheetCounts,
  startBlockers,
  unitResults,
  type ArenaCore,
} from './queries.server';
import { extendTimer as extendT, IDLE_TIMER, pauseTimer as pauseT, resumeTimer as resumeT, startTimer, timerColumns, timerOf } from './timer';
import {
  ARENA_PERIOD_STATES,
  SCORE_DECIMALS,
  type ArenaEventMessage,
  type ArenaEventPayloads,
  type ArenaEventType,
  type ParticipantLite,
  type StartBlocker,
  type SubmitScoreResult,
} from './types';

/** Transactions of the arena wait their turn on the arena row; give a busy meeting room. */
const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

interface Writer {
  tx: Tx;
  arena: ArenaCore;
  emit<K extends ArenaEventType>(type: K, payload: ArenaEventPayloads[K]): Promise<ArenaEventMessage>;
}

function assertHost(ctx: ActionContext): void {
  if (!can(ctx.user, 'arena:host')) throw new DomainError('forbidden');
}

/** Run `fn` in a transaction holding the arena's lock; publish its events after the commit. */
async function write<T>(ctx: ActionContext, arenaId: string, fn: (w: Writer) => Promise<T>): Promise<T> {
  return writeWith(ctx, arenaId, async (tx, _locked, emit) => {
    const arena = (await loadArenaCore(tx, arenaId)) as ArenaCore;
    return fn({ tx, arena, emit });
  });
}

type Emit = Writer['emit'];

/** The arena's newest event id as the writer knows it (0: none yet): undefined until read (lastArenaEventId) or told. */
interface EventLog {
  last: number | undefined;
}

/** The transaction and event plumbing of write(), for callers that read only what they need (submitScore). */
async function writeWith<T>(ctx: ActionContext, arenaId: string, fn: (tx: Tx, arena: LockedArena, emit: Emit, log: EventLog) => Promise<T>): Promise<T> {
  const events: PublishedEvent[] = [];
  const result = await ctx.db.$transaction(async (tx) => {
    const locked = await lockArena(tx, arenaId, ctx.now);
    if (!locked) throw new DomainError('notFound');
    const log: EventLog = { last: undefined };
    const emit = async <K extends ArenaEventType>(type: K, payload: ArenaEventPayloads[K]) => {
      if (log.last === undefined) log.last = await lastArenaEventId(tx, arenaId);
      const e = await recordArenaEvent(tx, arenaId, type, payload, log.last);
      log.last = e.message.id;
      events.push(e);
      return e.message;
    };
    return fn(tx, locked, emit, log);
  }, TX_OPTIONS);
  publishArenaEvents(events);
  return result;
}

function assertPrep(a: ArenaCore): void {
  if (a.state !== 'prep') throw new DomainError('arenaNotPrep');
  if (!ARENA_PERIOD_STATES.includes(a.period.state)) throw new DomainError('arenaPeriodState', { period: a.period.name });
}

function assertLive(a: ArenaCore): void {
  if (a.state !== 'live') throw new DomainError(a.state === 'prep' ? 'arenaNotStarted' : 'arenaFinished');
}

const codesOf = (a: ArenaCore) => a.participants.map((p) => p.unit.code);

function lite(a: ArenaCore): ParticipantLite[] {
  return a.participants.map((p) => ({ id: p.id, unitId: p.unitId, unitName: p.unit.name, order: p.order, state: p.state as ParticipantLite['state'] }));
}

/** arena.updated for prep changes, from the arena as it is after the change. */
async function emitUpdated(w: Writer, reason: ArenaEventPayloads['arena.updated']['reason']) {
  const a = (await loadArenaCore(w.tx, w.arena.id)) as ArenaCore;
  return w.emit('arena.updated', {
    reason,
    name: a.name,
    minutesPerSpeaker: a.minutesPerSpeaker,
    judgeCount: a.judges.length,
    participants: lite(a),
    drawSeed: a.drawSeed,
  });
}

/** Give participants orders 1…n in the given sequence (through negative orders: (arenaId, order) is unique). */
async function renumber(tx: Tx, participantIds: readonly string[]): Promise<void> {
  for (const [i, id] of participantIds.entries()) await tx.arenaParticipant.update({ where: { id }, data: { order: -(i + 1) } });
  for (const [i, id] of participantIds.entries()) await tx.arenaParticipant.update({ where: { id }, data: { order: i + 1 } });
}

// ───────────────────────────── preparation ─────────────────────────────

/**
 * A new arena in prep for a period holding submissions (open, review or arena); one per period. It starts
 * with every active unit that has indicators in the period (by unit order) and every active leader and
 * judge on the panel — the host changes both before starting.
 */
export async function createArena(ctx: ActionContext, input: { periodId: string; name: string; minutesPerSpeaker: number }): Promise<{ id: string }> {
  assertHost(ctx);
  const events: PublishedEvent[] = [];
  const id = await ctx.db.$transaction(async (tx) => {
    const period = await tx.period.findUnique({ where: { id: input.periodId }, select: { id: true, name: true, state: true } });
    if (!period) throw new DomainError('notFound');
    if (!ARENA_PERIOD_STATES.includes(period.state)) throw new DomainError('arenaPeriodState', { period: period.name });
    const existing = await tx.arena.findFirst({ where: { periodId: period.id }, select: { name: true } });
    if (existing) throw new DomainError('arenaExists', { name: existing.name });
    const units = await tx.unit.findMany({
      where: { active: true, indicators: { some: { periodId: period.id } } },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true, code: true },
    });
    const judges = await tx.user.findMany({
      where: { role: { in: ['leader', 'judge'] }, disabled: false },
      orderBy: { username: 'asc' },
      select: { id: true, username: true },
    });
    const arena = await tx.arena.create({
      data: {
        periodId: period.id,
        name: input.name,
        minutesPerSpeaker: input.minutesPerSpeaker,
        participants: { create: units.map((u, i) => ({ unitId: u.id, order: i + 1 })) },
        judges: { create: judges.map((j) => ({ userId: j.id })) },
      },
      include: { participants: { orderBy: { order: 'asc' }, include: { unit: { select: { name: true } } } } },
    });
    await ctx.audit(tx, {
      action: 'arena.create',
      entityType: 'arena',
      entityId: arena.id,
      after: {
        periodId: period.id,
        name: arena.name,
        minutesPerSpeaker: arena.minutesPerSpeaker,
        participants: units.map((u) => u.code),
        judges: judges.map((j) => j.username),
      },
    });
    events.push(
      await recordArenaEvent(
        tx,
        arena.id,
        'arena.updated',
        {
          reason: 'created',
          name: arena.name,
          minutesPerSpeaker: arena.minutesPerSpeaker,
          judgeCount: judges.length,
          participants: arena.participants.map((p) => ({ id: p.id, unitId: p.unitId, unitName: p.unit.name, order: p.order, state: 'waiting' })),
          drawSeed: null,
        },
        0,
      ),
    );
    return arena.id;
  }, TX_OPTIONS);
  publishArenaEvents(events);
  return { id };
}

/** Name and minutes per speaker: while in prep or live (a change of minutes applies from the next speaker). */
export async function updateArena(ctx: ActionContext, input: { arenaId: string; name: string; minutesPerSpeaker: number }): Promise<{ id: string }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    if (a.state === 'finished') throw new DomainError('arenaFinished');
    if (a.name === input.name && a.minutesPerSpeaker === input.minutesPerSpeaker) return { id: a.id };
    await w.tx.arena.update({ where: { id: a.id }, data: { name: input.name, minutesPerSpeaker: input.minutesPerSpeaker } });
    await ctx.audit(w.tx, {
      action: 'arena.update',
      entityType: 'arena',
      entityId: a.id,
      before: { name: a.name, minutesPerSpeaker: a.minutesPerSpeaker },
      after: { name: input.name, minutesPerSpeaker: input.minutesPerSpeaker },
    });
    await emitUpdated(w, 'settings');
    return { id: a.id };
  });
}

/** The speakers: kept ones keep their relative order, new ones follow by unit order. A change of the set voids the draw. */
export async function setParticipants(ctx: ActionContext, input: { arenaId: string; unitIds: readonly string[] }): Promise<{ count: number }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    assertPrep(a);
    const wanted = [...new Set(input.unitIds)];
    const units = await w.tx.unit.findMany({ where: { id: { in: wanted } }, select: { id: true, code: true, active: true, sortOrder: true } });
    if (units.length !== wanted.length) throw new DomainError('notFound');
    const inactive = units.find((u) => !u.active);
    if (inactive) throw new DomainError('unitInactive', { code: inactive.code });
    const want = new Set(wanted);
    const kept = a.participants.filter((p) => want.has(p.unitId));
    const removed = a.participants.filter((p) => !want.has(p.unitId));
    const have = new Set(kept.map((p) => p.unitId));
    const added = units.filter((u) => !have.has(u.id)).sort((x, y) => x.sortOrder - y.sortOrder || (x.code < y.code ? -1 : 1));
    if (removed.length === 0 && added.length === 0) return { count: kept.length };
    if (removed.length > 0) await w.tx.arenaParticipant.deleteMany({ where: { id: { in: removed.map((p) => p.id) } } });
    const base = kept.length === 0 ? 0 : Math.max(...kept.map((p) => p.order));
    const created = [];
    for (const [i, u] of added.entries())
      created.push(await w.tx.arenaParticipant.create({ data: { arenaId: a.id, unitId: u.id, order: base + 1000 + i }, select: { id: true } }));
    await renumber(w.tx, [...kept.map((p) => p.id), ...created.map((c) => c.id)]);
    await w.tx.arena.update({ where: { id: a.id }, data: { drawSeed: null, drawnAt: null } });
    const after = [...kept.map((p) => p.unit.code), ...added.map((u) => u.code)];
    await ctx.audit(w.tx, {
      action: 'arena.set_participants',
      entityType: 'arena',
      entityId: a.id,
      before: { participants: codesOf(a), drawSeed: a.drawSeed },
      after: { participants: after, drawSeed: null },
    });
    await emitUpdated(w, 'participants');
    return { count: after.length };
  });
}

/** The panel: active users with role leader or judge. */
export async function setJudges(ctx: ActionContext, input: { arenaId: string; userIds: readonly string[] }): Promise<{ count: number }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    assertPrep(a);
    const wanted = [...new Set(input.userIds)];
    const users = await w.tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, username: true, role: true, disabled: true } });
    if (users.length !== wanted.length) throw new DomainError('notFound');
    const bad = users.find((u) => u.disabled || (u.role !== 'leader' && u.role !== 'judge'));
    if (bad) throw new DomainError('judgeNotEligible', { username: bad.username ?? bad.id });
    const before = a.judges.map((j) => j.user.username ?? j.userId).sort();
    const want = new Set(wanted);
    const have = new Set(a.judges.map((j) => j.userId));
    const removed = a.judges.filter((j) => !want.has(j.userId)).map((j) => j.id);
    const added = wanted.filter((id) => !have.has(id));
    if (removed.length === 0 && added.length === 0) return { count: wanted.length };
    if (removed.length > 0) await w.tx.arenaJudge.deleteMany({ where: { id: { in: removed } } });
    if (added.length > 0) await w.tx.arenaJudge.createMany({ data: added.map((userId) => ({ arenaId: a.id, userId })) });
    const after = users.map((u) => u.username ?? u.id).sort();
    await ctx.audit(w.tx, { action: 'arena.set_judges', entityType: 'arena', entityId: a.id, before: { judges: before }, after: { judges: after } });
    await emitUpdated(w, 'judges');
    return { count: wanted.length };
  });
}

/** A speaking order fixed by hand: every participant exactly once. Voids the draw. */
export async function setOrder(ctx: ActionContext, input: { arenaId: string; participantIds: readonly string[] }): Promise<{ order: string[] }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    assertPrep(a);
    const ids = input.participantIds;
    const mine = new Set(a.participants.map((p) => p.id));
    if (ids.length !== mine.size || new Set(ids).size !== ids.length || ids.some((id) => !mine.has(id))) throw new DomainError('orderMismatch');
    const byId = new Map(a.participants.map((p) => [p.id, p]));
    const after = ids.map((id) => byId.get(id)!.unit.code);
    if (after.join(',') === codesOf(a).join(',') && a.drawSeed === null) return { order: after };
    await renumber(w.tx, ids);
    await w.tx.arena.update({ where: { id: a.id }, data: { drawSeed: null, drawnAt: null } });
    await ctx.audit(w.tx, {
      action: 'arena.set_order',
      entityType: 'arena',
      entityId: a.id,
      before: { order: codesOf(a), drawSeed: a.drawSeed },
      after: { order: after, drawSeed: null },
    });
    await emitUpdated(w, 'order');
    return { order: after };
  });
}

/**
 * 抽签: a fresh random seed from the server (crypto), the order from lib/arena/draw.ts, both stored; a
 * redraw (only in prep) is audited with the order and seed before and after.
 */
export async function drawOrder(ctx: ActionContext, input: { arenaId: string }): Promise<{ seed: string; order: string[] }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    assertPrep(a);
    if (a.participants.length === 0) throw new DomainError('arenaNoParticipants');
    const seed = randomBytes(8).toString('hex');
    const drawn = drawnOrder(
      a.participants.map((p) => ({ id: p.id, code: p.unit.code })),
      seed,
    );
    await renumber(
      w.tx,
      drawn.map((p) => p.id),
    );
    await w.tx.arena.update({ where: { id: a.id }, data: { drawSeed: seed, drawnAt: ctx.now } });
    const order = drawn.map((p) => p.code);
    await ctx.audit(w.tx, {
      action: 'arena.draw',
      entityType: 'arena',
      entityId: a.id,
      before: { seed: a.drawSeed, drawnAt: a.drawnAt, order: codesOf(a) },
      after: { seed, drawnAt: ctx.now, order, recipe: 'sort by unit code; FNV-1a 32 (UTF-8 seed) → mulberry32; Fisher–Yates from the end' },
    });
    await emitUpdated(w, 'draw');
    return { seed, order };
  });
}

// ───────────────────────────── hosting ─────────────────────────────

const BLOCKER_CODES: Record<StartBlocker, string> = {
  not_prep: 'arenaNotPrep',
  period_state: 'arenaPeriodState',
  no_participants: 'arenaNoParticipants',
  no_judges: 'arenaNoJudges',
  no_rubric: 'arenaNoRubric',
};

export async function startArena(ctx: ActionContext, input: { arenaId: string }): Promise<{ id: string }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    const rubric = await rubricOf(w.tx, a.periodId);
    const blocker = startBlockers(a, rubric.length)[0];
    if (blocker) throw new DomainError(BLOCKER_CODES[blocker], { period: a.period.name });
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
    assertLive(a);
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
    assertLive(a);
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
    assertLive(a);
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
    assertLive(a);
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

// ───────────────────────────── scoring ─────────────────────────────

export interface SubmitScoreInput {
  arenaId: string;
  participantId: string;
  /** criterionId → score: every rubric criterion, 0 ≤ score ≤ its maximum, at most SCORE_DECIMALS decimals */
  scores: Readonly<Record<string, number>>;
  /** the sheet version the judge saw (0 or null = none yet); omitted = no check */
  expectedVersion?: number | null;
}

const SCALE = 10 ** SCORE_DECIMALS;
const hasAllowedPrecision = (x: number) => Math.abs(x * SCALE - Math.round(x * SCALE)) < 1e-6;

/**
 * A judge's sheet for the current speaker: created, or revised (version + 1) until the host closes the
 * speaker. One sheet per judge × speaker (unique), its criterion rows replaced in the same transaction.
 */
export async function submitScore(ctx: ActionContext, input: SubmitScoreInput): Promise<SubmitScoreResult> {
  if (!can(ctx.user, 'arena:score')) throw new DomainError('forbidden');
  for (let attempt = 0; ; attempt++) {
    try {
      return await submitOnce(ctx, input);
    } catch (err) {
      // two first submissions of one judge racing on a database without the arena lock: retry as a revision
      if (attempt === 0 && isUniqueViolation(err)) continue;
      throw err;
    }
  }
}

interface Panel {
  /** judge user id → their unit */
  judges: Map<string, string | null>;
  rubric: { id: string; name: string; maxScore: number }[];
}

/**
 * Panel and rubric of a started arena. Neither can change once it is live (judges are set in prep, the
 * rubric locks at the start), so they are kept per process, keyed by the start time.
 */
const g = globalThis as unknown as { leitaiArenaPanels?: Map<string, { startedAt: number; panel: Panel }> };
const panels = (g.leitaiArenaPanels ??= new Map());

async function panelOf(tx: Tx, a: LockedArena): Promise<Panel> {
  const stamp = a.startedAt?.getTime() ?? -1;
  const hit = panels.get(a.id);
  if (a.state === 'live' && hit && hit.startedAt === stamp) return hit.panel;
  const judges = await tx.arenaJudge.findMany({ where: { arenaId: a.id }, select: { userId: true, user: { select: { unitId: true } } } });
  const panel: Panel = { judges: new Map(judges.map((j) => [j.userId, j.user.unitId])), rubric: await rubricOf(tx, a.periodId) };
  if (a.state === 'live') {
    if (panels.size > 100) panels.clear();
    panels.set(a.id, { startedAt: stamp, panel });
  }
  return panel;
}

/** What a score needs to know about its speaker and the judge's sheet, read in one statement under the lock. */
interface SpeakerFacts {
  state: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  sheetId: string | null;
  version: number | null;
  total: number | null;
  scoredCount: unknown;
  lastEventId: unknown;
}

async function speakerFacts(tx: Tx, arenaId: string, participantId: string, judgeId: string): Promise<SpeakerFacts | null> {
  // a separate statement after lockArena: on PostgreSQL it sees everything committed before the lock was granted
  const rows = await tx.$queryRaw<SpeakerFacts[]>`
    SELECT p."state", p."unitId", u."name" AS "unitName", u."code" AS "unitCode",
           s."id" AS "sheetId", s."version", s."total",
           (SELECT COUNT(*) FROM "PanelSheet" c WHERE c."participantId" = p."id") AS "scoredCount",
           (SELECT MAX(e."id") FROM "ArenaEvent" e WHERE e."arenaId" = p."arenaId") AS "lastEventId"
    FROM "ArenaParticipant" p
    JOIN "Unit" u ON u."id" = p."unitId"
    LEFT JOIN "PanelSheet" s ON s."participantId" = p."id" AND s."judgeId" = ${judgeId}
    WHERE p."id" = ${participantId} AND p."arenaId" = ${arenaId}`;
  return rows[0] ?? null;
}

async function submitOnce(ctx: ActionContext, input: SubmitScoreInput): Promise<SubmitScoreResult> {
  // the hot path of a meeting: a few statements under the arena lock (sequential: one connection serves the
  // transaction) — lock, one read of the speaker and the judge's sheet, the sheet, its rows, audit, event
  return writeWith(ctx, input.arenaId, async (tx, a, emit, log) => {
    const { judges, rubric } = await panelOf(tx, a);
    if (!judges.has(ctx.user.id)) throw new DomainError('notArenaJudge');
    if (a.state !== 'live') throw new DomainError(a.state === 'prep' ? 'arenaNotStarted' : 'arenaFinished');
    const p = await speakerFacts(tx, a.id, input.participantId, ctx.user.id);
    if (!p) throw new DomainError('notFound');
    if (ctx.user.unitId !== null && ctx.user.unitId === p.unitId) throw new DomainError('scoreOwnUnit', { unit: p.unitName });
    if (p.state === 'closed') throw new DomainError('scoreClosed', { unit: p.unitName });
    if (p.state !== 'speaking' || a.currentParticipantId !== input.participantId) throw new DomainError('scoreNotCurrent');
    const participantId = input.participantId;

    const known = new Set(rubric.map((c) => c.id));
    if (Object.keys(input.scores).some((id) => !known.has(id))) throw new DomainError('scoreUnknownCriterion');
    const rows: { criterionId: string; score: number }[] = [];
    for (const c of rubric) {
      const raw: unknown = input.scores[c.id];
      if (raw === undefined || raw === null) throw new DomainError('scoreMissing', { criterion: c.name }, { [`scores.${c.id}`]: ['required'] });
      if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > c.maxScore) {
        throw new DomainError('scoreOutOfRange', { criterion: c.name, max: c.maxScore }, { [`scores.${c.id}`]: ['scoreOutOfRange'] });
      }
      if (!hasAllowedPrecision(raw))
        throw new DomainError('scorePrecision', { criterion: c.name, decimals: SCORE_DECIMALS }, { [`scores.${c.id}`]: ['scorePrecision'] });
      rows.push({ criterionId: c.id, score: Math.round(raw * SCALE) / SCALE });
    }
    let total = 0;
    for (const r of rows) total += r.score;
    total = Math.round(total * SCALE) / SCALE;

    const existing =
      p.sheetId === null
        ? null
        : {
            id: p.sheetId,
            version: rawInt(p.version),
            total: Number(p.total),
            scores: await tx.panelScore.findMany({ where: { sheetId: p.sheetId }, select: { criterionId: true, score: true } }),
          };
    const expected = input.expectedVersion;
    if (expected !== undefined && (existing?.version ?? 0) !== (expected ?? 0)) throw new DomainError('scoreStale', { version: existing?.version ?? 0 });
    const countBefore = rawInt(p.scoredCount);

    const same =
      existing !== null &&
      existing.scores.length === rows.length &&
      rows.every((r) => existing.scores.some((s) => s.criterionId === r.criterionId && s.score === r.score));
    if (same) return { sheetId: existing.id, participantId, version: existing.version, total: existing.total, scoredCount: countBefore, eventId: 0 };

    const sheet = existing
      ? await tx.panelSheet.update({ where: { id: existing.id }, data: { total, version: existing.version + 1 }, select: { id: true, version: true } })
      : await tx.panelSheet.create({ data: { arenaId: a.id, participantId, judgeId: ctx.user.id, total, version: 1 }, select: { id: true, version: true } });
    // replace the criterion rows (a first sheet has none: only sheets write them)
    if (existing) await tx.panelScore.deleteMany({ where: { participantId, judgeId: ctx.user.id } });
    await tx.panelScore.createMany({
      data: rows.map((r) => ({ arenaId: a.id, participantId, judgeId: ctx.user.id, criterionId: r.criterionId, score: r.score, sheetId: sheet.id })),
    });
    // the arena lock keeps every other sheet of this speaker as counted
    const scoredCount = existing ? countBefore : countBefore + 1;
    let judgeCount = 0;
    for (const unit of judges.values()) if (unit !== p.unitId) judgeCount++;
    await ctx.audit(tx, {
      action: existing ? 'arena.revise_score' : 'arena.score',
      entityType: 'panel_sheet',
      entityId: sheet.id,
      before: existing
        ? {
            participant: p.unitCode,
            version: existing.version,
            total: existing.total,
            scores: Object.fromEntries(existing.scores.map((s) => [s.criterionId, s.score])),
          }
        : undefined,
      after: {
        arenaId: a.id,
        participant: p.unitCode,
        participantId,
        version: sheet.version,
        total,
        scores: Object.fromEntries(rows.map((r) => [r.criterionId, r.score])),
      },
    });
    log.last = rawInt(p.lastEventId);
    const ev = await emit('score.submitted', { participantId, judgeId: ctx.user.id, version: sheet.version, scoredCount, judgeCount });
    return { sheetId: sheet.id, participantId, version: sheet.version, total, scoredCount, eventId: ev.id };
  });
}
