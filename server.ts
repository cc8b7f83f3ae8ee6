// The production server (`npm start`, the e2e suite, the benches): Next.js behind a node:http server whose only
// additions are the page cache for the leaderboard (lib/page-cache, docs/decisions/010-page-cache.md) and, for every
// request, the security headers with a fresh CSP nonce and the refusals Next would answer with a 500
// (lib/http/rules.ts, docs/decisions/016-http-hardening.md).
// Usage: tsx server.ts [--port 3000] [--hostname 0.0.0.0]   (PORT / HOSTNAME env work too; needs `next build`)
// first: before Next.js and the app's modules load, so their source maps are not kept (lib/ops/source-maps.ts)
import './lib/ops/source-maps';
import crypto from 'node:crypto';
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { createClient } from './lib/db/client';
import { probeVersionAndSession } from './lib/db/data-version';
import { NONCE_HEADER, REQUEST_ERROR_HEADER, isHttps, refuseRequest, securityHeaders, wantsJson, type RequestRefusal } from './lib/http/rules';
import { EVIDENCE_CSP, isEvidenceFileRequest } from './lib/evidence/rules';
import { createPageCache } from './lib/page-cache/page-cache';
import { startAuditVerify } from './lib/ops/start-audit-verify';
import { startBackups } from './lib/ops/start-backups';
import { startReminders } from './lib/notify/start-reminders';
import { startNotifySender } from './lib/notify/start-sender';
import { parseSetting } from './lib/settings/rules';
import zhHttp from './messages/zh-CN/http.json';
import { CLIENT_ADDR_HEADER, INTERNAL_HEADERS } from './lib/net/client-address';
import { needsTouch } from './lib/sessions/rules';
import { sessionLimitsReader, touchSession } from './lib/sessions/lifetime';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?leitai\.session_token=([^;]+)/;

function stampClientAddress(req: http.IncomingMessage) {
  for (const name of INTERNAL_HEADERS) delete req.headers[name];
  const addr = req.socket.remoteAddress;
  if (addr) req.headers[CLIENT_ADDR_HEADER] = addr;
}

async function main() {
  const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const db = await createClient();
  const backups = await startBackups(db); // daily backups at setting backup.time (lib/ops/scheduler.ts)
  const auditVerify = await startAuditVerify(db); // daily full audit-chain verification, an hour after the backup
  const reminders = await startReminders(db); // the time-based reminders every 5 minutes (lib/notify/schedule.ts)
  const notifySender = await startNotifySender(db); // the reminders' outbox sender (lib/notify/sender.server.ts)
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

  // `network.trustedProxy` (read only when a request says X-Forwarded-Proto; cached like lib/settings for 5 s)
  let trusted: { at: number; value: Promise<boolean> } | null = null;
  const trustedProxy = () => {
    if (!trusted || Date.now() - trusted.at > 5_000) {
      const value = db.setting
        .findUnique({ where: { key: 'network.trustedProxy' }, select: { value: true } })
        .then((row) => (row ? parseSetting('network.trustedProxy', row.value).data === true : false))
        .catch(() => false);
      trusted = { at: Date.now(), value };
    }
    return trusted.value;
  };

  /** A refusal before routing: JSON for API/action/non-browser requests, else the Chinese error page with that status. */
  const refuse = (req: http.IncomingMessage, res: http.ServerResponse, r: RequestRefusal) => {
    if (r.code === 'badBody' || wantsJson(req)) {
      res.writeHead(r.status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, no-store' });
      res.end(JSON.stringify({ ok: false, error: r.code, message: zhHttp.http[`${r.code}Message`] }));
      return;
    }
    req.url = '/request-error';
    req.method = 'GET';
    req.headers[REQUEST_ERROR_HEADER] = String(r.status);
    for (const h of ['next-action', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'content-type', 'content-length']) delete req.headers[h];
    // Next answers the page 200; the status is the refusal's
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => http.ServerResponse;
    res.writeHead = ((_status: number, ...rest: unknown[]) => writeHead(r.status, ...rest)) as typeof res.writeHead;
    return handle(req, res);
  };

  const serve = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    // only this server sets these request headers
    delete req.headers[REQUEST_ERROR_HEADER];
    delete req.headers[NONCE_HEADER];
    delete req.headers['content-security-policy'];
    delete req.headers['content-security-policy-report-only'];
    const https = isHttps({
      publicUrl: process.env.BETTER_AUTH_URL,
      forwardedProto: req.headers['x-forwarded-proto'],
      trustedProxy: req.headers['x-forwarded-proto'] ? await trustedProxy() : false,
      encrypted: 'encrypted' in req.socket && Boolean(req.socket.encrypted),
    });
    // a fresh nonce per request: Next reads it from the request's CSP and puts it on every script it renders
    const nonce = crypto.randomBytes(16).toString('base64');
    const headers = securityHeaders({ nonce, https });
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    // an evidence file is served under its own policy: it shows itself and runs nothing (lib/evidence/rules.ts)
    if (isEvidenceFileRequest(req.url)) res.setHeader('Content-Security-Policy', EVIDENCE_CSP);
    req.headers['content-security-policy'] = headers['Content-Security-Policy'];
    req.headers[NONCE_HEADER] = nonce;

    const refusal = refuseRequest(req);
    if (refusal) return refuse(req, res, refusal);
    // a page-cache hit replays the CSP header stored with its body, so header and body nonces always match
    return pages.handle(req, res, (rq, rs) => handle(rq, rs));
  };

  const server = http.createServer((req, res) => {
    // the client's address as the socket saw it, for lib/request.server.ts; a client's own copy never gets through
    stampClientAddress(req);
    serve(req, res).catch((err: unknown) => {
      console.error('request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    stampClientAddress(req);
    void app.getUpgradeHandler()(req, socket, head);
  });
  server.listen(port, hostname, () => console.log(`Leitai on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

  const stop = () => {
    backups?.stop();
    auditVerify?.stop();
    reminders?.stop();
    void notifySender?.stop();
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
