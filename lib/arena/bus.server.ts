// Arena event bus: the ArenaEvent table is the log, pokes say "something new for arena X".
//
// - Writers insert ArenaEvent rows inside their transaction (recordArenaEvent, lib/arena/events.server.ts),
//   each naming the arena's event before it (`prev`); on PostgreSQL the same transaction sends NOTIFY
//   leitai_arena {a: arenaId, i: id, p: prev, m: message} (m left out when too big), delivered to every
//   listening process on commit, in commit order. After the commit the writer also hands its events to its
//   own process (publishArenaEvents): on SQLite that is the only path (one process).
// - Each process keeps one channel per arena with local subscribers and the id of the newest event it has
//   fanned out. An event whose `prev` is that id is next in line: it is fanned out in memory at once. Anything
//   else — a gap, a notification without the message, the safety poll — makes the channel read the events
//   newer than its last from the database: one query per process (coalesced while a read runs), never one
//   per subscriber.
// - subscribeArena first replays from the database what the subscriber has not seen (id > afterId),
//   buffering live events meanwhile, then delivers live ones; ids at or below the last delivered one are
//   dropped, so replay + live has neither gaps nor duplicates.
// - Ordering: event ids of one arena commit in id order because every event-writing transaction first
//   locks the arena row (lockArena); SQLite serialises writers anyway.
// - Safety net: every 5 s each channel with subscribers re-reads (covers a lost notification or a
//   listener reconnect); a PostgreSQL listener that drops reconnects and re-reads every channel.
import 'server-only';
import type { Db, Tx } from '../db/client';
import { databaseUrl, providerOf } from '../db/url';
import type { ArenaEventMessage } from './types';
import { parseNotification } from './notification';

export const ARENA_CHANNEL = 'leitai_arena';
const FETCH_BATCH = 500;
const SAFETY_POLL_MS = 5_000;

export type ArenaEventListener = (message: ArenaEventMessage) => void;

/** A committed event and the id of its arena's event before it (0: the arena's first). */
export interface PublishedEvent {
  message: ArenaEventMessage;
  prev: number;
}

interface Subscriber {
  onEvent: ArenaEventListener;
  lastDelivered: number;
  /** while replaying, live events wait here */
  buffer: ArenaEventMessage[] | null;
  closed: boolean;
}

interface Channel {
  arenaId: string;
  db: Db;
  subscribers: Set<Subscriber>;
  /** id of the newest event this channel has read; null before its first read */
  lastFetched: number | null;
  fetching: boolean;
  pending: boolean;
}

interface PgListener {
  url: string;
  ready: Promise<void>;
  client: import('pg').Client | null;
  closed: boolean;
}

interface BusState {
  channels: Map<string, Channel>;
  listeners: Map<string, PgListener>;
  poll: ReturnType<typeof setInterval> | null;
}

// on globalThis: survives Next.js module reloads in development, one bus per process
const g = globalThis as unknown as { leitaiArenaBus?: BusState };
const bus: BusState = (g.leitaiArenaBus ??= { channels: new Map(), listeners: new Map(), poll: null });

/** The JSON-safe message of an ArenaEvent row. */
export function eventMessage(row: { id: number; arenaId: string; type: string; payload: unknown; createdAt: Date }): ArenaEventMessage {
  return { id: row.id, arenaId: row.arenaId, type: row.type, at: row.createdAt.toISOString(), payload: row.payload } as ArenaEventMessage;
}

const sseCache = new WeakMap<ArenaEventMessage, string>();

/** The message as one SSE frame (id / event / data lines); encoded once per message however many screens get it. */
export function sseFrame(message: ArenaEventMessage): string {
  let frame = sseCache.get(message);
  if (frame === undefined) {
    frame = `id: ${message.id}\nevent: ${message.type}\ndata: ${JSON.stringify(message)}\n\n`;
    sseCache.set(message, frame);
  }
  return frame;
}

const bytesCache = new WeakMap<ArenaEventMessage, Uint8Array>();
const encoder = new TextEncoder();

/** sseFrame as UTF-8 bytes, encoded once per message (streams only read it). */
export function sseBytes(message: ArenaEventMessage): Uint8Array {
  let bytes = bytesCache.get(message);
  if (bytes === undefined) {
    bytes = encoder.encode(sseFrame(message));
    bytesCache.set(message, bytes);
  }
  return bytes;
}

