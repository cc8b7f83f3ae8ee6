// Leaderboard page speed: throughput (autocannon, 16 connections) against the same HTML bytes served by a
// minimal static Node server in the same run (target ratio ≥ 0.5), and first-load JavaScript gzip (target ≤ 150 KB).
// Needs a production build (`npx next build`). Usage: npx tsx bench/leaderboard-http.bench.ts [seconds]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { SERVER_NODE_OPTIONS } from '../scripts/run';
import { waitFor } from './support';

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

/** A leader's session cookie, obtained by signing in through the real sign-in page in Chromium. */
async function sessionCookie(base: string): Promise<string> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.fill('input[name=username]', 'leader1');
    await page.fill('input[name=password]', 'Leitai@2026');
    await page.click('form:has(input[name=password]) button[type=submit]');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

function run(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 16, duration: SECONDS, headers }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

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
    const cookie = await sessionCookie(`http://127.0.0.1:${PORT}`);
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
    const base = await run(`http://127.0.0.1:${STATIC_PORT}/`, {});
    staticServer.close();

    const ratio = app.requests.average / base.requests.average;
    console.log(
      JSON.stringify(
        {
          seconds: SECONDS,
          connections: 16,
          htmlBytes: html.length,
          htmlGzipBytes: zlib.gzipSync(html).length,
          leaderboard: { reqPerSec: app.requests.average, p50ms: app.latency.p50, p99ms: app.latency.p99, errors: app.errors, non2xx: app.non2xx },
          staticSameBytes: { reqPerSec: base.requests.average, p50ms: base.latency.p50, p99ms: base.latency.p99 },
          ratio: Number(ratio.toFixed(3)),
          firstLoadJs: {
            files: new Set(scripts).size,
            rawKB: Math.round(jsRaw / 1024),
            gzipKB: Math.round(jsGzip / 1024),
            nomoduleSkipped: legacy.length,
            gzipKBPerFile: perFile,
          },
          targets: { ratio: '≥ 0.5', firstLoadJsGzipKB: '≤ 150' },
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
