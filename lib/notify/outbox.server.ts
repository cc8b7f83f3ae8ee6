// The outbox writer (issue #14): turns notices, already addressed to users, into OutboxMessage rows for the configured
// channels — in the caller's transaction, so a rolled-back event queues nothing. Seam between the in-app rules
// (lib/notify/notify.server.ts) and the sender; the channel addressing is filled in by the delivery work.
import 'server-only';
import type { Tx } from '../db/client';
import type { Notice } from './types';

/** A user a notice reaches (resolved from its userIds / unitIds / roles). */
export interface Recipient {
  id: string;
  unitId: string | null;
  role: string;
  email: string;
}

export interface AddressedNotice {
  notice: Notice;
  recipients: readonly Recipient[];
}

/** Queue the channel messages of these notices (webhook robots, email) in `tx`. */
export async function enqueueOutbox(tx: Tx, addressed: readonly AddressedNotice[]): Promise<number> {
  void tx;
  void addressed;
  return 0;
}
