// HTTP fuzz (issue #12 Found 6): bad input against every route of a running production server — malformed
// %-escapes in each dynamic segment, huge and garbage query strings, wrong methods, foreign or unparsable Origins,
// wrong Content-Types, overlong headers, random bytes in bodies, garbage RSC/server-action headers — anonymously and
// signed in as several roles. Reports how many requests were sent, how many answered 5xx (target 0) and which.
// Needs a production build (`npx next build`). Starts its own server on a fresh demo database unless given one:
//   npx tsx bench/fuzz.bench.ts                     (own server on FUZZ_PORT, default 3705)
//   npx tsx bench/fuzz.bench.ts http://127.0.0.1:3204   (an already running server: `npm start`, the e2e server)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { SERVER_NODE_OPTIONS } from '../scripts/run';
import { waitFor } from './support';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROLES = ['admin', 'leader1', 'jsj_head', 'judge1', 'auditor'] as const;
const CONCURRENCY = 4;

// ───── the routes: every page and route handler under app/ (route groups dropped) ─────

function routes(dir = path.join(ROOT, 'app'), prefix: string[] = []): string[][] {
  const out: string[][] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && /^(page|route)\.tsx?$/.test(e.name))) out.push(prefix);
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith('_')) continue;
    out.push(...routes(path.join(dir, e.name), /^\(.*\)$/.test(e.name) ? prefix : [...prefix, e.name]));
  }
  return out;
}

const ID_VALUES = ['x', 'cm0000000000000000000000', '%ff', '%E4%B8', '%', '..%2f..%2fetc%2fpasswd', '%00', 'a'.repeat(2000), '%F0%9F%92%A9', "1'%20OR%201=1--"];

/** Concrete paths for a route: static as is; a dynamic one with each bad value in each dynamic segment. */
function pathsFor(segments: string[]): string[] {
  const dyn = segments.map((s, i) => (s.startsWith('[') ? i : -1)).filter((i) => i >= 0);
  if (!dyn.length) return ['/' + segments.join('/')];
  const out: string[] = [];
  for (const i of dyn) for (const v of ID_VALUES) out.push('/' + segments.map((s, j) => (j === i ? v : s.startsWith('[') ? 'x' : s)).join('/'));
  return out;
}

// ───── requests ─────

interface Req {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  label: string;
}

function garbageQuery(): string {
  return (
    '?' +
    Array.from({ length: 200 }, (_, i) => `k${i}=${crypto.randomBytes(16).toString('hex')}`).join('&') +
    '&period=%ff&_rsc=%ff&sort=%%%&kind=' +
    'z'.repeat(2000)
  );
}

