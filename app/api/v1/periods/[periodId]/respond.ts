// Shared by this period's route handlers: the period, if the signed-in user may read its results.
import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/lib/actions/result';
import type { SessionUser } from '@/lib/auth/guard.server';
import { canReadLeaderboard } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';

export const periodIdInput = z.object({ periodId: z.string().min(1).max(64) });

/**
 * A missing period and one the user may not read answer the same 404, so the API reveals nothing about
 * unpublished periods.
 */
export async function readablePeriod(db: Db, user: SessionUser, periodId: string) {
  const period = await db.period.findUnique({ where: { id: periodId } });
  if (!period || !canReadLeaderboard(user, period.state)) throw new DomainError('notFound');
  return period;
}
