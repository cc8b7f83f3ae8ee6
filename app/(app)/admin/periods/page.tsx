// Periods (考核期): every period with state, deadline and size; create the next one from an earlier period.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreatePeriodForm } from '@/components/setup/period-forms';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listPeriodsWithCounts } from '@/lib/setup/queries.server';
import { DataTable } from '@/components/ui/data-table';
import { formatters } from '@/components/ui/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('periods.title') };
}

export default async function PeriodsPage() {
  await requirePermission('setup:manage');
  const t = await getTranslations();
  const format = await getFormatter();
  const periods = await listPeriodsWithCounts(await getDb());
  const latest = periods[0];
  const suggestion: { year: number; half: 1 | 2 } = latest
    ? latest.half === 1
      ? { year: latest.year, half: 2 }
      : { year: latest.year + 1, half: 1 }
    : { year: new Date().getFullYear(), half: 1 };
  return (
    <div className="space-y-5">
      <PageTitle sub={t('setup.periods.sub')}>{t('setup.periods.title')}</PageTitle>
      <Card title={t('setup.periods.create')}>
        <CreatePeriodForm sources={periods.map((p) => ({ id: p.id, name: p.name }))} suggestion={suggestion} />
      </Card>
      <Card title={t('setup.sections.periods')}>
        {periods.length === 0 ? (
          <Notice>{t('setup.periods.empty')}</Notice>
        ) : (
          <DataTable
            testId="periods-table"
            minWidth="min-w-[560px]"
            columns={[
              { label: t('setup.periods.name') },
              { label: t('setup.periods.state') },
              { label: t('setup.periods.deadline') },
              { label: t('setup.periods.indicators'), align: 'right' },
              { label: t('setup.actions') },
            ]}
          >
            {periods.map((p) => (
              <tr key={p.id}>
                <td className="py-2 pr-3 font-medium">
                  <Link href={`/admin/periods/${p.id}`} className="hover:text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                </td>
                <td className="py-2 pr-3">
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`periodState.${p.state}`)}</span>
                </td>
                <td className="tabular whitespace-nowrap py-2 pr-3">{p.deadline ? formatters(format).dateTime(p.deadline) : t('setup.periods.noDeadline')}</td>
                <td className="tabular py-2 pr-3 text-right">{p._count.indicators}</td>
                <td className="py-2">
                  <Link href={`/admin/periods/${p.id}`} className="text-brand-700 hover:underline">
                    {t('setup.landing.manage')}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}
