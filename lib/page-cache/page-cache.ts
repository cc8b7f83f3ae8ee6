// Full-page cache in front of Next for read-heavy pages (the leaderboard): a signed-in user's rendered HTML is
// replayed byte for byte while no data version it compares has moved (an autosaved draft or a judge's sheet moves
// none, lib/db/data-version.ts) and the session is still valid. Answers say `x-page-cache: hit | miss`. See
// docs/decisions/010-page-cache.md. Plain node:http — the custom server (server.ts) puts it before Next.
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';

export interface Probe {
  /** changes on every committed write a shared page can show (lib/db/data-version.ts) */
  version: string;
  /** the session's expiry in epoch ms, or null when the token names no session */
  sessionExpiresAt: number | null;
}

export interface PageCacheOptions {
  /** pathnames whose HTML may be replayed */
  cacheable: (pathname: string) => boolean;
  /** the session cookie's token (the part before the signature), or null */
  sessionToken: (cookieHeader: string) => string | null;
  /** data version + session expiry, read fresh for every request the cache could answer */
  probe: (sessionToken: string) => Promise<Probe>;
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  version: string;
  sessionExpiresAt: number;
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  gzip: Buffer | null;
}

/** Tells a cacheable request's answer apart: `hit` (replayed) or `miss` (rendered by Next). */
export const CACHE_HEADER = 'x-page-cache';

export type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Headers a replay must not copy: per-response, or recomputed for the bytes actually sent. */
const DROP = new Set([CACHE_HEADER, 'date', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie', 'vary']);

export function createPageCache(opts: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const maxEntries = opts.maxEntries ?? 200;
  const now = opts.now ?? Date.now;
  const stats = { hits: 0, misses: 0, stored: 0, bypass: 0, joined: 0 };
  /** renders under way, by key and version: requests for the same page at the same version wait for that one render */
  const rendering = new Map<string, Promise<Entry | null>>();

  /** A plain document GET of a cacheable page by a signed-in browser; never RSC, prefetch or action traffic. */
  function candidate(req: IncomingMessage): { token: string; key: string } | null {
    if (req.method !== 'GET' || !req.url) return null;
    const h = req.headers;
    if (h['rsc'] || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action'] || h['range']) return null;
    const q = req.url.indexOf('?');
    const pathname = q === -1 ? req.url : req.url.slice(0, q);
    if (!opts.cacheable(pathname) || (q !== -1 && req.url.includes('_rsc='))) return null;
    const cookie = h.cookie;
    if (!cookie) return null;
    const token = opts.sessionToken(cookie);
    if (!token) return null;
    // the whole cookie header is in the key: locale, session and anything else a render could read
    return { token, key: `${req.url}\n${cookie}` };
  }

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    stats.stored++;
  }

  function replay(req: IncomingMessage, res: ServerResponse, e: Entry) {
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzipOk && !e.gzip) e.gzip = zlib.gzipSync(e.body, { level: 6 });
    const body = gzipOk ? (e.gzip as Buffer) : e.body;
    for (const [k, v] of e.headers) res.setHeader(k, v);
    res.setHeader(CACHE_HEADER, 'hit');
    res.setHeader('vary', 'Accept-Encoding');
    if (gzipOk) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', body.length);
    res.writeHead(e.status);
    res.end(body);
  }

  /** Let Next render, keeping a copy of the bytes if the answer is a plain 200 HTML page. */
  async function renderAndKeep(req: IncomingMessage, res: ServerResponse, render: Render, key: string, probe: Probe, settle: (e: Entry | null) => void) {
    // render uncompressed so the stored bytes serve every client; replay compresses once per entry
    delete req.headers['accept-encoding'];
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : typeof chunk === 'string'
            ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
            : Buffer.from(chunk as Uint8Array),
      );
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      const out = end(chunk, ...rest);
      const type = String(res.getHeader('content-type') ?? '');
      if (
        res.statusCode === 200 &&
        type.startsWith('text/html') &&
        !res.getHeader('set-cookie') &&
        !res.getHeader('content-encoding') &&
        probe.sessionExpiresAt !== null
      ) {
        const headers = Object.entries(res.getHeaders())
          .filter(([k]) => !DROP.has(k.toLowerCase()))
          .map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)] as [string, string | string[]]);
        const entry: Entry = {
          version: probe.version,
          sessionExpiresAt: probe.sessionExpiresAt,
          status: 200,
          headers,
          body: Buffer.concat(chunks),
          gzip: null,
        };
        remember(key, entry);
        settle(entry);
      } else settle(null);
      return out;
    }) as typeof res.end;
    try {
      await render(req, res);
    } finally {
      // a render that never ended its response (or failed) lets waiting requests render for themselves
      if (!res.writableEnded) settle(null);
    }
  }

  return {
    stats,
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
    async handle(req: IncomingMessage, res: ServerResponse, render: Render): Promise<void> {
      const c = candidate(req);
      if (!c) {
        stats.bypass++;
        return render(req, res);
      }
      // the version is read before rendering: a write during the render leaves the entry already stale
      const probe = await opts.probe(c.token);
      const hit = entries.get(c.key);
      if (
        hit &&
        hit.version === probe.version &&
        probe.sessionExpiresAt !== null &&
        probe.sessionExpiresAt > now() &&
        hit.sessionExpiresAt === probe.sessionExpiresAt
      ) {
        stats.hits++;
        replay(req, res, hit);
        return;
      }
      if (hit) entries.delete(c.key);
      if (probe.sessionExpiresAt === null || probe.sessionExpiresAt <= now()) {
        stats.misses++;
        res.setHeader(CACHE_HEADER, 'miss');
        return render(req, res);
      }
      const flight = `${c.key}\n${probe.version}\n${probe.sessionExpiresAt}`;
      const pending = rendering.get(flight);
      if (pending) {
        const entry = await pending;
        if (entry) {
          stats.joined++;
          replay(req, res, entry);
          return;
        }
      }
      stats.misses++;
      res.setHeader(CACHE_HEADER, 'miss');
      let settle!: (e: Entry | null) => void;
      const done = new Promise<Entry | null>((resolve) => (settle = resolve));
      const mine = !rendering.has(flight);
      if (mine) rendering.set(flight, done);
      void done.then(() => {
        if (rendering.get(flight) === done) rendering.delete(flight);
      });
      return renderAndKeep(req, res, render, c.key, probe, settle);
    },
  };
}
