// The production server (`npm start`, the e2e suite, the benches): Next.js behind a node:http server whose only
// addition is the page cache for the leaderboard (lib/page-cache, docs/decisions/010-page-cache.md).
// Usage: tsx server.ts [--port 3000] [--hostname 0.0.0.0]   (PORT / HOSTNAME env work too; needs `next build`)
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { createClient } from './lib/db/client';
import { probeVersionAndSession } from './lib/db/data-version';
import { createPageCache } from './lib/page-cache/page-cache';
import { needsTouch } from './lib/sessions/rules';
import { sessionLimitsReader, touchSession } from './lib/sessions/lifetime';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?leitai\.session_token=([^;]+)/;

async function main() {
  const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const db = await createClient();
  const sessionLimits = sessionLimitsReader(db);

  const pages = createPageCache({
    // the leaderboard and its period/group/kind/sort variants; report cards and print views render as usual
    cacheable: (pathname) => pathname === '/leaderboard',
    sessionToken: (cookie) => {
      const m = SESSION_COOKIE.exec(cookie);
      if (!m) return null;
      const token = decodeURIComponent(m[1] as string).split('.')[0];
      return token ? token : null;
    },
    // the same absolute/idle rules as the guard (lib/auth/guard.server.ts); a replay is activity too
    probe: async (token) => {
      const now = new Date();
      const p = await probeVersionAndSession(db, token, await sessionLimits(), now);
      if (p.sessionExpiresAt !== null && p.session && needsTouch(p.session, now)) await touchSession(db, p.session.id, now);
      return p;
    },
  });

  const server = http.createServer((req, res) => {
    pages
      .handle(req, res, (rq, rs) => handle(rq, rs))
      .catch((err: unknown) => {
        console.error('request failed', err);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  server.on('upgrade', (req, socket, head) => {
    void app.getUpgradeHandler()(req, socket, head);
  });
  server.listen(port, hostname, () => console.log(`Leitai on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

  const stop = () => {
    server.close();
    void db.$disconnect().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
