// The audit chain's verification for the auditor's page: the whole log verified (lib/audit/chain-store.ts), the
// outcome kept while no chain head moves and no row is added or removed, and for at most the
// `audit.verifyCacheMinutes` setting (an edit in place moves nothing the fingerprint sees: the time bound catches it).
import 'server-only';
import type { Db } from '../db/client';
import { getSetting } from '../settings/settings.server';
import { chainFingerprint, verifyAuditChain, type ChainReport } from './chain-store';

export { verifyAuditChain, type ChainBreak, type ChainReport } from './chain-store';

export interface ChainStatus {
  report: ChainReport;
  checkedAt: Date;
  ms: number;
}

let cached: { fingerprint: string; status: ChainStatus } | null = null;
let running: { fingerprint: string; promise: Promise<ChainStatus> } | null = null;

/** The chain's state as of now, or as of the last verification if nothing it depends on moved since. */
export async function auditChainStatus(db: Db, now: Date = new Date()): Promise<ChainStatus> {
  const [fingerprint, minutes] = await Promise.all([chainFingerprint(db), getSetting('audit.verifyCacheMinutes', db)]);
  if (cached && cached.fingerprint === fingerprint && now.getTime() - cached.status.checkedAt.getTime() < minutes * 60_000) return cached.status;
  // one verification at a time per state: viewers arriving meanwhile wait for it
  if (running?.fingerprint === fingerprint) return running.promise;
  const promise = (async () => {
    const started = performance.now();
    const report = await verifyAuditChain(db);
    const status = { report, checkedAt: new Date(), ms: Math.round(performance.now() - started) };
    cached = { fingerprint, status };
    return status;
  })();
  running = { fingerprint, promise };
  try {
    return await promise;
  } finally {
    if (running?.promise === promise) running = null;
  }
}
