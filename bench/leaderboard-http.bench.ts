// Leaderboard page speed: throughput (autocannon, 16 connections) against the same HTML bytes served by a
// minimal static Node server in the same run (target ratio ≥ 0.5), and first-load JavaScript gzip (target ≤ 150 KB).
// Then the same while a write lands every 100 ms (target ratio ≥ 0.25): realistic writes — draft autosaves of the
// three 逾期 drafts and judges revising their sheets for the speaker on the floor — and a worst case where every
// write changes the ranking (a bonus for a random unit, a global write). The writes go to the server's database the
// way the services write them: the rows, the audit row and the data version of the scope scopeOf gives the action.
// Needs a production build (`npx next build`). Usage: npx tsx bench/leaderboard-http.bench.ts [seconds]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { createClient, type Db } from '../lib/db/client';
import { bumpDataVersion, scopeOf } from '../lib/db/data-version';
import { SERVER_NODE_OPTIONS } from '../scripts/run';
import { leaderSessionCookie, waitFor } from './support';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 3700;
const STATIC_PORT = 3701;
const SECONDS = Number(process.argv[2] ?? 10);
const DB = path.join(ROOT, 'data', 'bench.db');
const env = { ...process.env, DATABASE_URL: `file:${DB}`, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };

function sh(args: string[]) {
  const r = spawnSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
}

function run(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 16, duration: SECONDS, headers }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

// ───── writers: one write every WRITE_EVERY_MS while a run lasts ─────

const WRITE_EVERY_MS = 100;

/** One audited write as the services make it: the rows, then the scope's data version and the audit row. */
async function audited(db: Db, action: string, entityType: string, rows: (tx: Db) => Promise<unknown>) {
  await db.$transaction(async (tx) => {
    await rows(tx as Db);
    await bumpDataVersion(tx, scopeOf({ action }));
    await tx.auditLog.create({ data: { actorName: 'bench', action, entityType } });
  });
}

type Writer = (i: number) => Promise<void>;

/** Draft autosaves of the seeded drafts, alternating with judges revising their sheets for the current speaker. */
async function realisticWriter(db: Db): Promise<Writer> {
  const period = await db.period.findFirstOrThrow({ where: { state: 'open' } });
  const drafts = await db.indicatorValue.findMany({ where: { submission: { periodId: period.id, state: 'draft' } }, select: { id: true } });
  // the period's arena on the floor: live, its first speaker speaking (as the host console leaves it)
  const arena = await db.arena.findFirstOrThrow({ where: { periodId: period.id }, include: { participants: { orderBy: { order: 'asc' } }, judges: true } });
  const speaker = arena.participants[0]!;
  await db.arena.update({ where: { id: arena.id }, data: { state: 'live', currentParticipantId: speaker.id } });
  await db.arenaParticipant.update({ where: { id: speaker.id }, data: { state: 'speaking' } });
  const criteria = await db.rubricCriterion.findMany({ where: { periodId: period.id } });
  return async (i) => {
    if (i % 2 === 0) {
      const v = drafts[i % drafts.length]!;
      await audited(db, 'submission.save_draft', 'submission', (tx) => tx.indicatorValue.update({ where: { id: v.id }, data: { actual: 50 + (i % 100) } }));
      return;
    }
    const judgeId = arena.judges[i % arena.judges.length]!.userId;
    const scores = criteria.map((c) => ({ criterionId: c.id, score: Math.round(c.maxScore * (0.6 + 0.4 * Math.random())) }));
    const total = scores.reduce((a, s) => a + s.score, 0);
    await audited(db, 'arena.revise_score', 'panel_sheet', async (tx) => {
      const sheet = await tx.panelSheet.upsert({
        where: { participantId_judgeId: { participantId: speaker.id, judgeId } },
        create: { arenaId: arena.id, participantId: speaker.id, judgeId, total },
        update: { total, version: { increment: 1 } },
      });
      await tx.panelScore.deleteMany({ where: { participantId: speaker.id, judgeId } });
      await tx.panelScore.createMany({ data: scores.map((s) => ({ ...s, arenaId: arena.id, participantId: speaker.id, judgeId, sheetId: sheet.id })) });
    });
  };
}

/** Worst case: every write changes the ranking — a bonus of 0.1–5 points for a random unit (a global write). */
async function rankingWriter(db: Db): Promise<Writer> {
  const period = await db.period.findFirstOrThrow({ where: { state: 'open' } });
  const units = await db.unit.findMany({ select: { id: true } });
  return async (i) => {
    const unitId = units[Math.floor(Math.random() * units.length)]!.id;
    await audited(db, 'adjustment.create', 'adjustment', (tx) =>
      tx.adjustment.create({ data: { periodId: period.id, unitId, points: 0.1 + (i % 50) / 10, reason: `bench ${i}` } }),
    );
  };
}

