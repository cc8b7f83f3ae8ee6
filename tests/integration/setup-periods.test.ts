// Period setup on a scratch database: create from the previous period, every state transition and its guard, settings, rubric, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceContext, type ActionContext } from '@/lib/actions/define-action.server';
import { createClient, type Db } from '@/lib/db/client';
import {
  addCriterion,
  createPeriod,
  removeCriterion,
  transitionOptions,
  transitionPeriod,
  TransitionBlockedError,
  updateCriterion,
  updatePeriodSettings,
} from '@/lib/setup/periods.server';
import { ctxOf as ctxOfDb } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusal } from '../support/refusal';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
let h1Id: string;
const NOW = new Date();
const FUTURE = new Date(NOW.getTime() + 30 * 86_400_000);

const ctxOf = (username: string) => ctxOfDb(db, username, NOW);

/** Run `fn` and return the audit rows it wrote. */
async function audited(fn: () => Promise<unknown>) {
  const seen = new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => r.id));
  await fn();
  return (await db.auditLog.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] })).filter((r) => !seen.has(r.id));
}

const settings = (periodId: string, over: Record<string, unknown> = {}) => ({
  periodId,
  deadline: FUTURE,
  alpha: 0.7,
  beta: 0.3,
  bonusCap: 5,
  greenThreshold: 1,
  yellowThreshold: 0.8,
  timeProgress: 1,
  defaultCap: 1.2,
  rankFloor: 0.6,
  ...over,
});

beforeAll(async () => {
  tdb = await createSeededDatabase('setup_periods');
  db = await createClient(tdb.url);
  admin = await ctxOf('admin');
  h1Id = (await db.period.findUniqueOrThrow({ where: { year_half: { year: 2026, half: 1 } } })).id;
});
afterAll(async () => {
  await db?.$disconnect();
  await tdb?.drop();
});

