// Audit log (auditor only): filter by action, entity type, actor and date; newest first; read-only.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuditChainStatus } from '@/components/audit/chain-status';
import { AuditExportButtons } from '@/components/audit/export-buttons';
import { AuditTable } from '@/components/audit/audit-table';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { auditFilterSchema, loadAuditPage } from '@/lib/audit/queries.server';
import { getDb } from '@/lib/db.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('audit') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission('audit:read');
  const t = await getTranslations('audit');
  const f = auditFilterSchema.parse(await searchParams);
  const { rows, total, pages, actions, entityTypes, names } = await loadAuditPage(await getDb(), f);
  const qs = (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...f, page })) if (v !== undefined && v !== '') p.set(k, String(v));
    return `/audit?${p}`;
  };
  const input = 'rounded-md border border-slate-300 px-2 py-1.5 text-sm';
  return (
    <div className="space-y-5">
      <PageTitle sub={t('sub')}>{t('title')}</PageTitle>
      <AuditChainStatus />
      <Card>
        <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('action')}</span>
            <select name="action" defaultValue={f.action ?? ''} className={input}>
              <option value="">{t('all')}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {t.has(`actions.${a}`) ? t(`actions.${a}`) : t('unknownAction')}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('entity')}</span>
            <select name="entityType" defaultValue={f.entityType ?? ''} className={input}>
              <option value="">{t('all')}</option>
              {entityTypes.map((e) => (
                <option key={e} value={e}>
                  {t.has(`entities.${e}`) ? t(`entities.${e}`) : t('unknownEntity')}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('actor')}</span>
            <input name="actor" defaultValue={f.actor ?? ''} className={input} maxLength={64} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('from')}</span>
            <input type="date" name="from" defaultValue={f.from ?? ''} className={input} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('to')}</span>
            <input type="date" name="to" defaultValue={f.to ?? ''} className={input} />
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 font-semibold text-white hover:bg-brand-700">
            {t('filter')}
          </button>
          <Link href="/audit" className="py-1.5 text-slate-500 hover:text-slate-900">
            {t('reset')}
          </Link>
          <AuditExportButtons />
        </form>
      </Card>
      <Card title={t('count', { total })}>
        <AuditTable rows={rows} names={names} />
        <div className="mt-4 flex items-center justify-between text-sm text-slate-500">
          <span>{t('page', { page: f.page, pages })}</span>
          <span className="flex gap-3">
            {f.page > 1 && <Link href={qs(f.page - 1)}>{t('prev')}</Link>}
            {f.page < pages && <Link href={qs(f.page + 1)}>{t('next')}</Link>}
          </span>
        </div>
      </Card>
    </div>
  );
}