/** The bad requests for one path (the variety; pathsFor gives the bad paths). */
function variants(p: string, dynamic: boolean, base: string): Req[] {
  const r: Req[] = [{ method: 'GET', path: p, headers: { accept: 'text/html' }, label: 'GET' }];
  if (dynamic) return r;
  return [
    ...r,
    { method: 'GET', path: p + garbageQuery(), label: 'huge query' },
    { method: 'GET', path: p + '?a=%ff&b=%E4%B8&c=%&period=' + encodeURIComponent('\'"><script>'), label: 'bad query' },
    { method: 'PUT', path: p, body: 'x', label: 'PUT' },
    { method: 'DELETE', path: p, label: 'DELETE' },
    { method: 'PATCH', path: p, headers: { 'content-type': 'application/json' }, body: '{"a":', label: 'PATCH' },
    { method: 'POST', path: p, headers: { origin: 'garbage', 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1', label: 'POST Origin garbage' },
    {
      method: 'POST',
      path: p,
      headers: { origin: 'http://evil.example', 'next-action': crypto.randomBytes(20).toString('hex') },
      body: '[]',
      label: 'cross-site action',
    },
    {
      method: 'POST',
      path: p,
      headers: { origin: base, 'next-action': crypto.randomBytes(20).toString('hex'), 'content-type': 'text/plain;charset=UTF-8' },
      body: crypto.randomBytes(512),
      label: 'unknown action, random body',
    },
    {
      method: 'POST',
      path: p,
      headers: { origin: base, 'content-type': 'multipart/form-data' },
      body: crypto.randomBytes(256),
      label: 'multipart without boundary',
    },
    { method: 'POST', path: p, headers: { origin: base, 'content-type': 'application/json' }, body: crypto.randomBytes(300), label: 'random bytes as JSON' },
    { method: 'GET', path: p, headers: { rsc: '1', 'next-router-state-tree': '%ff' + crypto.randomBytes(8).toString('hex') }, label: 'garbage RSC state tree' },
    { method: 'GET', path: p, headers: { 'x-garbage': 'x'.repeat(20_000) }, label: 'overlong header' },
    {
      method: 'GET',
      path: p,
      headers: { 'accept-language': 'zz'.repeat(3000), 'x-forwarded-for': '999.1.1.1, ' + 'a'.repeat(3000) },
      label: 'long language / XFF',
    },
  ];
}

interface Outcome {
  req: Req;
  who: string;
  status: number | null;
  error?: string;
}

function send(base: string, req: Req, cookie: string | null): Promise<Outcome['status'] | { error: string }> {
  return new Promise((resolve) => {
    const u = new URL(base);
    const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
    if (cookie) headers.cookie = (req.headers?.cookie ? req.headers.cookie + '; ' : '') + cookie;
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const r = http.request({ host: u.hostname, port: u.port, method: req.method, path: req.path, headers, timeout: 60_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? null));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', (e) => resolve({ error: e.message }));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

async function sessionCookies(base: string): Promise<Record<string, string>> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const out: Record<string, string> = {};
  try {
    for (const username of ROLES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.fill('input[name=username]', username);
      await page.fill('input[name=password]', 'Leitai@2026');
      await page.click('form:has(input[name=password]) button[type=submit]');
      await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
      out[username] = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const port = Number(process.env.FUZZ_PORT ?? 3705);
  const db = path.join(ROOT, 'data', `fuzz-${port}.db`);
  for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(db + s, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${db}`, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  for (const args of [
    ['tsx', 'scripts/prisma.ts', 'migrate'],
    ['tsx', 'prisma/seed.ts'],
  ]) {
    const r = spawnSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
  const child = spawn('npx', ['tsx', 'server.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...env, NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);
  return { base, child };
}

async function main() {
  const given = process.argv[2];
  const server = given ? null : await startServer();
  const base = given ?? server!.base;
  try {
    const cookies = await sessionCookies(base);
    const identities: [string, string | null][] = [['anonymous', null], ...Object.entries(cookies)];
    const all = routes();
    const jobs: { req: Req; who: string; cookie: string | null }[] = [];
    for (const segments of all) {
      const dynamic = segments.some((s) => s.startsWith('['));
      for (const p of pathsFor(segments)) {
        const reqs = variants(p, dynamic, base);
        for (const [who, cookie] of identities) for (const req of reqs) jobs.push({ req, who, cookie });
      }
      // a dynamic route also gets the method/header/body variety once per identity, on a plausible path
      if (dynamic) {
        const p = '/' + segments.map((s) => (s.startsWith('[') ? 'x' : s)).join('/');
        for (const [who, cookie] of identities) for (const req of variants(p, false, base).slice(1)) jobs.push({ req, who, cookie });
      }
    }
    // sign-out last: it ends the sessions the other requests use
    jobs.sort((a, b) => Number(a.req.path.startsWith('/api/auth/sign-out')) - Number(b.req.path.startsWith('/api/auth/sign-out')));

    const outcomes: Outcome[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const r = await send(base, job.req, job.cookie);
          outcomes.push({ req: job.req, who: job.who, status: typeof r === 'number' ? r : null, error: typeof r === 'object' && r ? r.error : undefined });
        }
      }),
    );
    const secs = (performance.now() - started) / 1000;
    const byClass = new Map<string, number>();
    for (const o of outcomes) {
      const k = o.status === null ? 'no answer' : `${Math.floor(o.status / 100)}xx`;
      byClass.set(k, (byClass.get(k) ?? 0) + 1);
    }
    const fives = outcomes.filter((o) => o.status !== null && o.status >= 500);
    const noAnswer = outcomes.filter((o) => o.status === null);
    console.log(`fuzz: ${outcomes.length} requests to ${all.length} routes as ${identities.map((i) => i[0]).join(', ')} in ${secs.toFixed(1)} s`);
    console.log(`by class: ${[...byClass].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`5xx: ${fives.length} (target 0)`);
    const shown = new Set<string>();
    for (const o of [...fives, ...noAnswer]) {
      const key = `${o.status ?? o.error} ${o.req.method} ${o.req.path.slice(0, 80)} [${o.req.label}]`;
      if (shown.has(key)) continue;
      shown.add(key);
      console.log(`  ${key} as ${o.who}`);
      if (shown.size > 60) break;
    }
    const out = path.join(ROOT, 'tests', 'artifacts', 'fuzz.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(
        {
          requests: outcomes.length,
          routes: all.length,
          identities: identities.map((i) => i[0]),
          byClass: Object.fromEntries(byClass),
          fiveXx: fives.map((o) => ({ status: o.status, method: o.req.method, path: o.req.path.slice(0, 200), label: o.req.label, who: o.who })),
        },
        null,
        2,
      ),
    );
    process.exitCode = fives.length ? 1 : 0;
  } finally {
    if (server?.child.pid) process.kill(-server.child.pid, 'SIGTERM');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