describe('creating a period from the previous one', () => {
  let h2Id: string;

  it('copies every active unit’s indicators with pillars, the settings and the rubric; state draft', async () => {
    await db.period.update({ where: { id: h1Id }, data: { alpha: 0.6, beta: 0.4, bonusCap: 4, rankFloor: 0.5 } });
    const rows = await audited(async () => {
      const r = await createPeriod(admin, { year: 2026, half: 2, name: '2026年下半年', sourcePeriodId: h1Id });
      h2Id = r.id;
      expect(r.units).toBe(27);
    });
    const h2 = await db.period.findUniqueOrThrow({ where: { id: h2Id }, include: { rubric: { orderBy: { sortOrder: 'asc' } } } });
    expect(h2).toMatchObject({
      name: '2026年下半年',
      state: 'draft',
      deadline: null,
      openedAt: null,
      alpha: 0.6,
      beta: 0.4,
      bonusCap: 4,
      rankFloor: 0.5,
      timeProgress: 1,
    });
    expect(h2.rubric.map((r) => [r.name, r.maxScore])).toEqual([
      ['实绩成效', 40],
      ['差距剖析', 30],
      ['思路举措', 30],
    ]);
    const src = await db.indicator.findMany({ where: { periodId: h1Id }, include: { pillars: true }, orderBy: [{ unitId: 'asc' }, { key: 'asc' }] });
    const dst = await db.indicator.findMany({ where: { periodId: h2Id }, include: { pillars: true }, orderBy: [{ unitId: 'asc' }, { key: 'asc' }] });
    expect(dst).toHaveLength(src.length);
    let cleared = 0;
    for (const [i, s] of src.entries()) {
      const d = dst[i]!;
      expect({ ...d, id: 0, periodId: 0, createdAt: 0, updatedAt: 0, halfTarget: 0, pillars: d.pillars.map((p) => p.pillarId).sort() }).toEqual({
        ...s,
        id: 0,
        periodId: 0,
        createdAt: 0,
        updatedAt: 0,
        halfTarget: 0,
        pillars: s.pillars.map((p) => p.pillarId).sort(),
      });
      // a half-year target paired with an annual target belongs to the old half: cleared
      if (s.halfTarget !== null && s.annualTarget !== null) {
        expect(d.halfTarget).toBeNull();
        cleared++;
      } else expect(d.halfTarget).toBe(s.halfTarget);
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'setup.create_period', entityType: 'period', entityId: h2Id, actorName: '周立平' });
    expect(rows[0]!.after).toMatchObject({ state: 'draft', name: '2026年下半年', indicators: src.length, halfTargetsCleared: cleared, source: { id: h1Id } });
    // the source is untouched
    expect(await db.indicator.count({ where: { periodId: h1Id } })).toBe(src.length);
  });

  it('refuses a second period for the same year and half, and writes nothing', async () => {
    const before = { periods: await db.period.count(), audit: await db.auditLog.count() };
    const err = await refusal(createPeriod(admin, { year: 2026, half: 2, name: '又一个', sourcePeriodId: h1Id }));
    expect(err.code).toBe('periodExists');
    expect({ periods: await db.period.count(), audit: await db.auditLog.count() }).toEqual(before);
  });

  it('validates its input (half must be 1 or 2, a name is required)', async () => {
    const err = await refusal(createPeriod(admin, { year: 2027, half: 3 as 1, name: ' ', sourcePeriodId: null }));
    expect(err.code).toBe('invalidInput');
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['half', 'name']);
  });

  it('without a source: default settings and the default rubric, no indicators', async () => {
    const r = await createPeriod(admin, { year: 2030, half: 1, name: '2030年上半年', sourcePeriodId: null });
    const p = await db.period.findUniqueOrThrow({ where: { id: r.id }, include: { rubric: true, _count: { select: { indicators: true } } } });
    expect(p).toMatchObject({ alpha: 0.7, beta: 0.3, timeProgress: 0.5, state: 'draft' });
    expect(p.rubric.map((c) => c.maxScore).sort()).toEqual([30, 30, 40]);
    expect(p._count.indicators).toBe(0);
  });

  describe('draft → open', () => {
    it('is blocked without a deadline (the page lists it) and changes nothing', async () => {
      const options = await transitionOptions(db, h2Id, 'draft', NOW);
      expect(options).toHaveLength(1);
      expect(options[0]).toMatchObject({ to: 'open', ok: false, blockers: [{ code: 'noDeadline' }] });
      const before = await db.auditLog.count();
      const err = await refusal(transitionPeriod(admin, { periodId: h2Id, to: 'open' }));
      expect(err).toBeInstanceOf(TransitionBlockedError);
      expect(err.code).toBe('transitionBlocked');
      expect((err as TransitionBlockedError).blockers).toEqual([{ code: 'noDeadline' }]);
      expect((await db.period.findUniqueOrThrow({ where: { id: h2Id } })).state).toBe('draft');
      expect(await db.auditLog.count()).toBe(before);
    });

    it('setting the deadline is one audited change with before and after', async () => {
      const rows = await audited(() => updatePeriodSettings(admin, settings(h2Id)));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'setup.update_settings', entityType: 'period', entityId: h2Id });
      expect(rows[0]!.before).toMatchObject({ deadline: null, alpha: 0.6 });
      expect(rows[0]!.after).toMatchObject({ deadline: FUTURE.toISOString(), alpha: 0.7 });
    });

    it('a deadline already past blocks opening', async () => {
      await updatePeriodSettings(admin, settings(h2Id, { deadline: new Date(NOW.getTime() - 1000) }));
      const [o] = await transitionOptions(db, h2Id, 'draft', NOW);
      expect(o!.blockers).toEqual([{ code: 'deadlinePassed' }]);
      await updatePeriodSettings(admin, settings(h2Id));
    });

    it('a unit whose weights do not sum to 100 blocks opening, named with its sum', async () => {
      const jsj = await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } });
      const ind = await db.indicator.findFirstOrThrow({ where: { periodId: h2Id, unitId: jsj.id }, orderBy: { sortOrder: 'asc' } });
      const sum = (await db.indicator.findMany({ where: { periodId: h2Id, unitId: jsj.id } })).reduce((a, i) => a + i.weight, 0);
      expect(sum).toBeCloseTo(100);
      await db.indicator.update({ where: { id: ind.id }, data: { weight: ind.weight + 5 } });
      const err = (await refusal(transitionPeriod(admin, { periodId: h2Id, to: 'open' }))) as TransitionBlockedError;
      expect(err.blockers).toEqual([{ code: 'weightSum', params: { unit: jsj.name, sum: 105 } }]);
      await db.indicator.update({ where: { id: ind.id }, data: { weight: ind.weight } });
    });

    it('an indicator without a target, a milestone without a plan, a unit without indicators and no rubric each block', async () => {
      const jsj = await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } });
      const ind = await db.indicator.findFirstOrThrow({ where: { periodId: h2Id, unitId: jsj.id, direction: { not: 'milestone' } } });
      const ms = await db.indicator.findFirst({ where: { periodId: h2Id, direction: 'milestone' }, include: { unit: true } });
      await db.indicator.update({ where: { id: ind.id }, data: { annualTarget: null, halfTarget: null } });
      if (ms) await db.indicator.update({ where: { id: ms.id }, data: { plannedPercent: null } });
      const group = await db.contestGroup.findFirstOrThrow();
      const empty = await db.unit.create({ data: { code: 'tmpunit', name: '临时单位', kind: 'department', groupId: group.id, headName: '某某' } });
      const criteria = await db.rubricCriterion.findMany({ where: { periodId: h2Id } });
      await db.rubricCriterion.deleteMany({ where: { periodId: h2Id } });

      const [o] = await transitionOptions(db, h2Id, 'draft', NOW);
      expect(o!.blockers).toEqual([
        { code: 'unitNoIndicators', params: { unit: '临时单位' } },
        { code: 'noTarget', params: { unit: jsj.name, indicator: ind.name } },
        ...(ms ? [{ code: 'noPlannedPercent', params: { unit: ms.unit.name, indicator: ms.name } }] : []),
        { code: 'noRubric' },
      ]);

      // an inactive unit is not assessed
      await db.unit.update({ where: { id: empty.id }, data: { active: false } });
      await db.indicator.update({ where: { id: ind.id }, data: { annualTarget: ind.annualTarget, halfTarget: ind.halfTarget } });
      if (ms) await db.indicator.update({ where: { id: ms.id }, data: { plannedPercent: ms.plannedPercent } });
      await db.rubricCriterion.createMany({ data: criteria.map(({ id: _id, ...c }) => c) });
      expect((await transitionOptions(db, h2Id, 'draft', NOW))[0]).toMatchObject({ ok: true, blockers: [] });
    });

    it('opens when nothing blocks: state open, openedAt set, one audit row', async () => {
      const rows = await audited(() => transitionPeriod(admin, { periodId: h2Id, to: 'open' }));
      const p = await db.period.findUniqueOrThrow({ where: { id: h2Id } });
      expect(p.state).toBe('open');
      expect(p.openedAt?.getTime()).toBe(NOW.getTime());
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'setup.transition_period',
        entityType: 'period',
        entityId: h2Id,
        before: { state: 'draft', openedAt: null },
        after: { state: 'open', openedAt: NOW.toISOString() },
      });
    });
  });

  describe('the later transitions', () => {
    it('refuses a transition the table does not have (open → arena)', async () => {
      const err = (await refusal(transitionPeriod(admin, { periodId: h2Id, to: 'arena' }))) as TransitionBlockedError;
      expect(err.blockers).toEqual([{ code: 'notAllowed', params: { from: 'open', to: 'arena' } }]);
    });

    it('open → review needs the weights to sum to 100 again', async () => {
      const ind = await db.indicator.findFirstOrThrow({ where: { periodId: h2Id }, include: { unit: true } });
      await db.indicator.update({ where: { id: ind.id }, data: { weight: ind.weight - 1 } });
      const err = (await refusal(transitionPeriod(admin, { periodId: h2Id, to: 'review' }))) as TransitionBlockedError;
      expect(err.blockers).toEqual([{ code: 'weightSum', params: { unit: ind.unit.name, sum: 99 } }]);
      await db.indicator.update({ where: { id: ind.id }, data: { weight: ind.weight } });
      await transitionPeriod(admin, { periodId: h2Id, to: 'review' });
      expect((await db.period.findUniqueOrThrow({ where: { id: h2Id } })).state).toBe('review');
    });

    it('review → open reopens collection and keeps the first openedAt', async () => {
      const later = serviceContext(db, admin.user, new Date(NOW.getTime() + 60_000));
      await transitionPeriod(later, { periodId: h2Id, to: 'open' });
      const p = await db.period.findUniqueOrThrow({ where: { id: h2Id } });
      expect(p.state).toBe('open');
      expect(p.openedAt?.getTime()).toBe(NOW.getTime());
      await transitionPeriod(admin, { periodId: h2Id, to: 'review' });
    });

    it('review → arena needs rubric criteria, then moves', async () => {
      const criteria = await db.rubricCriterion.findMany({ where: { periodId: h2Id } });
      await db.rubricCriterion.deleteMany({ where: { periodId: h2Id } });
      const err = (await refusal(transitionPeriod(admin, { periodId: h2Id, to: 'arena' }))) as TransitionBlockedError;
      expect(err.blockers).toEqual([{ code: 'noRubric' }]);
      await db.rubricCriterion.createMany({ data: criteria.map(({ id: _id, ...c }) => c) });
      await transitionPeriod(admin, { periodId: h2Id, to: 'arena' });
      expect((await db.period.findUniqueOrThrow({ where: { id: h2Id } })).state).toBe('arena');
    });

    it('arena → published is left to the ranking publication', async () => {
      const err = (await refusal(transitionPeriod(admin, { periodId: h2Id, to: 'published' }))) as TransitionBlockedError;
      expect(err.blockers).toEqual([{ code: 'resultsNotReady' }]);
      expect((await db.period.findUniqueOrThrow({ where: { id: h2Id } })).state).toBe('arena');
    });

    it('published → archived; archived is final', async () => {
      const prev = await db.period.findUniqueOrThrow({ where: { year_half: { year: 2025, half: 2 } } });
      expect(prev.state).toBe('published');
      const rows = await audited(() => transitionPeriod(admin, { periodId: prev.id, to: 'archived' }));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ before: { state: 'published' }, after: { state: 'archived' } });
      const err = (await refusal(transitionPeriod(admin, { periodId: prev.id, to: 'published' }))) as TransitionBlockedError;
      expect(err.blockers[0]!.code).toBe('notAllowed');
      expect(await transitionOptions(db, prev.id, 'archived', NOW)).toEqual([]);
    });
  });
});

