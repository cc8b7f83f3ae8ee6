// 加减分 on a scratch copy of the demo: admin adds and deletes with one audit row each, others and published periods are refused, the ranking counts the items with the bonus cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdjustment, deleteAdjustment } from '@/lib/adjustments/commands.server';
import { getPeriodAdjustments } from '@/lib/adjustments/queries.server';
import { createClient, type Db } from '@/lib/db/client';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { ctxOf } from '../support/actors';
import { refusal } from '../support/refusal';
import { type TestDatabase, createSeededDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
let openId: string;
let publishedId: string;
let czj: string;

beforeAll(async () => {
  scratch = await createSeededDatabase('adjustments');
  db = await createClient(scratch.url);
  openId = (await db.period.findFirstOrThrow({ where: { state: 'open' } })).id;
  publishedId = (await db.period.findFirstOrThrow({ where: { state: 'published' } })).id;
  czj = (await db.unit.findUniqueOrThrow({ where: { code: 'czj' } })).id;
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

/** Run `fn` and return the audit rows it wrote. */
async function audited<R>(fn: () => Promise<R>) {
  const seen = new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => r.id));
  const result = await fn();
  const rows = (await db.auditLog.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] })).filter((r) => !seen.has(r.id));
  return { result, rows };
}

const counts = async () => ({ adjustments: await db.adjustment.count(), audit: await db.auditLog.count() });

