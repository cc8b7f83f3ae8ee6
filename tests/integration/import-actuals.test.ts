// Actuals from Excel on a scratch database (decision 022): a unit's own submission (round trip, errors by cell, the
// form's save path and audit, a form save in between, another unit's file and another unit's route) and 考核办's
// statistics (来源：统计数据: all or nothing, one audit row per value, not overwritable by the unit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { verifyAuditChain } from '@/lib/audit/chain-store';
import { createClient, type Db } from '@/lib/db/client';
import { UNIT_ACTUALS_COLUMNS, STATISTICS_COLUMNS, type ActualsField } from '@/lib/import/actuals-template';
import { actualsTemplate, commitActualsImport, previewActualsImport } from '@/lib/import/actuals.server';
import { fileErrorMessage } from '@/lib/import/messages.server';
import { ImportFileError } from '@/lib/import/rules';
import { loadContent, saveDraft } from '@/lib/submissions/commands.server';
import { ctxOf } from '../support/actors';
import { createTestDatabase, migrate, seed, type TestDatabase } from '../support/database';
import { refusal, refusalCode } from '../support/refusal';
import { editWorkbook } from '../support/xlsx';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
let head: ActionContext;
let periodId: string;
let unitId: string;

beforeAll(async () => {
  tdb = await createTestDatabase('import_actuals');
  migrate(tdb.url);
  seed(tdb.url);
  db = await createClient(tdb.url);
  admin = await ctxOf(db, 'admin');
  head = await ctxOf(db, 'sjj_head');
  periodId = (await db.period.findUniqueOrThrow({ where: { year_half: { year: 2026, half: 1 } } })).id;
  unitId = (await db.unit.findUniqueOrThrow({ where: { code: 'sjj' } })).id;
  // migrate + seed on a loaded machine (PostgreSQL) can take minutes
}, 600_000);
afterAll(async () => {
  await db?.$disconnect();
  await tdb?.drop();
});

const ucol = (f: ActualsField) => UNIT_ACTUALS_COLUMNS.findIndex((c) => c.field === f) + 1;
const scol = (f: ActualsField) => STATISTICS_COLUMNS.findIndex((c) => c.field === f) + 1;
const unitSheet = '实际完成值';
const statSheet = '统计数据';

async function unitFile(edit?: Parameters<typeof editWorkbook>[1]) {
  const { body } = await actualsTemplate(head, 'unit', periodId, unitId);
  return edit ? editWorkbook(body, edit, unitSheet) : body;
}
const preview = (ctx: ActionContext, body: Buffer, kind: 'unit' | 'statistics' = 'unit', unit: string | null = unitId) =>
  previewActualsImport(ctx, kind, periodId, kind === 'unit' ? unit : null, { fileName: 'actuals.xlsx', body });
const commit = (ctx: ActionContext, body: Buffer, p: { hash: string; dataVersion: string }, kind: 'unit' | 'statistics' = 'unit') =>
  commitActualsImport(ctx, kind, periodId, kind === 'unit' ? unitId : null, { fileName: 'actuals.xlsx', body, ...p });

/** The unit's indicators in template order, with their stored values. */
async function indicators(unit = unitId) {
  return db.indicator.findMany({ where: { periodId, unitId: unit }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }], include: { value: true } });
}
const version = async () => (await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } })).version;

