// The full verification of the audit log (every row of every chain, lib/audit/chain-store.ts): run daily by the
// scheduler (lib/ops/audit-verify-schedule.ts) and on an auditor's request from /audit. Each run is audited as
// `audit.verify_full` with its outcome; a clean run moves the checkpoints the page's quick check starts from.
// No 'server-only': the scheduler runs it under plain Node.
import type { AuditActor, AuditEntry } from '../audit.server';
import type { Db, Tx } from '../db/client';
import { readHeads, saveCheckpoints, verifyAuditChain, type ChainBreak } from './chain-store';

export const FULL_VERIFY_ACTION = 'audit.verify_full';
export const FULL_VERIFY_ENTITY = 'audit_chain';

export type FullVerifyTrigger = 'schedule' | 'manual';

export interface FullVerifyResult {
  ok: boolean;
  rows: number;
  chains: number;
  ms: number;
  trigger: FullVerifyTrigger;
  break?: { kind: ChainBreak['kind']; chain: string; seq: number | null; id: string | null; at: string | null };
}

/**
 * Verify the whole log, save the checkpoints when it is intact, and audit the run (entityId: the schedule's slot, or
 * null for a run an auditor started). Returns what was audited.
 */
export async function runFullVerification(
  db: Db,
  audit: (tx: Tx, actor: AuditActor, entry: AuditEntry) => Promise<void>,
  actor: AuditActor,
  trigger: FullVerifyTrigger,
  slot: string | null = null,
): Promise<FullVerifyResult> {
  const started = performance.now();
  const heads = await readHeads(db);
  const report = await verifyAuditChain(db, { heads });
  const result: FullVerifyResult = { ok: report.ok, rows: report.rows, chains: report.chains, ms: Math.round(performance.now() - started), trigger };
  if (!report.ok) {
    const b = report.break;
    result.break = { kind: b.kind, chain: b.chain, seq: b.seq, id: b.id, at: b.at ? b.at.toISOString() : null };
  }
  await db.$transaction(async (tx) => {
    if (report.ok) await saveCheckpoints(tx, heads);
    await audit(tx, actor, { action: FULL_VERIFY_ACTION, entityType: FULL_VERIFY_ENTITY, entityId: slot, scope: 'unshared', after: { ...result } });
  });
  return result;
}

/** The newest full verification's audit row: when, by whom, and its outcome; null before the first. */
export async function lastFullVerification(db: Tx): Promise<{ at: Date; actorName: string; result: FullVerifyResult } | null> {
  const row = await db.auditLog.findFirst({
    where: { action: FULL_VERIFY_ACTION, entityType: FULL_VERIFY_ENTITY },
    orderBy: [{ at: 'desc' }, { seq: 'desc' }],
    select: { at: true, actorName: true, after: true },
  });
  if (!row || !row.after || typeof row.after !== 'object') return null;
  return { at: row.at, actorName: row.actorName, result: row.after as unknown as FullVerifyResult };
}
