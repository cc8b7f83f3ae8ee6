// 登记企业诉求: unit users (for any lead unit) and 考核办 record a problem; it opens on its own page once saved.
import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { RecordForm } from '@/components/problems/record-form';
import { Card, PageTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { chinaDay } from '@/lib/domain/dates';
import { problemUnitOptions } from '@/lib/problems/queries.server';
import { canRecord } from '@/lib/problems/rules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problemFlow'))('newTitle') };
}

export default async function NewProblemPage() {
  const user = await requireUser();
  if (!canRecord(user)) forbidden();
  const t = await getTranslations('problemFlow');
  const units = await problemUnitOptions(await getDb());
  return (
    <ClientMessages namespaces={['problem', 'problemFlow']}>
      <div className="mx-auto max-w-3xl space-y-3">
        <Link href="/problems" className="text-sm text-brand-700 hover:underline">
          ← {t('backToBoard')}
        </Link>
        <PageTitle sub={t('newSub')}>{t('newTitle')}</PageTitle>
        <Card>
          <RecordForm units={units} today={chinaDay(new Date())} defaultLeadUnitId={user.unitId} />
        </Card>
      </div>
    </ClientMessages>
  );
}
