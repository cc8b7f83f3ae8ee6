// Indicator sets on a scratch database: add/edit/delete, validation, reorder, copy between units, what each period state allows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { createClient, type Db } from '@/lib/db/client';
import { copyIndicators, createIndicator, deleteIndicator, moveIndicator, updateIndicator } from '@/lib/setup/indicators.server';
import { createPeriod } from '@/lib/setup/periods.server';
import { ctxOf as ctxOfDb } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusal } from '../support/refusal';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
let draftId: string;
let openId: string;
let jsj: string;
let spj: string;
let pillarIds: string[];
const NOW = new Date();

const ctxOf = (username: string) => ctxOfDb(db, username, NOW);

async function audited(fn: () => Promise<unknown>) {
  const seen = new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => r.id));
  await fn();
  return (await db.auditLog.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] })).filter((r) => !seen.has(r.id));
}

const fields = (over: Record<string, unknown> = {}) => ({
  key: 'jsj_bridges',
  name: '新建桥梁',
  category: 'main' as const,
  measureUnit: '座',
  direction: 'higher' as const,
  annualTarget: 12,
  halfTarget: null,
  plannedPercent: null,
  weight: 10,
  method: 'ratio' as const,
  cap: null,
  dataSource: '区建设局台账',
  ...over,
});

const keysOf = async (periodId: string, unitId: string) =>
  (await db.indicator.findMany({ where: { periodId, unitId }, orderBy: { sortOrder: 'asc' } })).map((i) => i.key);

beforeAll(async () => {
  tdb = await createSeededDatabase('setup_indicators');
  db = await createClient(tdb.url);
  admin = await ctxOf('admin');
  openId = (await db.period.findUniqueOrThrow({ where: { year_half: { year: 2026, half: 1 } } })).id;
  draftId = (await createPeriod(admin, { year: 2026, half: 2, name: '2026年下半年', sourcePeriodId: openId })).id;
  jsj = (await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } })).id;
  spj = (await db.unit.findUniqueOrThrow({ where: { code: 'spj' } })).id;
  pillarIds = (await db.strategyPillar.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 })).map((p) => p.id);
});
afterAll(async () => {
  await db?.$disconnect();
  await tdb?.drop();
});

