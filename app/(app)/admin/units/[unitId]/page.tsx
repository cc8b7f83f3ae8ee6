// Edit one unit (参评单位) and see its accounts.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { UnitForm } from '@/components/setup/unit-form';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { UNIT_KINDS, type UnitKind } from '@/lib/domain/enums';
import { getUnit, listGroups } from '@/lib/setup/queries.server';
import { unitForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ unitId: string }> }): Promise<Metadata> {
  const [t, unit] = await Promise.all([getTranslations(), unitForTitle((await params).unitId)]);
  return { title: unit ? t('titles.unit', { unit: unit.name }) : t('setup.units.title') };
}

export default async function UnitAdminPage({ params }: { params: Promise<{ unitId: string }> }) {
  await requirePermission('setup:manage');
  const { unitId } = await params;
  const t = await getTranslations();
  const db = await getDb();
  const [unit, groups] = await Promise.all([getUnit(db, unitId), listGroups(db)]);
  if (!unit) notFound();
  const kind: UnitKind = (UNIT_KINDS as readonly string[]).includes(unit.kind) ? (unit.kind as UnitKind) : 'department';
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/admin/units" className="text-brand-700 hover:underline">
          ← {t('setup.units.title')}
        </Link>
      </p>
      <PageTitle>{t('setup.units.editTitle', { name: unit.name })}</PageTitle>
      <Card>
        <UnitForm
          id={unit.id}
          groups={groups.map((g) => ({ id: g.id, name: g.name }))}
          initial={{
            code: unit.code,
            name: unit.name,
            shortName: unit.shortName ?? '',
            kind,
            groupId: unit.groupId,
            headName: unit.headName,
            headTitle: unit.headTitle ?? '',
            active: unit.active,
          }}
        />
      </Card>
      <Card title={t('setup.units.accounts')}>
        {unit.users.length === 0 ? (
          <p className="text-sm text-slate-500">{t('setup.units.noAccounts')}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {unit.users.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{u.name}</span> <span className="font-mono text-xs text-slate-500">{u.username}</span>
                </span>
                <span className="flex items-center gap-3 text-slate-500">
                  {t(`roles.${u.role}`)}
                  {u.disabled && <span className="rounded bg-red-50 px-2 py-0.5 text-xs text-red-700">{t('setup.users.disabled')}</span>}
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
                    {t('setup.edit')}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
