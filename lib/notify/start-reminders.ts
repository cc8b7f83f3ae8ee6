// server.ts starts the reminder scheduler through this (plain Node, like lib/ops/start-backups.ts; lib/ops/plain-node.ts
// lets it import notify.server.ts, which is marked server-only). Off with LEITAI_NOTIFY_SCHEDULE=off.
import type { Db } from '../db/client';
import { databaseUrl } from '../db/url';
import { allowServerOnlyImports } from '../ops/plain-node';

export async function startReminders(db: Db) {
  if (process.env.LEITAI_NOTIFY_SCHEDULE === 'off') return null;
  try {
    allowServerOnlyImports();
    const { startReminderScheduler } = await import('./schedule');
    return startReminderScheduler({ db, url: databaseUrl(), dir: process.env.LEITAI_BACKUP_DIR ?? './backups' });
  } catch (err) {
    console.error('\n[reminders] !!! REMINDERS NOT STARTED — 定时提醒未启动 !!!', err);
    return null;
  }
}
