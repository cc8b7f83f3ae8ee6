// Writing arena events inside the writer's transaction: lock the arena row first (so one arena's event
// ids commit in id order), insert the ArenaEvent, and on PostgreSQL NOTIFY (JSON as a parameter) in the same transaction.
// Each event names its predecessor in the arena (`prev`), so listeners can tell a gap from the next in line.
import 'server-only';
import type { Prisma } from '../generated/sqlite/client';
import type { Tx } from '../db/client';
import { appProvider } from '../db/url';
import { rawDate } from '../db/raw';
import { ARENA_CHANNEL, eventMessage, type PublishedEvent } from './bus.server';
import { notificationOf } from './notification';
import type { ArenaEventPayloads, ArenaEventType } from './types';

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
 * One raw statement: it opens every arena write, the judges' bursts of scores included.
 */
export async function lockArena(tx: Tx, arenaId: string, now: Date): Promise<LockedArena | null> {
  const rows = await tx.$queryRaw<{ id: string; state: string; periodId: string; currentParticipantId: string | null; startedAt: unknown }[]>`
    UPDATE "Arena" SET "updatedAt" = ${now} WHERE "id" = ${arenaId}
    RETURNING "id", "state", "periodId", "currentParticipantId", "startedAt"`;
  const row = rows[0];
  return row
    ? { id: row.id, state: row.state, periodId: row.periodId, currentParticipantId: row.currentParticipantId, startedAt: rawDate(row.startedAt) }
    : null;
}

/**
 * Insert one event (call after lockArena in the same transaction). `prev` is the arena's event before it —
 * with it, a listener that already has `prev` delivers the event without reading the database.
 * On PostgreSQL a NOTIFY follows, delivered to every listening process when (and only if) the transaction
 * commits; its JSON is built here and passed as a parameter. The event itself rides along when it fits, so
 * other instances need not read it back.
 */
export async function recordArenaEvent<K extends ArenaEventType>(
  tx: Tx,
  arenaId: string,
  type: K,
  payload: ArenaEventPayloads[K],
  prev: number,
): Promise<PublishedEvent> {
  const json = JSON.stringify(payload);
  if (appProvider() !== 'postgresql') {
    const row = await tx.arenaEvent.create({ data: { arenaId, type, payload: JSON.parse(json) as Prisma.InputJsonValue } });
    return { message: eventMessage(row), prev };
  }
  const at = new Date();
  const rows = await tx.$queryRaw<{ id: unknown }[]>`
    INSERT INTO "ArenaEvent" ("arenaId", "type", "payload", "createdAt") VALUES (${arenaId}, ${type}, ${json}::jsonb, ${at}) RETURNING "id"`;
  const message = eventMessage({ id: Number(rows[0]!.id), arenaId, type, payload: JSON.parse(json) as unknown, createdAt: at });
  await tx.$executeRaw`SELECT pg_notify(${ARENA_CHANNEL}, ${notificationOf(message, prev)})`;
  return { message, prev };
}
