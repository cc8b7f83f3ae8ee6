// Reads for the admin setup pages (callers have passed requirePermission('setup:manage')).
import 'server-only';
import type { Db } from '../db/client';
import { weightsSumTo100 } from '../domain/schemas';

const periodOrder = [{ year: 'desc' as const }, { half: 'desc' as const }];

export async function setupCounts(db: Db) {
  const [periods, groups, units, activeUnits, users, disabledUsers, pillars] = await Promise.all([
    db.period.count(),
    db.contestGroup.count(),
    db.unit.count(),
    db.unit.count({ where: { active: true } }),
    db.user.count(),
    db.user.count({ where: { disabled: true } }),
    db.strategyPillar.count(),
  ]);
  return { periods, groups, units, activeUnits, users, disabledUsers, pillars };
}

export function listGroups(db: Db) {
  return db.contestGroup.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], include: { _count: { select: { units: true } } } });
}

export function listUnits(db: Db) {
  return db.unit.findMany({
    orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { name: 'asc' }],
    include: { group: { select: { id: true, name: true } }, _count: { select: { users: true } } },
  });
}

export function getUnit(db: Db, id: string) {
  return db.unit.findUnique({
    where: { id },
    include: { group: true, users: { orderBy: { username: 'asc' }, select: { id: true, username: true, name: true, role: true, disabled: true } } },
  });
}

export interface UserFilter {
  q?: string;
  role?: string;
  unitId?: string;
}

export function listUsers(db: Db, f: UserFilter) {
  return db.user.findMany({
    where: {
      ...(f.role ? { role: f.role } : {}),
      ...(f.unitId ? { unitId: f.unitId } : {}),
      ...(f.q ? { OR: [{ username: { contains: f.q.toLowerCase() } }, { name: { contains: f.q } }] } : {}),
    },
    orderBy: [{ role: 'asc' }, { username: 'asc' }],
    select: { id: true, username: true, name: true, title: true, role: true, disabled: true, unit: { select: { id: true, name: true, shortName: true } } },
  });
}

export function getUser(db: Db, id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      name: true,
      title: true,
      role: true,
      unitId: true,
      disabled: true,
      createdAt: true,
      _count: { select: { sessions: true } },
    },
  });
}

export function listPillars(db: Db) {
  return db.strategyPillar.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], include: { _count: { select: { indicators: true } } } });
}

export async function listPeriodsWithCounts(db: Db) {
  const periods = await db.period.findMany({ orderBy: periodOrder, include: { _count: { select: { indicators: true, rubric: true } } } });
  return periods;
}

export function unitOptions(db: Db) {
  return db.unit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true, shortName: true, active: true } });
}

/** A period with its rubric and, per unit, its indicator count, weight sum and whether it is complete. */
export async function getPeriodSetup(db: Db, periodId: string) {
  const period = await db.period.findUnique({
    where: { id: periodId },
    include: { rubric: { orderBy: { sortOrder: 'asc' }, include: { _count: { select: { scores: true } } } } },
  });
  if (!period) return null;
  const units = await db.unit.findMany({
    orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      shortName: true,
      active: true,
      group: { select: { name: true } },
      indicators: { where: { periodId }, select: { weight: true } },
    },
  });
  return {
    period,
    units: units.map((u) => {
      const sum = u.indicators.reduce((a, i) => a + i.weight, 0);
      return {
        id: u.id,
        name: u.name,
        shortName: u.shortName,
        active: u.active,
        group: u.group.name,
        count: u.indicators.length,
        weightSum: sum,
        weightsOk: u.indicators.length > 0 && weightsSumTo100([sum]),
      };
    }),
  };
}

/** One unit's indicator set in a period, the pillars to tag with, keys used elsewhere and units to copy from. */
export async function getUnitIndicatorSet(db: Db, periodId: string, unitId: string) {
  const [period, unit] = await Promise.all([
    db.period.findUnique({ where: { id: periodId }, select: { id: true, name: true, state: true, defaultCap: true } }),
    db.unit.findUnique({ where: { id: unitId }, select: { id: true, code: true, name: true, shortName: true, active: true } }),
  ]);
  if (!period || !unit) return null;
  const [indicators, pillars, keys, sources, siblings] = await Promise.all([
    db.indicator.findMany({
      where: { periodId, unitId },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      include: { pillars: { select: { pillarId: true } } },
    }),
    db.strategyPillar.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true, code: true, name: true, active: true } }),
    db.indicator.findMany({ where: { periodId, NOT: { unitId } }, distinct: ['key'], select: { key: true, name: true }, orderBy: { key: 'asc' } }),
    db.unit.findMany({
      where: { NOT: { id: unitId }, indicators: { some: { periodId } } },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, _count: { select: { indicators: { where: { periodId } } } } },
    }),
    db.unit.findMany({ where: { active: true }, orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { name: 'asc' }], select: { id: true } }),
  ]);
  const at = siblings.findIndex((s) => s.id === unitId);
  return {
    period,
    unit,
    indicators: indicators.map(({ pillars: ps, ...i }) => ({ ...i, pillarIds: ps.map((p) => p.pillarId) })),
    pillars,
    keys,
    sources: sources.map((s) => ({ id: s.id, name: s.name, count: s._count.indicators })),
    prevUnitId: at > 0 ? siblings[at - 1]!.id : null,
    nextUnitId: at >= 0 && at < siblings.length - 1 ? siblings[at + 1]!.id : null,
  };
}

/** How many user accounts exist (the users page's subtitle). */
export function countUsers(db: Db) {
  return db.user.count();
}
