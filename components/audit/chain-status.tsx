// The audit log's tamper check on the auditor's page: "链完整 ✓（共 N 条）", or the first broken row and what to do.
import { getFormatter, getTranslations } from 'next-intl/server';
import { auditChainStatus } from '@/lib/audit/chain.server';
import { getDb } from '@/lib/db.server';
import { formatters } from '@/components/ui/format';

export async function AuditChainStatus() {
  const t = await getTranslations('auditChain');
  const format = await getFormatter();
  const { report, checkedAt, ms } = await auditChainStatus(await getDb());
  const time = (d: Date) => formatters(format).timestamp(d);
  if (report.ok) {
    return (
      <div role="status" data-testid="audit-chain" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        <p className="font-semibold">{t('ok', { rows: report.rows })}</p>
        <p className="mt-0.5 text-emerald-800">{t('okDetail', { chains: report.chains, checked: time(checkedAt), ms })}</p>
      </div>
    );
  }
  const b = report.break;
  return (
    <div role="alert" data-testid="audit-chain" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{t('broken', { kind: t(`kinds.${b.kind === 'head mismatch' ? 'headMismatch' : b.kind}`) })}</p>
      <p className="mt-0.5 break-all">
        {b.id
          ? t('brokenRow', { chain: b.chain, seq: b.seq ?? '—', at: b.at ? time(b.at) : '—', id: b.id })
          : t('brokenMissing', { chain: b.chain, seq: b.seq ?? '—' })}
      </p>
      <p className="mt-1">{t('brokenWhat')}</p>
    </div>
  );
}
