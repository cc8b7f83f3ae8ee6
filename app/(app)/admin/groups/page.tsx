// Contest groups (考核分组): list with unit counts, add, edit in place, delete an empty group.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GroupForm, GroupItem } from '@/components/setup/group-forms';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listGroups } from '@/lib/setup/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('groups.title') };
}

export default async function GroupsPage() {
  await requirePermission('setup:manage');
  const t = await getTranslations('setup');
  const groups = await listGroups(await getDb());
  return (
    <div className="space-y-5">
      <PageTitle sub={t('groups.sub')}>{t('groups.title')}</PageTitle>
      <Card title={t('groups.create')}>
        <GroupForm />
      </Card>
      <Card title={t('sections.groups')}>
        {groups.length === 0 ? (
          <Notice>{t('groups.empty')}</Notice>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {groups.map((g) => (
              <GroupItem
                key={g.id}
                group={{ id: g.id, name: g.name, description: g.description ?? '', sortOrder: String(g.sortOrder) }}
                unitCount={g._count.units}
              />
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-slate-500">{t('groups.deleteHint')}</p>
      </Card>
    </div>
  );
}