function deliver(sub: Subscriber, message: ArenaEventMessage): void {
  if (sub.closed) return;
  if (sub.buffer) {
    sub.buffer.push(message);
    return;
  }
  if (message.id <= sub.lastDelivered) return;
  sub.lastDelivered = message.id;
  try {
    sub.onEvent(message);
  } catch (err) {
    console.error('arena subscriber failed', err);
  }
}

/** The newest event id of an arena, 0 when it has none (a writer calls it after lockArena: no other writer of the arena can add one meanwhile). */
export async function lastArenaEventId(db: Tx, arenaId: string): Promise<number> {
  const row = await db.arenaEvent.findFirst({ where: { arenaId }, orderBy: { id: 'desc' }, select: { id: true } });
  return row?.id ?? 0;
}

async function readEvents(db: Db, arenaId: string, afterId: number): Promise<ArenaEventMessage[]> {
  const rows = await db.arenaEvent.findMany({ where: { arenaId, id: { gt: afterId } }, orderBy: { id: 'asc' }, take: FETCH_BATCH });
  return rows.map(eventMessage);
}

/** Read what is new for the channel and fan it out; concurrent pokes coalesce into one more read. */
async function drain(ch: Channel): Promise<void> {
  if (ch.fetching) {
    ch.pending = true;
    return;
  }
  ch.fetching = true;
  try {
    do {
      ch.pending = false;
      if (ch.subscribers.size === 0) break;
      let from = ch.lastFetched;
      if (from === null) from = Math.min(...[...ch.subscribers].map((s) => s.lastDelivered));
      const events = await readEvents(ch.db, ch.arenaId, from);
      for (const m of events) {
        // an event handed over in memory meanwhile may already be past this one
        ch.lastFetched = Math.max(ch.lastFetched ?? 0, m.id);
        for (const sub of ch.subscribers) deliver(sub, m);
      }
      // nothing newer: every subscriber has all up to `from` (their resume points never pass the arena's last event)
      if (events.length === 0) ch.lastFetched = Math.max(ch.lastFetched ?? 0, from);
      if (events.length === FETCH_BATCH) ch.pending = true;
    } while (ch.pending);
  } catch (err) {
    console.error('arena bus read failed', err);
  } finally {
    ch.fetching = false;
  }
}

function poke(arenaId: string): void {
  const ch = bus.channels.get(arenaId);
  if (ch) void drain(ch);
}

/** A committed event in hand: fanned out at once if it is the channel's next, else the channel reads. */
function offer(event: PublishedEvent): void {
  const ch = bus.channels.get(event.message.arenaId);
  if (!ch) return;
  const last = ch.lastFetched;
  if (last !== null && event.message.id <= last) return; // already fanned out
  if (last === null || ch.fetching || event.prev !== last) {
    void drain(ch);
    return;
  }
  ch.lastFetched = event.message.id;
  for (const sub of ch.subscribers) deliver(sub, event.message);
}

function ensurePoll(): void {
  if (bus.poll) return;
  bus.poll = setInterval(() => {
    for (const ch of bus.channels.values()) void drain(ch);
  }, SAFETY_POLL_MS);
  bus.poll.unref?.();
}

// ───────────── PostgreSQL LISTEN ─────────────

