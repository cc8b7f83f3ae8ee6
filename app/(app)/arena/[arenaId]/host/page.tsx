// 主持台: the host's console for a live arena (admin).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HostConsole } from '@/components/arena/live/host-console';
import { getArenaLive } from '@/lib/arena/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { arenaNameForTitle } from '@/lib/shell/titles.server';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ arenaId: string }> }): Promise<Metadata> {
  const [t, arena] = await Promise.all([getTranslations(), arenaNameForTitle((await params).arenaId)]);
  return { title: arena ? t('titles.arenaHost', { arena }) : t('arena.page.hostTitle') };
}

export default async function HostPage({ params }: { params: Promise<{ arenaId: string }> }) {
  const user = await requirePermission('arena:host');
  const { arenaId } = await params;
  const view = await getArenaLive(await getDb(), user, arenaId);
  if (!view) notFound();
  return <HostConsole initial={view} />;
}
