// Period setup from Excel on a scratch database: template round trip, preview, all-or-nothing commit with its audit
// rows, a form edit between preview and commit, and hostile files — refused with a message, nothing written.
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { verifyAuditChain } from '@/lib/audit/chain-store';
import { createClient, type Db } from '@/lib/db/client';
import { COMMIT_CHUNK, commitSetupImport, previewSetupImport, setupErrorWorkbook, setupTemplate } from '@/lib/import/setup.server';
import { readCell } from '@/lib/import/rules';
import { loadWorkbook, readMeta, readSheet, readWorkbook } from '@/lib/import/xlsx.server';
import { expectFileRefused } from '../support/import-refusal';
import { updateIndicator } from '@/lib/setup/indicators.server';
import { createPeriod } from '@/lib/setup/periods.server';
import { ctxOf } from '../support/actors';
import { createTestDatabase, migrate, seed, type TestDatabase } from '../support/database';
import { unlabelledAuditFields } from '../support/audit-fields';
import { refusalCode } from '../support/refusal';
import { colOf, editWorkbook, setupWorkbook } from '../support/xlsx';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
let periodId: string;
let seededId: string;

beforeAll(async () => {
  tdb = await createTestDatabase('import_setup');
  migrate(tdb.url);
  seed(tdb.url);
  db = await createClient(tdb.url);
  admin = await ctxOf(db, 'admin');
  const open = await db.period.findUniqueOrThrow({ where: { year_half: { year: 2026, half: 1 } } });
  seededId = open.id;
  periodId = (await createPeriod(admin, { year: 2026, half: 2, name: '2026年下半年', sourcePeriodId: open.id })).id;
});
afterAll(async () => {
  await db?.$disconnect();
  await tdb?.drop();
});

const counts = async () => ({ indicators: await db.indicator.count({ where: { periodId } }), audit: await db.auditLog.count() });
const preview = (body: Buffer, fileName = 'setup.xlsx') => previewSetupImport(admin, { periodId, fileName, body });

describe('setup template round trip', () => {
  it('an unchanged template previews nothing to change', async () => {
    const { body } = await setupTemplate(admin, periodId);
    const p = await preview(body);
    expect(p.errors).toEqual([]);
    expect(p.counts).toMatchObject({ adds: 0, changes: 0, removes: 0, errors: 0 });
    expect(p.counts.unchanged).toBe(await db.indicator.count({ where: { periodId } }));
    expect(p.counts.unchanged).toBeGreaterThan(20);
    // written by exceljs's streaming writer: drop-down lists, the hidden meta sheet, the header's style, frozen row
    const wb = await loadWorkbook(body, { full: true });
    expect(wb.getWorksheet('_leitai')!.state).toBe('veryHidden');
    expect(readMeta(await readWorkbook(body))).toMatchObject({ kind: 'period-setup', periodId });
    const ws = wb.getWorksheet('指标设置')!;
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const at = (f: Parameters<typeof colOf>[0]) =>
      dv[`${ws.getColumn(colOf(f)).letter}2`] ?? Object.entries(dv).find(([k]) => k.startsWith(`${ws.getColumn(colOf(f)).letter}2`))?.[1];
    expect(at('unitCode')).toMatchObject({ type: 'list', formulae: [expect.stringContaining('_leitai')] });
    expect(at('category')).toMatchObject({ type: 'list' });
  });

  it('the seeded period’s own template too; the streaming reader gives the full load’s cells', async () => {
    const { body } = await setupTemplate(admin, seededId);
    const p = await previewSetupImport(admin, { periodId: seededId, fileName: 'seeded.xlsx', body });
    expect(p.errors).toEqual([]);
    expect(p.counts).toMatchObject({ adds: 0, changes: 0, removes: 0, errors: 0 });
    const full = (await loadWorkbook(body)).getWorksheet('指标设置')!;
    const sheet = readSheet(await readWorkbook(body), '指标设置');
    expect(sheet.rows.length).toBe(p.counts.unchanged);
    for (const r of sheet.rows)
      r.cells.forEach((c, i) => {
        const cell = full.getRow(r.row).getCell(i + 1);
        expect(c, cell.address).toEqual(readCell(cell.value, cell.numFmt));
      });
  });
});

