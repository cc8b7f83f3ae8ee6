// Submission reads. Authorisation is part of every `where`: another unit's ids simply match nothing.
import 'server-only';
import type { Actor } from '../auth/permissions';
import { unitScope } from '../auth/scope';
import type { Db, Tx } from '../db/client';
import { countByDisplayState, displayState, type DisplayState } from '../domain/deadline';
import { previousPeriod } from '../leaderboard/load.server';
import { resolveSettings } from '../scoring';
import { entryUnit, flagOf, indicatorInputOf, type PlausibilityFlag } from './rules';

/** One unit's submission for a period, with everything it holds — or null if absent or not readable by `actor`. */
export async function getSubmission(db: Db, actor: Actor, periodId: string, unitId: string) {
  return db.submission.findFirst({
    where: { AND: [{ periodId, unitId }, unitScope(actor)] },
    include: {
      values: true,
      gaps: { orderBy: { sortOrder: 'asc' }, include: { measures: { orderBy: { sortOrder: 'asc' } } } },
      pillarMeasures: { include: { pillar: true } },
    },
  });
}

/** A submission by id, or null if absent or not readable by `actor`. */
export async function getSubmissionById(db: Db, actor: Actor, submissionId: string) {
  return db.submission.findFirst({ where: { AND: [{ id: submissionId }, unitScope(actor)] } });
}

/** The unit's actuals in the period before `periodId`, by indicator key — what plausibility compares with. */
export async function previousActuals(db: Tx, periodId: string, unitId: string): Promise<Map<string, number>> {
  const prev = await previousPeriod(db, periodId);
  if (!prev) return new Map();
  const rows = await db.indicator.findMany({ where: { periodId: prev.id, unitId }, select: { key: true, value: { select: { actual: true } } } });
  return new Map(rows.flatMap((r) => (r.value?.actual === null || r.value?.actual === undefined ? [] : [[r.key, r.value.actual] as const])));
}

/** A unit with its indicators for a period, or null if absent or not readable by `actor`. */
export async function getUnitWithIndicators(db: Db, actor: Actor, unitId: string, periodId: string) {
  const scope = unitScope(actor);
  return db.unit.findFirst({
    // both conditions must hold: the requested unit, and (for unit users) their own unit
    where: { AND: [{ id: unitId }, scope.unitId ? { id: scope.unitId } : {}] },
    include: {
      group: true,
      indicators: { where: { periodId }, orderBy: { sortOrder: 'asc' }, include: { value: true } },
    },
  });
}

export interface UnitProgressRow {
  unitId: string;
  unitName: string;
  groupName: string;
  kind: string;
  state: DisplayState;
  late: boolean;
  submittedAt: Date | null;
}

/** Every active unit's displayed submission state for a period (admin/leader view). */
export async function submissionProgress(db: Db, periodId: string, deadline: Date | null, now: Date) {
  const units = await db.unit.findMany({
    where: { active: true },
    orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
    include: { group: true, submissions: { where: { periodId }, select: { state: true, late: true, submittedAt: true } } },
  });
  const rows: UnitProgressRow[] = units.map((u) => {
    const sub = u.submissions[0] ?? null;
    return {
      unitId: u.id,
      unitName: u.name,
      groupName: u.group.name,
      kind: u.kind,
      state: displayState(sub, deadline, now),
      late: sub?.late ?? false,
      submittedAt: sub?.submittedAt ?? null,
    };
  });
  return { rows, counts: countByDisplayState(rows.map((r) => r.state)) };
}

export interface FlaggedValue {
  unitId: string;
  unitName: string;
  indicatorName: string;
  actual: number;
  measureUnit: string;
  flag: PlausibilityFlag;
  note: string | null;
  submissionState: string;
}

/** Every implausible actual of a period's submissions, with the unit's reason (or none yet) — what reviewers check first. */
export async function flaggedValues(db: Db, period: { id: string } & Parameters<typeof resolveSettings>[0]): Promise<FlaggedValue[]> {
  const { settings } = resolveSettings(period);
  const prev = await previousPeriod(db, period.id);
  const [rows, before] = await Promise.all([
    db.indicator.findMany({
      where: { periodId: period.id, value: { actual: { not: null } }, unit: { active: true } },
      orderBy: [{ unit: { group: { sortOrder: 'asc' } } }, { unit: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
      include: { unit: { select: { name: true } }, value: { include: { submission: { select: { state: true } } } } },
    }),
    prev
      ? db.indicator.findMany({
          where: { periodId: prev.id, value: { actual: { not: null } } },
          select: { unitId: true, key: true, value: { select: { actual: true } } },
        })
      : Promise.resolve([]),
  ]);
  const previous = new Map(before.map((r) => [`${r.unitId}|${r.key}`, r.value?.actual ?? null]));
  const out: FlaggedValue[] = [];
  for (const r of rows) {
    const actual = r.value?.actual ?? null;
    if (actual === null || !r.value) continue;
    const flag = flagOf(indicatorInputOf(r), actual, previous.get(`${r.unitId}|${r.key}`) ?? null, settings);
    if (!flag) continue;
    out.push({
      unitId: r.unitId,
      unitName: r.unit.name,
      indicatorName: r.name,
      actual,
      measureUnit: entryUnit(r),
      flag,
      note: r.value.plausibilityNote,
      submissionState: r.value.submission.state,
    });
  }
  return out;
}

/** What a submission form offers to pick from: the active strategy pillars and the active units (responsible units of measures). */
export async function submissionChoices(db: Db) {
  const [pillars, units] = await Promise.all([
    db.strategyPillar.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { id: true, name: true, description: true } }),
    db.unit.findMany({ where: { active: true }, orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }], select: { id: true, name: true } }),
  ]);
  return { pillars, units };
}
