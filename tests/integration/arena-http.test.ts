// The arena's route handlers on a scratch database: the SSE stream (framing, Last-Event-ID resume, clean-up on
// abort), the state JSON and the JSON score route, through the real defineRoute guard. Only the session store
// (better-auth) and the process's database client are replaced by the test's user and scratch database.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';

const state = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as Db | null }));

vi.mock('@/lib/db.server', () => ({ getDb: async () => state.db }));
// the session store: better-auth's getSession answers with the test's user (or none); the guard is the real one
vi.mock('@/lib/auth/auth.server', () => ({
  getAuth: async () => ({
    api: {
      getSession: async () => (state.user ? { user: { ...state.user, disabled: false }, session: { id: state.user.sessionId } } : null),
    },
  }),
}));

const { GET: events } = await import('@/app/api/arena/[arenaId]/events/route');
const { GET: stateRoute } = await import('@/app/api/arena/[arenaId]/state/route');
const { POST: scores } = await import('@/app/api/arena/[arenaId]/scores/route');
const { closeArenaBus, localSubscriberCount } = await import('@/lib/arena/bus.server');
const { nextSpeaker, startArena, pauseTimer, resumeTimer } = await import('@/lib/arena/commands.server');
const { createClient } = await import('@/lib/db/client');
const { ctxOf, userOf } = await import('../support/actors');
const { createSeededDatabase } = await import('../support/database');

let scratch: Awaited<ReturnType<typeof createSeededDatabase>>;
let db: Db;
let arenaId: string;
let participantId: string;
let criteria: { id: string; maxScore: number }[];

const params = (id = arenaId) => ({ params: Promise.resolve({ arenaId: id }) });

interface Frame {
  id: number | null;
  event: string | null;
  data: string;
  comments: string[];
  retry: number | null;
}

/** Read SSE frames from a response body until `stop` says so. */
function reader(res: Response) {
  const frames: Frame[] = [];
  const r = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  let done = false;
  const pump = (async () => {
    for (;;) {
      const { value, done: end } = await r.read();
      if (end) break;
      buf += dec.decode(value, { stream: true });
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const raw = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const f: Frame = { id: null, event: null, data: '', comments: [], retry: null };
        for (const line of raw.split('\n')) {
          if (line.startsWith(':')) f.comments.push(line.slice(1).trim());
          else if (line.startsWith('id: ')) f.id = Number(line.slice(4));
          else if (line.startsWith('event: ')) f.event = line.slice(7);
          else if (line.startsWith('data: ')) f.data += line.slice(6);
          else if (line.startsWith('retry: ')) f.retry = Number(line.slice(7));
        }
        frames.push(f);
      }
    }
    done = true;
  })();
  return {
    frames,
    events: () => frames.filter((f) => f.id !== null),
    ready: () => frames.some((f) => f.comments.includes('ready')),
    get done() {
      return done;
    },
    pump,
  };
}

async function until(cond: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return scores(new Request(`http://localhost/api/arena/${arenaId}/scores`, { method: 'POST', headers, body: JSON.stringify(body) }), params());
}

beforeAll(async () => {
  scratch = await createSeededDatabase('arena_http');
  db = await createClient(scratch.url);
  state.db = db;
  const arena = await db.arena.findFirstOrThrow({ where: { state: 'prep' } });
  arenaId = arena.id;
  criteria = await db.rubricCriterion.findMany({ where: { periodId: arena.periodId }, orderBy: { sortOrder: 'asc' }, select: { id: true, maxScore: true } });
  const admin = await ctxOf(db, 'admin');
  await startArena(admin, { arenaId });
  participantId = (await nextSpeaker(admin, { arenaId })).participantId;
});

afterAll(async () => {
  await closeArenaBus();
  await db?.$disconnect();
  await scratch?.drop();
});

