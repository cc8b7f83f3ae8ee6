// Live arena speed (issue #5): 60 judges submit scores over HTTP while 200 big screens follow the SSE
// stream on loopback. For every score: the time from sending the submit to its score.submitted event
// arriving at each screen, and at the last of them (target p99 ≤ 100 ms); zero lost or duplicated events
// (every screen sees every event id exactly once) and exactly 60 sheets in the database.
// Two speakers are scored in turn: the first on a freshly started server (a meeting's first speaker: code
// paths not yet optimised by the JIT), the second on the server the first warmed (every later speaker).
// Both are reported; the latency target is read on the second, integrity on both. The score route's
// Server-Timing header splits each response into auth / parse / write; the screens' socket handler only
// stamps chunks (frames are parsed later), so the load generator disturbs the cores it shares little.
//
// Needs a production build (`npx next build`). Usage:
//   npx tsx bench/arena.bench.ts
// Settings (environment):
//   ARENA_BENCH_JUDGES=60  ARENA_BENCH_SCREENS=200
//   ARENA_BENCH_WINDOW_MS=3000   judges submit at random moments within this window (0 = all at once, a
//                                burst: then the numbers include queueing behind the arena's write lock)
//   ARENA_BENCH_PG=postgresql://user:pw@127.0.0.1:5432/postgres   run on PostgreSQL (a scratch database is
//                                created and dropped) — with ARENA_BENCH_INSTANCES=2 screens and judges are
//                                split over two app processes, so events cross instances by LISTEN/NOTIFY
//   ARENA_BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof"   node flags for the servers (also those
//                                NODE_OPTIONS refuses); their stdout goes to data/bench-arena-server-<port>.log
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createClient, type Db } from '../lib/db/client';
import { SERVER_NODE_OPTIONS } from '../scripts/run';
import { waitFor } from './support';

const ROOT = path.resolve(import.meta.dirname, '..');
const BASE_PORT = 3720;
const JUDGES = Number(process.env.ARENA_BENCH_JUDGES ?? 60);
const SCREENS = Number(process.env.ARENA_BENCH_SCREENS ?? 200);
const WINDOW_MS = Number(process.env.ARENA_BENCH_WINDOW_MS ?? 3000);
const PG_SERVER = process.env.ARENA_BENCH_PG ?? '';
const INSTANCES = PG_SERVER ? Math.max(1, Number(process.env.ARENA_BENCH_INSTANCES ?? 1)) : 1;
const SECRET = randomBytes(32).toString('base64url');
const SQLITE_FILE = path.join(ROOT, 'data', 'bench-arena.db');

// ───────────── database ─────────────

async function prepareDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!PG_SERVER) {
    for (const s of ['', '-wal', '-shm']) fs.rmSync(SQLITE_FILE + s, { force: true });
    return { url: `file:${SQLITE_FILE}`, drop: async () => {} };
  }
  const { Client } = await import('pg');
  const name = `leitai_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(PG_SERVER);
  u.pathname = '/' + name;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new Client({ connectionString: PG_SERVER });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

function sh(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
}

/** A better-auth session cookie for `userId`: a Session row plus the token signed as better-call signs it. */
async function sessionCookie(db: Db, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db.session.create({ data: { id: randomUUID(), token, userId, expiresAt: new Date(Date.now() + 8 * 3_600_000) } });
  const signature = createHmac('sha256', SECRET).update(token).digest('base64');
  return `leitai.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

interface Fixture {
  arenaId: string;
  /** the first two speakers by order: the first holds the floor */
  speakers: [string, string];
  criteria: { id: string; maxScore: number }[];
  judges: { id: string; cookie: string }[];
  screenCookie: string;
}

/**
 * The seeded 2026H1 arena with a panel of JUDGES fresh judge accounts, started, its first speaker on the
 * floor. Written straight to the database (the services are server-only); no events exist yet.
 */