/** Runs `write` every WRITE_EVERY_MS until stopped; returns how many writes landed. */
function writeEvery(write: Writer) {
  let n = 0;
  let busy = false;
  let failed: unknown = null;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    write(n).then(
      () => {
        n++;
        busy = false;
      },
      (err: unknown) => {
        failed = err;
        busy = false;
      },
    );
  }, WRITE_EVERY_MS);
  return () => {
    clearInterval(timer);
    if (failed) throw failed as Error;
    return n;
  };
}

async function withWrites(url: string, cookie: string, write: Writer) {
  const stop = writeEvery(write);
  const res = await run(url, { cookie });
  const writes = stop();
  return { res, writes };
}

const summary = (r: autocannon.Result) => ({ reqPerSec: r.requests.average, p50ms: r.latency.p50, p99ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx });

async function main() {
  for (const s of ['', '-wal', '-shm']) fs.rmSync(DB + s, { force: true });
  sh(['tsx', 'scripts/prisma.ts', 'migrate']);
  sh(['tsx', 'prisma/seed.ts']);
  const server = spawn('npx', ['tsx', 'server.ts', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...env, NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/api/health`);
    const cookie = await leaderSessionCookie(`http://127.0.0.1:${PORT}`);
    const url = `http://127.0.0.1:${PORT}/leaderboard`;
    const page = await fetch(url, { headers: { cookie } });
    if (!page.ok) throw new Error(`leaderboard answered ${page.status}`);
    const html = Buffer.from(await page.arrayBuffer());
    if (!html.includes('ranking-table')) throw new Error('not the leaderboard page (signed in?)');

    // first-load JavaScript: every script the page references, gzipped
    // `nomodule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules: not first-load JS
    const tags = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
    const scripts = tags.filter((m) => !/\bnomodule\b/i.test(`${m[1]} ${m[3]}`)).map((m) => m[2]!);
    const legacy = tags.filter((m) => /\bnomodule\b/i.test(`${m[1]} ${m[3]}`)).map((m) => m[2]!);
    let jsRaw = 0;
    let jsGzip = 0;
    const perFile: Record<string, number> = {};
    for (const src of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
      const gz = zlib.gzipSync(body, { level: 9 }).length;
      jsRaw += body.length;
      jsGzip += gz;
      perFile[src.replace(/^.*\//, '')] = Math.round(gz / 102.4) / 10;
    }

    const staticServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length });
      res.end(html);
    });
    await new Promise<void>((r) => staticServer.listen(STATIC_PORT, '127.0.0.1', r));
    await run(url, { cookie }); // warm-up pass is the first half of the page run below
    const app = await run(url, { cookie });
    const db = await createClient(`file:${DB}`);
    const realistic = await withWrites(url, cookie, await realisticWriter(db));
    const ranking = await withWrites(url, cookie, await rankingWriter(db));
    await db.$disconnect();
    const base = await run(`http://127.0.0.1:${STATIC_PORT}/`, {});
    staticServer.close();

    const ratio = app.requests.average / base.requests.average;
    const ratioOf = (r: autocannon.Result) => Number((r.requests.average / base.requests.average).toFixed(3));
    console.log(
      JSON.stringify(
        {
          seconds: SECONDS,
          connections: 16,
          htmlBytes: html.length,
          htmlGzipBytes: zlib.gzipSync(html).length,
          leaderboard: summary(app),
          staticSameBytes: { reqPerSec: base.requests.average, p50ms: base.latency.p50, p99ms: base.latency.p99 },
          ratio: Number(ratio.toFixed(3)),
          withWriteEvery100ms: {
            realistic: { ...summary(realistic.res), writes: realistic.writes, ratio: ratioOf(realistic.res) },
            everyWriteChangesRanking: { ...summary(ranking.res), writes: ranking.writes, ratio: ratioOf(ranking.res) },
          },
          firstLoadJs: {
            files: new Set(scripts).size,
            rawKB: Math.round(jsRaw / 1024),
            gzipKB: Math.round(jsGzip / 1024),
            nomoduleSkipped: legacy.length,
            gzipKBPerFile: perFile,
          },
          targets: { ratio: '≥ 0.5', ratioWithWrites: '≥ 0.25', firstLoadJsGzipKB: '≤ 150' },
        },
        null,
        2,
      ),
    );
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
