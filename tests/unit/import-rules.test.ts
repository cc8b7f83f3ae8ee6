// Excel import rules without I/O: reading cells (values only), numbers and dates as typed, headers, and the setup plan
// (every validation message, the weights per unit, the period-state rules, the template round trip).
import { describe, expect, it } from 'vitest';
import {
  checkMeta,
  choiceCell,
  dateCell,
  ImportFileError,
  mapHeaders,
  mergeTouchesRow,
  numberCell,
  readCell,
  splitList,
  textCell,
  type CellRead,
} from '@/lib/import/rules';
import { DIRECTION_LABELS, planSetupImport, SETUP_COLUMNS, templateRow, type SetupContext, type SetupField, type SheetRow } from '@/lib/import/setup-template';
import { messages } from '@/messages';
import { storedIndicator } from '../support/indicators';

const num = (v: unknown, fmt?: string) => numberCell(readCell(v, fmt));

describe('cells', () => {
  it('takes values only: formula results, rich text, hyperlink text; errors and uncalculated formulas refused', () => {
    expect(readCell({ formula: 'A1*2', result: 42 })).toEqual({ kind: 'number', value: 42, percent: false });
    expect(readCell({ sharedFormula: 'A1', result: '文本' })).toEqual({ kind: 'text', value: '文本' });
    expect(readCell({ richText: [{ text: '区' }, { text: '统计局' }] })).toEqual({ kind: 'text', value: '区统计局' });
    expect(readCell({ text: '链接', hyperlink: 'https://example.com' })).toEqual({ kind: 'text', value: '链接' });
    expect(num({ formula: 'SUM(A:A)' })).toEqual({ ok: false, key: 'excelImport.errors.formulaNoResult' });
    expect(num({ error: '#DIV/0!' })).toEqual({ ok: false, key: 'excelImport.errors.cellError', params: { code: '#DIV/0!' } });
    expect(readCell('   ')).toEqual({ kind: 'empty' });
  });

  it('reads numbers as typed in China: full-width digits, separators, trailing spaces and units, %', () => {
    expect(num(1363)).toEqual({ ok: true, value: 1363 });
    expect(num('１３６３')).toEqual({ ok: true, value: 1363 });
    expect(num('1,363盏 ')).toEqual({ ok: true, value: 1363 });
    expect(num(' 12.5　')).toEqual({ ok: true, value: 12.5 });
    expect(num('85%')).toEqual({ ok: true, value: 85 });
    expect(num(0.85, '0%')).toEqual({ ok: true, value: 85 });
    expect(num(null)).toEqual({ ok: true, value: null });
    expect(num('十')).toEqual({ ok: false, key: 'validation.notNumber' });
    expect(num('1 000')).toEqual({ ok: false, key: 'validation.notNumber' });
    expect(num(-3)).toEqual({ ok: false, key: 'validation.negative' });
    expect(num(1e13)).toEqual({ ok: false, key: 'validation.tooLarge' });
    expect(num(new Date())).toEqual({ ok: false, key: 'validation.notNumber' });
    expect(numberCell(readCell('1.2万平方米'), { measureUnit: '平方米' })).toEqual({ ok: true, value: 12000 });
    expect(numberCell(readCell('12吨'), { measureUnit: '平方米' })).toEqual({ ok: false, key: 'validation.badUnit', params: { unit: '平方米' } });
  });

  it('reads dates as date cells, Excel serial numbers or text', () => {
    const d = (v: unknown) => dateCell(readCell(v));
    expect(d(46203)).toEqual({ ok: true, value: '2026-06-30' });
    expect(d(new Date('2026-06-30T00:00:00Z'))).toEqual({ ok: true, value: '2026-06-30' });
    for (const s of ['2026-06-30', '2026/6/30', '2026.6.30', '2026年6月30日', '２０２６年６月３０日 '] as const)
      expect(d(s)).toEqual({ ok: true, value: '2026-06-30' });
    expect(d('2026-02-30')).toEqual({ ok: false, key: 'excelImport.errors.badDate' });
    expect(d('六月底')).toEqual({ ok: false, key: 'excelImport.errors.badDate' });
    expect(d(46203.5)).toEqual({ ok: false, key: 'excelImport.errors.badDate' });
  });

  it('text is trimmed (full-width spaces too); choices take the label or the code', () => {
    expect(textCell(readCell('　名称 '))).toEqual({ ok: true, value: '名称' });
    expect(choiceCell(readCell('越高越好'), DIRECTION_LABELS)).toEqual({ ok: true, value: 'higher' });
    expect(choiceCell(readCell('Milestone'), DIRECTION_LABELS)).toEqual({ ok: true, value: 'milestone' });
    expect(choiceCell(readCell('更高'), DIRECTION_LABELS)).toMatchObject({ ok: false, key: 'excelImport.errors.notInList' });
    expect(splitList('P1、P2，P3 p4')).toEqual(['P1', 'P2', 'P3', 'p4']);
  });

  it('maps headers loosely and names what is missing or duplicated', () => {
    const { index, missing, duplicated } = mapHeaders(['单位代码', ' 指标代码 *', '计划进度（%）', '权重', '权重'], SETUP_COLUMNS);
    expect(index.get('unitCode')).toBe(1);
    expect(index.get('key')).toBe(2);
    expect(index.get('plannedPercent')).toBe(3);
    expect(duplicated).toEqual(['权重']);
    expect(missing).toContain('指标名称');
    expect(mergeTouchesRow('A1:C1', 1)).toBe(true);
    expect(mergeTouchesRow('A2:A5', 1)).toBe(false);
  });

  it('recognises a wrong, old or other-period template', () => {
    const code = (f: () => void) => {
      try {
        f();
        return null;
      } catch (e) {
        return (e as ImportFileError).code;
      }
    };
    const want = { kind: 'period-setup', version: 2, periodId: 'p1' };
    expect(code(() => checkMeta(null, want))).toBe('notTemplate');
    expect(code(() => checkMeta({ kind: 'actuals', version: 2, periodId: 'p1' }, want))).toBe('wrongTemplate');
    expect(code(() => checkMeta({ kind: 'period-setup', version: 1, periodId: 'p1' }, want))).toBe('oldTemplate');
    expect(code(() => checkMeta({ kind: 'period-setup', version: 2, periodId: 'p2' }, want))).toBe('otherPeriod');
    expect(code(() => checkMeta({ kind: 'period-setup', version: 2, periodId: 'p1' }, want))).toBeNull();
  });
});

