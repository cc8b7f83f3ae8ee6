// 擂台赛: every arena by period, newest first, with the links the user's role opens (筹备/主持台, 评分, 大屏);
// a host also creates the arena of a period here.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArenaCard } from '@/components/arena/prep/arena-card';
import { CreateArenaForm } from '@/components/arena/prep/create-arena-form';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { listArenas } from '@/lib/arena/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('arenaPrep.list'))('title') };
}

export default async function ArenaListPage() {
  const user = await requirePermission('arena:read');
  const t = await getTranslations('arenaPrep');
  const view = await listArenas(await getDb(), user);
  const canCreate = view.canHost && view.creatablePeriods.length > 0;
  const create = view.canHost && (
    <Card title={t('create.title')}>
      <CreateArenaForm periods={view.creatablePeriods} />
    </Card>
  );
  return (
    <div className="space-y-5">
      <PageTitle sub={t('list.sub')}>{t('list.title')}</PageTitle>
      {canCreate && create}
      {view.arenas.length === 0 ? (
        <Notice>{canCreate ? t('list.emptyHost') : t('list.empty')}</Notice>
      ) : (
        <ul className="space-y-3" data-testid="arena-list">
          {view.arenas.map((a) => (
            <ArenaCard key={a.id} arena={a} />
          ))}
        </ul>
      )}
      {/* with no period open for a new arena the form is only a note: keep it below the list */}
      {!canCreate && create}
    </div>
  );
}
