// Strategy pillars (战略举措): list in order, add, edit in place, deactivate.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PillarForm, PillarItem } from '@/components/setup/pillar-forms';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listPillars } from '@/lib/setup/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('pillars.title') };
}

export default async function PillarsPage() {
  await requirePermission('setup:manage');
  const t = await getTranslations('setup');
  const pillars = await listPillars(await getDb());
  return (
    <div className="space-y-5">
      <PageTitle sub={t('pillars.sub')}>{t('pillars.title')}</PageTitle>
      <Card title={t('pillars.create')}>
        <PillarForm />
      </Card>
      <Card title={t('sections.pillars')}>
        {pillars.length === 0 ? (
          <Notice>{t('pillars.empty')}</Notice>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {pillars.map((p) => (
              <PillarItem
                key={p.id}
                pillar={{ id: p.id, code: p.code, name: p.name, description: p.description ?? '', sortOrder: String(p.sortOrder), active: p.active }}
                indicatorCount={p._count.indicators}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