// ───────────── the setup plan ─────────────

const units = [
  { id: 'u1', code: 'jsj', name: '区建设局' },
  { id: 'u2', code: 'spj', name: '区审批局' },
];
const pillars = [{ id: 'p1', code: 'P1', name: '营商环境' }];
const existing = [
  storedIndicator({}),
  storedIndicator({ id: 'i2', key: 'roads', name: '道路改造', direction: 'milestone', annualTarget: null, plannedPercent: 50, weight: 40, pillarIds: [] }),
];
const ctx = (mode: SetupContext['mode'] = 'full'): SetupContext => ({ mode, units, pillars, existing });
const index = new Map(SETUP_COLUMNS.map((c, i) => [c.field, i + 1] as [SetupField, number]));
const pillarCodes = new Map(pillars.map((p) => [p.id, p.code]));

function rowsOf(records: Record<SetupField, string | number | null>[]): SheetRow[] {
  return records.map((r, i) => ({ row: i + 2, cells: new Map(SETUP_COLUMNS.map((c) => [c.field, readCell(r[c.field])] as [SetupField, CellRead])) }));
}
const asTemplate = () => existing.map((e) => templateRow(e, units[0]!, pillarCodes));
const zh = messages['zh-CN'] as unknown as Record<string, Record<string, unknown>>;
const hasMessage = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], zh) !== undefined;

