// `npm run audit:verify`: verify every audit hash chain of DATABASE_URL from its first row to its head (decision 017).
// Prints one line in Chinese and one plain line for logs and monitoring; exit 0 when intact, 1 at the first break
// (2 when the database cannot be read).
//   npm run audit:verify -- --anchors ./backups   also check the chain heads recorded in those backups' manifests
//                                                 (lib/audit/anchors.ts: catches a rewrite that re-hashed the chain)
import { createTranslator } from 'next-intl';
import { messages } from '../messages';
import { checkAnchors } from '../lib/audit/anchors';
import { verifyAuditChain, type ChainBreak } from '../lib/audit/chain-store';
import { listBackups } from '../lib/ops/backup';
import { createClient } from '../lib/db/client';
import { databaseUrl, redactUrl } from '../lib/db/url';

const t = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'auditChain' });
const a = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'auditAnchors' });
const kindKey = (k: ChainBreak['kind']) => (k === 'head mismatch' ? 'headMismatch' : k);

/** `--anchors DIR`: the backup directory whose manifests' chain heads are checked too. */
function anchorsDir(argv: string[]): string | null {
  const i = argv.indexOf('--anchors');
  if (i < 0) return null;
  const dir = argv[i + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--anchors needs a directory (e.g. --anchors ./backups)');
  return dir;
}

/** Exit code of the outside check: 0 when every recorded head is still there (or none was recorded), 1 otherwise. */
async function verifyAnchors(db: Awaited<ReturnType<typeof createClient>>, dir: string): Promise<number> {
  const sources = listBackups(dir)
    .filter((b) => b.manifest.auditHeads?.length)
    .map((b) => ({ source: b.manifest.file, createdAt: b.manifest.createdAt, heads: b.manifest.auditHeads! }));
  if (!sources.length) {
    console.log(a('none', { dir }));
    console.log(`audit-verify: ANCHORS none dir=${dir}`);
    return 0;
  }
  const report = await checkAnchors(db, sources);
  if (report.ok) {
    console.log(a('ok', { sources: report.sources, checked: report.checked }));
    console.log(`audit-verify: ANCHORS OK sources=${report.sources} heads=${report.checked}`);
    return 0;
  }
  const m = report.mismatch!;
  console.log(a('mismatch', { source: m.source, createdAt: m.createdAt, chain: m.chain, seq: m.seq, expected: m.hash, found: m.found ?? a('missingRow') }));
  console.log(a('what'));
  console.log(`audit-verify: ANCHOR MISMATCH source=${m.source} chain=${m.chain} seq=${m.seq} expected=${m.hash} found=${m.found ?? ''}`);
  return 1;
}

async function main(): Promise<number> {
  const url = databaseUrl();
  const anchors = anchorsDir(process.argv.slice(2));
  const db = await createClient(url);
  try {
    const started = performance.now();
    const report = await verifyAuditChain(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (report.ok) {
      console.log(t('cli.ok', { rows: report.rows, chains: report.chains, seconds }));
      console.log(`audit-verify: OK rows=${report.rows} chains=${report.chains} seconds=${seconds} db=${redactUrl(url)}`);
      return anchors ? await verifyAnchors(db, anchors) : 0;
    }
    const b = report.break;
    console.log(t('cli.broken', { kind: t(`kinds.${kindKey(b.kind)}`) }));
    console.log(
      b.id
        ? t('brokenRow', { chain: b.chain, seq: b.seq ?? '—', at: b.at?.toISOString() ?? '—', id: b.id })
        : t('brokenMissing', { chain: b.chain, seq: b.seq ?? '—' }),
    );
    console.log(
      `audit-verify: BROKEN kind=${b.kind.replace(' ', '_')} chain=${b.chain} seq=${b.seq ?? ''} id=${b.id ?? ''} at=${b.at?.toISOString() ?? ''}` +
        (b.nextId ? ` next=${b.nextId}` : '') +
        ` checked=${report.rows} db=${redactUrl(url)}`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('审计日志无法校验（数据库无法读取）：', err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
