// Inside the /audit filter form: download the rows the form selects (normally a date range) for archiving — the
// buttons submit the same form to the export route, so what is exported is what the form says now.
import { getTranslations } from 'next-intl/server';

export async function AuditExportButtons() {
  const t = await getTranslations('auditChain.export');
  const button = 'rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-50';
  return (
    <span className="flex flex-wrap items-center gap-2 sm:ml-auto" title={t('hint')}>
      <span className="sr-only">{t('title')}</span>
      <button type="submit" formAction="/api/audit/export" name="format" value="xlsx" className={button}>
        {t('xlsx')}
      </button>
      <button type="submit" formAction="/api/audit/export" name="format" value="csv" className={button}>
        {t('csv')}
      </button>
    </span>
  );
}
