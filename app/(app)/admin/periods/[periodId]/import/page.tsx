// A period's indicator setup from Excel: template download, upload, preview with row-level errors, commit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActualsImport } from '@/components/import/actuals-import';
import { SetupImport } from '@/components/import/setup-import';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('excelImport');
  return { title: t('title') };
}

export default async function PeriodImportPage({ params }: { params: Promise<{ periodId: string }> }) {
  await requirePermission('setup:manage');
  const { periodId } = await params;
  const t = await getTranslations('excelImport');
  const ta = await getTranslations('actualsImport');
  const period = await (await getDb()).period.findUnique({ where: { id: periodId }, select: { id: true, name: true } });
  if (!period) notFound();
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`/admin/periods/${period.id}`} className="text-brand-700 hover:underline">
          ← {t('backToPeriod')}
        </Link>
      </p>
      <PageTitle sub={period.name}>{t('title')}</PageTitle>
      <Card title={t('rulesTitle')}>
        <p className="text-sm text-slate-600">{t('intro')}</p>
        <p className="mt-2 text-sm text-slate-600">{t('rules')}</p>
      </Card>
      <Card title={t('setupCard')}>
        <ClientMessages namespaces={['excelImport']}>
          <SetupImport periodId={period.id} />
        </ClientMessages>
      </Card>
      <Card title={ta('statisticsTitle')}>
        <p className="mb-3 text-sm text-slate-600">{ta('statisticsIntro')}</p>
        <ClientMessages namespaces={['excelImport', 'actualsImport']}>
          <ActualsImport base={`/api/import/periods/${period.id}/statistics`} kind="statistics" />
        </ClientMessages>
      </Card>
    </div>
  );
}
