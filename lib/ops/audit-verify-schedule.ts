// The daily full verification of the audit log (lib/audit/full-verify.ts), run by the server an hour after the daily
// backup (setting `backup.time`, Asia/Shanghai), so the backup it follows is already written. One runner per
// deployment, the backups' idea: a PostgreSQL advisory lock of its own (or a lock file beside the SQLite backups),
// and a run skips a slot another instance already audited. Every run is audited (`audit.verify_full`) with its outcome.
import { Cron } from 'croner';
import type { AuditActor, AuditEntry } from '../audit.server';
import { FULL_VERIFY_ACTION, FULL_VERIFY_ENTITY, runFullVerification, type FullVerifyResult } from '../audit/full-verify';
import type { Db, Tx } from '../db/client';
import { withRunnerLock } from './runner-lock';
import { BACKUP_TIMEZONE, localDate } from './scheduler';

/** pg_try_advisory_lock key of the verification runner ("LTAV") */
export const AUDIT_VERIFY_LOCK_KEY = 0x4c544156;
export const AUDIT_VERIFY_ACTOR: AuditActor = { id: null, name: 'system:audit-verify', ip: null };
/** minutes after `backup.time` */
export const AFTER_BACKUP_MINUTES = 60;

export interface AuditVerifyDeps {
  db: Db;
  url: string;
  /** where the SQLite lock file lives (the backups' directory, shared by the instances) */
  dir: string;
  audit: (tx: Tx, actor: AuditActor, entry: AuditEntry) => Promise<void>;
  /** current `backup.time` (HH:MM) */
  backupTime: () => Promise<string>;
  log?: Pick<Console, 'log' | 'error'>;
}

export type VerifyRunOutcome = { status: 'done'; result: FullVerifyResult } | { status: 'skipped'; reason: string } | { status: 'failed'; error: string };

/** `HH:MM` plus `AFTER_BACKUP_MINUTES`, wrapping at midnight. */
export function verifyTimeAfter(backupTime: string): string {
  const [h, m] = backupTime.split(':').map(Number);
  const total = (((h! * 60 + m! + AFTER_BACKUP_MINUTES) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** One scheduled run for `slot` ("2026-12-04 03:30"). Never throws: a failure is audited and logged loudly. */
export async function runScheduledAuditVerify(deps: AuditVerifyDeps, slot: string): Promise<VerifyRunOutcome> {
  const log = deps.log ?? console;
  try {
    const outcome = await withRunnerLock(
      { url: deps.url, dir: deps.dir, pgKey: AUDIT_VERIFY_LOCK_KEY, lockFile: '.leitai-audit-verify.lock' },
      async (): Promise<VerifyRunOutcome> => {
        const done = await deps.db.auditLog.findFirst({
          where: { action: FULL_VERIFY_ACTION, entityType: FULL_VERIFY_ENTITY, entityId: slot },
          select: { id: true },
        });
        if (done) return { status: 'skipped', reason: 'slot already run' };
        const result = await runFullVerification(deps.db, deps.audit, AUDIT_VERIFY_ACTOR, 'schedule', slot);
        if (result.ok) log.log(`[audit-verify] ${slot}: chain intact, ${result.rows} rows in ${result.ms} ms`);
        else log.error(`\n[audit-verify] !!! AUDIT CHAIN BROKEN (${slot}) — 审计日志链已断开 !!!`, result.break);
        return { status: 'done', result };
      },
    );
    return outcome ?? { status: 'skipped', reason: 'another runner holds the lock' };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    log.error(`\n[audit-verify] !!! SCHEDULED AUDIT VERIFICATION FAILED (${slot}) — 审计日志全量校验失败 !!!`, err);
    return { status: 'failed', error };
  }
}

/** Start the daily job; it follows changes of `backup.time` (checked every minute). */
export function startAuditVerifyScheduler(deps: AuditVerifyDeps): { stop(): void; next(): Date | null } {
  const log = deps.log ?? console;
  let job: Cron | null = null;
  let time = '';
  const ensure = async () => {
    try {
      const t = verifyTimeAfter(await deps.backupTime());
      if (t === time && job) return;
      job?.stop();
      time = t;
      const [h, m] = t.split(':');
      job = new Cron(`0 ${Number(m)} ${Number(h)} * * *`, { timezone: BACKUP_TIMEZONE, protect: true, name: 'leitai-audit-verify' }, async () => {
        await runScheduledAuditVerify(deps, `${localDate(new Date())} ${time}`);
      });
      log.log(`[audit-verify] daily full verification at ${time} ${BACKUP_TIMEZONE}; next ${job.nextRun()?.toISOString()}`);
    } catch (err) {
      log.error('[audit-verify] could not (re)schedule the daily verification', err);
    }
  };
  void ensure();
  const timer = setInterval(() => void ensure(), 60_000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      job?.stop();
    },
    next: () => job?.nextRun() ?? null,
  };
}
