// The audit chain's status for the auditor's page. A full verification of a long log is far too slow for a page
// view, so the page runs the quick check: only the rows after each chain's checkpoint (the last row a check found
// intact, table AuditCheckpoint), and the checkpoint row itself must still carry the hash stored with it, so an edit
// of that row is caught too. Edits of older rows are caught by the scheduled full verification (lib/audit/full-verify.ts,
// daily after the backup), whose last result the page shows beside this one. An intact quick check moves the
// checkpoints forward. The outcome is kept while no chain head moves, for at most `audit.verifyCacheMinutes`.
import 'server-only';
import type { Db } from '../db/client';
import { getSetting } from '../settings/settings.server';
import { readCheckpoints, readHeads, saveCheckpoints, verifyAuditChain, type ChainReport } from './chain-store';

export { verifyAuditChain, type ChainBreak, type ChainReport } from './chain-store';

export interface ChainStatus {
  /** report.rows: the rows this check read (those after the checkpoints) */
  report: ChainReport;
  /** the rows in all chains (the heads' seqs; all of them when intact) */
  total: number;
  checkedAt: Date;
  ms: number;
}

let cached: { fingerprint: string; status: ChainStatus } | null = null;
let running: { fingerprint: string; promise: Promise<ChainStatus> } | null = null;

/** The quick check, now: rows after the checkpoints; moves them on when intact. */
export async function quickChainCheck(db: Db): Promise<ChainStatus> {
  const started = performance.now();
  const [heads, since] = await Promise.all([readHeads(db), readCheckpoints(db)]);
  const report = await verifyAuditChain(db, { heads, since });
  if (report.ok) await saveCheckpoints(db, heads);
  const total = heads.reduce((n, h) => n + h.seq, 0);
  return { report, total, checkedAt: new Date(), ms: Math.round(performance.now() - started) };
}

/** The chain's state as of now, or as of the last quick check if no head moved since (within the setting's minutes). */
export async function auditChainStatus(db: Db, now: Date = new Date()): Promise<ChainStatus> {
  const [heads, minutes] = await Promise.all([readHeads(db), getSetting('audit.verifyCacheMinutes', db)]);
  const fingerprint = heads
    .map((h) => `${h.chain}:${h.seq}:${h.hash}`)
    .sort()
    .join(',');
  if (cached && cached.fingerprint === fingerprint && now.getTime() - cached.status.checkedAt.getTime() < minutes * 60_000) return cached.status;
  // one check at a time per state: viewers arriving meanwhile wait for it
  if (running?.fingerprint === fingerprint) return running.promise;
  const promise = quickChainCheck(db).then((status) => {
    cached = { fingerprint, status };
    return status;
  });
  running = { fingerprint, promise };
  try {
    return await promise;
  } finally {
    if (running?.promise === promise) running = null;
  }
}
