// Ledger problems from Excel on a scratch database: our template's round trip, a 12345 export read through a column
// mapping (numbers, events, audit rows, the chain), all or nothing, re-import = unchanged, a form recording at the same
// moment, who may import (through the real route), and hostile files — one clear message each, nothing written.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';

const state = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as Db | null }));
vi.mock('@/lib/db.server', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/auth/auth.server', () => ({
  getAuth: async () => ({
    api: { getSession: async () => (state.user ? { user: { ...state.user, disabled: false }, session: { id: state.user.sessionId } } : null) },
  }),
}));

const { POST, GET } = await import('@/app/api/import/problems/[step]/route');
const { verifyAuditChain } = await import('@/lib/audit/chain-store');
const { createClient } = await import('@/lib/db/client');
const { commitProblemsImport, previewProblemsImport, problemsErrorWorkbook, problemsTemplate } = await import('@/lib/import/problems.server');
const { PROBLEM_COLUMNS } = await import('@/lib/import/problems-template');
const { loadWorkbook, sha256 } = await import('@/lib/import/xlsx.server');
const { recordProblem } = await import('@/lib/problems/commands.server');
const { ctxOf, userOf } = await import('../support/actors');
const { createSeededDatabase } = await import('../support/database');
const { hotlineExport } = await import('../support/hotline-export');
const { expectFileRefused } = await import('../support/import-refusal');
const { refusalCode } = await import('../support/refusal');

let scratch: Awaited<ReturnType<typeof createSeededDatabase>>;
let db: Db;
let admin: ActionContext;
/** 2026-06-30 noon, China: the exports' call dates (from 2026-03-02) are in the past */
const NOW = new Date('2026-06-30T04:00:00Z');

beforeAll(async () => {
  scratch = await createSeededDatabase('import_problems');
  db = await createClient(scratch.url);
  state.db = db;
  admin = await ctxOf(db, 'admin', NOW);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const counts = async () => ({
  problems: await db.enterpriseProblem.count(),
  events: await db.problemEvent.count(),
  assists: await db.problemAssist.count(),
  audit: await db.auditLog.count(),
});
const mapping = (m: { columns?: Record<string, string>; fixed?: Record<string, string> }) => JSON.stringify({ columns: {}, fixed: {}, ...m });
const preview = (body: Buffer, m?: string, fileName = '12345工单.xlsx') => previewProblemsImport(admin, { fileName, body, mapping: m });
const commit = async (body: Buffer, m?: string, fileName = '12345工单.xlsx') => {
  const p = await preview(body, m, fileName);
  return { p, r: await commitProblemsImport(admin, { fileName, body, hash: p.hash, dataVersion: p.dataVersion, mapping: m }) };
};

describe('our template', () => {
  it('round trip: download, fill two rows, preview, commit; the template skips the mapping', async () => {
    const { body } = await problemsTemplate(admin);
    const wb = await loadWorkbook(body, { full: true });
    expect(wb.getWorksheet('_leitai')!.state).toBe('veryHidden');
    const ws = wb.getWorksheet('企业诉求')!;
    expect(ws.getRow(1).values).toEqual([undefined, ...PROBLEM_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header))]);
    const row = (ref: string | null, lead: string) =>
      ws.addRow([
        ref,
        '项目落地',
        '走访',
        '泰和瑞丰精密机械有限公司',
        null,
        '张先生',
        '13800001111',
        '用地指标协调',
        '企业扩建项目需新增用地指标。',
        lead,
        null,
        '陈思雨',
        '2026/6/1',
        '2026年6月30日',
      ]);
    row('ZF-001', '经发局');
    row(null, 'jfj');
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await preview(filled, undefined, '模板.xlsx');
    expect(p.mapping.template).toBe(true);
    expect(p.errors).toEqual([]);
    expect(p.counts).toMatchObject({ rows: 2, adds: 2, unchanged: 0 });
    const r = await commitProblemsImport(admin, { fileName: '模板.xlsx', body: filled, hash: p.hash, dataVersion: p.dataVersion });
    expect(r.added).toBe(2);
    const again = await preview(filled, undefined, '模板.xlsx');
    // the row with a 工单编号 is recognised; the one without is added again (documented)
    expect(again.counts).toMatchObject({ adds: 1, unchanged: 1 });
  });
});

