// Publication freezes results; only a correction with a reason changes them, audited and versioned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { computeForSnapshot, getPeriodResults } from '@/lib/leaderboard/load.server';
import { correctResults, publishResults } from '@/lib/leaderboard/publish.server';
import { ctxOf } from '../support/actors';
import { refusalCode } from '../support/refusal';
import { type TestDatabase, createSeededDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
let periodId: string;

beforeAll(async () => {
  scratch = await createSeededDatabase('publish');
  db = await createClient(scratch.url);
  periodId = (await db.period.findFirstOrThrow({ where: { state: 'open' } })).id;
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe('publication', () => {
  it('the seeded published period carries a snapshot whose hash matches its inputs', async () => {
    const prev = await db.period.findFirstOrThrow({ where: { state: 'published' } });
    const snap = await db.resultSnapshot.findFirstOrThrow({ where: { periodId: prev.id } });
    expect((await computeForSnapshot(db, prev.id)).inputHash).toBe(snap.inputHash);
  });

  it('refuses a period still collecting, and anyone but the admin', async () => {
    expect(await refusalCode(publishResults(await ctxOf(db, 'admin'), { periodId }))).toBe('notPublishable');
    await db.period.update({ where: { id: periodId }, data: { state: 'arena' } });
    for (const u of ['leader1', 'jsj_head', 'auditor', 'judge1'])
      expect(await refusalCode(publishResults(await ctxOf(db, u), { periodId })), u).toBe('forbidden');
    expect(await db.resultSnapshot.count({ where: { periodId } })).toBe(0);
  });

  it('freezes the results: later data changes do not move them until a correction with a reason', async () => {
    const admin = await ctxOf(db, 'admin');
    const live = (await getPeriodResults(db, periodId)).result;
    await publishResults(admin, { periodId });
    expect((await db.period.findUniqueOrThrow({ where: { id: periodId } })).state).toBe('published');
    expect(await refusalCode(publishResults(admin, { periodId }))).toBe('alreadyPublished');

    const frozen = await getPeriodResults(db, periodId);
    expect(frozen.snapshot).toMatchObject({ version: 1, kind: 'publish' });
    expect(frozen.result.units.map((u) => [u.unitId, u.final.value])).toEqual(live.units.map((u) => [u.unitId, u.final.value]));

    // a penalty recorded after publication
    await db.adjustment.create({ data: { periodId, unitId: frozen.result.units[0]!.unitId, points: -20, reason: '发布后查实的安全生产事故' } });
    await db.auditLog.create({ data: { actorName: 'test', action: 'test.touch', entityType: 'adjustment' } });
    const still = await getPeriodResults(db, periodId);
    expect(still.snapshot?.version).toBe(1);
    expect(still.result.units[0]!.final.value).toBe(frozen.result.units[0]!.final.value);

    expect(await refusalCode(correctResults(admin, { periodId, reason: '   ' }))).toBe('reasonRequired');
    expect(await refusalCode(correctResults(await ctxOf(db, 'leader1'), { periodId, reason: 'x' }))).toBe('forbidden');
    const res = await correctResults(admin, { periodId, reason: '补录发布后查实的扣分' });
    expect(res.version).toBe(2);
    const corrected = await getPeriodResults(db, periodId);
    expect(corrected.snapshot).toMatchObject({ version: 2, kind: 'correction', reason: '补录发布后查实的扣分' });
    const moved = corrected.result.units.find((u) => u.unitId === frozen.result.units[0]!.unitId)!;
    expect(moved.final.value).toBeCloseTo(frozen.result.units[0]!.final.value - 20, 9);
    // the penalty drops the unit below at least one other, which moves up
    const penalised = frozen.result.units[0]!;
    expect(moved.overallRank).toBeGreaterThan(penalised.overallRank);

    const audit = await db.auditLog.findMany({ where: { entityId: periodId, action: { startsWith: 'results.' } }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['results.publish', 'results.correct']);
    expect(audit[1]!.after).toMatchObject({ snapshotVersion: 2, reason: '补录发布后查实的扣分' });
    // the correction names every unit whose final score or rank moved, and only those, with before and after
    const byId = new Map(frozen.result.units.map((u) => [u.unitId, u]));
    const movedUnits = corrected.result.units
      .filter((u) => byId.get(u.unitId)!.overallRank !== u.overallRank || byId.get(u.unitId)!.final.value !== u.final.value)
      .map((u) => u.unitId);
    expect(movedUnits.length).toBeGreaterThanOrEqual(2);
    const changed = (audit[1]!.after as { changed: { unitId: string; final: number[]; overallRank: number[] }[] }).changed;
    expect(changed.map((c) => c.unitId).sort()).toEqual([...movedUnits].sort());
    expect(changed.find((c) => c.unitId === penalised.unitId)).toMatchObject({
      final: [penalised.final.value, moved.final.value],
      overallRank: [penalised.overallRank, moved.overallRank],
    });
  });
});
