// The audit log's tamper check on the auditor's page: the quick check of this view ("链完整 ✓（共 N 条）", or the first
// broken row and what to do), and the last full verification (daily after the backup, or started here).
import { getFormatter, getTranslations } from 'next-intl/server';
import { auditChainStatus } from '@/lib/audit/chain.server';
import { lastFullVerification } from '@/lib/audit/full-verify';
import { getDb } from '@/lib/db.server';
import { formatters } from '@/components/ui/format';
import { VerifyNowButton } from './verify-now-button';

export async function AuditChainStatus() {
  const t = await getTranslations('auditChain');
  const format = await getFormatter();
  const db = await getDb();
  const [{ report, total, checkedAt, ms }, full] = await Promise.all([auditChainStatus(db), lastFullVerification(db)]);
  const time = (d: Date) => formatters(format).timestamp(d);
  const kind = (k: string) => t(`kinds.${k === 'head mismatch' ? 'headMismatch' : k}`);
  const fullPart = (
    <div className="mt-3 space-y-2 border-t border-black/10 pt-3 text-slate-800" data-testid="audit-full-verify">
      <p>
        {!full
          ? t('full.never')
          : full.result.ok
            ? t('full.ok', {
                at: time(full.at),
                rows: full.result.rows,
                seconds: formatters(format).val(full.result.ms / 1000, 1),
                trigger: full.result.trigger === 'manual' ? t('full.manual', { name: full.actorName }) : t('full.schedule'),
              })
            : t('full.broken', {
                at: time(full.at),
                kind: kind(full.result.break?.kind ?? 'edited'),
                chain: full.result.break?.chain ?? '—',
                seq: full.result.break?.seq ?? '—',
                id: full.result.break?.id ? t('full.brokenId', { id: full.result.break.id }) : '',
                trigger: full.result.trigger === 'manual' ? t('full.manual', { name: full.actorName }) : t('full.schedule'),
              })}
      </p>
      <p className="text-xs text-slate-600">{t('full.hint')}</p>
      <VerifyNowButton
        labels={{
          start: t('full.start'),
          running: t('full.running'),
          doneOk: t('full.started', { outcome: t('full.startedOk', { rows: '{rows}' }) }),
          doneBroken: t('full.started', { outcome: t('full.startedBroken') }),
          failed: t('full.failed'),
        }}
      />
    </div>
  );
  if (report.ok) {
    return (
      <div role="status" data-testid="audit-chain" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        <p className="font-semibold">{t('ok', { rows: total })}</p>
        <p className="mt-0.5 text-emerald-800">{t('okDetail', { chains: report.chains, checked: report.rows, time: time(checkedAt), ms })}</p>
        {fullPart}
      </div>
    );
  }
  const b = report.break;
  return (
    <div role="alert" data-testid="audit-chain" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{t('broken', { kind: kind(b.kind) })}</p>
      <p className="mt-0.5 break-all">
        {b.id
          ? t('brokenRow', { chain: b.chain, seq: b.seq ?? '—', at: b.at ? time(b.at) : '—', id: b.id })
          : t('brokenMissing', { chain: b.chain, seq: b.seq ?? '—' })}
      </p>
      <p className="mt-1">{t('brokenWhat')}</p>
      {fullPart}
    </div>
  );
}