describe('preview and commit', () => {
  it('shows two errors with sheet, row, column, value and a Chinese message; the marked workbook carries them', async () => {
    const { body } = await setupTemplate(admin, periodId);
    const bad = await editWorkbook(body, (ws) => {
      ws.getCell(3, colOf('weight')).value = '十';
      ws.getCell(5, colOf('unitCode')).value = 'nosuch';
    });
    const p = await preview(bad);
    const cells = p.errors.map((e) => [e.row, e.column, e.value, e.message]);
    expect(cells).toContainEqual([3, '权重', '十', expect.stringContaining('请填写数字')]);
    expect(cells).toContainEqual([5, '单位代码', 'nosuch', expect.stringContaining('单位代码不存在')]);
    expect(p.errors.every((e) => e.sheet === '指标设置')).toBe(true);
    const marked = await loadWorkbook(await setupErrorWorkbook(admin, { periodId, body: bad }), { full: true });
    const cell = marked.getWorksheet('指标设置')!.getCell(3, colOf('weight'));
    expect(String(cell.note && typeof cell.note === 'object' ? JSON.stringify(cell.note) : cell.note)).toContain('请填写数字');
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    expect(marked.getWorksheet('导入错误')!.rowCount).toBe(p.errors.length + 1);
    const before = await counts();
    expect(await refusalCode(commitSetupImport(admin, { periodId, fileName: 'x.xlsx', body: bad, hash: p.hash, dataVersion: p.dataVersion }))).toBe(
      'importHasErrors',
    );
    expect(await counts()).toEqual(before);
  });

  it('commits adds, changes and removals at once, one audit row each plus import.commit', async () => {
    const { body } = await setupTemplate(admin, periodId);
    let unit = '';
    let removedKey = '';
    const edited = await editWorkbook(body, (ws) => {
      unit = String(ws.getCell(2, colOf('unitCode')).value);
      ws.getCell(2, colOf('name')).value = '改过的名称  ';
      // move row 3's weight onto a new indicator of the same unit, remove row 3
      removedKey = String(ws.getCell(3, colOf('key')).value);
      const w = Number(ws.getCell(3, colOf('weight')).value);
      const copy = (ws.getRow(3).values as unknown[]).slice(1);
      ws.spliceRows(3, 1);
      copy[colOf('key') - 1] = 'imported_new';
      copy[colOf('name') - 1] = '导入新增指标';
      copy[colOf('annualTarget') - 1] = '１，２００个';
      copy[colOf('weight') - 1] = w;
      ws.addRow(copy);
    });
    const p = await preview(edited, '指标设置.xlsx');
    expect(p.errors).toEqual([]);
    expect(p.counts).toMatchObject({ adds: 1, changes: 1, removes: 1 });
    expect(p.changes[0]!.fields).toEqual([{ field: 'name', before: expect.any(String), after: '改过的名称' }]);
    const auditBefore = await db.auditLog.count();
    const r = await commitSetupImport(admin, { periodId, fileName: '指标设置.xlsx', body: edited, hash: p.hash, dataVersion: p.dataVersion });
    expect(r).toMatchObject({ added: 1, changed: 1, removed: 1 });
    const unitId = (await db.unit.findUniqueOrThrow({ where: { code: unit } })).id;
    const added = await db.indicator.findUniqueOrThrow({ where: { periodId_unitId_key: { periodId, unitId, key: 'imported_new' } } });
    expect(added.annualTarget).toBe(1200);
    expect(await db.indicator.findUnique({ where: { periodId_unitId_key: { periodId, unitId, key: removedKey } } })).toBeNull();
    const rows = await db.auditLog.findMany({ orderBy: { at: 'asc' }, skip: auditBefore });
    expect(rows.map((a) => a.action).sort()).toEqual(['import.commit', 'setup.create_indicator', 'setup.delete_indicator', 'setup.update_indicator']);
    const done = rows.find((a) => a.action === 'import.commit')!;
    expect(done.after).toMatchObject({ fileName: '指标设置.xlsx', sha256: p.hash, added: 1, changed: 1, removed: 1 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // every field of every row in the database (the seed's, the setup forms' and the import's) has its label
    expect(unlabelledAuditFields(await db.auditLog.findMany({ select: { before: true, after: true } }))).toEqual({ 'zh-CN': [], en: [] });
    // and the template now round-trips again
    const again = await preview((await setupTemplate(admin, periodId)).body);
    expect(again.counts).toMatchObject({ adds: 0, changes: 0, removes: 0, errors: 0 });
  });

  it('refuses a commit when the period was edited by form after the preview, or the file differs', async () => {
    const { body } = await setupTemplate(admin, periodId);
    const edited = await editWorkbook(body, (ws) => void (ws.getCell(2, colOf('name')).value = '并发测试'));
    const p = await preview(edited);
    expect(await refusalCode(commitSetupImport(admin, { periodId, fileName: 'a.xlsx', body: edited, hash: 'f'.repeat(64), dataVersion: p.dataVersion }))).toBe(
      'importFileChanged',
    );
    const ind = await db.indicator.findFirstOrThrow({ where: { periodId }, include: { pillars: true }, orderBy: { sortOrder: 'desc' } });
    await updateIndicator(admin, { ...ind, name: '表单修改', pillarIds: ind.pillars.map((x) => x.pillarId) } as Parameters<typeof updateIndicator>[1]);
    const before = await counts();
    expect(await refusalCode(commitSetupImport(admin, { periodId, fileName: 'a.xlsx', body: edited, hash: p.hash, dataVersion: p.dataVersion }))).toBe(
      'importStale',
    );
    expect(await counts()).toEqual(before);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: ind.id } })).name).toBe('表单修改');
  });

  it('all or nothing: an error in row 9,999 of 10,000 leaves the database untouched', async () => {
    const codes = (await db.unit.findMany({ orderBy: { code: 'asc' }, take: 25, select: { code: true } })).map((u) => u.code);
    expect(codes).toHaveLength(25);
    const bad = await setupWorkbook(periodId, codes, 400, (row, n) => {
      if (n === 9_998) row[colOf('halfTarget') - 1] = 'abc';
    });
    const before = await counts();
    const p = await preview(bad);
    expect(p.counts.rows).toBe(10_000);
    expect(p.errors).toEqual([expect.objectContaining({ row: 9_999, column: '半年目标', value: 'abc' })]);
    expect(await refusalCode(commitSetupImport(admin, { periodId, fileName: 'big.xlsx', body: bad, hash: p.hash, dataVersion: p.dataVersion }))).toBe(
      'importHasErrors',
    );
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('commits 2,500 rows in pieces of COMMIT_CHUNK: one chain across the pieces, contiguous and verified', async () => {
    const codes = (await db.unit.findMany({ orderBy: { code: 'asc' }, take: 5, select: { code: true } })).map((u) => u.code);
    const body = await setupWorkbook(periodId, codes, 500);
    const p = await preview(body);
    expect(p.errors).toEqual([]);
    expect(p.counts.adds).toBeGreaterThan(2 * COMMIT_CHUNK);
    const head = async () => db.auditChain.findMany({ orderBy: { chain: 'asc' } });
    const heads = await head();
    const auditBefore = await db.auditLog.count();
    const r = await commitSetupImport(admin, { periodId, fileName: 'big.xlsx', body, hash: p.hash, dataVersion: p.dataVersion });
    const written = r.added + r.changed + r.removed + 1;
    expect(await db.auditLog.count()).toBe(auditBefore + written);
    // one chain moved by exactly the rows written, their seqs contiguous
    const moved = (await head()).filter((h) => heads.find((o) => o.chain === h.chain)?.seq !== h.seq);
    expect(moved).toHaveLength(1);
    const from = heads.find((o) => o.chain === moved[0]!.chain)?.seq ?? 0;
    expect(moved[0]!.seq).toBe(from + written);
    const seqs = await db.auditLog.findMany({
      where: { chain: moved[0]!.chain, seq: { gt: from } },
      orderBy: { seq: 'asc' },
      select: { seq: true, action: true },
    });
    expect(seqs.map((x) => x.seq)).toEqual(Array.from({ length: written }, (_, i) => from + 1 + i));
    expect(seqs.at(-1)!.action).toBe('import.commit');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 120_000);
});

/** A zip with one stored-as-deflated entry whose declared size is what it really is. */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const comp = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14); // crc not checked before the size limits bite
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, comp);
    centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('hostile files: one clear message each, nothing written', () => {
  const cases: [string, () => Promise<Buffer>, string][] = [
    ['zip bomb', async () => zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(80 * 1024 * 1024, 0x20) }]), 'sheetTooLarge'],
    ['many small zeros (ratio)', async () => zipOf([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x41) }]), 'zipBomb'],
    ['renamed binary', async () => Buffer.from('MZ\x90\x00 this is a renamed .exe, not a workbook'.repeat(20)), 'notXlsx'],
    ['encrypted (OLE container)', async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), 'encrypted'],
    ['over 10 MB', async () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(10 * 1024 * 1024)]), 'tooLarge'],
    ['a zip that is not a workbook', async () => zipOf([{ name: 'hello.txt', data: Buffer.from('hi') }]), 'notXlsx'],
    [
      'not our template',
      async () => editWorkbook((await setupTemplate(admin, periodId)).body, (_ws, wb) => wb.removeWorksheet(wb.getWorksheet('_leitai')!.id)),
      'notTemplate',
    ],
    ['empty sheet', async () => setupWorkbook(periodId, [], 0), 'emptySheet'],
    ['merged header cells', async () => editWorkbook((await setupTemplate(admin, periodId)).body, (ws) => ws.mergeCells('A1:B1')), 'mergedHeader'],
  ];
  it.each(cases)('%s', async (_name, make, code) => {
    await expectFileRefused({
      body: await make(),
      code,
      preview,
      commit: (body, hash) => commitSetupImport(admin, { periodId, fileName: 'x.xlsx', body, hash, dataVersion: '' }),
      counts,
    });
  });

  it('formulas: the cached value is taken; a formula without one is a row error', async () => {
    const { body } = await setupTemplate(admin, periodId);
    const edited = await editWorkbook(body, (ws) => {
      const w = Number(ws.getCell(2, colOf('weight')).value);
      ws.getCell(2, colOf('weight')).value = { formula: `${w}*1`, result: w } as never;
      ws.getCell(3, colOf('annualTarget')).value = { formula: 'SUM(1,2)' } as never;
    });
    const p = await preview(edited);
    expect(p.errors).toEqual([expect.objectContaining({ row: 3, column: '全年目标', message: expect.stringContaining('公式没有计算结果') })]);
  });
});
