// Leaderboard page weight: the uncompressed HTML a signed-in leader receives for /leaderboard (27 demo units),
// RSC payload included, and how much of it is the inline RSC payload. Target: ≤ 80 KB for the overall view.
// Needs a production build (`npx next build`). Usage: npx tsx bench/leaderboard-size.ts [port]  (SAVE_HTML=<dir> keeps the pages)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { SERVER_NODE_OPTIONS } from '../scripts/run';
import { leaderSessionCookie, waitFor } from './support';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.argv[2] ?? 3712);
const DB = path.join(ROOT, 'data', `size-bench-${PORT}.db`);
const env = { ...process.env, DATABASE_URL: `file:${DB}`, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
const TARGET_KB = 80;

function sh(args: string[]) {
  const r = spawnSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
}

/** Bytes of a page, of its inline RSC payload (the `self.__next_f.push` scripts) and gzipped. */
async function weigh(url: string, cookie: string) {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const html = Buffer.from(await res.arrayBuffer());
  const text = html.toString('utf8');
  if (process.env.SAVE_HTML) fs.writeFileSync(path.join(process.env.SAVE_HTML, `${new URL(url).search.replace(/\W/g, '_') || 'default'}.html`), html);
  if (!text.includes('ranking-table')) throw new Error(`${url}: not the leaderboard page (signed in?)`);
  const rsc = [...text.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  return {
    bytes: html.length,
    kb: Math.round(html.length / 102.4) / 10,
    rscPayloadKB: Math.round(rsc / 102.4) / 10,
    gzipKB: Math.round(zlib.gzipSync(html).length / 102.4) / 10,
  };
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
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/api/health`);
    const cookie = await leaderSessionCookie(base);
    const first = await fetch(`${base}/leaderboard`, { headers: { cookie } });
    const html = await first.text();
    // the other periods of the switcher: the published one has panel scores, so it is the heavier ranking
    const periods = [...new Set([...html.matchAll(/href="\/leaderboard\?period=([^"&]+)"/g)].map((m) => m[1]!))];
    const pages: Record<string, Awaited<ReturnType<typeof weigh>>> = { '/leaderboard': await weigh(`${base}/leaderboard`, cookie) };
    for (const id of periods) pages[`/leaderboard?period=${id}`] = await weigh(`${base}/leaderboard?period=${id}`, cookie);
    const worst = Math.max(...Object.values(pages).map((p) => p.kb));
    console.log(
      JSON.stringify({ units: (html.match(/data-testid="ranking-row"/g) ?? []).length, pages, targetKB: `≤ ${TARGET_KB}`, met: worst <= TARGET_KB }, null, 2),
    );
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    for (const s of ['', '-wal', '-shm']) fs.rmSync(DB + s, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