describe('GET /api/arena/[arenaId]/events', () => {
  it('401 without a session, 403 without arena:read, 404 for an unknown arena', async () => {
    state.user = null;
    expect((await events(new Request('http://localhost/x'), params())).status).toBe(401);
    state.user = await userOf(db, 'jsj_head');
    expect((await events(new Request('http://localhost/x'), params())).status).toBe(403);
    state.user = await userOf(db, 'leader1');
    expect((await events(new Request('http://localhost/x'), params('nope'))).status).toBe(404);
  });

  it('streams id/event/data frames; a reconnect with Last-Event-ID gets exactly what it missed, then live ones', async () => {
    state.user = await userOf(db, 'leader1');
    const ac = new AbortController();
    const res = await events(new Request(`http://localhost/api/arena/${arenaId}/events?after=0`, { signal: ac.signal }), params());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const a = reader(res);
    const all = await db.arenaEvent.findMany({ where: { arenaId }, orderBy: { id: 'asc' } });
    await until(() => a.ready());
    expect(a.frames[0]!.retry).toBe(1000);
    expect(a.events().map((f) => f.id)).toEqual(all.map((e) => e.id));
    const first = a.events()[0]!;
    expect(first.event).toBe(all[0]!.type);
    expect(JSON.parse(first.data)).toMatchObject({ id: all[0]!.id, arenaId, type: all[0]!.type });
    expect(localSubscriberCount(arenaId)).toBe(1);

    // the screen drops; meanwhile two judges score and the host pauses
    ac.abort();
    await until(() => localSubscriberCount(arenaId) === 0);
    const lastSeen = a.events().at(-1)!.id!;
    state.user = await userOf(db, 'judge1');
    expect((await post({ participantId, scores: Object.fromEntries(criteria.map((c) => [c.id, c.maxScore / 2])) })).status).toBe(200);
    state.user = await userOf(db, 'judge2');
    expect((await post({ participantId, scores: Object.fromEntries(criteria.map((c) => [c.id, c.maxScore / 4])) })).status).toBe(200);
    await pauseTimer(await ctxOf(db, 'admin'), { arenaId });
    const missed = (await db.arenaEvent.findMany({ where: { arenaId, id: { gt: lastSeen } }, orderBy: { id: 'asc' } })).map((e) => e.id);
    expect(missed).toHaveLength(3);

    // reconnect as the browser does: Last-Event-ID wins over ?after=
    state.user = await userOf(db, 'leader1');
    const ac2 = new AbortController();
    const res2 = await events(
      new Request(`http://localhost/api/arena/${arenaId}/events?after=0`, { signal: ac2.signal, headers: { 'last-event-id': String(lastSeen) } }),
      params(),
    );
    const b = reader(res2);
    await until(() => b.ready());
    expect(b.events().map((f) => f.id)).toEqual(missed);
    expect(b.events().map((f) => f.event)).toEqual(['score.submitted', 'score.submitted', 'timer.changed']);
    const scored = JSON.parse(b.events()[1]!.data) as { payload: Record<string, unknown> };
    expect(scored.payload).toMatchObject({ participantId, scoredCount: 2 });
    expect(scored.payload).not.toHaveProperty('scores');
    expect(scored.payload).not.toHaveProperty('total');

    // live after the replay
    await resumeTimer(await ctxOf(db, 'admin'), { arenaId });
    await until(() => b.events().length === 4);
    expect(b.events()[3]).toMatchObject({ event: 'timer.changed' });
    expect(JSON.parse(b.events()[3]!.data).payload).toMatchObject({ action: 'resume' });
    ac2.abort();
    await until(() => localSubscriberCount(arenaId) === 0);
  });

  it('without a resume point it starts from now', async () => {
    state.user = await userOf(db, 'admin');
    const ac = new AbortController();
    const r = reader(await events(new Request(`http://localhost/api/arena/${arenaId}/events`, { signal: ac.signal }), params()));
    await until(() => r.ready());
    expect(r.events()).toEqual([]);
    await pauseTimer(await ctxOf(db, 'admin'), { arenaId });
    await until(() => r.events().length === 1);
    ac.abort();
    await resumeTimer(await ctxOf(db, 'admin'), { arenaId });
  });
});

describe('GET /api/arena/[arenaId]/state', () => {
  it('the live view for readers (host sees who scored), the judge view with ?view=judge, 404 for non-members', async () => {
    state.user = await userOf(db, 'admin');
    const host = await (await stateRoute(new Request(`http://localhost/api/arena/${arenaId}/state`), params())).json();
    expect(host.role).toBe('host');
    expect(host.scoredJudgeIds).toHaveLength(2);
    expect(host.lastEventId).toBe((await db.arenaEvent.findFirst({ where: { arenaId }, orderBy: { id: 'desc' } }))!.id);
    state.user = await userOf(db, 'judge1');
    const judge = await (await stateRoute(new Request(`http://localhost/api/arena/${arenaId}/state?view=judge`), params())).json();
    expect(judge.scoring).toMatchObject({ participantId, canScore: true, sheet: { version: 1 } });
    expect(judge.scoredJudgeIds).toBeNull();
    state.user = await userOf(db, 'admin');
    expect((await stateRoute(new Request(`http://localhost/api/arena/${arenaId}/state?view=judge`), params())).status).toBe(404);
    state.user = await userOf(db, 'cgj_head');
    expect((await stateRoute(new Request(`http://localhost/api/arena/${arenaId}/state`), params())).status).toBe(403);
  });
});

describe('POST /api/arena/[arenaId]/scores', () => {
  it('answers ActionResults with status codes; JSON only, same-origin only', async () => {
    state.user = await userOf(db, 'judge3');
    const good = Object.fromEntries(criteria.map((c) => [c.id, 20]));
    const r1 = await post({ participantId, scores: good, expectedVersion: 0 });
    expect(r1.status).toBe(200);
    expect(r1.headers.get('server-timing')).toMatch(/^auth;dur=[\d.]+, parse;dur=[\d.]+, write;dur=[\d.]+$/);
    expect(await r1.json()).toMatchObject({ ok: true, data: { participantId, version: 1, total: 60, scoredCount: 3 } });
    const stale = await post({ participantId, scores: good, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('cache-control')).toBe('private, no-store');
    // a refusal carries its code for programs and its Chinese text for people
    expect(await stale.json()).toEqual({
      ok: false,
      error: 'scoreStale',
      message: '您的评分已在其他设备上修改（当前第 1 版），请刷新后再提交。',
      params: { version: 1 },
    });
    const range = await post({ participantId, scores: { ...good, [criteria[0]!.id]: 99 } });
    expect(await range.json()).toMatchObject({ ok: false, error: 'scoreOutOfRange' });
    expect((await post({ participantId, scores: 'x' })).status).toBe(400);
    expect((await post({ participantId, scores: good }, { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await post({ participantId, scores: good }, { 'content-type': 'application/json', origin: 'https://evil.example' })).status).toBe(403);
    state.user = await userOf(db, 'admin');
    expect((await post({ participantId, scores: good })).status).toBe(403);
    state.user = null;
    const signedOut = await post({ participantId, scores: good });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({ ok: false, error: 'unauthenticated', message: '登录已失效，请重新登录后再操作（已输入的内容仍保留在本页）。' });
    const outsider = randomUUID();
    await db.user.create({ data: { id: outsider, name: 'x', email: 'x@t.local', username: 'outsider', role: 'judge' } });
    state.user = await userOf(db, 'outsider');
    const refused = await post({ participantId, scores: good });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, error: 'notArenaJudge' });
    expect(await db.panelSheet.count({ where: { participantId } })).toBe(3);
  });
});
