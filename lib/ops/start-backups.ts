// server.ts starts the daily backups through this (plain Node, outside Next.js's bundler). writeAudit and the settings
// live in modules marked `server-only`, whose package throws under plain Node; a resolve hook maps that marker to an
// empty module for this process (Next.js's own bundles have it compiled away already), so the scheduler audits
// through the one writeAudit everyone uses (hash chain included).
import { register } from 'node:module';
import type { Db } from '../db/client';
import { databaseUrl } from '../db/url';
import { startBackupScheduler } from './scheduler';

const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return next(specifier, context);
}`;

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

let mapped = false;
/** Map `server-only` to an empty module for this process (once; the reminders' starter needs it too). */
export function mapServerOnly() {
  if (mapped) return;
  mapped = true;
  register('data:text/javascript,' + encodeURIComponent(SERVER_ONLY_HOOK));
}

async function start(db: Db) {
  mapServerOnly();
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
