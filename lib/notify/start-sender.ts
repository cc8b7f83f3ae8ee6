// server.ts starts the outbox sender through this (plain Node, outside Next.js's bundler), like lib/ops/start-backups.ts
// (lib/ops/plain-node.ts lets it import `server-only` modules), then the sender and the transport load. Every app
// instance may run one: claims (FOR UPDATE SKIP LOCKED + a lease) keep PostgreSQL instances from sending a row twice;
// on SQLite there is one process. LEITAI_NOTIFY_SENDER=off disables it; LEITAI_NOTIFY_POLL_MS sets the poll (5 s).
import os from 'node:os';
import type { Db } from '../db/client';
import { allowServerOnlyImports } from '../ops/plain-node';
import type { SendFn, SenderLoop } from './sender.server';

/**
 * The transport that delivers one message: lib/notify/transports.server.ts `sendThrough` (robots and SMTP), with the
 * public base URL read through the server's own client (settings are cached per process).
 */
async function transport(db: Db): Promise<SendFn> {
  const { sendThrough } = await import('./transports.server');
  const { getSetting } = await import('../settings/settings.server');
  return async (channel, m) =>
    sendThrough(
      { ...channel, type: channel.type as 'dingtalk' | 'wecom' | 'email' },
      { title: m.title, body: m.body, href: m.href, toEmail: m.to ?? undefined },
      { baseUrl: await getSetting('notify.baseUrl', db) },
    );
}

/** Start the sender loop; a failure to start is logged loudly but never stops the server from serving. */
export async function startNotifySender(db: Db, send?: SendFn): Promise<SenderLoop | null> {
  if (process.env.LEITAI_NOTIFY_SENDER === 'off') return null;
  try {
    allowServerOnlyImports();
    const through = send ?? (await transport(db));
    const { startSenderLoop } = await import('./sender.server');
    const poll = Number(process.env.LEITAI_NOTIFY_POLL_MS);
    return startSenderLoop({ db, send: through, workerId: `${os.hostname()}:${process.pid}`, pollMs: poll > 0 ? poll : 5_000 });
  } catch (err) {
    console.error('\n[notify] !!! OUTBOX SENDER NOT STARTED — 提醒发送未启动 !!!', err);
    return null;
  }
}
