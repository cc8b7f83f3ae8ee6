// Reads behind the role homes (components/home/*): each home asks one function here for its numbers.
import 'server-only';
import type { CurrentUser } from '../auth/guard.server';
import type { Db } from '../db/client';
import { boardCounts } from '../measures/queries.server';
import { boardHref, FOLLOW_UP_FILTERS, parseBoardQuery } from '../problems/board';
import { boardTotal } from '../problems/board.server';

/**
 * Open, overdue and open supervised enterprise problems, each counted as the board it links to counts them: the link
 * is written from the filters, and the number is that board's total for this user (one definition).
 */
async function problemFollowUp(db: Db, user: CurrentUser, now: Date) {
  const links = { open: boardHref(FOLLOW_UP_FILTERS.open), overdue: boardHref(FOLLOW_UP_FILTERS.overdue), supervised: boardHref(FOLLOW_UP_FILTERS.supervised) };
  const count = (href: string) => boardTotal(db, user, parseBoardQuery(new URLSearchParams(href.split('?')[1] ?? '')), now);
  const [open, overdue, supervised] = await Promise.all([count(links.open), count(links.overdue), count(links.supervised)]);
  return { open, overdue, supervised, links };
}

/** The leader's follow-up tiles: open and overdue measures as the 整改清单 counts them; open, overdue and supervised problems as the board does. */
export async function leaderFollowUp(db: Db, user: CurrentUser, now: Date) {
  const [measures, problems] = await Promise.all([boardCounts(db, user, now), problemFollowUp(db, user, now)]);
  return {
    openMeasures: measures.open,
    overdueMeasures: measures.overdue,
    openProblems: problems.open,
    overdueProblems: problems.overdue,
    supervisedProblems: problems.supervised,
    problemLinks: problems.links,
  };
}

/** A unit's problem tiles: open, overdue and supervised problems it leads or assists, as its board counts them. */
export function unitProblemTiles(db: Db, user: CurrentUser, now: Date) {
  return problemFollowUp(db, user, now);
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
