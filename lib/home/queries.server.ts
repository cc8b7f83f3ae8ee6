// Reads behind the role homes (components/home/*): each home asks one function here for its numbers.
import 'server-only';
import type { CurrentUser } from '../auth/guard.server';
import type { Db } from '../db/client';
import { boardCounts } from '../measures/queries.server';
import { OPEN_PROBLEM_STATUSES } from '../problems/rules';

/** The leader's follow-up tiles: open and overdue measures as the 整改清单 counts them, open enterprise problems. */
export async function leaderFollowUp(db: Db, user: CurrentUser, now: Date) {
  const [measures, openProblems] = await Promise.all([
    boardCounts(db, user, now),
    db.enterpriseProblem.count({ where: { status: { in: [...OPEN_PROBLEM_STATUSES] } } }),
  ]);
  return { openMeasures: measures.open, overdueMeasures: measures.overdue, openProblems };
}

/** A unit's measure tiles: open and overdue measures of the board the unit sees (raised by it or assigned to it). */
export async function unitMeasureTiles(db: Db, user: CurrentUser, now: Date) {
  const measures = await boardCounts(db, user, now);
  return { openMeasures: measures.open, overdueMeasures: measures.overdue };
}

/** The judge's seats: the arenas they sit on, newest first. */
export function judgeSeats(db: Db, user: CurrentUser) {
  return db.arenaJudge.findMany({
    where: { userId: user.id },
    include: { arena: { include: { period: true, _count: { select: { participants: true } } } } },
    orderBy: { arena: { createdAt: 'desc' } },
  });
}

/** The auditor's first screen: the latest audit entries and how many there are. */
export async function latestAudit(db: Db, take = 10) {
  const [rows, total] = await Promise.all([db.auditLog.findMany({ orderBy: { at: 'desc' }, take }), db.auditLog.count()]);
  return { rows, total };
}

/** How many indicators the unit reports in the period. */
export function unitIndicatorCount(db: Db, periodId: string, unitId: string) {
  return db.indicator.count({ where: { periodId, unitId } });
}
