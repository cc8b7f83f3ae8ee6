// server.ts starts the daily backups through this (plain Node, outside Next.js's bundler; lib/ops/plain-node.ts lets
// it import writeAudit and the settings, so the scheduler audits through the one writeAudit everyone uses).
import type { Db } from '../db/client';
import { databaseUrl } from '../db/url';
import { allowServerOnlyImports } from './plain-node';
import { startBackupScheduler } from './scheduler';

/** Start the daily backups; a failure to start is logged loudly but never stops the server from serving. */
export async function startBackups(db: Db) {
  if (process.env.LEITAI_BACKUP_SCHEDULE === 'off') return null;
  try {
    return await start(db);
  } catch (err) {
    console.error('\n[backup] !!! DAILY BACKUPS NOT STARTED — 定时备份未启动 !!!', err);
    return null;
  }
}

async function start(db: Db) {
  allowServerOnlyImports();
  const { writeAudit } = await import('../audit.server');
  const { getSettings } = await import('../settings/settings.server');
  return startBackupScheduler({
    db,
    url: databaseUrl(),
    dir: process.env.LEITAI_BACKUP_DIR ?? './backups',
    audit: writeAudit,
    settings: async () => {
      const s = await getSettings(db);
      return { time: s['backup.time'], keep: s['backup.keep'] };
    },
  });
}
