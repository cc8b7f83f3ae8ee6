// The rectification board's writes: only the responsible unit moves a measure; every write audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { addProgressNote, updateMeasureStatus } from '@/lib/measures/commands.server';
import { ctxOf } from '../support/actors';
import { refusalCode } from '../support/refusal';
import { type TestDatabase, createSeededDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
let measureId: string;
let responsibleCode: string;
let otherCode: string;

beforeAll(async () => {
  scratch = await createSeededDatabase('measures');
  db = await createClient(scratch.url);
  const m = await db.measure.findFirstOrThrow({ where: { status: 'not_started', submission: { state: 'approved' } }, include: { responsibleUnit: true } });
  measureId = m.id;
  responsibleCode = m.responsibleUnit.code;
  otherCode = (await db.unit.findFirstOrThrow({ where: { id: { not: m.responsibleUnitId } } })).code;
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe('rectification measures', () => {
  it('the responsible unit updates status (done sets the closing time) with one audit row each', async () => {
    const ctx = await ctxOf(db, `${responsibleCode}_staff`, new Date('2026-11-20T10:00:00+08:00'));
    await updateMeasureStatus(ctx, { measureId, status: 'in_progress' });
    await updateMeasureStatus(ctx, { measureId, status: 'done' });
    const m = await db.measure.findUniqueOrThrow({ where: { id: measureId } });
    expect(m.status).toBe('done');
    expect(m.closedAt?.toISOString()).toBe('2026-11-20T02:00:00.000Z');
    const rows = await db.auditLog.findMany({ where: { entityId: measureId }, orderBy: { at: 'asc' } });
    expect(rows.map((r) => [r.action, (r.before as { status: string }).status, (r.after as { status: string }).status])).toEqual([
      ['measure.update_status', 'not_started', 'in_progress'],
      ['measure.update_status', 'in_progress', 'done'],
    ]);
    await updateMeasureStatus(ctx, { measureId, status: 'in_progress' }); // reopening clears the closing time
    expect((await db.measure.findUniqueOrThrow({ where: { id: measureId } })).closedAt).toBeNull();
  });

  it('adds dated progress notes, refusing dates in the future', async () => {
    const ctx = await ctxOf(db, `${responsibleCode}_head`, new Date('2026-11-20T10:00:00+08:00'));
    await addProgressNote(ctx, { measureId, date: '2026-11-19', note: '完成第一批 3 条道路改造' });
    expect(await refusalCode(addProgressNote(ctx, { measureId, date: '2026-12-01', note: '未来的进展' }))).toBe('futureDate');
    const notes = await db.measureProgress.findMany({ where: { measureId } });
    expect(notes.map((n) => n.note)).toContain('完成第一批 3 条道路改造');
    expect(notes.map((n) => n.note)).not.toContain('未来的进展');
  });

  it('no one else moves it: other units, leaders, the admin, the auditor — and nothing changes', async () => {
    const before = await db.measure.findUniqueOrThrow({ where: { id: measureId }, include: { progress: true } });
    const audits = await db.auditLog.count();
    for (const username of [`${otherCode}_head`, `${otherCode}_staff`, 'leader1', 'admin', 'auditor', 'judge1']) {
      const ctx = await ctxOf(db, username);
      expect(await refusalCode(updateMeasureStatus(ctx, { measureId, status: 'done' })), username).toBe('notFound');
      expect(await refusalCode(addProgressNote(ctx, { measureId, date: '2026-11-01', note: 'x' })), username).toBe('notFound');
    }
    expect(await db.measure.findUniqueOrThrow({ where: { id: measureId }, include: { progress: true } })).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });
});
