// The page cache in front of Next: replays a signed-in user's page only while no write happened and the session
// is valid; never for RSC/prefetch traffic, other cookies, errors or responses that set cookies.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPageCache, type Probe } from '@/lib/page-cache/page-cache';

let version = 'v1';
let sessions: Record<string, number | null> = {};
let renders = 0;
let slow = 0;
let status = 200;
let setCookie = false;
let clock = Date.now();
let server: http.Server;
let base = '';

const cache = createPageCache({
  cacheable: (p) => p === '/leaderboard',
  sessionToken: (cookie) => /sid=([^;.]+)/.exec(cookie)?.[1] ?? null,
  probe: async (token): Promise<Probe> => ({ version, sessionExpiresAt: sessions[token] ?? null }),
  now: () => clock,
  maxEntries: 3,
});

beforeAll(async () => {
  server = http.createServer((req, res) => {
    void cache.handle(req, res, async (rq, rs) => {
      renders++;
      if (slow) await new Promise((r) => setTimeout(r, slow));
      rs.statusCode = status;
      rs.setHeader('content-type', 'text/html; charset=utf-8');
      rs.setHeader('x-rendered', String(renders));
      if (setCookie) rs.setHeader('set-cookie', 'a=b');
      // streamed in pieces, strings and buffers, like React's renderer
      rs.write('<html><body>');
      rs.write(Buffer.from(`第${renders}次渲染 ${rq.url} ${rq.headers.cookie ?? ''}`));
      rs.end('</body></html>');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  cache.clear();
  version = 'v1';
  sessions = { alice: clock + 3_600_000, bob: clock + 3_600_000 };
  renders = 0;
  slow = 0;
  status = 200;
  setCookie = false;
});

async function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers: { ...(cookie ? { cookie } : {}), 'accept-encoding': 'identity', ...headers } });
  return {
    status: res.status,
    body: await res.text(),
    rendered: res.headers.get('x-rendered'),
    encoding: res.headers.get('content-encoding'),
    cache: res.headers.get('x-page-cache'),
  };
}

describe('page cache', () => {
  it('renders once, then replays the same bytes until something is written', async () => {
    const first = await get('/leaderboard?period=p1', 'sid=alice.sig');
    const again = await get('/leaderboard?period=p1', 'sid=alice.sig');
    expect(renders).toBe(1);
    expect(again.body).toBe(first.body);
    expect(again.body).toContain('第1次渲染');
    expect(again.rendered).toBe('1');
    expect([first.cache, again.cache]).toEqual(['miss', 'hit']);
    expect(cache.stats.hits).toBeGreaterThanOrEqual(1);

    version = 'v2'; // a write committed
    const after = await get('/leaderboard?period=p1', 'sid=alice.sig');
    expect(renders).toBe(2);
    expect(after.body).toContain('第2次渲染');
    expect(after.cache).toBe('miss');
    // a page nobody may cache says nothing
    expect((await get('/leaderboard?period=p1')).cache).toBeNull();
  });

  it('requests for the same page at the same version while it renders wait for that one render', async () => {
    slow = 150;
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('/leaderboard?period=p1', 'sid=alice.sig')));
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
    // another user's page is not shared
    await get('/leaderboard?period=p1', 'sid=bob.sig');
    expect(renders).toBe(2);
  });

  it('keys by URL and by the whole cookie header (user, locale)', async () => {
    await get('/leaderboard', 'sid=alice.sig');
    const bob = await get('/leaderboard', 'sid=bob.sig');
    const english = await get('/leaderboard', 'sid=alice.sig; NEXT_LOCALE=en');
    const otherQuery = await get('/leaderboard?group=g1', 'sid=alice.sig');
    expect(renders).toBe(4);
    expect(bob.body).toContain('sid=bob.sig');
    expect(english.body).toContain('NEXT_LOCALE=en');
    expect(otherQuery.body).toContain('group=g1');
  });

  it('never replays to a signed-out, expired or unknown session', async () => {
    await get('/leaderboard', 'sid=alice.sig');
    sessions.alice = null; // signed out: the session row is gone
    await get('/leaderboard', 'sid=alice.sig');
    expect(renders).toBe(2);
    sessions.alice = clock + 1000;
    await get('/leaderboard', 'sid=alice.sig');
    clock += 2000; // expired since
    await get('/leaderboard', 'sid=alice.sig');
    expect(renders).toBe(4);
    await get('/leaderboard');
    await get('/leaderboard');
    expect(renders).toBe(6);
  });

  it('lets RSC, prefetch, server-action and other paths through to Next every time', async () => {
    const bypass: Record<string, string>[] = [{ rsc: '1' }, { 'next-router-prefetch': '1' }, { 'next-action': 'abc' }];
    for (const h of bypass) {
      await get('/leaderboard', 'sid=alice.sig', h);
      await get('/leaderboard', 'sid=alice.sig', h);
    }
    await get('/leaderboard?_rsc=x1', 'sid=alice.sig');
    await get('/leaderboard?_rsc=x1', 'sid=alice.sig');
    await get('/units', 'sid=alice.sig');
    await get('/units', 'sid=alice.sig');
    expect(renders).toBe(10);
  });

  it('does not keep errors, redirects or responses that set cookies', async () => {
    status = 500;
    await get('/leaderboard', 'sid=alice.sig');
    await get('/leaderboard', 'sid=alice.sig');
    status = 200;
    setCookie = true;
    await get('/leaderboard', 'sid=alice.sig');
    await get('/leaderboard', 'sid=alice.sig');
    expect(renders).toBe(4);
  });

  it('replays gzip to clients that accept it, with the same bytes inside', async () => {
    const plain = await get('/leaderboard', 'sid=alice.sig');
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(base + '/leaderboard', { headers: { cookie: 'sid=alice.sig', 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(zlib.gunzipSync(raw.body).toString('utf8')).toBe(plain.body);
    expect(renders).toBe(1);
  });

  it('holds at most maxEntries pages, dropping the least recently used', async () => {
    for (const q of ['a', 'b', 'c', 'd']) await get(`/leaderboard?x=${q}`, 'sid=alice.sig');
    expect(cache.size).toBe(3);
    await get('/leaderboard?x=a', 'sid=alice.sig'); // evicted: rendered again
    expect(renders).toBe(5);
    await get('/leaderboard?x=d', 'sid=alice.sig'); // still there
    expect(renders).toBe(5);
  });
});
