// `npm run audit:verify`: verify every audit hash chain of DATABASE_URL from its first row to its head (decision 017).
// Prints one line in Chinese and one plain line for logs and monitoring; exit 0 when intact, 1 at the first break
// (2 when the database cannot be read).
import { createTranslator } from 'next-intl';
import { messages } from '../messages';
import { verifyAuditChain, type ChainBreak } from '../lib/audit/chain-store';
import { createClient } from '../lib/db/client';
import { databaseUrl, redactUrl } from '../lib/db/url';

const t = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'auditChain' });
const kindKey = (k: ChainBreak['kind']) => (k === 'head mismatch' ? 'headMismatch' : k);

async function main(): Promise<number> {
  const url = databaseUrl();
  const db = await createClient(url);
  try {
    const started = performance.now();
    const report = await verifyAuditChain(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (report.ok) {
      console.log(t('cli.ok', { rows: report.rows, chains: report.chains, seconds }));
      console.log(`audit-verify: OK rows=${report.rows} chains=${report.chains} seconds=${seconds} db=${redactUrl(url)}`);
      return 0;
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
