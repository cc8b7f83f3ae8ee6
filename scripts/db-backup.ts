// `npm run db:backup [-- --out DIR] [--verify-restore] [--keep N]`: an online, verified backup of DATABASE_URL
// (lib/ops/backup.ts; docs/decisions/018-backup-restore.md). Default directory: LEITAI_BACKUP_DIR or ./backups.
import { parseArgs } from 'node:util';
import { BackupError, createBackup, pruneBackups } from '../lib/ops/backup';
import { databaseUrl, redactUrl } from '../lib/db/url';

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'verify-restore': { type: 'boolean' }, keep: { type: 'string' } } });
  const url = databaseUrl();
  const dir = values.out ?? process.env.LEITAI_BACKUP_DIR ?? './backups';
  const res = await createBackup({ url, dir, verifyRestore: values['verify-restore'] });
  const m = res.manifest;
  const rows = Object.values(m.rowCounts).reduce((a, b) => a + b, 0);
  console.log(`备份完成 backup written: ${res.file}`);
  console.log(`  ${m.engine} ${redactUrl(url)} · ${(m.bytes / 1024 / 1024).toFixed(1)} MB · ${rows} rows · schema ${m.schemaVersion ?? '—'}`);
  console.log(`  checked: ${m.verified.join(', ')} · sha256 ${m.sha256} · ${res.ms} ms`);
  if (values.keep) for (const f of pruneBackups(dir, Number(values.keep))) console.log(`  removed old backup ${f}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof BackupError ? `备份失败：${err.message}` : err);
    process.exit(1);
  },
);