describe('in a draft period', () => {
  let id: string;

  it('adds an indicator at the end of the unit’s list, with pillars; audited', async () => {
    const before = await keysOf(draftId, jsj);
    const rows = await audited(async () => {
      id = (await createIndicator(admin, { ...fields(), periodId: draftId, unitId: jsj, pillarIds })).id;
    });
    expect(await keysOf(draftId, jsj)).toEqual([...before, 'jsj_bridges']);
    const row = await db.indicator.findUniqueOrThrow({ where: { id }, include: { pillars: true } });
    expect(row).toMatchObject({ name: '新建桥梁', annualTarget: 12, weight: 10, measureUnit: '座', dataSource: '区建设局台账' });
    expect(row.pillars.map((p) => p.pillarId).sort()).toEqual([...pillarIds].sort());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'setup.create_indicator',
      entityType: 'indicator',
      entityId: id,
      after: { key: 'jsj_bridges', weight: 10, pillarIds: [...pillarIds].sort() },
    });
  });

  it('validates with indicatorSchema: targets ≤ 0, weight ≤ 0, milestone without plan, bad key; nothing written', async () => {
    const before = await db.auditLog.count();
    const place = { periodId: draftId, unitId: jsj };
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'a1', annualTarget: 0 }), ...place }))).fieldErrors).toEqual({
      annualTarget: ['targetPositive'],
    });
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'a2', annualTarget: null, halfTarget: -3 }), ...place }))).fieldErrors).toEqual({
      halfTarget: ['targetPositive'],
    });
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'a3', annualTarget: null }), ...place }))).fieldErrors).toEqual({
      annualTarget: ['targetRequired'],
    });
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'a4', weight: 0 }), ...place }))).fieldErrors).toEqual({ weight: ['weightPositive'] });
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'a5', direction: 'milestone', plannedPercent: null }), ...place }))).fieldErrors).toEqual({
      plannedPercent: ['plannedPercent'],
    });
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'Bad Key' }), ...place }))).fieldErrors).toEqual({ key: ['indicatorKey'] });
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'a6', name: '' }), ...place }))).fieldErrors).toEqual({ name: ['required'] });
    expect((await refusal(createIndicator(admin, { ...fields(), ...place }))).fieldErrors).toEqual({ key: ['indicatorKeyTaken'] });
    expect(await db.auditLog.count()).toBe(before);
  });

  it('a milestone keeps only its planned percent', async () => {
    const r = await createIndicator(admin, {
      ...fields({ key: 'jsj_ms', direction: 'milestone', category: 'task', annualTarget: 5, plannedPercent: 60 }),
      periodId: draftId,
      unitId: jsj,
    });
    expect(await db.indicator.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ annualTarget: null, halfTarget: null, plannedPercent: 60 });
    await deleteIndicator(admin, { id: r.id });
  });

  it('edits every field, audited before → after', async () => {
    const rows = await audited(() =>
      updateIndicator(admin, {
        ...fields({ key: 'jsj_bridges2', name: '新建改建桥梁', weight: 8, method: 'rank', cap: 1.5, halfTarget: 5 }),
        id,
        pillarIds: [pillarIds[0]!],
      }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'setup.update_indicator',
      before: { key: 'jsj_bridges', name: '新建桥梁', weight: 10, method: 'ratio', cap: null, halfTarget: null, pillarIds: [...pillarIds].sort() },
      after: { key: 'jsj_bridges2', name: '新建改建桥梁', weight: 8, method: 'rank', cap: 1.5, halfTarget: 5, pillarIds: [pillarIds[0]] },
    });
  });

  it('moves up and down (renumbering the list), audited; the ends do not move', async () => {
    const start = await keysOf(draftId, jsj);
    const last = start.length - 1;
    const rows = await audited(() => moveIndicator(admin, { id, direction: 'up' }));
    const moved = await keysOf(draftId, jsj);
    expect(moved[last - 1]).toBe('jsj_bridges2');
    expect(moved[last]).toBe(start[last - 1]);
    expect(rows).toMatchObject([{ action: 'setup.move_indicator', entityId: id, before: { order: start }, after: { order: moved } }]);
    await moveIndicator(admin, { id, direction: 'down' });
    expect(await keysOf(draftId, jsj)).toEqual(start);
    const none = await audited(() => moveIndicator(admin, { id, direction: 'down' }));
    expect(none).toEqual([]);
    expect(await keysOf(draftId, jsj)).toEqual(start);
  });

  it('deletes, audited with the indicator as it was', async () => {
    const rows = await audited(() => deleteIndicator(admin, { id }));
    expect(rows).toMatchObject([{ action: 'setup.delete_indicator', entityId: id, before: { key: 'jsj_bridges2', name: '新建改建桥梁' } }]);
    expect(await db.indicator.findUnique({ where: { id } })).toBeNull();
  });

  it('copies another unit’s set: appending skips keys already held; replacing swaps the whole set; one audit row each', async () => {
    const fromKeys = await keysOf(draftId, jsj);
    const spjKeys = await keysOf(draftId, spj);
    const rows = await audited(async () => {
      const r = await copyIndicators(admin, { periodId: draftId, fromUnitId: jsj, toUnitId: spj, replace: false });
      expect(r).toEqual({ copied: fromKeys.filter((k) => !spjKeys.includes(k)).length, skipped: fromKeys.filter((k) => spjKeys.includes(k)).length });
    });
    expect(await keysOf(draftId, spj)).toEqual([...spjKeys, ...fromKeys.filter((k) => !spjKeys.includes(k))]);
    expect(rows).toMatchObject([
      { action: 'setup.copy_indicators', entityType: 'unit', entityId: spj, before: { keys: spjKeys }, after: { replace: false, from: { id: jsj } } },
    ]);

    await copyIndicators(admin, { periodId: draftId, fromUnitId: jsj, toUnitId: spj, replace: true });
    expect(await keysOf(draftId, spj)).toEqual(fromKeys);
    const src = await db.indicator.findMany({ where: { periodId: draftId, unitId: jsj }, include: { pillars: true }, orderBy: { sortOrder: 'asc' } });
    const dst = await db.indicator.findMany({ where: { periodId: draftId, unitId: spj }, include: { pillars: true }, orderBy: { sortOrder: 'asc' } });
    expect(dst.map((d) => [d.key, d.weight, d.annualTarget, d.pillars.map((p) => p.pillarId).sort()])).toEqual(
      src.map((s) => [s.key, s.weight, s.annualTarget, s.pillars.map((p) => p.pillarId).sort()]),
    );
  });

  it('refuses copying a unit onto itself', async () => {
    expect((await refusal(copyIndicators(admin, { periodId: draftId, fromUnitId: jsj, toUnitId: jsj }))).code).toBe('copySameUnit');
  });
});

