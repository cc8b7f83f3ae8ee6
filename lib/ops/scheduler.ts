// Daily scheduled backups by the server (issue #12 Found 8): at setting `backup.time` (Asia/Shanghai) write a verified
// backup into LEITAI_BACKUP_DIR, keep the newest `backup.keep`, audit every run (`ops.backup`), log failures loudly.
// One runner per deployment: a PostgreSQL advisory lock (or a lock file beside SQLite backups), and a run skips a slot
// another instance has already audited. docs/decisions/018-backup-restore.md.
import path from 'node:path';
import { Cron } from 'croner';
import type { AuditActor, AuditEntry } from '../audit.server';
import type { Db, Tx } from '../db/client';
import { createBackup, pruneBackups } from './backup';
import { withRunnerLock } from './runner-lock';

export const BACKUP_TIMEZONE = 'Asia/Shanghai';
/** pg_try_advisory_lock key of the backup runner ("LTBK") */
export const BACKUP_LOCK_KEY = 0x4c54424b;
export const BACKUP_ACTOR: AuditActor = { id: null, name: 'system:backup', ip: null };

export interface BackupSchedulerDeps {
  db: Db;
  url: string;
  dir: string;
  /** writeAudit (lib/audit.server.ts), injected so this module also runs outside Next.js */
  audit: (tx: Tx, actor: AuditActor, entry: AuditEntry) => Promise<void>;
  /** current `backup.time` (HH:MM) and `backup.keep` */
  settings: () => Promise<{ time: string; keep: number }>;
  log?: Pick<Console, 'log' | 'error'>;
}

export type RunOutcome = { status: 'done'; file: string; removed: string[] } | { status: 'skipped'; reason: string } | { status: 'failed'; error: string };

/** `YYYY-MM-DD` of `at` in Asia/Shanghai. */
export function localDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: BACKUP_TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The croner pattern for `HH:MM` (seconds 0). */
export function cronPattern(time: string): string {
  const [h, m] = time.split(':');
  return `0 ${Number(m)} ${Number(h)} * * *`;
}

/**
 * One scheduled run for `slot` (e.g. "2026-12-04 02:30", Shanghai time): back up, prune to `backup.keep`, audit. Skips
 * when another runner holds the lock or already audited this slot. Never throws: a failure is audited and logged.
 */
export async function runScheduledBackup(deps: BackupSchedulerDeps, slot: string): Promise<RunOutcome> {
  const log = deps.log ?? console;
  try {
    const outcome = await withRunnerLock(
      { url: deps.url, dir: deps.dir, pgKey: BACKUP_LOCK_KEY, lockFile: '.leitai-backup.lock' },
      async (): Promise<RunOutcome> => {
        const done = await deps.db.auditLog.findFirst({ where: { action: 'ops.backup', entityType: 'backup', entityId: slot }, select: { id: true } });
        if (done) return { status: 'skipped', reason: 'slot already run' };
        const { keep } = await deps.settings();
        try {
          const res = await createBackup({ url: deps.url, dir: deps.dir });
          const removed = pruneBackups(deps.dir, keep);
          const m = res.manifest;
          await deps.db.$transaction((tx) =>
            deps.audit(tx, BACKUP_ACTOR, {
              action: 'ops.backup',
              entityType: 'backup',
              entityId: slot,
              scope: 'unshared',
              after: {
                ok: true,
                file: m.file,
                bytes: m.bytes,
                sha256: m.sha256,
                schemaVersion: m.schemaVersion,
                ms: res.ms,
                removed: removed.map((f) => path.basename(f)),
              },
            }),
          );
          log.log(`[backup] ${slot}: ${res.file} (${m.bytes} bytes, ${res.ms} ms); removed ${removed.length} old`);
          return { status: 'done', file: res.file, removed };
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err);
          log.error(`\n[backup] !!! SCHEDULED BACKUP FAILED (${slot}) — 定时备份失败 !!!\n${error}\n`);
          await deps.db
            .$transaction((tx) =>
              deps.audit(tx, BACKUP_ACTOR, {
                action: 'ops.backup',
                entityType: 'backup',
                entityId: slot,
                scope: 'unshared',
                after: { ok: false, error: error.slice(0, 2000) },
              }),
            )
            .catch((auditErr: unknown) => log.error('[backup] could not audit the failure', auditErr));
          return { status: 'failed', error };
        }
      },
    );
    return outcome ?? { status: 'skipped', reason: 'another runner holds the lock' };
  } catch (err) {
    log.error(`\n[backup] !!! SCHEDULED BACKUP FAILED (${slot}) — 定时备份失败 !!!`, err);
    return { status: 'failed', error: err instanceof Error ? err.message : String(err) };
  }
}

/** Start the daily job; it follows changes of `backup.time` (checked every minute). */
export function startBackupScheduler(deps: BackupSchedulerDeps): { stop(): void; next(): Date | null } {
  const log = deps.log ?? console;
  let job: Cron | null = null;
  let time = '';
  const ensure = async () => {
    try {
      const s = await deps.settings();
      if (s.time === time && job) return;
      job?.stop();
      time = s.time;
      job = new Cron(cronPattern(time), { timezone: BACKUP_TIMEZONE, protect: true, name: 'leitai-backup' }, async () => {
        await runScheduledBackup(deps, `${localDate(new Date())} ${time}`);
      });
      log.log(`[backup] daily at ${time} ${BACKUP_TIMEZONE} into ${path.resolve(deps.dir)}; next ${job.nextRun()?.toISOString()}`);
    } catch (err) {
      log.error('[backup] could not (re)schedule daily backups', err);
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