describe("a unit's own actuals", () => {
  it('round trip: the unchanged template previews nothing to change', async () => {
    const p = await preview(head, await unitFile());
    expect(p.errors).toEqual([]);
    expect(p.counts.changes).toBe(0);
    expect(p.counts.unchanged + p.counts.blank).toBe((await indicators()).length);
  });

  it('errors by cell in Chinese (unit of measure, unknown key, implausible without reason); nothing written', async () => {
    const inds = await indicators();
    const typed = inds.findIndex((i) => !i.ledgerFigure && i.direction !== 'milestone');
    const body = await unitFile((ws) => {
      ws.getCell(2 + typed, ucol('actual')).value = '12吨';
      ws.getCell(3 + typed, ucol('key')).value = 'nosuch_key';
    });
    const p = await preview(head, body);
    const cells = p.errors.map((e) => [e.sheet, e.row, e.column, e.value, e.message]);
    expect(cells).toContainEqual([unitSheet, 2 + typed, '实际完成值', '12吨', expect.stringContaining(`请按「${inds[typed]!.measureUnit}」填写`)]);
    expect(cells).toContainEqual([unitSheet, 3 + typed, '指标代码', 'nosuch_key', expect.stringContaining('没有这个指标代码')]);
    const v = await version();
    expect(await refusalCode(commit(head, body, p))).toBe('importHasErrors');
    expect(await version()).toBe(v);

    // 10× the target: the form's plausibility rule, named, until a reason is given
    const ind = inds[typed]!;
    const target = ind.halfTarget ?? (ind.annualTarget ?? 0) / 2;
    const high = await unitFile((ws) => {
      ws.getCell(2 + typed, ucol('actual')).value = target * 10;
      ws.getCell(2 + typed, ucol('note')).value = null;
    });
    const ph = await preview(head, high);
    expect(ph.errors.map((e) => e.message)).toContainEqual(expect.stringContaining('完成率超过 150%'));
  });

  it('commits through the form save path: values stored, one save_draft and one import.commit audit row, chain verifies', async () => {
    const inds = (await indicators()).map((ind, i) => ({ ind, row: i + 2 })).filter(({ ind }) => !ind.ledgerFigure && ind.direction !== 'milestone');
    const [a, b] = inds;
    const valueOf = (ind: (typeof inds)[number]['ind']) => ind.value?.actual ?? ind.halfTarget ?? 100;
    const newA = Number((valueOf(a!.ind) * 1.01).toFixed(2));
    const body = await unitFile((ws) => {
      ws.getCell(a!.row, ucol('actual')).value = `${newA}`;
      ws.getCell(b!.row, ucol('actual')).value = null; // blank: left as it is
    });
    const p = await preview(head, body);
    expect(p.errors).toEqual([]);
    expect(p.counts).toMatchObject({ changes: 1, errors: 0 });
    expect(p.changes[0]).toMatchObject({ key: a!.ind.key, after: newA });
    const v = await version();
    const auditsBefore = await db.auditLog.count();
    expect(await commit(head, body, p)).toMatchObject({ changed: 1 });
    expect(await version()).toBe(v + 1);
    const after = await indicators();
    expect(after.find((i) => i.id === a!.ind.id)!.value!.actual).toBeCloseTo(newA, 9);
    expect(after.find((i) => i.id === b!.ind.id)!.value?.actual ?? null).toBe(b!.ind.value?.actual ?? null);
    const rows = await db.auditLog.findMany({ orderBy: { at: 'asc' }, skip: auditsBefore });
    expect(rows.map((r) => r.action)).toEqual(['submission.save_draft', 'import.commit']);
    expect(rows[1]!.after).toMatchObject({ template: 'unit-actuals', fileName: 'actuals.xlsx', sha256: p.hash, changed: 1 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // and the template round-trips again
    expect((await preview(head, await unitFile())).counts.changes).toBe(0);
  });

  it('a form save between preview and commit: the import is told (importStale), nothing written', async () => {
    const inds = await indicators();
    const i = inds.findIndex((x) => !x.ledgerFigure && x.direction !== 'milestone');
    const body = await unitFile((ws) => {
      ws.getCell(2 + i, ucol('actual')).value = Number(((inds[i]!.value?.actual ?? 100) * 1.02).toFixed(2));
    });
    const p = await preview(head, body);
    const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
    const content = await loadContent(db, sub.id);
    const staff = await ctxOf(db, 'sjj_staff');
    await saveDraft(staff, { periodId, unitId, version: sub.version, content: { ...content, highlights: content.highlights + '（表单修改）' } });
    const err = await refusal(commit(head, body, p));
    expect(err.code).toBe('actualsImport.refusals.importStale');
    expect((await indicators())[i]!.value?.actual).toBe(inds[i]!.value?.actual);
  });

  it("another unit's file is refused; a unit user cannot import for another unit (404)", async () => {
    const other = await ctxOf(db, 'jjd_head');
    const otherId = (await db.unit.findUniqueOrThrow({ where: { code: 'jjd' } })).id;
    const foreign = (await actualsTemplate(other, 'unit', periodId, otherId)).body;
    const err = await preview(head, foreign).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(fileErrorMessage(err as ImportFileError)).toContain('属于其他单位');
    expect(await refusalCode(preview(other, await unitFile()))).toBe('notFound');
    expect(await refusalCode(actualsTemplate(head, 'unit', periodId, otherId))).toBe('notFound');
    // a statistics file is not a unit's
    const stats = (await actualsTemplate(admin, 'statistics', periodId, null)).body;
    expect(fileErrorMessage((await preview(head, stats).catch((e: unknown) => e)) as ImportFileError)).toContain('实际完成值');
    // and a unit user cannot import statistics
    expect(await refusalCode(preview(head, stats, 'statistics'))).toBe('forbidden');
  });
});

describe('statistics (来源：统计数据)', () => {
  it('round trip: the unchanged template previews nothing to change', async () => {
    const p = await preview(admin, (await actualsTemplate(admin, 'statistics', periodId, null)).body, 'statistics');
    expect(p.errors).toEqual([]);
    expect(p.counts.changes).toBe(0);
    expect(p.counts.rows).toBe(await db.indicator.count({ where: { periodId, unit: { active: true } } }));
  });

  it('all or nothing: a bad row near the end leaves everything untouched', async () => {
    const { body } = await actualsTemplate(admin, 'statistics', periodId, null);
    let last = 0;
    const bad = await editWorkbook(
      body,
      (ws) => {
        last = ws.rowCount;
        for (let r = 2; r < last; r++) {
          const cur = ws.getCell(r, scol('actual')).value;
          if (typeof cur === 'number') ws.getCell(r, scol('actual')).value = cur; // unchanged
        }
        ws.getCell(last - 1, scol('unitCode')).value = 'nosuch';
      },
      statSheet,
    );
    const p = await preview(admin, bad, 'statistics');
    expect(p.errors.map((e) => [e.row, e.column])).toEqual([[last - 1, '单位代码']]);
    const audits = await db.auditLog.count();
    expect(await refusalCode(commit(admin, bad, p, 'statistics'))).toBe('importHasErrors');
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('writes values with source statistics, one audit row per value (approved submission named), chain verifies; the unit cannot overwrite', async () => {
    const { body } = await actualsTemplate(admin, 'statistics', periodId, null);
    const jfj = (await db.unit.findUniqueOrThrow({ where: { code: 'jfj' } })).id; // approved
    const szj = (await db.unit.findUniqueOrThrow({ where: { code: 'szj' } })).id; // no submission yet
    const pick = async (u: string) => (await indicators(u)).find((i) => !i.ledgerFigure && i.direction !== 'milestone')!;
    const targets = [await pick(jfj), await pick(szj), await pick(unitId)];
    const want = new Map(targets.map((t) => [t.id, Number(((t.value?.actual ?? t.halfTarget ?? 100) * 1.03).toFixed(2))]));
    const keys = new Map(targets.map((t) => [`${t.unitId}\n${t.key}`, t.id]));
    const codes = new Map((await db.unit.findMany()).map((u) => [u.code, u.id]));
    const edited = await editWorkbook(
      body,
      (ws) => {
        ws.eachRow((row, n) => {
          if (n === 1) return;
          const id = keys.get(`${codes.get(String(row.getCell(scol('unitCode')).value))}\n${String(row.getCell(scol('key')).value)}`);
          if (id) row.getCell(scol('actual')).value = want.get(id)!;
        });
      },
      statSheet,
    );
    const p = await preview(admin, edited, 'statistics');
    expect(p.errors).toEqual([]);
    expect(p.counts.changes).toBe(3);
    // another unit's autosave in between does not make the district-wide import stale (only the units it writes count)
    const jjd = (await db.unit.findUniqueOrThrow({ where: { code: 'jjd' } })).id;
    const jjdSub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId: jjd } } });
    const jjdContent = await loadContent(db, jjdSub.id);
    await saveDraft(await ctxOf(db, 'jjd_staff'), {
      periodId,
      unitId: jjd,
      version: jjdSub.version,
      content: { ...jjdContent, h2Goals: jjdContent.h2Goals + '。' },
    });
    const auditsBefore = await db.auditLog.count();
    expect(await commit(admin, edited, p, 'statistics')).toMatchObject({ changed: 3 });
    for (const t of targets) {
      const v = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: t.id } });
      expect(v.source).toBe('statistics');
      expect(v.actual).toBeCloseTo(want.get(t.id)!, 9);
    }
    const rows = await db.auditLog.findMany({ orderBy: { at: 'asc' }, skip: auditsBefore });
    expect(rows.map((r) => r.action).sort()).toEqual(['import.commit', ...Array(3).fill('submission.statistics_actual')].sort());
    expect(rows.map((r) => (r.after as { submissionState?: string }).submissionState)).toContain('approved');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // the unit: its form cannot change the value, nor can its own import
    const mine = targets[2]!;
    const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
    const content = await loadContent(db, sub.id);
    const changed = { ...content, values: content.values.map((v) => (v.indicatorId === mine.id ? { ...v, actual: 1 } : v)) };
    expect(await refusalCode(saveDraft(head, { periodId, unitId, version: sub.version, content: changed }))).toBe('statisticsActual');
    // the unchanged value is saved as it is
    expect(await refusalCode(saveDraft(head, { periodId, unitId, version: sub.version, content }))).toBe('ok');
    const row = (await indicators()).findIndex((i) => i.id === mine.id) + 2;
    const p2 = await preview(
      head,
      await unitFile((ws) => {
        ws.getCell(row, ucol('actual')).value = 1;
      }),
    );
    expect(p2.errors.map((e) => [e.row, e.message])).toEqual([[row, expect.stringContaining('来自统计数据')]]);
    // and the unchanged template still round-trips
    expect((await preview(head, await unitFile())).counts).toMatchObject({ changes: 0, errors: 0 });
  });
});
