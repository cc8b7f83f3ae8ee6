// Data helpers used by one unit's user cannot read another unit's submission; district readers can.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClient, type Db } from '@/lib/db/client';
import { roleSchema } from '@/lib/domain/schemas';
import { getSubmission, getSubmissionById, getUnitWithIndicators } from '@/lib/submissions/queries.server';

let db: Db;
let periodId: string;
let unitA: string;
let unitB: string;
let subB: string;

async function actor(username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  return { id: u.id, role: roleSchema.parse(u.role), unitId: u.unitId };
}

beforeAll(async () => {
  db = await createClient(inject('seededUrl'));
  periodId = (await db.period.findFirstOrThrow({ where: { state: 'open' } })).id;
  unitA = (await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } })).id;
  unitB = (await db.unit.findUniqueOrThrow({ where: { code: 'spj' } })).id;
  subB = (await db.submission.findFirstOrThrow({ where: { periodId, unitId: unitB } })).id;
});
afterAll(async () => db?.$disconnect());

describe('unit-scoped reads', () => {
  it.each(['jsj_head', 'jsj_staff'])('%s reads its own unit', async (username) => {
    const a = await actor(username);
    expect(await getSubmission(db, a, periodId, unitA)).not.toBeNull();
    expect(await getUnitWithIndicators(db, a, unitA, periodId)).not.toBeNull();
  });

  it.each(['jsj_head', 'jsj_staff'])("%s cannot read another unit's submission by unit id or submission id", async (username) => {
    const a = await actor(username);
    expect(await getSubmission(db, a, periodId, unitB)).toBeNull();
    expect(await getSubmissionById(db, a, subB)).toBeNull();
    expect(await getUnitWithIndicators(db, a, unitB, periodId)).toBeNull();
  });

  it('a judge reads no unit data', async () => {
    const a = await actor('judge1');
    expect(await getSubmission(db, a, periodId, unitA)).toBeNull();
    expect(await getSubmissionById(db, a, subB)).toBeNull();
  });

  it.each(['admin', 'leader1', 'auditor'])('%s reads any unit', async (username) => {
    const a = await actor(username);
    expect((await getSubmission(db, a, periodId, unitB))?.id).toBe(subB);
    expect(await getUnitWithIndicators(db, a, unitA, periodId)).not.toBeNull();
  });
});