function listen(url: string): PgListener {
  const existing = bus.listeners.get(url);
  if (existing && !existing.closed) return existing;
  const l: PgListener = { url, ready: Promise.resolve(), client: null, closed: false };
  const connect = async (): Promise<void> => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: url });
    client.on('notification', (n) => {
      if (n.channel !== ARENA_CHANNEL || !n.payload) return;
      const notice = parseNotification(n.payload);
      if (!notice) return; // not ours
      if (notice.message) offer({ message: notice.message, prev: notice.prev });
      else poke(notice.arenaId);
    });
    client.on('error', (err) => {
      console.error('arena bus: PostgreSQL listener lost', err.message);
      if (l.client === client) l.client = null;
      client.end().catch(() => {});
      if (!l.closed) scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${ARENA_CHANNEL}`);
    if (l.closed) {
      await client.end().catch(() => {});
      return;
    }
    l.client = client;
  };
  const scheduleReconnect = () => {
    const timer = setTimeout(() => {
      l.ready = connect().then(
        () => {
          // whatever was notified while we were away: read it now
          for (const ch of bus.channels.values()) void drain(ch);
        },
        (err: unknown) => {
          console.error('arena bus: reconnect failed', (err as Error).message);
          if (!l.closed) scheduleReconnect();
        },
      );
    }, 1_000);
    timer.unref?.();
  };
  l.ready = connect().catch((err: unknown) => {
    // subscribers still get replay and the safety poll; keep trying in the background
    console.error('arena bus: LISTEN failed', (err as Error).message);
    if (!l.closed) scheduleReconnect();
  });
  bus.listeners.set(url, l);
  return l;
}

// ───────────── public API ─────────────

export interface SubscribeOptions {
  /** the database the events live in (default: the process's client) */
  db?: Db;
  /** its URL, for the PostgreSQL listener (default: DATABASE_URL) */
  url?: string;
}

/**
 * Subscribe to an arena's events after `afterId`: replays id > afterId from the database, then delivers
 * live events, each id once and in order. Resolves (with the unsubscribe function) once the replay has
 * been delivered.
 */
export async function subscribeArena(arenaId: string, afterId: number, onEvent: ArenaEventListener, opts: SubscribeOptions = {}): Promise<() => void> {
  const db = opts.db ?? (await (await import('../db.server')).getDb());
  const url = opts.url ?? databaseUrl();
  if (providerOf(url) === 'postgresql') await listen(url).ready;

  // a resume point past the arena's newest event (a stale or made-up Last-Event-ID) counts as that event:
  // otherwise the channel would take it for delivered and skip the events that really come next
  let resumeAt = Math.max(0, Math.floor(afterId));
  if (resumeAt > 0) resumeAt = Math.min(resumeAt, await lastArenaEventId(db, arenaId));

  let ch = bus.channels.get(arenaId);
  if (!ch) {
    ch = { arenaId, db, subscribers: new Set(), lastFetched: null, fetching: false, pending: false };
    bus.channels.set(arenaId, ch);
  }
  ensurePoll();
  const sub: Subscriber = { onEvent, lastDelivered: resumeAt, buffer: [], closed: false };
  ch.subscribers.add(sub);
  const channel = ch;
  const unsubscribe = () => {
    sub.closed = true;
    channel.subscribers.delete(sub);
    if (channel.subscribers.size === 0 && bus.channels.get(arenaId) === channel) bus.channels.delete(arenaId);
  };

  try {
    // replay: everything committed before now, in batches
    for (;;) {
      const events = await readEvents(db, arenaId, sub.lastDelivered);
      for (const m of events) {
        if (sub.closed) break;
        sub.lastDelivered = m.id;
        try {
          onEvent(m);
        } catch (err) {
          console.error('arena subscriber failed', err);
        }
      }
      if (events.length < FETCH_BATCH || sub.closed) break;
    }
  } catch (err) {
    unsubscribe();
    throw err;
  }
  // then what arrived live during the replay, then live
  const buffered = (sub.buffer ?? []).sort((a, b) => a.id - b.id);
  sub.buffer = null;
  for (const m of buffered) deliver(sub, m);
  // a channel that has not read yet starts where this replay ended: the next event in line goes out from memory
  if (channel.lastFetched === null && !sub.closed) channel.lastFetched = sub.lastDelivered;
  return unsubscribe;
}

/**
 * After a write committed: hand its events (in id order) to this process's subscribers. (Other processes
 * heard the NOTIFY the transaction sent on PostgreSQL; on SQLite there is only this process.)
 */
export function publishArenaEvents(events: readonly PublishedEvent[]): void {
  for (const e of events) offer(e);
}

/** Number of local subscribers of an arena (tests, health). */
export function localSubscriberCount(arenaId: string): number {
  return bus.channels.get(arenaId)?.subscribers.size ?? 0;
}

/** Close the PostgreSQL listeners and the safety poll (tests, scripts). */
export async function closeArenaBus(): Promise<void> {
  if (bus.poll) clearInterval(bus.poll);
  bus.poll = null;
  const listeners = [...bus.listeners.values()];
  bus.listeners.clear();
  for (const l of listeners) {
    l.closed = true;
    await l.ready.catch(() => {});
    await l.client?.end().catch(() => {});
    l.client = null;
  }
}
