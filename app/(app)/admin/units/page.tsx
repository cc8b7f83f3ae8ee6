// Units (参评单位): every unit with kind, group, head and whether it is assessed; add a unit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { UnitForm } from '@/components/setup/unit-form';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listGroups, listUnits } from '@/lib/setup/queries.server';

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
        <div className="overflow-x-auto">
          <table className="w-full min-w-[720px] text-sm" data-testid="units-table">
            <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
              <tr>
                <th className="py-2 pr-3 font-medium">{t('setup.units.code')}</th>
                <th className="py-2 pr-3 font-medium">{t('setup.units.name')}</th>
                <th className="py-2 pr-3 font-medium">{t('setup.units.kind')}</th>
                <th className="py-2 pr-3 font-medium">{t('setup.units.group')}</th>
                <th className="py-2 pr-3 font-medium">{t('setup.units.head')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('setup.units.users')}</th>
                <th className="py-2 pr-3 font-medium">{t('setup.status')}</th>
                <th className="py-2 font-medium">{t('setup.actions')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
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
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
