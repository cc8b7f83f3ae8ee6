// Writing arena events inside the writer's transaction: lock the arena row first (so one arena's event
// ids commit in id order), insert the ArenaEvent, and on PostgreSQL NOTIFY in the same transaction.
// Each event names its predecessor in the arena (`prev`), so listeners can tell a gap from the next in line.
import 'server-only';
import type { Prisma } from '../generated/sqlite/client';
import { providerOfDb, type Tx } from '../db/client';
import { rawDate } from '../db/raw';
import { ARENA_CHANNEL, eventMessage, type PublishedEvent } from './bus.server';
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

/** Largest NOTIFY payload that carries the whole event (PostgreSQL's limit is 8000 bytes). */
const NOTIFY_MESSAGE_BYTES = 7_000;

/**
 * Insert one event (call after lockArena in the same transaction). `prev` is the arena's event before it —
 * with it, a listener that already has `prev` delivers the event without reading the database.
 * On PostgreSQL the same statement sends the NOTIFY, delivered to every listening process when (and only
 * if) the transaction commits; the event itself rides along when it fits, so other instances need not read
 * it back. One round trip fewer under the arena lock than an insert and a separate pg_notify.
 */
export async function recordArenaEvent<K extends ArenaEventType>(
  tx: Tx,
  arenaId: string,
  type: K,
  payload: ArenaEventPayloads[K],
  prev: number,
): Promise<PublishedEvent> {
  const json = JSON.stringify(payload);
  if (providerOfDb(tx) !== 'postgresql') {
    const row = await tx.arenaEvent.create({ data: { arenaId, type, payload: JSON.parse(json) as Prisma.InputJsonValue } });
    return { message: eventMessage(row), prev };
  }
  const at = new Date();
  // the notification's text around the id, which only the insert knows: head + id + mid + id + tail
  const head = `{"a":${JSON.stringify(arenaId)},"i":`;
  let mid = `,"p":${prev},"m":{"id":`;
  let tail = `,"arenaId":${JSON.stringify(arenaId)},"type":${JSON.stringify(type)},"at":${JSON.stringify(at.toISOString())},"payload":${json}}}`;
  if (Buffer.byteLength(head + mid + tail) + 32 > NOTIFY_MESSAGE_BYTES) {
    mid = '';
    tail = '}';
  }
  const rows = await tx.$queryRaw<{ id: unknown }[]>`
    WITH ev AS (
      INSERT INTO "ArenaEvent" ("arenaId", "type", "payload", "createdAt") VALUES (${arenaId}, ${type}, ${json}::jsonb, ${at}) RETURNING "id"
    )
    SELECT ev."id" FROM ev
    CROSS JOIN LATERAL (SELECT pg_notify(${ARENA_CHANNEL}, ${head} || ev."id" || ${mid} || CASE WHEN ${mid} = '' THEN '' ELSE ev."id"::text END || ${tail})) AS n`;
  const id = Number(rows[0]!.id);
  return { message: eventMessage({ id, arenaId, type, payload: JSON.parse(json) as unknown, createdAt: at }), prev };
}
