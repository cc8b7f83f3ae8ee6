// GET /api/arena/{arenaId}/events — the arena's Server-Sent Events. Resumes after the Last-Event-ID
// header (the browser sends it on reconnect) or ?after=; without either, only new events. Every event
// carries its ArenaEvent id; the database is the truth, events are hints (see docs/decisions/009).
import { getDb } from '@/lib/db.server';
import { authorize, HttpError } from '@/lib/auth/guard.server';
import { lastArenaEventId, sseBytes, subscribeArena } from '@/lib/arena/bus.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

function resumePoint(v: string | null): number | null {
  if (v === null || !/^\d{1,15}$/.test(v.trim())) return null;
  return Number(v.trim());
}

export async function GET(req: Request, { params }: { params: Promise<{ arenaId: string }> }) {
  const { arenaId } = await params;
  try {
    await authorize('arena:read');
  } catch (err) {
    if (err instanceof HttpError) return Response.json({ error: err.message }, { status: err.status, headers: { 'Cache-Control': 'no-store' } });
    throw err;
  }
  const db = await getDb();
  if (!(await db.arena.findUnique({ where: { id: arenaId }, select: { id: true } }))) {
    return Response.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  const after =
    resumePoint(req.headers.get('last-event-id')) ?? resumePoint(new URL(req.url).searchParams.get('after')) ?? (await lastArenaEventId(db, arenaId));

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
}
