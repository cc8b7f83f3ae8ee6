// The ledger import's pure rules: the column mapping proposed from a 12345 export's headers, cells read as the form
// reads them (dates, date-times, phones, credit codes), and every message a row can get — each one a Chinese sentence.
import { describe, expect, it } from 'vitest';
import {
  dayCell,
  externalRefOf,
  mappingKey,
  mappingSchema,
  mappingText,
  planProblemImport,
  PROBLEM_COLUMNS,
  proposeMapping,
  resolveMapping,
  templateMapping,
  type ProblemField,
  type ProblemsContext,
} from '@/lib/import/problems-template';
import type { CellRead, ImportIssue } from '@/lib/import/rules';
import { messages } from '@/messages';
import { HOTLINE_HEADERS } from '../support/hotline-export';

const T = (value: string): CellRead => ({ kind: 'text', value });
const N = (value: number): CellRead => ({ kind: 'number', value, percent: false });

describe('proposeMapping', () => {
  it('maps a 12345 export by synonyms, fixes 来源 = 12345热线, leaves 序号/处理状态/回访结果 alone', () => {
    const m = proposeMapping([...HOTLINE_HEADERS]);
    expect(m.columns).toEqual({
      externalRef: '工单编号',
      category: '诉求分类',
      enterpriseName: '诉求企业/单位名称',
      creditCode: '统一社会信用代码',
      contactName: '诉求人',
      contactPhone: '联系电话',
      title: '诉求标题',
      description: '诉求内容',
      leadUnit: '承办单位',
      assistUnits: '协办单位',
      responsiblePerson: '承办人',
      raisedAt: '来电时间',
      dueAt: '办理时限',
    });
    expect(m.fixed).toEqual({ source: '12345热线' });
  });

  it('takes each column once, exact names before "contains", and loose spelling (spaces, full-width brackets, *)', () => {
    const m = proposeMapping(['受理时间', ' 来电时间 ', '要求办结时间（天）', '主办单位*', '问题描述', '企业名称（全称）']);
    expect(m.columns.raisedAt).toBe('来电时间');
    expect(m.columns.dueAt).toBe('要求办结时间（天）');
    expect(m.columns.leadUnit).toBe('主办单位*');
    expect(m.columns.description).toBe('问题描述');
    expect(m.columns.enterpriseName).toBe('企业名称（全称）');
    expect(m.fixed).toEqual({ source: '12345热线', category: '对企服务' });
  });

  it('leaves a header it does not know unmapped (the user maps it by hand)', () => {
    const m = proposeMapping(HOTLINE_HEADERS.map((h) => (h === '承办人' ? '跟进干部' : h === '办理时限' ? '回复截止' : h)));
    expect(m.columns.responsiblePerson).toBeUndefined();
    expect(m.columns.dueAt).toBeUndefined();
    const { errors } = resolveMapping([...HOTLINE_HEADERS], m, 'S');
    expect(errors.map((e) => e.key)).toEqual(['ledgerImport.errors.unmapped', 'ledgerImport.errors.unmapped']);
  });

  it("our template's headers map to themselves", () => {
    const headers = PROBLEM_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header));
    const { sources, errors } = resolveMapping(headers, templateMapping(), 'S');
    expect(errors).toEqual([]);
    expect([...sources.values()].map((s) => ('col' in s ? s.col : 0))).toEqual(headers.map((_, i) => i + 1));
  });
});

describe('mapping schema and key', () => {
  it('accepts columns and fixed values, refuses unknown fields; the key is order-free and drops fixed values shadowed by a column', () => {
    expect(mappingSchema.safeParse({ columns: { nope: 'x' } }).success).toBe(false);
    const a = mappingSchema.parse({ fixed: { source: '走访' }, columns: { title: '标题', source: '来源' } });
    const b = mappingSchema.parse({ columns: { source: '来源', title: '标题' } });
    expect(mappingKey(a)).toBe(mappingKey(b));
  });
  it('reads in words for the audit log', () => {
    expect(mappingText({ columns: { enterpriseName: '诉求企业/单位名称' }, fixed: { source: '12345热线' } })).toBe(
      '来源=12345热线；企业名称←诉求企业/单位名称',
    );
  });
  it('names a column that is not in the workbook', () => {
    const { errors } = resolveMapping(['标题'], { columns: { title: '题目' }, fixed: {} }, 'S');
    expect(errors.find((e) => e.column === '诉求标题')).toMatchObject({ key: 'ledgerImport.errors.noSuchColumn', params: { column: '题目' } });
  });
});

