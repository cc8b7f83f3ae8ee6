// Ledger problems from Excel (考核办): our template or a 12345 hotline export, column mapping, preview, commit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ProblemsImport, type FieldOption } from '@/components/import/problems-import';
import { Card, PageTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guard.server';
import { can } from '@/lib/auth/permissions';
import { CATEGORY_LABELS, PROBLEM_COLUMNS, SOURCE_LABELS } from '@/lib/import/problems-template';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ledgerImport'))('title') };
}

export default async function ProblemsImportPage() {
  const user = await requireUser();
  // like the route: a page this user may not use does not exist for them
  if (!can(user, 'problem:manage')) notFound();
  const t = await getTranslations('ledgerImport');
  const choices: Partial<Record<FieldOption['field'], string[]>> = { category: Object.values(CATEGORY_LABELS), source: Object.values(SOURCE_LABELS) };
  const fields: FieldOption[] = PROBLEM_COLUMNS.map((c) => ({
    field: c.field,
    required: !!c.required,
    ...(choices[c.field] ? { choices: choices[c.field] } : {}),
  }));
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/problems" className="text-brand-700 hover:underline">
          ← {t('backToBoard')}
        </Link>
      </p>
      <PageTitle>{t('title')}</PageTitle>
      <Card>
        <p className="text-sm text-slate-600">{t('intro')}</p>
        <p className="mt-2 text-sm text-slate-600">{t('rules')}</p>
      </Card>
      <Card title={t('link')}>
        <ClientMessages namespaces={['excelImport', 'ledgerImport']}>
          <ProblemsImport fields={fields} />
        </ClientMessages>
      </Card>
    </div>
  );
}