async function fixture(db: Db): Promise<Fixture> {
  const arena = await db.arena.findFirstOrThrow({
    where: { state: 'prep', period: { year: 2026, half: 1 } },
    include: { participants: { orderBy: { order: 'asc' } } },
  });
  const criteria = await db.rubricCriterion.findMany({
    where: { periodId: arena.periodId },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, maxScore: true },
  });
  const judgeIds: string[] = [];
  for (let i = 0; i < JUDGES; i++) {
    const id = randomUUID();
    const username = `bench_judge_${String(i).padStart(3, '0')}`;
    await db.user.create({ data: { id, name: `评委${i + 1}`, email: `${username}@bench.local`, username, role: 'judge' } });
    judgeIds.push(id);
  }
  await db.arenaJudge.deleteMany({ where: { arenaId: arena.id } });
  await db.arenaJudge.createMany({ data: judgeIds.map((userId) => ({ arenaId: arena.id, userId })) });
  const first = arena.participants[0]!;
  const now = new Date();
  await db.arenaParticipant.update({ where: { id: first.id }, data: { state: 'speaking', startedAt: now } });
  await db.arena.update({
    where: { id: arena.id },
    data: {
      state: 'live',
      startedAt: now,
      currentParticipantId: first.id,
      timerStartedAt: now,
      timerSeconds: arena.minutesPerSpeaker * 60,
      timerPaused: false,
    },
  });
  const admin = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  const judges: Fixture['judges'] = [];
  for (const id of judgeIds) judges.push({ id, cookie: await sessionCookie(db, id) });
  return { arenaId: arena.id, speakers: [first.id, arena.participants[1]!.id], criteria, judges, screenCookie: await sessionCookie(db, admin.id) };
}

// ───────────── app servers ─────────────