describe('settings', () => {
  it('validates with periodSettingsSchema: field errors by name, nothing written', async () => {
    const before = await db.auditLog.count();
    const err = await refusal(updatePeriodSettings(admin, settings(h1Id, { yellowThreshold: 1.2, greenThreshold: 1, alpha: 1.5 })));
    expect(err.code).toBe('invalidInput');
    expect(err.fieldErrors).toEqual({ alpha: ['tooLarge'], yellowThreshold: ['thresholdOrder'] });
    const err2 = await refusal(updatePeriodSettings(admin, settings(h1Id, { yellowThreshold: 1.2, greenThreshold: 1 })));
    expect(err2.fieldErrors).toEqual({ yellowThreshold: ['thresholdOrder'] });
    const err3 = await refusal(updatePeriodSettings(admin, settings(h1Id, { timeProgress: 0 })));
    expect(err3.fieldErrors).toEqual({ timeProgress: ['positive'] });
    expect(await db.auditLog.count()).toBe(before);
  });

  it('an open period keeps a deadline', async () => {
    const err = await refusal(updatePeriodSettings(admin, settings(h1Id, { deadline: null })));
    expect(err.fieldErrors).toEqual({ deadlineDate: ['required'] });
  });

  it('a published or archived period’s settings are locked', async () => {
    const prev = await db.period.findUniqueOrThrow({ where: { year_half: { year: 2025, half: 2 } } });
    expect((await refusal(updatePeriodSettings(admin, settings(prev.id)))).code).toBe('periodLocked');
  });
});

