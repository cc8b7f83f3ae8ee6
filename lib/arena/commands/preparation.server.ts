// Arena preparation by the host (arena:host): create, settings, participants, panel, order and the draw.
// Each: load the arena under its lock → the rule (lib/arena/rules.ts) → rows + audit + arena.updated.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { ActionContext } from '../../actions/define-action.server';
import { DomainError } from '../../actions/result';
import type { Tx } from '../../db/client';
import { publishArenaEvents, type PublishedEvent } from '../bus.server';
import { drawOrder as drawnOrder } from '../draw';
import { recordArenaEvent } from '../events.server';
import { loadArenaCore, type ArenaCore } from '../queries.server';
import { prepRefusal } from '../rules';
import { ARENA_PERIOD_STATES, type ArenaEventPayloads, type ParticipantLite } from '../types';
import { assertHost, codesOf, refuse, TX_OPTIONS, write, type Writer } from './writer.server';
import { notify, notifyText } from '../../notify/notify.server';
import { EVENT_RULES } from '../../notify/rules';

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

/**
 * Name, minutes per speaker and the planned start: while in prep or live (a change of minutes applies from the next
 * speaker). The planned start (`YYYY-MM-DDTHH:MM` China time, '' = none; absent = unchanged) drives the judges'
 * 30-minute reminder (lib/notify).
 */
export async function updateArena(
  ctx: ActionContext,
  input: { arenaId: string; name: string; minutesPerSpeaker: number; scheduledAt?: string },
): Promise<{ id: string }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    if (a.state === 'finished') throw new DomainError('arenaFinished');
    const planned = input.scheduledAt === undefined ? a.scheduledAt : input.scheduledAt === '' ? null : new Date(`${input.scheduledAt}:00+08:00`);
    const samePlan = (planned?.getTime() ?? null) === (a.scheduledAt?.getTime() ?? null);
    if (a.name === input.name && a.minutesPerSpeaker === input.minutesPerSpeaker && samePlan) return { id: a.id };
    await w.tx.arena.update({ where: { id: a.id }, data: { name: input.name, minutesPerSpeaker: input.minutesPerSpeaker, scheduledAt: planned } });
    const plan = (at: Date | null) => (samePlan ? {} : { scheduledAt: at });
    await ctx.audit(w.tx, {
      action: 'arena.update',
      entityType: 'arena',
      entityId: a.id,
      before: { name: a.name, minutesPerSpeaker: a.minutesPerSpeaker, ...plan(a.scheduledAt) },
      after: { name: input.name, minutesPerSpeaker: input.minutesPerSpeaker, ...plan(planned) },
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
    refuse(prepRefusal(a));
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
    refuse(prepRefusal(a));
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
    // each new judge is told (lib/notify), in this transaction
    await notify(w.tx, EVENT_RULES.judgeAssigned({ arena: a, userIds: added }, ctx.now, notifyText), ctx.now);
    await emitUpdated(w, 'judges');
    return { count: wanted.length };
  });
}

/** A speaking order fixed by hand: every participant exactly once. Voids the draw. */
export async function setOrder(ctx: ActionContext, input: { arenaId: string; participantIds: readonly string[] }): Promise<{ order: string[] }> {
  assertHost(ctx);
  return write(ctx, input.arenaId, async (w) => {
    const a = w.arena;
    refuse(prepRefusal(a));
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
    refuse(prepRefusal(a));
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
