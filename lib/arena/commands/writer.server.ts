// The arena's write plumbing: one transaction holding the arena's lock (lockArena), the events it records
// (each naming its predecessor), published to this process's subscribers after the commit.
import 'server-only';
import type { ActionContext } from '../../actions/define-action.server';
import { DomainError } from '../../actions/result';
import { can } from '../../auth/permissions';
import type { Tx } from '../../db/client';
import { lastArenaEventId, publishArenaEvents, type PublishedEvent } from '../bus.server';
import { lockArena, recordArenaEvent, type LockedArena } from '../events.server';
import { loadArenaCore, type ArenaCore } from '../queries.server';
import type { Refusal } from '../rules';
import type { ArenaEventMessage, ArenaEventPayloads, ArenaEventType } from '../types';

/** Transactions of the arena wait their turn on the arena row; give a busy meeting room. */
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export interface Writer {
  tx: Tx;
  arena: ArenaCore;
  emit<K extends ArenaEventType>(type: K, payload: ArenaEventPayloads[K]): Promise<ArenaEventMessage>;
}

export function assertHost(ctx: ActionContext): void {
  if (!can(ctx.user, 'arena:host')) throw new DomainError('forbidden');
}

/** Run `fn` in a transaction holding the arena's lock; publish its events after the commit. */
export async function write<T>(ctx: ActionContext, arenaId: string, fn: (w: Writer) => Promise<T>): Promise<T> {
  return writeWith(ctx, arenaId, async (tx, _locked, emit) => {
    const arena = (await loadArenaCore(tx, arenaId)) as ArenaCore;
    return fn({ tx, arena, emit });
  });
}

export type Emit = Writer['emit'];

/** The speakers' unit codes in speaking order (audit rows name units by code). */
export const codesOf = (a: ArenaCore) => a.participants.map((p) => p.unit.code);

/** The arena's newest event id as the writer knows it (0: none yet): undefined until read (lastArenaEventId) or told. */
export interface EventLog {
  last: number | undefined;
}

/** The transaction and event plumbing of write(), for callers that read only what they need (submitScore). */
export async function writeWith<T>(ctx: ActionContext, arenaId: string, fn: (tx: Tx, arena: LockedArena, emit: Emit, log: EventLog) => Promise<T>): Promise<T> {
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

/** A rule's refusal as the error a service throws. */
export function refusalError(r: Refusal): DomainError {
  return new DomainError(r.code, r.params, r.fieldErrors);
}

/** Throw a rule's refusal, if any. */
export function refuse(r: Refusal | null): void {
  if (r) throw refusalError(r);
}
