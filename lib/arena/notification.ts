// The arena's NOTIFY payload on PostgreSQL, written by the event's writer and read by every listening process.
// Built with JSON.stringify and sent as a parameter (pg_notify($1, $2)); never assembled in SQL.
import type { ArenaEventMessage } from './types';

/** Largest payload that carries the whole event (PostgreSQL's limit is 8000 bytes). */
export const NOTIFY_MESSAGE_BYTES = 7_000;

/** What a listener learns: the event itself with its predecessor (deliver at once), or only that arena `a` has news. */
export type ArenaNotice = { arenaId: string; message: ArenaEventMessage; prev: number } | { arenaId: string; message: null };

/** `{a, i, p, m}` with the whole event when it fits, else `{a, i}` (listeners then read the event). */
export function notificationOf(message: ArenaEventMessage, prev: number): string {
  const full = JSON.stringify({ a: message.arenaId, i: message.id, p: prev, m: message });
  return Buffer.byteLength(full) <= NOTIFY_MESSAGE_BYTES ? full : JSON.stringify({ a: message.arenaId, i: message.id });
}

/** null: not an arena notification. */
export function parseNotification(payload: string): ArenaNotice | null {
  let v: unknown;
  try {
    v = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || typeof (v as { a?: unknown }).a !== 'string') return null;
  const { a, p, m } = v as { a: string; p?: unknown; m?: ArenaEventMessage };
  if (m && typeof p === 'number' && m.arenaId === a) return { arenaId: a, message: m, prev: p };
  return { arenaId: a, message: null };
}
