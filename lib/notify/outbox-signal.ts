// "Rows were queued": the outbox writer tells a sender running in the same process to look now rather than at its next
// poll. Next.js's server bundle and the plain-Node starter (lib/notify/start-sender.ts) load their own copies of
// modules, so the emitter lives on globalThis under a registered symbol, shared by both.
import { EventEmitter } from 'node:events';

const KEY = Symbol.for('leitai.notify.outbox');
type Holder = { [KEY]?: EventEmitter };

function emitter(): EventEmitter {
  const g = globalThis as Holder;
  return (g[KEY] ??= new EventEmitter().setMaxListeners(50));
}

/** Called after rows are queued (the caller's transaction may still be open: listeners wait a moment). */
export const signalOutbox = () => void emitter().emit('queued');

/** Run `fn` whenever rows are queued in this process; answers the unsubscribe. */
export function onOutboxQueued(fn: () => void): () => void {
  emitter().on('queued', fn);
  return () => void emitter().off('queued', fn);
}
