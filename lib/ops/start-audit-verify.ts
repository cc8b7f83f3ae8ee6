// server.ts starts the daily full verification of the audit log through this (plain Node, like lib/ops/start-backups.ts;
// lib/ops/plain-node.ts lets it import writeAudit). Off with LEITAI_AUDIT_VERIFY_SCHEDULE=off.
import type { Db } from '../db/client';
import { databaseUrl } from '../db/url';
import { startAuditVerifyScheduler } from './audit-verify-schedule';
import { allowServerOnlyImports } from './plain-node';

export async function startAuditVerify(db: Db) {
  if (process.env.LEITAI_AUDIT_VERIFY_SCHEDULE === 'off') return null;
  try {
    allowServerOnlyImports();
    const { writeAudit } = await import('../audit.server');
    const { getSettings } = await import('../settings/settings.server');
    return startAuditVerifyScheduler({
      db,
      url: databaseUrl(),
      dir: process.env.LEITAI_BACKUP_DIR ?? './backups',
      audit: writeAudit,
      backupTime: async () => (await getSettings(db))['backup.time'],
    });
  } catch (err) {
    console.error('\n[audit-verify] !!! DAILY AUDIT VERIFICATION NOT STARTED — 审计日志每日全量校验未启动 !!!', err);
    return null;
  }
}
