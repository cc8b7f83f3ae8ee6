// Local receivers for the outbox's tests and bench (issue #14 part C): a 钉钉-style robot (POST /robot/send with
// access_token, timestamp and an HMAC-SHA256 sign), a 企业微信-style robot (POST /cgi-bin/webhook/send?key=…) and an SMTP
// server (smtp-server). Each counts deliveries per dedupeKey (sent in the X-Leitai-Dedupe-Key header) and keeps the
// delay from the message's due time. `testTransport` is a minimal stand-in for lib/notify/transports.server.ts
// (built by another change) that speaks to them — enough to drive the sender end to end.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { OutboxChannel, OutboxDelivery, SendFn } from '../../lib/notify/sender.server';

export interface Received {
  key: string;
  channel: string;
  /** ms from the message's due time to its arrival */
  delayMs: number;
}

export interface Receivers {
  dingtalkUrl: string;
  wecomUrl: string;
  smtpPort: number;
  received: Received[];
  /** deliveries per dedupeKey */
  counts(): Map<string, number>;
  close(): Promise<void>;
}

export const DINGTALK_SECRET = 'SEC-test-robot-secret';

function record(received: Received[], channel: string, key: string | undefined, due: string | undefined) {
  if (!key) return;
  received.push({ key, channel, delayMs: Date.now() - Number(due ?? Date.now()) });
}

/** Start the three receivers on free local ports. */
export async function startReceivers(): Promise<Receivers> {
  const received: Received[] = [];
  const web = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const header = (n: string) => req.headers[n] as string | undefined;
      let ok = false;
      if (url.pathname === '/robot/send') {
        const ts = url.searchParams.get('timestamp') ?? '';
        const sign = createHmac('sha256', DINGTALK_SECRET).update(`${ts}\n${DINGTALK_SECRET}`).digest('base64');
        ok = url.searchParams.get('sign') === sign;
        if (ok) record(received, 'dingtalk', header('x-leitai-dedupe-key'), header('x-leitai-due-at'));
      } else if (url.pathname === '/cgi-bin/webhook/send') {
        ok = url.searchParams.get('key') === 'wecom-key';
        if (ok) record(received, 'wecom', header('x-leitai-dedupe-key'), header('x-leitai-due-at'));
      }
      JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ok ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' }));
    });
  });
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => (raw += c));
      stream.on('end', () => {
        const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
        const h = (n: string) => new RegExp(`^${n}:\\s*(.+)$`, 'im').exec(head)?.[1]?.trim();
        record(received, 'email', h('X-Leitai-Dedupe-Key'), h('X-Leitai-Due-At'));
        done();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const webPort = (web.address() as AddressInfo).port;
  return {
    dingtalkUrl: `http://127.0.0.1:${webPort}/robot/send?access_token=t0k3n`,
    wecomUrl: `http://127.0.0.1:${webPort}/cgi-bin/webhook/send?key=wecom-key`,
    smtpPort: (smtp.server.address() as AddressInfo).port,
    received,
    counts() {
      const m = new Map<string, number>();
      for (const r of received) m.set(r.key, (m.get(r.key) ?? 0) + 1);
      return m;
    },
    async close() {
      web.closeAllConnections();
      await new Promise<void>((r) => web.close(() => r()));
      await new Promise<void>((r) => smtp.close(() => r()));
    },
  };
}

/** Channel configs pointing at the receivers (what the admin would store; secrets kept plain in these tests). */
export const receiverConfigs = (r: Pick<Receivers, 'dingtalkUrl' | 'wecomUrl' | 'smtpPort'>) => ({
  dingtalk: { url: r.dingtalkUrl },
  wecom: { url: r.wecomUrl },
  email: { host: '127.0.0.1', port: r.smtpPort, from: '擂台考核办 <kaoheban@leitai.example.cn>' },
});

/** A minimal transport to the receivers above (the real one is lib/notify/transports.server.ts). */
export function testTransport(): SendFn {
  const mailers = new Map<string, Transporter>();
  return async (channel: OutboxChannel, m: OutboxDelivery) => {
    const cfg = channel.config as { url?: string; host?: string; port?: number; from?: string };
    const headers = { 'X-Leitai-Dedupe-Key': m.dedupeKey, 'X-Leitai-Due-At': String(m.dueAt.getTime()) };
    if (channel.type === 'email') {
      let mailer = mailers.get(channel.id);
      if (!mailer) {
        mailer = nodemailer.createTransport({ host: cfg.host, port: cfg.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 4 });
        mailers.set(channel.id, mailer);
      }
      await mailer.sendMail({ from: cfg.from, to: m.to ?? undefined, subject: m.title, text: `${m.body}\n${m.href}`, headers });
      return;
    }
    let url = cfg.url ?? '';
    if (channel.type === 'dingtalk') {
      const ts = String(Date.now());
      const sign = createHmac('sha256', DINGTALK_SECRET).update(`${ts}\n${DINGTALK_SECRET}`).digest('base64');
      url += `&timestamp=${ts}&sign=${encodeURIComponent(sign)}`;
    }
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { title: m.title, text: `### ${m.title}\n${m.body}`, content: m.body } }),
    });
    const answer = (await res.json()) as { errcode?: number; errmsg?: string };
    if (!res.ok || answer.errcode !== 0) throw new Error(`机器人拒收：${answer.errmsg ?? res.status}`);
  };
}
