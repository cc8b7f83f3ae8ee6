// 评委打分: a judge's phone view of a live arena (members of its panel only; anyone else gets 404).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { JudgePanel } from '@/components/arena/live/judge-panel';
import { getJudgeView } from '@/lib/arena/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { arenaNameForTitle } from '@/lib/shell/titles.server';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ arenaId: string }> }): Promise<Metadata> {
  const [t, arena] = await Promise.all([getTranslations(), arenaNameForTitle((await params).arenaId)]);
  return { title: arena ? t('titles.arenaJudge', { arena }) : t('arena.page.judgeTitle') };
}

export default async function JudgePage({ params }: { params: Promise<{ arenaId: string }> }) {
  const user = await requirePermission('arena:score');
  const { arenaId } = await params;
  const view = await getJudgeView(await getDb(), user, arenaId);
  if (!view) notFound();
  return <JudgePanel initial={view} />;
}