describe('a 12345 export with a column mapping', () => {
  it('proposes the mapping, commits N problems with numbers, events and audit rows; the chain verifies', async () => {
    const body = await hotlineExport({ rows: 12 });
    const p = await preview(body);
    expect(p.mapping.template).toBe(false);
    expect(p.mapping.used.fixed).toEqual({ source: '12345热线' });
    expect(p.errors).toEqual([]);
    const before = await counts();
    const year = await db.enterpriseProblem.count({ where: { code: { startsWith: 'QY2026-' } } });
    const r = await commitProblemsImport(admin, { fileName: '12345工单.xlsx', body, hash: p.hash, dataVersion: p.dataVersion });
    expect(r).toMatchObject({ added: 12, unchanged: 0 });
    const after = await counts();
    expect(after.problems - before.problems).toBe(12);
    expect(after.events - before.events).toBe(12);
    expect(after.audit - before.audit).toBe(13);
    const rows = await db.enterpriseProblem.findMany({ where: { code: { in: r.codes } }, include: { assists: true, events: true }, orderBy: { code: 'asc' } });
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((x) => x.code)).size).toBe(12);
    expect(r.codes[0]).toBe(`QY2026-${String(year + 1).padStart(4, '0')}`);
    const first = rows.find((x) => x.externalRef === 'RX2026030000')!;
    expect(first).toMatchObject({ source: 'hotline', status: 'pending', category: 'project', contactPhone: '13800000000', creditCode: '91330100MA2H3K4L50' });
    expect(first.events.map((e) => [e.kind, e.toStatus])).toEqual([['record', 'pending']]);
    expect(first.assists).toHaveLength(1);
    const audit = await db.auditLog.findMany({ where: { action: 'problem.record', entityId: first.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(audit[0]!.after))).toMatchObject({ code: first.code, externalRef: 'RX2026030000', source: 'hotline' });
    const imp = await db.auditLog.findFirstOrThrow({ where: { action: 'import.commit', entityType: 'problem_import' }, orderBy: { at: 'desc' } });
    expect(imp.after).toMatchObject({ template: 'problems', sha256: sha256(body), rows: 12, added: 12, unchanged: 0, fileName: '12345工单.xlsx' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // the same file again: every row is already in the ledger; nothing to commit
    const again = await preview(body);
    expect(again.counts).toMatchObject({ rows: 12, adds: 0, unchanged: 12, errors: 0 });
    expect(again.unchanged[0]).toMatchObject({ ref: 'RX2026030000', code: first.code });
  });

  it('headers it does not know are mapped by hand; a fixed value fills a missing column', async () => {
    const body = await hotlineExport({ rows: 3, refPrefix: 'RB', rename: { 承办人: '跟进干部', 办理时限: '回复截止' } });
    const p = await preview(body);
    expect(p.errors.map((e) => e.key)).toEqual(['ledgerImport.errors.unmapped', 'ledgerImport.errors.unmapped']);
    expect(p.errors[0]!.message).toContain('没有对应的列');
    const m = mapping({
      columns: { ...p.mapping.used.columns, responsiblePerson: '跟进干部', dueAt: '回复截止' },
      fixed: { source: '线上', category: '其他' },
    });
    const fixedCategory = JSON.parse(m) as { columns: Record<string, string> };
    delete fixedCategory.columns.category;
    const { r } = await commit(body, JSON.stringify(fixedCategory));
    expect(r.added).toBe(3);
    const rows = await db.enterpriseProblem.findMany({ where: { externalRef: { startsWith: 'RB' } } });
    expect(rows.map((x) => [x.source, x.category])).toEqual(Array(3).fill(['online', 'other']));
  });

  it('all or nothing: an error in the last row writes nothing; its cell is marked in the downloaded workbook', async () => {
    const body = await hotlineExport({ rows: 40, refPrefix: 'RE', tweak: (row, i) => i === 39 && (row['承办单位'] = '规划局') });
    const p = await preview(body);
    expect(p.errors.map((e) => [e.sheet, e.row, e.column, e.value, e.message])).toEqual([
      ['工单明细', 41, '承办单位', '规划局', '单位「规划局」不存在，请填写单位代码、全称或简称。'],
    ]);
    const before = await counts();
    expect(await refusalCode(commitProblemsImport(admin, { fileName: 'x.xlsx', body, hash: p.hash, dataVersion: p.dataVersion }))).toBe('importHasErrors');
    expect(await counts()).toEqual(before);
    const marked = await loadWorkbook(await problemsErrorWorkbook(admin, { body }), { full: true });
    const cell = marked.getWorksheet('工单明细')!.getCell(41, 11);
    expect(JSON.stringify(cell.note)).toContain('规划局');
    expect(marked.getWorksheet('导入错误')!.rowCount).toBe(2);
  });

  it('refuses another file, another mapping, or a ref imported meanwhile (stale) — nothing written', async () => {
    const body = await hotlineExport({ rows: 4, refPrefix: 'RS' });
    const p = await preview(body);
    const other = await hotlineExport({ rows: 5, refPrefix: 'RS' });
    expect(await refusalCode(commitProblemsImport(admin, { fileName: 'x.xlsx', body: other, hash: p.hash, dataVersion: p.dataVersion }))).toBe(
      'importFileChanged',
    );
    const changed = mapping({ ...p.mapping.used, fixed: { source: '走访' } });
    expect(await refusalCode(commitProblemsImport(admin, { fileName: 'x.xlsx', body, hash: p.hash, dataVersion: p.dataVersion, mapping: changed }))).toBe(
      'ledgerImport.refusals.stale',
    );
    // someone imports a file sharing one ref between this preview and its commit
    await commit(await hotlineExport({ rows: 1, refPrefix: 'RS' }));
    const before = await counts();
    expect(await refusalCode(commitProblemsImport(admin, { fileName: 'x.xlsx', body, hash: p.hash, dataVersion: p.dataVersion }))).toBe(
      'ledgerImport.refusals.stale',
    );
    expect(await counts()).toEqual(before);
  });

  it('an import and a form recording at the same moment both land, with distinct numbers', async () => {
    const body = await hotlineExport({ rows: 20, refPrefix: 'RC' });
    const p = await preview(body);
    const unit = await db.unit.findFirstOrThrow({ where: { code: 'jfj' } });
    const form = recordProblem(await ctxOf(db, 'admin', NOW), {
      category: 'service',
      source: 'visit',
      enterpriseName: '泰和安达物流有限公司',
      title: '货车通行证办理',
      description: '企业申请夜间货车通行证。',
      leadUnitId: unit.id,
      assistUnitIds: [],
      responsiblePerson: '陈思雨',
      raisedAt: '2026-06-29',
      dueAt: '2026-07-10',
    });
    const [r, f] = await Promise.all([commitProblemsImport(admin, { fileName: 'c.xlsx', body, hash: p.hash, dataVersion: p.dataVersion }), form]);
    expect(r.added).toBe(20);
    expect(r.codes).not.toContain(f.code);
    const all = await db.enterpriseProblem.findMany({ select: { code: true } });
    expect(new Set(all.map((x) => x.code)).size).toBe(all.length);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe('through the route', () => {
  const params = (step: string) => ({ params: Promise.resolve({ step }) });
  const form = (body: Buffer, fields: Record<string, string> = {}) => {
    const fd = new FormData();
    fd.set('file', new File([new Uint8Array(body)], '12345.xlsx'));
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return new Request('http://localhost/api/import/problems/preview', { method: 'POST', body: fd });
  };

  it('a unit user (who may record problems by form) gets 404 for every step; nothing written', async () => {
    state.user = await userOf(db, 'jfj_staff');
    const before = await counts();
    expect((await GET(new Request('http://localhost/api/import/problems/template'), params('template'))).status).toBe(404);
    const res = await POST(form(await hotlineExport({ rows: 2, refPrefix: 'RU' })), params('commit'));
    expect(res.status).toBe(404);
    expect(await counts()).toEqual(before);
    expect(await refusalCode(previewProblemsImport(await ctxOf(db, 'jfj_staff'), { fileName: 'x', body: Buffer.alloc(1) }))).toBe('forbidden');
  });

  it('the 考核办 previews with a mapping sent as a multipart field (longer than 200 characters)', async () => {
    state.user = await userOf(db, 'admin');
    const body = await hotlineExport({ rows: 2, refPrefix: 'RH' });
    const proposed = (await preview(body)).mapping.used;
    const m = mapping({ ...proposed, fixed: { source: '线上' } });
    expect(m.length).toBeGreaterThan(200);
    const res = await POST(form(body, { mapping: m }), params('preview'));
    expect(res.status).toBe(200);
    const json = (await res.json()) as { data: { counts: { adds: number }; mapping: { used: { fixed: Record<string, string> } } } };
    expect(json.data.counts.adds).toBe(2);
    expect(json.data.mapping.used.fixed).toEqual({ source: '线上' });
    const bad = await POST(form(body, { mapping: '{"columns":{"nope":1}}' }), params('preview'));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { message: string }).message).toContain('列对应关系无法识别');
  });
});

describe('hostile files: one clear message each, nothing written', () => {
  const sheetOf = async (fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('工单明细'), wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const cases: [string, () => Promise<Buffer>, string][] = [
    ['renamed binary', async () => Buffer.from('MZ\x90\x00 this is a renamed .exe, not a workbook'.repeat(20)), 'notXlsx'],
    [
      'password-protected (OLE container)',
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
      'encrypted',
    ],
    ['over 10 MB', async () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(10 * 1024 * 1024)]), 'tooLarge'],
    ['empty sheet', async () => sheetOf((ws) => ws.addRow(['工单编号', '诉求标题'])), 'emptySheet'],
    ['no header at all', async () => sheetOf(() => {}), 'emptySheet'],
    [
      'merged header cells',
      async () =>
        sheetOf((ws) => {
          ws.addRow(['工单信息', null, '诉求标题']);
          ws.addRow(['RX1', '2026-03-02', '标题']);
          ws.mergeCells('A1:B1');
        }),
      'mergedHeader',
    ],
    [
      "another import's template",
      async () =>
        sheetOf((ws, wb) => {
          ws.addRow(['单位代码']);
          ws.addRow(['jfj']);
          const meta = wb.addWorksheet('_leitai', { state: 'veryHidden' });
          meta.getCell('B1').value = 'period-setup';
          meta.getCell('B2').value = 1;
        }),
      'ledgerImport.file.wrongTemplate',
    ],
  ];
  it.each(cases)('%s', async (_name, make, code) => {
    await expectFileRefused({
      body: await make(),
      code,
      preview,
      commit: (body, hash) => commitProblemsImport(admin, { fileName: 'x.xlsx', body, hash, dataVersion: '' }),
      counts,
    });
  });

  it('full-width digits, trailing spaces, dates as serials or text are read, not refused', async () => {
    const body = await hotlineExport({
      rows: 3,
      refPrefix: 'RW',
      tweak: (row, i) => {
        if (i === 0) Object.assign(row, { 联系电话: '１３８００００１１１１', '诉求企业/单位名称': '泰和绿源新材料有限公司   ', 办理时限: '2026/4/30' });
        if (i === 1) Object.assign(row, { 来电时间: 46085, 办理时限: '2026年4月30日' });
      },
    });
    const p = await preview(body);
    expect(p.errors).toEqual([]);
    expect(p.adds[0]).toMatchObject({ enterprise: '泰和绿源新材料有限公司', dueAt: '2026-04-30' });
  });
});