describe('the panel rubric', () => {
  it('adds, edits and removes criteria, one audit row each', async () => {
    let id = '';
    const added = await audited(async () => {
      id = (await addCriterion(admin, { periodId: h1Id, name: '创新亮点', maxScore: 10 })).id;
    });
    expect(added).toMatchObject([
      { action: 'setup.create_criterion', entityType: 'rubric_criterion', entityId: id, after: { name: '创新亮点', maxScore: 10, sortOrder: 3 } },
    ]);
    const edited = await audited(() => updateCriterion(admin, { id, name: '创新突破', maxScore: 15 }));
    expect(edited).toMatchObject([{ action: 'setup.update_criterion', before: { name: '创新亮点', maxScore: 10 }, after: { name: '创新突破', maxScore: 15 } }]);
    const removed = await audited(() => removeCriterion(admin, { id }));
    expect(removed).toMatchObject([{ action: 'setup.delete_criterion', entityId: id, before: { name: '创新突破' } }]);
    expect(await db.rubricCriterion.count({ where: { periodId: h1Id } })).toBe(3);
  });

  it('refuses a maximum ≤ 0, a duplicate name, and changes once the arena has begun', async () => {
    expect((await refusal(addCriterion(admin, { periodId: h1Id, name: '零分项', maxScore: 0 }))).fieldErrors).toEqual({ maxScore: ['positive'] });
    expect((await refusal(addCriterion(admin, { periodId: h1Id, name: '实绩成效', maxScore: 10 }))).code).toBe('criterionNameTaken');
    const prev = await db.period.findUniqueOrThrow({ where: { year_half: { year: 2025, half: 2 } }, include: { rubric: true } });
    expect((await refusal(removeCriterion(admin, { id: prev.rubric[0]!.id }))).code).toBe('rubricLocked');
  });
});

describe('only the admin may', () => {
  it.each(['jsj_head', 'leader1', 'judge1', 'auditor'])('%s is refused by every period service and nothing changes', async (username) => {
    const ctx = await ctxOf(username);
    const crit = await db.rubricCriterion.findFirstOrThrow({ where: { periodId: h1Id } });
    const snapshot = async () => ({
      audit: await db.auditLog.count(),
      periods: await db.period.findMany({ orderBy: { id: 'asc' } }),
      rubric: await db.rubricCriterion.findMany({ orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    const calls: Promise<unknown>[] = [
      createPeriod(ctx, { year: 2031, half: 1, name: '2031年上半年', sourcePeriodId: h1Id }),
      transitionPeriod(ctx, { periodId: h1Id, to: 'review' }),
      updatePeriodSettings(ctx, settings(h1Id)),
      addCriterion(ctx, { periodId: h1Id, name: '新增项', maxScore: 5 }),
      updateCriterion(ctx, { id: crit.id, name: '改名', maxScore: 5 }),
      removeCriterion(ctx, { id: crit.id }),
    ];
    for (const call of calls) expect((await refusal(call)).code).toBe('forbidden');
    expect(await snapshot()).toEqual(before);
  });
});
