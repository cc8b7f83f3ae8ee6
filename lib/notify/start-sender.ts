// server.ts starts the outbox sender through this (plain Node, outside Next.js's bundler), like lib/ops/start-backups.ts
// (lib/ops/plain-node.ts lets it import `server-only` modules), then the sender and the transport load. Every app
// instance may run one: claims (FOR UPDATE SKIP LOCKED + a lease) keep PostgreSQL instances from sending a row twice;
// on SQLite there is one process. LEITAI_NOTIFY_SENDER=off disables it; LEITAI_NOTIFY_POLL_MS sets the poll (5 s).
import os from 'node:os';
import type { Db } from '../db/client';
import { allowServerOnlyImports } from '../ops/plain-node';
import type { SendFn, SenderLoop } from './sender.server';

/**
 * The transport that delivers one message (lib/notify/transports.server.ts `sendThrough`, built beside this). Until it
 * is merged there is none and the sender does not start; wiring it is this one line:
 *   return (await import('./transports.server')).sendThrough;
 */
async function transport(): Promise<SendFn | null> {
  return null;
}

/** Start the sender loop; a failure to start is logged loudly but never stops the server from serving. */
export async function startNotifySender(db: Db, send?: SendFn): Promise<SenderLoop | null> {
  if (process.env.LEITAI_NOTIFY_SENDER === 'off') return null;
  try {
    allowServerOnlyImports();
    const through = send ?? (await transport());
    if (!through) {
      console.log('[notify] outbox sender not started: no transport configured yet');
      return null;
    }
    const { startSenderLoop } = await import('./sender.server');
    const poll = Number(process.env.LEITAI_NOTIFY_POLL_MS);
    return startSenderLoop({ db, send: through, workerId: `${os.hostname()}:${process.pid}`, pollMs: poll > 0 ? poll : 5_000 });
  } catch (err) {
    console.error('\n[notify] !!! OUTBOX SENDER NOT STARTED — 提醒发送未启动 !!!', err);
    return null;
  }
}