describe('create and delete', () => {
  it('admin adds an item: the row, who entered it, and one audit row with the item', async () => {
    const admin = await ctxOf(db, 'admin');
    const { result, rows } = await audited(() =>
      createAdjustment(admin, { periodId: openId, unitId: czj, points: 1.5, reason: '  获评省级财政管理绩效考核优秀  ', evidence: '省财政厅通报' }),
    );
    const row = await db.adjustment.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({
      periodId: openId,
      unitId: czj,
      points: 1.5,
      reason: '获评省级财政管理绩效考核优秀',
      evidence: '省财政厅通报',
      createdById: admin.user.id,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'adjustment.create', entityType: 'adjustment', entityId: result.id, actorId: admin.user.id, ip: '127.0.0.1' });
    expect(rows[0]!.after).toMatchObject({ periodId: openId, unitId: czj, unit: '泰和高新区财政金融局', points: 1.5, reason: '获评省级财政管理绩效考核优秀' });
    expect(rows[0]!.before).toBeNull();

    const del = await audited(() => deleteAdjustment(admin, { id: result.id }));
    expect(await db.adjustment.findUnique({ where: { id: result.id } })).toBeNull();
    expect(del.rows).toHaveLength(1);
    expect(del.rows[0]).toMatchObject({ action: 'adjustment.delete', entityType: 'adjustment', entityId: result.id, after: null });
    expect(del.rows[0]!.before).toMatchObject({ unitId: czj, points: 1.5, evidence: '省财政厅通报' });

    expect((await refusal(deleteAdjustment(admin, { id: result.id }))).code).toBe('notFound');
  });

  it('an empty evidence is stored as none', async () => {
    const admin = await ctxOf(db, 'admin');
    const { id } = await createAdjustment(admin, { periodId: openId, unitId: czj, points: -0.5, reason: '报表逾期报送', evidence: '  ' });
    expect((await db.adjustment.findUniqueOrThrow({ where: { id } })).evidence).toBeNull();
    await deleteAdjustment(admin, { id });
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const admin = await ctxOf(db, 'admin');
    const before = await counts();
    const zero = await refusal(createAdjustment(admin, { periodId: openId, unitId: czj, points: 0, reason: 'x' }));
    expect(zero.code).toBe('invalidInput');
    expect(zero.fieldErrors?.points).toEqual(['nonZero']);
    const big = await refusal(createAdjustment(admin, { periodId: openId, unitId: czj, points: 101, reason: 'x' }));
    expect(big.fieldErrors?.points).toEqual(['tooLarge']);
    const noReason = await refusal(createAdjustment(admin, { periodId: openId, unitId: czj, points: 1, reason: '   ' }));
    expect(noReason.fieldErrors?.reason).toEqual(['required']);
    const noUnit = await refusal(createAdjustment(admin, { periodId: openId, unitId: '', points: 1, reason: 'x' }));
    expect(noUnit.fieldErrors?.unitId).toEqual(['required']);
    const nan = await refusal(createAdjustment(admin, { periodId: openId, unitId: czj, points: Number.NaN, reason: 'x' }));
    expect(nan.fieldErrors?.points).toBeDefined();
    expect((await refusal(createAdjustment(admin, { periodId: 'nope', unitId: czj, points: 1, reason: 'x' }))).code).toBe('notFound');
    expect((await refusal(createAdjustment(admin, { periodId: openId, unitId: 'nope', points: 1, reason: 'x' }))).fieldErrors?.unitId).toEqual([
      'unitNotInPeriod',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('refusals', () => {
  it.each(['leader1', 'jsj_head', 'czj_head', 'czj_staff', 'auditor', 'judge1'])('%s may neither add nor delete', async (username) => {
    const ctx = await ctxOf(db, username);
    const seeded = await db.adjustment.findFirstOrThrow({ where: { periodId: openId } });
    const before = await counts();
    expect((await refusal(createAdjustment(ctx, { periodId: openId, unitId: czj, points: 5, reason: '自己加分' }))).code).toBe('forbidden');
    expect((await refusal(deleteAdjustment(ctx, { id: seeded.id }))).code).toBe('forbidden');
    expect(await counts()).toEqual(before);
    expect(await db.adjustment.findUnique({ where: { id: seeded.id } })).not.toBeNull();
  });

  it('a published period keeps its frozen results until a correction; an archived one refuses', async () => {
    const admin = await ctxOf(db, 'admin');
    const frozen = await getPeriodResults(db, publishedId);
    const created = await createAdjustment(admin, { periodId: publishedId, unitId: czj, points: -2, reason: '发布后查实的问题' });
    expect(created).toBeTruthy();
    const still = await getPeriodResults(db, publishedId);
    expect(still.snapshot?.version).toBe(frozen.snapshot?.version);
    expect(still.result.units.find((u) => u.unitId === czj)?.final.value).toBe(frozen.result.units.find((u) => u.unitId === czj)?.final.value);

    const seeded = await db.adjustment.findFirstOrThrow({ where: { periodId: publishedId } });
    const before = await counts();
    await db.period.update({ where: { id: publishedId }, data: { state: 'archived' } });
    try {
      const add = await refusal(createAdjustment(admin, { periodId: publishedId, unitId: czj, points: 1, reason: '补记' }));
      expect(add.code).toBe('adjustmentsLocked');
      expect(add.params).toEqual({ period: '2025年下半年' });
      expect((await refusal(deleteAdjustment(admin, { id: seeded.id }))).code).toBe('adjustmentsLocked');
      expect(await counts()).toEqual(before);
      expect((await getPeriodAdjustments(db, publishedId))?.period.locked).toBe(true);
    } finally {
      await db.period.update({ where: { id: publishedId }, data: { state: 'published' } });
    }
  });
});

describe('the ranking counts the items', () => {
  it('a new bonus and penalty reach the live results at once, the bonus cut at the cap, the penalty uncapped', async () => {
    const admin = await ctxOf(db, 'admin');
    const cap = (await db.period.findUniqueOrThrow({ where: { id: openId } })).bonusCap;
    expect(cap).toBe(5);
    const unitOf = async () => (await getPeriodResults(db, openId)).result.units.find((u) => u.unitId === czj)!;
    const before = await unitOf();
    expect(before.adjustments.items).toHaveLength(0);

    const ids = [
      (await createAdjustment(admin, { periodId: openId, unitId: czj, points: 3, reason: '获国家级表彰' })).id,
      (await createAdjustment(admin, { periodId: openId, unitId: czj, points: 4, reason: '入选全国改革典型案例' })).id,
      (await createAdjustment(admin, { periodId: openId, unitId: czj, points: -1.5, reason: '被市审计局通报' })).id,
    ];
    const after = await unitOf();
    expect(after.adjustments).toMatchObject({ bonusRaw: 7, bonusCap: 5, bonusApplied: 5, bonusCut: 2, penaltyTotal: -1.5, total: 3.5 });
    expect(after.adjustments.items.map((i) => i.adjustmentId).sort()).toEqual([...ids].sort());
    expect(after.final.adjustments).toBe(3.5);
    expect(after.final.value).toBeCloseTo(before.final.value + 3.5, 9);

    // the page shows the same totals, from the engine's rule
    const page = (await getPeriodAdjustments(db, openId))!;
    expect(page.period.locked).toBe(false);
    expect(page.units.some((u) => u.id === czj)).toBe(true);
    expect(page.byUnit.find((u) => u.unitId === czj)).toMatchObject({ bonusRaw: 7, bonusApplied: 5, bonusCut: 2, penaltyTotal: -1.5, total: 3.5 });
    expect(page.byUnit.find((u) => u.unitId === czj)!.items.map((i) => i.createdBy)).toEqual(['周立平', '周立平', '周立平']);

    // a penalty beyond any cap counts in full
    const big = (await createAdjustment(admin, { periodId: openId, unitId: czj, points: -20, reason: '发生重大安全生产事故' })).id;
    expect((await unitOf()).adjustments.total).toBe(5 - 21.5);
    for (const id of [...ids, big]) await deleteAdjustment(admin, { id });
    expect((await unitOf()).final.value).toBeCloseTo(before.final.value, 9);
  });
});
