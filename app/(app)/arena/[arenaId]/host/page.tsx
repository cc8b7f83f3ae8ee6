// 主持台: the host's console for a live arena (admin).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HostConsole } from '@/components/arena/live/host-console';
import { getArenaLive } from '@/lib/arena/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('arena.page'))('hostTitle') };
}

export default async function HostPage({ params }: { params: Promise<{ arenaId: string }> }) {
  const user = await requirePermission('arena:host');
  const { arenaId } = await params;
  const view = await getArenaLive(await getDb(), user, arenaId);
  if (!view) notFound();
  return <HostConsole initial={view} />;
}
