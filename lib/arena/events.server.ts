// Writing arena events inside the writer's transaction: lock the arena row first (so one arena's event
// ids commit in id order), insert the ArenaEvent, and on PostgreSQL NOTIFY in the same transaction.
import 'server-only';
import type { Prisma } from '../generated/sqlite/client';
import type { Tx } from '../db/client';
import { ARENA_CHANNEL, eventMessage } from './bus.server';
import type { ArenaEventMessage, ArenaEventPayloads, ArenaEventType } from './types';

/** 'sqlite' | 'postgresql' of a client or transaction client. */
export function providerOfDb(db: Tx): 'sqlite' | 'postgresql' {
  return (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';
}

export interface LockedArena {
  id: string;
  state: string;
  periodId: string;
  currentParticipantId: string | null;
  startedAt: Date | null;
}

/**
 * Lock the arena row for the rest of the transaction (an UPDATE takes the row lock on PostgreSQL; on
 * SQLite it takes the write lock up front) and return its state as of the lock. null: no such arena.
 */
export async function lockArena(tx: Tx, arenaId: string, now: Date): Promise<LockedArena | null> {
  try {
    return await tx.arena.update({
      where: { id: arenaId },
      data: { updatedAt: now },
      select: { id: true, state: true, periodId: true, currentParticipantId: true, startedAt: true },
    });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'P2025') return null;
    throw err;
  }
}

/** Insert one event (call after lockArena in the same transaction). */
export async function recordArenaEvent<K extends ArenaEventType>(tx: Tx, arenaId: string, type: K, payload: ArenaEventPayloads[K]): Promise<ArenaEventMessage> {
  const row = await tx.arenaEvent.create({ data: { arenaId, type, payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue } });
  if (providerOfDb(tx) === 'postgresql') {
    // delivered to every listening process when (and only if) the transaction commits
    await tx.$executeRaw`SELECT pg_notify(${ARENA_CHANNEL}, ${JSON.stringify({ a: arenaId, i: row.id })})`;
  }
  return eventMessage(row);
}
