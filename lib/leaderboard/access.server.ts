// Who may read a period's results: leaders, admin and auditor always; units and others once published.
import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DomainError } from '../actions/result';
import { requireUser, type CurrentUser, type SessionUser } from '../auth/guard.server';
import { canReadLeaderboard } from '../auth/permissions';
import type { Db } from '../db/client';
import { getDb } from '../db.server';
import { getCurrentPeriod } from '../periods.server';

/** For pages: the user and the period (the current one when no id is given); 404 when the period is not theirs to see. */
export async function requireResultsPage(periodId?: string | null) {
  const user = await requireUser();
  const db = await getDb();
  const period = periodId ? await db.period.findUnique({ where: { id: periodId } }) : await defaultPeriod(user);
  if (!period || !canReadLeaderboard(user, period.state)) notFound();
  return { user, period, db };
}

/** The period a user lands on: the current one if they may see it, else the latest published. */
async function defaultPeriod(user: CurrentUser) {
  const db = await getDb();
  const current = await getCurrentPeriod(db);
  if (current && canReadLeaderboard(user, current.state)) return current;
  return db.period.findFirst({ where: { state: { in: ['published', 'archived'] } }, orderBy: [{ year: 'desc' }, { half: 'desc' }] });
}

export const periodIdInput = z.object({ periodId: z.string().min(1).max(64) });

/**
 * For route handlers (defineRoute): the period, if the user may read its results. A missing period and one the user
 * may not read answer the same 404, so the API reveals nothing about unpublished periods.
 */
export async function readablePeriod(db: Db, user: SessionUser, periodId: string) {
  const period = await db.period.findUnique({ where: { id: periodId } });
  if (!period || !canReadLeaderboard(user, period.state)) throw new DomainError('notFound');
  return period;
}

/** Periods whose results the user may open, newest first (for the period switcher). */
export async function readablePeriods(user: CurrentUser) {
  const db = await getDb();
  const all = await db.period.findMany({ where: { state: { not: 'draft' } }, orderBy: [{ year: 'desc' }, { half: 'desc' }] });
  return all.filter((p) => canReadLeaderboard(user, p.state));
}