describe('in an open period (units are reporting)', () => {
  it('allows fixes: weight, target, name, pillars', async () => {
    const ind = await db.indicator.findFirstOrThrow({ where: { periodId: openId, unitId: jsj, direction: 'higher' }, include: { pillars: true } });
    const rows = await audited(() =>
      updateIndicator(admin, {
        id: ind.id,
        key: ind.key,
        name: ind.name + '（修正）',
        category: ind.category as 'main',
        measureUnit: ind.measureUnit,
        direction: 'higher',
        annualTarget: (ind.annualTarget ?? 10) + 1,
        halfTarget: ind.halfTarget,
        plannedPercent: null,
        weight: ind.weight + 1,
        method: ind.method as 'ratio',
        cap: ind.cap,
        dataSource: ind.dataSource,
        pillarIds: ind.pillars.map((p) => p.pillarId),
      }),
    );
    expect(rows).toMatchObject([{ action: 'setup.update_indicator', before: { weight: ind.weight }, after: { weight: ind.weight + 1 } }]);
    // its reported value is kept
    expect(await db.indicatorValue.count({ where: { indicatorId: ind.id } })).toBe(1);
  });

  it('refuses adding, deleting, copying and changing key or direction', async () => {
    const ind = await db.indicator.findFirstOrThrow({ where: { periodId: openId, unitId: jsj, direction: 'higher' } });
    const before = { audit: await db.auditLog.count(), n: await db.indicator.count({ where: { periodId: openId } }) };
    expect((await refusal(createIndicator(admin, { ...fields({ key: 'newone' }), periodId: openId, unitId: jsj }))).code).toBe('indicatorStructureLocked');
    expect((await refusal(deleteIndicator(admin, { id: ind.id }))).code).toBe('indicatorStructureLocked');
    expect((await refusal(copyIndicators(admin, { periodId: openId, fromUnitId: jsj, toUnitId: spj, replace: true }))).code).toBe('indicatorStructureLocked');
    const base = { id: ind.id, ...fields({ key: ind.key, annualTarget: 10, weight: ind.weight }) };
    expect((await refusal(updateIndicator(admin, { ...base, key: 'other_key' }))).fieldErrors).toEqual({ key: ['indicatorStructureLocked'] });
    expect((await refusal(updateIndicator(admin, { ...base, direction: 'lower' }))).fieldErrors).toEqual({ direction: ['indicatorStructureLocked'] });
    expect({ audit: await db.auditLog.count(), n: await db.indicator.count({ where: { periodId: openId } }) }).toEqual(before);
  });

  it('still allows reordering', async () => {
    const [, second] = await db.indicator.findMany({ where: { periodId: openId, unitId: jsj }, orderBy: { sortOrder: 'asc' } });
    expect(await moveIndicator(admin, { id: second!.id, direction: 'up' })).toEqual({ id: second!.id, moved: true });
  });
});

describe('after collection', () => {
  it('refuses every change once the period is in review or later', async () => {
    const prev = await db.period.findUniqueOrThrow({ where: { year_half: { year: 2025, half: 2 } } });
    const ind = await db.indicator.findFirstOrThrow({ where: { periodId: prev.id, unitId: jsj } });
    expect((await refusal(updateIndicator(admin, { id: ind.id, ...fields({ key: ind.key }) }))).code).toBe('indicatorsLocked');
    expect((await refusal(moveIndicator(admin, { id: ind.id, direction: 'down' }))).code).toBe('indicatorsLocked');
    expect((await refusal(deleteIndicator(admin, { id: ind.id }))).code).toBe('indicatorsLocked');
  });
});

describe('only the admin may', () => {
  it.each(['jsj_head', 'jsj_staff', 'leader1', 'auditor'])('%s is refused by every indicator service and nothing changes', async (username) => {
    const ctx = await ctxOf(username);
    const ind = await db.indicator.findFirstOrThrow({ where: { periodId: draftId, unitId: jsj } });
    const snapshot = async () => ({ audit: await db.auditLog.count(), indicators: await db.indicator.findMany({ orderBy: { id: 'asc' } }) });
    const before = await snapshot();
    const calls: Promise<unknown>[] = [
      createIndicator(ctx, { ...fields({ key: 'sneaky' }), periodId: draftId, unitId: jsj }),
      updateIndicator(ctx, { ...fields({ key: ind.key, weight: 99 }), id: ind.id }),
      deleteIndicator(ctx, { id: ind.id }),
      moveIndicator(ctx, { id: ind.id, direction: 'down' }),
      copyIndicators(ctx, { periodId: draftId, fromUnitId: spj, toUnitId: jsj, replace: true }),
    ];
    for (const call of calls) expect((await refusal(call)).code).toBe('forbidden');
    expect(await snapshot()).toEqual(before);
  });
});
