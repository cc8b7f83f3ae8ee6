// The in-app reminders' entry point (issue #14): notices (lib/notify/rules.ts) → Notification rows for their
// recipients, exactly once per (user, kind, target, day) (store.ts) → the outbox for the channels, with only the
// recipients that are new. Always inside the caller's transaction: a rolled-back event notifies nobody.
// docs/decisions/024-notifications.md.
import 'server-only';
import type { Tx } from '../db/client';
import { enqueueOutbox } from './outbox.server';
import { storeNotifications } from './store';
import type { Notice } from './types';

export { notifyText } from './store';

export interface NotifyResult {
  /** Notification rows written (what a recipient already had under the same key is skipped) */
  created: number;
  /** outbox messages queued */
  queued: number;
}

/** Store the notices for their recipients and queue the channel messages of the new ones — all in `tx`. */
export async function notify(tx: Tx, notices: readonly Notice[], now: Date = new Date()): Promise<NotifyResult> {
  const addressed = await storeNotifications(tx, notices, now);
  if (!addressed.length) return { created: 0, queued: 0 };
  const created = addressed.reduce((n, a) => n + a.recipients.length, 0);
  return { created, queued: await enqueueOutbox(tx, addressed, now) };
}
