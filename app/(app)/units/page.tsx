// All units by contest group with this half's submission state (admin, leaders, auditor).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgressTable } from '@/components/home/progress-table';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { getCurrentPeriod } from '@/lib/periods.server';
import { submissionProgress } from '@/lib/submissions/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('units') };
}

export default async function UnitsPage() {
  await requirePermission('unit:read:any');
  const t = await getTranslations('units');
  const db = await getDb();
  const period = await getCurrentPeriod(db);
  if (!period) return <Notice>{t('noPeriod')}</Notice>;
  const { rows } = await submissionProgress(db, period.id, period.deadline, new Date());
  return (
    <div>
      <PageTitle sub={t('sub', { period: period.name, count: rows.length })}>{t('title')}</PageTitle>
      <Card>
        <ProgressTable rows={rows} linkUnits />
      </Card>
    </div>
  );
}
