// GET /api/arena/{arenaId}/events — the arena's Server-Sent Events. Resumes after the Last-Event-ID
// header (the browser sends it on reconnect) or ?after=; without either, only new events. Every event
// carries its ArenaEvent id; the database is the truth, events are hints (see docs/decisions/009).
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route.server';
import { DomainError } from '@/lib/actions/result';
import { lastArenaEventId, sseBytes, subscribeArena } from '@/lib/arena/bus.server';
import { arenaIdInput } from '@/lib/arena/schemas';
import { arenaExists } from '@/lib/arena/queries.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

function resumePoint(v: string | null): number | null {
  if (v === null || !/^\d{1,15}$/.test(v.trim())) return null;
  return Number(v.trim());
}

export const GET = defineRoute({
  auth: 'arena:read',
  params: arenaIdInput,
  query: z.object({ after: z.string().optional() }),
  handler: async ({ params: { arenaId }, query }, { req, db }) => {
    if (!(await arenaExists(db, arenaId))) throw new DomainError('notFound');
    const after = resumePoint(req.headers.get('last-event-id')) ?? resumePoint(query.after ?? null) ?? (await lastArenaEventId(db, arenaId));

    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let closed = false;
        let unsubscribe = () => {};
        const send = (chunk: Uint8Array) => {
          if (closed) return;
          try {
            controller.enqueue(chunk);
          } catch {
            close();
          }
        };
        const heartbeat = setInterval(() => send(encoder.encode(': ping\n\n')), HEARTBEAT_MS);
        const close = () => {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          unsubscribe();
          req.signal.removeEventListener('abort', close);
          try {
            controller.close();
          } catch {
            /* already closed */
          }
        };
        stop = close;
        req.signal.addEventListener('abort', close);
        // reconnect after 1 s; the comment line makes proxies and clients see the stream open at once
        send(encoder.encode(`retry: 1000\n: arena ${arenaId} after ${after}\n\n`));
        try {
          const unsub = await subscribeArena(arenaId, after, (m) => send(sseBytes(m)), { db });
          if (closed) unsub();
          else {
            unsubscribe = unsub;
            // replay delivered, live from here on
            send(encoder.encode(': ready\n\n'));
          }
        } catch (err) {
          console.error('arena events: subscribe failed', err);
          close();
        }
      },
      cancel() {
        stop();
      },
    });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      },
    });
  },
});
