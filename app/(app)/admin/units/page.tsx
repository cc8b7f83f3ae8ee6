// Units (参评单位): every unit with kind, group, head and whether it is assessed; add a unit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { UnitForm } from '@/components/setup/unit-form';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listGroups, listUnits } from '@/lib/setup/queries.server';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('units.title') };
}

export default async function UnitsAdminPage() {
  await requirePermission('setup:manage');
  const t = await getTranslations();
  const db = await getDb();
  const [units, groups] = await Promise.all([listUnits(db), listGroups(db)]);
  return (
    <div className="space-y-5">
      <PageTitle sub={t('setup.units.sub', { count: units.length, active: units.filter((u) => u.active).length })}>{t('setup.units.title')}</PageTitle>
      <Card>
        <details>
          <summary className="cursor-pointer text-base font-semibold text-slate-800">{t('setup.units.create')}</summary>
          <div className="mt-3">
            <UnitForm groups={groups.map((g) => ({ id: g.id, name: g.name }))} />
          </div>
        </details>
      </Card>
      <Card title={t('setup.sections.units')}>
        <DataTable
          testId="units-table"
          minWidth="min-w-[720px]"
          columns={[
            { label: t('setup.units.code') },
            { label: t('setup.units.name') },
            { label: t('setup.units.kind') },
            { label: t('setup.units.group') },
            { label: t('setup.units.head') },
            { label: t('setup.units.users'), align: 'right' },
            { label: t('setup.status') },
            { label: t('setup.actions') },
          ]}
        >
          {units.map((u) => (
            <tr key={u.id} className={u.active ? '' : 'text-slate-400'}>
              <td className="py-2 pr-3 font-mono text-xs">{u.code}</td>
              <td className="py-2 pr-3">
                <div className="font-medium">{u.name}</div>
                {u.shortName && <div className="text-xs text-slate-500">{u.shortName}</div>}
              </td>
              <td className="whitespace-nowrap py-2 pr-3">{t(`unitKind.${u.kind}`)}</td>
              <td className="whitespace-nowrap py-2 pr-3">{u.group.name}</td>
              <td className="whitespace-nowrap py-2 pr-3">
                {u.headName}
                {u.headTitle && <span className="text-xs text-slate-500"> · {u.headTitle}</span>}
              </td>
              <td className="tabular py-2 pr-3 text-right">{u._count.users}</td>
              <td className="whitespace-nowrap py-2 pr-3">{u.active ? t('setup.active') : t('setup.inactive')}</td>
              <td className="py-2">
                <Link href={`/admin/units/${u.id}`} className="text-brand-700 hover:underline">
                  {t('setup.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
