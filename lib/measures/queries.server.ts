// Reads of the rectification board (整改清单): the measures a user may see, filtered, and their counts.
import 'server-only';
import type { CurrentUser } from '../auth/guard.server';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import type { MeasureStatus } from '../domain/enums';
import { BOARD_SUBMISSION_STATES, countMeasures, type MeasureCounts, type MeasureScope } from './rules';

export interface BoardFilters {
  unit?: string;
  pillar?: string;
  status: MeasureStatus | 'open' | 'all';
  overdue?: '1';
}

/** Most measures listed at once. */
export const BOARD_LIMIT = 300;

export function measureScopeOf(user: CurrentUser): MeasureScope {
  return can(user, 'measure:read:any') ? { kind: 'district' } : { kind: 'unit', unitId: user.unitId };
}

// The rules of ./rules.ts as Prisma filters (onBoardWhere also feeds the reminders, lib/notify/schedule.ts) (tests/integration/measure-counts.test.ts holds them to the rules)
function scopeWhere(scope: MeasureScope) {
  return scope.kind === 'district' ? {} : { OR: [{ unitId: scope.unitId ?? '-' }, { responsibleUnitId: scope.unitId ?? '-' }] };
}
export const onBoardWhere = { OR: [{ submission: { state: { in: [...BOARD_SUBMISSION_STATES] } } }, { submissionId: null }] };
const openWhere = { status: { not: 'done' } };
const overdueWhere = (now: Date) => ({ ...openWhere, deadline: { lt: now } });

/**
 * The board's tiles — total, open, overdue, done — over every measure on the board the user may see.
 * The home tiles that link to the board show these same numbers.
 */
export async function boardCounts(db: Db, user: CurrentUser, now: Date): Promise<MeasureCounts> {
  const all = await db.measure.findMany({ where: { AND: [scopeWhere(measureScopeOf(user)), onBoardWhere] }, select: { status: true, deadline: true } });
  return countMeasures(all, now);
}

/** The listed measures (at most BOARD_LIMIT), soonest deadline first, with what the board shows of each. */
export function boardMeasures(db: Db, user: CurrentUser, f: BoardFilters, now: Date) {
  const filters = [
    f.unit ? { OR: [{ unitId: f.unit }, { responsibleUnitId: f.unit }] } : {},
    f.pillar ? { pillarId: f.pillar } : {},
    f.status === 'open' ? openWhere : f.status === 'all' ? {} : { status: f.status },
    f.overdue ? overdueWhere(now) : {},
  ];
  return db.measure.findMany({
    where: { AND: [scopeWhere(measureScopeOf(user)), onBoardWhere, ...filters] },
    include: {
      unit: { select: { name: true } },
      responsibleUnit: { select: { name: true } },
      period: { select: { name: true } },
      gap: { select: { description: true } },
      pillar: { select: { name: true } },
      progress: { orderBy: { date: 'desc' }, include: { author: { select: { name: true } } } },
    },
    orderBy: [{ deadline: 'asc' }, { createdAt: 'asc' }],
    take: BOARD_LIMIT,
  });
}

/** The board's filter choices: active units (whole-district readers only) and strategy pillars. */
export async function boardFilterOptions(db: Db, user: CurrentUser) {
  const [units, pillars] = await Promise.all([
    can(user, 'measure:read:any')
      ? db.unit.findMany({ where: { active: true }, orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }], select: { id: true, name: true } })
      : [],
    db.strategyPillar.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { units, pillars };
}