describe('cells', () => {
  it('reads days from date cells, serials (with a time), text dates and date-times, full-width digits', () => {
    expect(dayCell({ kind: 'date', value: new Date('2026-03-05T00:00:00Z') })).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(N(46086))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(N(46086.39))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(T('2026/3/5'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(T('2026年3月5日'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(T('２０２６-０３-０５ 09:12:33'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(T('2026-03-05T09:12'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dayCell(T('2026-02-30'))).toMatchObject({ ok: false, key: 'excelImport.errors.badDate' });
    expect(dayCell(T('下周一'))).toMatchObject({ ok: false, key: 'excelImport.errors.badDate' });
  });
  it('reads a 工单编号 from text or a number, half-width and trimmed', () => {
    expect(externalRefOf(T(' RX２０２６001 '))).toBe('RX2026001');
    expect(externalRefOf(N(2026030001))).toBe('2026030001');
    expect(externalRefOf({ kind: 'empty' })).toBeNull();
  });
});

// ───────────── the planner ─────────────

const UNITS: ProblemsContext['units'] = [
  { id: 'u1', code: 'jfj', name: '泰和高新区经济发展局', shortName: '经发局', active: true },
  { id: 'u2', code: 'kcj', name: '泰和高新区科技创新局', shortName: '科创局', active: true },
  { id: 'u3', code: 'old', name: '已撤并局', shortName: null, active: false },
];
const CTX: ProblemsContext = { units: UNITS, existingRefs: new Map([['RX-OLD', 'QY2026-0007']]), today: '2026-06-30' };
const FIELDS = PROBLEM_COLUMNS.map((c) => c.field);
const SOURCES = new Map(FIELDS.map((f, i) => [f, { col: i + 1, column: PROBLEM_COLUMNS[i]!.header }] as const));

const GOOD: Record<ProblemField, CellRead> = {
  externalRef: T('RX-1'),
  category: T('对企服务'),
  source: T('12345热线'),
  enterpriseName: T('泰和瑞丰精密机械有限公司  '),
  creditCode: T('91330100ma2h3k4l50'),
  contactName: T('张先生'),
  contactPhone: N(13800001234),
  title: T('研发费用加计扣除政策咨询'),
  description: T('企业咨询研发费用加计扣除的适用范围。'),
  leadUnit: T('科创局'),
  assistUnits: T('jfj'),
  responsiblePerson: T('郭晓婷'),
  raisedAt: T('2026-03-05 09:12:33'),
  dueAt: N(46101),
};

function planOf(rows: Partial<Record<ProblemField, CellRead>>[], sources = SOURCES, ctx = CTX) {
  return planProblemImport(
    rows.map((r, i) => ({ row: i + 2, cells: new Map(Object.entries({ ...GOOD, ...r }) as [ProblemField, CellRead][]) })),
    sources,
    ctx,
    '工单明细',
  );
}

/** The zh-CN sentence of a key (throws when missing: every message must exist). */
function sentence(i: Pick<ImportIssue, 'key'>): string {
  const v = i.key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages['zh-CN']);
  if (typeof v !== 'string') throw new Error(`no message for ${i.key}`);
  return v;
}

describe('planProblemImport', () => {
  it('a good row becomes the form’s record: units by short name or code, credit code upper-cased, phone as text, dates as days', () => {
    const p = planOf([{}]);
    expect(p.errors).toEqual([]);
    expect(p.adds[0]).toMatchObject({
      row: 2,
      externalRef: 'RX-1',
      data: {
        category: 'service',
        source: 'hotline',
        enterpriseName: '泰和瑞丰精密机械有限公司',
        creditCode: '91330100MA2H3K4L50',
        contactPhone: '13800001234',
        leadUnitId: 'u2',
        assistUnitIds: ['u1'],
        raisedAt: '2026-03-05',
        dueAt: '2026-03-20',
      },
    });
  });

  it('a 工单编号 already in the ledger is unchanged (not checked again); a repeated one errs on the later row', () => {
    const p = planOf([{ externalRef: T('RX-OLD'), title: T('') }, {}, { externalRef: T('RX-1') }]);
    expect(p.unchanged).toEqual([{ row: 2, externalRef: 'RX-OLD', code: 'QY2026-0007' }]);
    expect(p.adds.map((a) => a.row)).toEqual([3]);
    expect(p.errors).toEqual([
      { sheet: '工单明细', row: 4, col: 1, column: '工单编号', value: 'RX-1', key: 'ledgerImport.errors.duplicateRef', params: { row: 3 } },
    ]);
  });

  it('rows without a 工单编号 are always added', () => {
    expect(planOf([{ externalRef: { kind: 'empty' } }, { externalRef: { kind: 'empty' } }]).adds).toHaveLength(2);
  });

  const cases: [string, Partial<Record<ProblemField, CellRead>>, ProblemField, string, string][] = [
    ['unknown unit, named', { leadUnit: T('规划局') }, 'leadUnit', 'ledgerImport.errors.unknownUnit', '不存在'],
    ['inactive unit', { assistUnits: T('已撤并局') }, 'assistUnits', 'ledgerImport.errors.inactiveUnit', '已停用'],
    ['assist = lead', { assistUnits: T('科创局') }, 'assistUnits', 'problem.errors.assistIsLead', '协办单位不能与主办单位相同'],
    ['assist twice', { assistUnits: T('jfj、经发局') }, 'assistUnits', 'problem.errors.duplicate', '协办单位有重复'],
    ['category not in list', { category: T('营商环境') }, 'category', 'excelImport.errors.notInList', '请从下拉列表中选择'],
    ['source missing', { source: { kind: 'empty' } }, 'source', 'validation.required', '必填'],
    ['enterprise missing', { enterpriseName: T('  ') }, 'enterpriseName', 'validation.required', '必填'],
    ['title too long', { title: T('长'.repeat(81)) }, 'title', 'validation.tooLong', '长度'],
    ['credit code check character', { creditCode: T('91330100MA2H3K4L5C') }, 'creditCode', 'problem.errors.creditCode.checkChar', '校验位'],
    ['credit code length', { creditCode: T('9133') }, 'creditCode', 'problem.errors.creditCode.length', '18位'],
    ['phone', { contactPhone: T('138-0000-abcd') }, 'contactPhone', 'problem.errors.phone', '联系电话'],
    ['raised in the future', { raisedAt: T('2026-07-01'), dueAt: T('2026-07-15') }, 'raisedAt', 'problemFlow.errors.futureDate', '不能晚于今天'],
    ['due before raised', { dueAt: T('2026/3/1') }, 'dueAt', 'problem.errors.dueBeforeRaised', '承诺时限不能早于'],
    ['due not a date', { dueAt: T('十五个工作日') }, 'dueAt', 'excelImport.errors.badDate', '有效日期'],
    ['due missing', { dueAt: { kind: 'empty' } }, 'dueAt', 'validation.required', '必填'],
    ['cell error', { title: { kind: 'error', value: '#REF!' } }, 'title', 'excelImport.errors.cellError', '错误值'],
  ];
  it.each(cases)('%s → one message on its cell, in Chinese', (_name, row, field, key, words) => {
    const p = planOf([row]);
    expect(p.adds).toEqual([]);
    expect(p.errors).toHaveLength(1);
    const e = p.errors[0]!;
    expect(e).toMatchObject({ row: 2, col: FIELDS.indexOf(field) + 1, column: PROBLEM_COLUMNS[FIELDS.indexOf(field)]!.header, key });
    expect(sentence(e)).toContain(words);
  });

  it('a wrong fixed value is reported once, not on every row', () => {
    const sources = new Map(SOURCES);
    sources.set('category', { fixed: '营商' } as never);
    const p = planOf(
      [
        { category: T('营商'), externalRef: { kind: 'empty' } },
        { category: T('营商'), externalRef: { kind: 'empty' } },
      ],
      sources,
    );
    expect(p.errors).toEqual([expect.objectContaining({ row: 0, col: 0, column: '类别（固定值）', value: '营商', key: 'excelImport.errors.notInList' })]);
  });

  it('an empty sheet is one row-less error', () => {
    expect(planProblemImport([], SOURCES, CTX, 'S').errors.map((e) => e.key)).toEqual(['excelImport.file.emptySheet']);
  });

  it('every ledger-import message exists in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const ns = messages[lang].ledgerImport;
      expect(Object.keys(ns.errors).sort()).toEqual(['duplicateRef', 'inactiveUnit', 'noSuchColumn', 'unknownUnit', 'unmapped']);
      expect(ns.file.badMapping && ns.file.wrongTemplate && ns.refusals.stale).toBeTruthy();
    }
  });
});