function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // ARENA_BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (not allowed in NODE_OPTIONS): node runs the server itself
  const flags = process.env.ARENA_BENCH_NODE_FLAGS;
  if (flags) {
    const out = fs.openSync(path.join(ROOT, 'data', `bench-arena-server-${port}.log`), 'w');
    return spawn(
      process.execPath,
      [
        ...SERVER_NODE_OPTIONS.split(' ').filter(Boolean),
        ...flags.split(' '),
        '--import',
        'tsx',
        'server.ts',
        '--port',
        String(port),
        '--hostname',
        '127.0.0.1',
      ],
      { cwd: ROOT, env, stdio: ['ignore', out, 'inherit'], detached: true },
    );
  }
  return spawn('npx', ['tsx', 'server.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...env, NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

// ───────────── screens (SSE subscribers) ─────────────

interface Screen {
  /** event id → arrival time (performance.now) */
  arrivals: Map<number, number>;
  /** score.submitted event id → judgeId */
  scoreEvents: Map<number, string>;
  duplicates: number;
  outOfOrder: number;
  lastId: number;
  /** the ': ready' comment came: replay done, live from here */
  isReady: boolean;
  failed: Error | null;
  /** parse what has arrived so far (kept out of the socket's data handler: the load generator shares the cores) */
  parse(): void;
  close(): void;
}

const sseAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function connectScreen(port: number, arenaId: string, cookie: string, after: number): Screen {
  // the data handler only stamps and keeps each chunk; frames are parsed later, each with the arrival time of
  // the chunk that completed it
  const chunks: { t: number; data: Buffer }[] = [];
  const decoder = new StringDecoder('utf8');
  let buf = '';
  const screen: Screen = {
    arrivals: new Map(),
    scoreEvents: new Map(),
    duplicates: 0,
    outOfOrder: 0,
    lastId: after,
    isReady: false,
    failed: null,
    parse() {
      for (const { t, data } of chunks.splice(0)) {
        buf += decoder.write(data);
        let cut: number;
        while ((cut = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          let id: number | null = null;
          let text = '';
          for (const line of frame.split('\n')) {
            if (line === ': ready') screen.isReady = true;
            else if (line.startsWith('id: ')) id = Number(line.slice(4));
            else if (line.startsWith('data: ')) text += line.slice(6);
          }
          if (id === null) continue;
          if (screen.arrivals.has(id)) {
            screen.duplicates++;
            continue;
          }
          if (id <= screen.lastId) screen.outOfOrder++;
          screen.lastId = Math.max(screen.lastId, id);
          screen.arrivals.set(id, t);
          const msg = JSON.parse(text) as { type: string; payload: { judgeId?: string } };
          if (msg.type === 'score.submitted' && msg.payload.judgeId) screen.scoreEvents.set(id, msg.payload.judgeId);
        }
      }
    },
    close: () => {},
  };
  const req = http.get(
    {
      host: '127.0.0.1',
      port,
      path: `/api/arena/${arenaId}/events?after=${after}`,
      agent: sseAgent,
      headers: { cookie, accept: 'text/event-stream', 'accept-encoding': 'gzip, deflate, br' },
    },
    (res) => {
      if (res.statusCode !== 200) {
        screen.failed = new Error(`events answered ${res.statusCode}`);
        res.resume();
        return;
      }
      if (res.headers['content-encoding']) {
        // a compressed event stream is buffered by the compressor: screens would lag
        screen.failed = new Error(`event stream is ${res.headers['content-encoding']}-encoded`);
        res.destroy();
        return;
      }
      res.on('data', (data: Buffer) => chunks.push({ t: performance.now(), data }));
      res.on('error', () => {});
    },
  );
  req.on('error', (e) => (screen.failed = e));
  screen.close = () => req.destroy();
  return screen;
}

// ───────────── judges ─────────────

const judgeAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function postJson(port: number, urlPath: string, cookie: string, body: unknown): Promise<{ status: number; json: unknown; timing: Record<string, number> }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: 'POST',
        agent: judgeAgent,
        headers: { cookie, 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        let text = '';
        // Server-Timing: "auth;dur=1.2, parse;dur=0.1, write;dur=6.3"
        const timing: Record<string, number> = {};
        for (const m of String(res.headers['server-timing'] ?? '').matchAll(/(\w+);dur=([\d.]+)/g)) timing[m[1]!] = Number(m[2]);
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), timing });
          } catch {
            resolve({ status: res.statusCode ?? 0, json: text, timing });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

// ───────────── stats ─────────────

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(values: number[]) {
  const s = values.slice().sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50ms: r(pct(s, 50)), p95ms: r(pct(s, 95)), p99ms: r(pct(s, 99)), maxms: r(s.at(-1) ?? NaN) };
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

// ───────────── main ─────────────

interface PhaseResult {
  speaker: string;
  wallMs: number;
  accepted: number;
  refused: string[];
  response: ReturnType<typeof summary>;
  /** the score route's own Server-Timing stages; the rest of a response is HTTP, Next.js routing and queueing */
  serverTiming: Record<string, ReturnType<typeof summary>>;
  slowestResponses: Record<string, number>[];
  submitToEachScreen: ReturnType<typeof summary>;
  submitToEveryScreen: ReturnType<typeof summary>;
  eventsPerScreen: { min: number; max: number };
  lost: number;
  duplicated: number;
  outOfOrder: number;
  database_check: { sheets: number; panelScoreRows: number; scoreEvents: number };
  /** every score accepted, stored once and delivered to every screen once, in order */
  intact: boolean;
  /** p99 submit → every screen ≤ 100 ms */
  withinTarget: boolean;
}

/** Every judge scores `participantId` once, at a random moment of the window; the screens are already listening. */
async function scoreSpeaker(db: Db, fx: Fixture, ports: number[], screens: Screen[], participantId: string, label: string): Promise<PhaseResult> {
  const sent = new Map<string, number>();
  const responses: { status: number; at: number; ms: number; eventId: number | null; error?: string; timing: Record<string, number> }[] = [];
  const started = performance.now();
  await Promise.all(
    fx.judges.map(async ({ id: judgeId, cookie }, i) => {
      await new Promise((r) => setTimeout(r, WINDOW_MS > 0 ? Math.random() * WINDOW_MS : 0));
      const scores = Object.fromEntries(fx.criteria.map((c, k) => [c.id, Math.round(c.maxScore * (0.6 + (0.4 * (((i + k) * 37) % 100)) / 100) * 10) / 10]));
      const t = performance.now();
      sent.set(judgeId, t);
      const res = await postJson(ports[i % ports.length]!, `/api/arena/${fx.arenaId}/scores`, cookie, { participantId, scores });
      const body = res.json as { ok?: boolean; data?: { eventId: number }; error?: string };
      responses.push({
        status: res.status,
        at: Math.round(t - started),
        ms: performance.now() - t,
        eventId: body.data?.eventId ?? null,
        error: body.ok ? undefined : String(body.error),
        timing: res.timing,
      });
    }),
  );
  const accepted = responses.filter((r) => r.status === 200 && r.eventId);
  const eventIds = accepted.map((r) => r.eventId!).sort((a, b) => a - b);
  const complete = await until(() => screens.every((s) => (s.parse(), eventIds.every((id) => s.arrivals.has(id)))), 15_000);
  const wall = performance.now() - started;

  // latencies: submit sent → event at each screen, and → event at the last screen
  const perDelivery: number[] = [];
  const perScoreAllScreens: number[] = [];
  for (const id of eventIds) {
    let judge: string | undefined;
    for (const s of screens) if ((judge = s.scoreEvents.get(id))) break;
    const t0 = judge ? sent.get(judge) : undefined;
    if (t0 === undefined) continue;
    let last = 0;
    for (const s of screens) {
      const t = s.arrivals.get(id);
      if (t === undefined) continue;
      perDelivery.push(t - t0);
      last = Math.max(last, t - t0);
    }
    perScoreAllScreens.push(last);
  }
  const missing = screens.reduce((n, s) => n + eventIds.filter((id) => !s.arrivals.has(id)).length, 0);
  const duplicates = screens.reduce((n, s) => n + s.duplicates, 0);
  const outOfOrder = screens.reduce((n, s) => n + s.outOfOrder, 0);
  const counts = screens.map((s) => eventIds.filter((id) => s.arrivals.has(id)).length);
  const sheets = await db.panelSheet.count({ where: { participantId } });
  const scoreRows = await db.panelScore.count({ where: { participantId } });
  const dbEvents = (await db.arenaEvent.findMany({ where: { arenaId: fx.arenaId, type: 'score.submitted' }, select: { payload: true } })).filter(
    (e) => (e.payload as { participantId?: string }).participantId === participantId,
  ).length;
  const intact =
    complete &&
    accepted.length === JUDGES &&
    sheets === JUDGES &&
    scoreRows === JUDGES * fx.criteria.length &&
    dbEvents === JUDGES &&
    missing === 0 &&
    duplicates === 0 &&
    outOfOrder === 0;
  return {
    speaker: label,
    wallMs: Math.round(wall),
    accepted: accepted.length,
    refused: responses.filter((r) => !(r.status === 200 && r.eventId)).map((r) => `${r.status} ${r.error}`),
    response: summary(responses.map((r) => r.ms)),
    serverTiming: Object.fromEntries(
      ['auth', 'parse', 'write'].map((k) => [k, summary(responses.map((r) => r.timing[k] ?? NaN).filter((x) => !Number.isNaN(x)))]),
    ),
    slowestResponses: responses
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((r) => ({ atMs: r.at, ms: Math.round(r.ms), ...r.timing })),
    submitToEachScreen: summary(perDelivery),
    submitToEveryScreen: summary(perScoreAllScreens),
    eventsPerScreen: { min: Math.min(...counts), max: Math.max(...counts) },
    lost: missing,
    duplicated: duplicates,
    outOfOrder,
    database_check: { sheets, panelScoreRows: scoreRows, scoreEvents: dbEvents },
    intact,
    withinTarget:
      pct(
        perScoreAllScreens.slice().sort((a, b) => a - b),
        99,
      ) <= 100,
  };
}

async function main() {
  const database = await prepareDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: SECRET,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const servers: ChildProcess[] = [];
  const screens: Screen[] = [];
  let db: Db | null = null;
  try {
    sh(['tsx', 'scripts/prisma.ts', 'migrate'], env);
    sh(['tsx', 'prisma/seed.ts'], env);
    db = await createClient(database.url);
    const fx = await fixture(db);
    const ports = Array.from({ length: INSTANCES }, (_, i) => BASE_PORT + i);
    for (const port of ports) servers.push(startServer(port, env));
    for (const port of ports) await waitFor(`http://127.0.0.1:${port}/api/health`);

    // as in the hall: every phone and screen loads the live state when it opens, then screens follow the events
    const loadState = async (port: number, cookie: string) => {
      const r = await fetch(`http://127.0.0.1:${port}/api/arena/${fx.arenaId}/state`, { headers: { cookie } });
      if (!r.ok) throw new Error(`state answered ${r.status}`);
      await r.arrayBuffer();
    };
    for (const port of ports) await loadState(port, fx.screenCookie);
    await Promise.all(fx.judges.map(({ cookie }, i) => loadState(ports[i % ports.length]!, cookie)));
    const after = (await db.arenaEvent.findFirst({ where: { arenaId: fx.arenaId }, orderBy: { id: 'desc' } }))?.id ?? 0;
    for (let i = 0; i < SCREENS; i++) screens.push(connectScreen(ports[i % ports.length]!, fx.arenaId, fx.screenCookie, after));
    const ready = await until(
      () =>
        screens.every((s) => {
          if (s.failed) throw s.failed;
          s.parse();
          return s.isReady;
        }),
      30_000,
    );
    if (!ready) throw new Error('screens did not all connect');

    // a meeting's first speaker meets a freshly started server; every later one a warm server. Both measured.
    const first = await scoreSpeaker(db, fx, ports, screens, fx.speakers[0], 'first (fresh server)');
    // the host closes the first speaker and calls the second (straight in the database: no event is needed)
    await db.arenaParticipant.update({ where: { id: fx.speakers[0] }, data: { state: 'closed', closedAt: new Date() } });
    await db.arenaParticipant.update({ where: { id: fx.speakers[1] }, data: { state: 'speaking', startedAt: new Date() } });
    await db.arena.update({ where: { id: fx.arenaId }, data: { currentParticipantId: fx.speakers[1] } });
    const second = await scoreSpeaker(db, fx, ports, screens, fx.speakers[1], 'second (warm server)');

    console.log(
      JSON.stringify(
        {
          database: PG_SERVER ? 'postgresql' : 'sqlite',
          instances: INSTANCES,
          judges: JUDGES,
          screens: SCREENS,
          windowMs: WINDOW_MS,
          loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
          targets: { submitToEveryScreenP99ms: '≤ 100', lost: 0, duplicated: 0, sheets: JUDGES },
          first,
          second,
          // nothing lost or doubled for either speaker; the latency target read on the warm server
          pass: first.intact && second.intact && second.withinTarget,
        },
        null,
        2,
      ),
    );
    if (!(first.intact && second.intact && second.withinTarget)) process.exitCode = 1;
  } finally {
    for (const s of screens) s.close();
    sseAgent.destroy();
    judgeAgent.destroy();
    for (const s of servers) if (s.pid) process.kill(-s.pid, 'SIGTERM');
    await db?.$disconnect();
    await new Promise((r) => setTimeout(r, 500));
    await database.drop().catch(() => {});
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
