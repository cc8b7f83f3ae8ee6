// Who may read a period's results: leaders, admin and auditor always; units and others once published.
import 'server-only';
import { notFound } from 'next/navigation';
import { requireUser, authorize, HttpError, type CurrentUser } from '../auth/guard.server';
import { canReadLeaderboard } from '../auth/permissions';
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

/** For route handlers: 401 without a session, 404 for a period the user may not see (as if it did not exist). */
export async function authorizeResults(periodId: string) {
  const user = await authorize();
  const db = await getDb();
  const period = await db.period.findUnique({ where: { id: periodId } });
  if (!period || !canReadLeaderboard(user, period.state)) throw new HttpError(404, 'not_found');
  return { user, period, db };
}

/** Periods whose results the user may open, newest first (for the period switcher). */
export async function readablePeriods(user: CurrentUser) {
  const db = await getDb();
  const all = await db.period.findMany({ where: { state: { not: 'draft' } }, orderBy: [{ year: 'desc' }, { half: 'desc' }] });
  return all.filter((p) => canReadLeaderboard(user, p.state));
}
