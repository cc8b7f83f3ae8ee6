// `npm run db:restore -- FILE [--force]`: restore a backup made by `npm run db:backup` into DATABASE_URL, then apply
// pending migrations. Refuses damaged or foreign files before touching anything (lib/ops/backup.ts). Stop the server
// first: a running server is detected and refused unless --force.
import { parseArgs } from 'node:util';
import { BackupError, restoreBackup } from '../lib/ops/backup';
import { databaseUrl, redactUrl } from '../lib/db/url';

async function main() {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new BackupError('missing', '用法 usage: npm run db:restore -- <备份文件 backup file> [--force]');
  const url = databaseUrl();
  const res = await restoreBackup({ url, file, force: values.force });
  console.log(`恢复完成 restored ${file} (${res.manifest.createdAt}) into ${redactUrl(url)} in ${res.ms} ms`);
  if (res.previous) console.log(`  原数据库保留为 previous database kept as ${res.previous}`);
  if (res.migrated.length) console.log(`  已应用迁移 migrations applied: ${res.migrated.join(', ')}`);
  console.log('  现在可以启动服务器 you can start the server now.');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof BackupError ? `拒绝恢复 / 恢复失败（${err.code}）：${err.message}\n数据库未被改动。` : err);
    process.exit(err instanceof BackupError && err.code !== 'failed' ? 2 : 1);
  },
);