describe('setup plan', () => {
  it('round trip: the template of the stored set plans nothing', () => {
    const plan = planSetupImport(rowsOf(asTemplate()), index, ctx());
    expect(plan).toMatchObject({ rows: 2, adds: [], changes: [], removes: [], unchanged: 2, errors: [] });
  });

  it('plans adds, changes (named fields) and removals of units present in the file', () => {
    const rows = asTemplate();
    rows[0]!.name = '新建桥梁（含改建）';
    rows[0]!.weight = 50;
    rows.pop(); // roads removed
    rows.push({ ...rows[0]!, key: 'tunnels', name: '隧道', weight: 50, pillars: null });
    const plan = planSetupImport(rowsOf(rows), index, ctx());
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((c) => c.fields)).toEqual([['name', 'weight']]);
    expect(plan.adds.map((a) => a.data.key)).toEqual(['tunnels']);
    expect(plan.removes.map((r) => r.id)).toEqual(['i2']);
  });

  it('gives every validation message with its cell', () => {
    const base = asTemplate()[0]!;
    const bad: Partial<Record<SetupField, string | number | null>>[] = [
      { unitCode: 'nosuch' },
      { unitCode: null },
      { key: 'Bad Key' },
      { name: null },
      { category: '其他' },
      { direction: '更高' },
      { method: '打分' },
      { annualTarget: '十二' },
      { annualTarget: null, halfTarget: null },
      { annualTarget: -1 },
      { halfTarget: 0 },
      { weight: 0 },
      { weight: null },
      { cap: 20 },
      { pillars: 'P9' },
      { direction: '节点进度', plannedPercent: 120 },
      { annualTarget: { formula: 'A1' } as never },
      { annualTarget: { error: '#REF!' } as never },
      { key: 'bridges' },
    ];
    const rows = bad.map((over, i) => ({ ...base, key: `k${i}`, weight: 100 / bad.length, ...over }));
    const plan = planSetupImport(rowsOf(rows), index, ctx());
    const got = plan.errors.map((e) => [e.row, e.column, e.key]);
    expect(got).toEqual(
      expect.arrayContaining([
        [2, '单位代码', 'excelImport.errors.unknownUnit'],
        [3, '单位代码', 'validation.required'],
        [4, '指标代码', 'validation.indicatorKey'],
        [5, '指标名称', 'validation.required'],
        [6, '类别', 'excelImport.errors.notInList'],
        [7, '方向', 'excelImport.errors.notInList'],
        [8, '计分方法', 'excelImport.errors.notInList'],
        [9, '全年目标', 'validation.notNumber'],
        [10, '全年目标', 'validation.targetRequired'],
        [11, '全年目标', 'validation.negative'],
        [12, '半年目标', 'validation.targetPositive'],
        [13, '权重', 'validation.weightPositive'],
        [14, '权重', 'validation.required'],
        [15, '封顶系数', 'validation.tooLarge'],
        [16, '战略举措', 'excelImport.errors.unknownPillar'],
        [17, '计划进度(%)', 'validation.plannedPercent'],
        [18, '全年目标', 'excelImport.errors.formulaNoResult'],
        [19, '全年目标', 'excelImport.errors.cellError'],
      ]),
    );
    for (const e of plan.errors) expect(hasMessage(e.key), e.key).toBe(true);
    expect(plan.adds).toEqual([]);
  });

  it('weights must sum to 100 per unit; duplicate keys are named with the first row', () => {
    const rows = asTemplate();
    rows[1]!.weight = 30;
    rows.push({ ...rows[0]!, weight: 10 });
    // 60 + 30 + 10: the sum is right, the key is not
    const plan = planSetupImport(rowsOf(rows), index, ctx());
    expect(plan.errors.map((e) => [e.row, e.column, e.key, e.params])).toEqual([[4, '指标代码', 'excelImport.errors.duplicateKey', { row: 2 }]]);
    const short = asTemplate();
    short[1]!.weight = 30;
    expect(planSetupImport(rowsOf(short), index, ctx()).errors).toEqual([
      expect.objectContaining({ row: 2, column: '权重', key: 'excelImport.errors.weightSum', params: { unit: 'jsj', sum: 90 } }),
    ]);
  });

  it('an open period takes fixes only; a later one nothing', () => {
    const rows = asTemplate();
    rows[0]!.direction = '越低越好';
    rows[0]!.name = '改名';
    rows.push({ ...rows[1]!, key: 'extra', weight: 0.0001 });
    const open = planSetupImport(rowsOf(rows), index, ctx('fixes'));
    expect(open.errors.map((e) => e.key)).toEqual(expect.arrayContaining(['excelImport.errors.directionLocked', 'excelImport.errors.addLocked']));
    const fix = asTemplate();
    fix[0]!.name = '只改名称';
    expect(planSetupImport(rowsOf(fix), index, ctx('fixes'))).toMatchObject({ errors: [], changes: [expect.objectContaining({ fields: ['name'] })] });
    expect(planSetupImport(rowsOf(fix), index, ctx('locked')).errors[0]!.key).toBe('excelImport.errors.periodLocked');
    expect(planSetupImport(rowsOf([asTemplate()[0]!]), index, ctx('fixes')).errors.map((e) => e.key)).toContain('excelImport.errors.removeLocked');
  });
});
