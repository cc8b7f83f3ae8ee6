// 大屏: the arena on the hall's screen. Anyone who may read arenas can open it; it follows the host by itself.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BigScreen } from '@/components/arena/live/big-screen';
import { getArenaLive } from '@/lib/arena/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { arenaNameForTitle } from '@/lib/shell/titles.server';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ arenaId: string }> }): Promise<Metadata> {
  const [t, arena] = await Promise.all([getTranslations(), arenaNameForTitle((await params).arenaId)]);
  return { title: arena ? t('titles.arenaScreen', { arena }) : t('arena.page.screenTitle') };
}

export default async function ScreenPage({ params }: { params: Promise<{ arenaId: string }> }) {
  const user = await requirePermission('arena:read');
  const { arenaId } = await params;
  const view = await getArenaLive(await getDb(), user, arenaId);
  if (!view) notFound();
  return <BigScreen initial={view} />;
}
