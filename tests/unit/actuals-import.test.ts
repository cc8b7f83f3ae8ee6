// The actuals templates' pure rules (decision 022): template round trip for both kinds, numbers with units of measure,
// plausibility through the import, blank cells, ledger and statistics values, and every new message in both languages.
import { describe, expect, it } from 'vitest';
import {
  actualsTemplateRow,
  planActualsImport,
  STATISTICS_COLUMNS,
  UNIT_ACTUALS_COLUMNS,
  type ActualsColumn,
  type ActualsContext,
  type ActualsField,
  type ActualsIndicator,
  type SheetRow,
} from '@/lib/import/actuals-template';
import { readCell, type CellRead } from '@/lib/import/rules';
import { DEFAULT_SETTINGS } from '@/lib/scoring/settings';
import { messages } from '@/messages';

const U1 = { id: 'u1', code: 'sjj', name: '数据资源局' };
const U2 = { id: 'u2', code: 'jfj', name: '经济发展局' };

function ind(
  id: string,
  unitId: string,
  over: Partial<ActualsIndicator['input']> = {},
  stored: ActualsIndicator['stored'] = null,
  ledger = false,
): ActualsIndicator {
  return {
    input: {
      id,
      unitId,
      key: `k_${id}`,
      name: `指标${id}`,
      measureUnit: '个',
      direction: 'higher',
      method: 'ratio',
      annualTarget: 200,
      halfTarget: 100,
      plannedPercent: null,
      weight: 25,
      cap: null,
      actual: null,
      ...over,
    },
    unitId,
    category: 'main',
    dataSource: null,
    ledger,
    stored,
  };
}

function ctx(indicators: ActualsIndicator[], over: Partial<ActualsContext> = {}): ActualsContext {
  return { locked: null, units: [U1, U2], indicators, previous: new Map(), settings: DEFAULT_SETTINGS, ...over };
}

/** Sheet rows as the template writes them (through exceljs's value shapes: numbers stay numbers). */
function rowsOf(
  columns: readonly ActualsColumn[],
  records: Record<ActualsField, string | number | null>[],
): { rows: SheetRow[]; index: Map<ActualsField, number> } {
  const index = new Map(columns.map((c, i) => [c.field, i + 1]));
  const rows = records.map((r, i) => ({ row: i + 2, cells: new Map(columns.map((c) => [c.field, readCell(r[c.field])] as [ActualsField, CellRead])) }));
  return { rows, index };
}

const indicators = [
  ind('a', 'u1', {}, { actual: 95, note: '', source: 'unit' }),
  ind('b', 'u1', { measureUnit: '亿元' }, { actual: 180, note: '含新投产二期项目，已与统计部门核对', source: 'unit' }),
  ind('c', 'u1', {}, null),
  ind('d', 'u1', { direction: 'milestone', annualTarget: null, halfTarget: null, plannedPercent: 60 }, { actual: 55, note: '', source: 'unit' }),
  ind('e', 'u1', { measureUnit: '%' }, { actual: 90, note: '', source: 'unit' }, true),
  ind('f', 'u2', {}, { actual: 102, note: '', source: 'statistics' }),
];

describe('template round trip', () => {
  it('a unit: export → import without changes → nothing to change', () => {
    const c = ctx(
      indicators.filter((i) => i.unitId === 'u1'),
      { units: [U1] },
    );
    const { rows, index } = rowsOf(
      UNIT_ACTUALS_COLUMNS,
      c.indicators.map((i) => actualsTemplateRow(i, U1, 0.5)),
    );
    const plan = planActualsImport('unit', rows, index, c, '实际完成值');
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([]);
    expect(plan.unchanged).toBe(4);
    expect(plan.blank).toBe(1); // c has no actual yet
  });

  it('statistics: export → import without changes → nothing to change', () => {
    const c = ctx(indicators);
    const { rows, index } = rowsOf(
      STATISTICS_COLUMNS,
      indicators.map((i) => actualsTemplateRow(i, i.unitId === 'u1' ? U1 : U2, 0.5)),
    );
    const plan = planActualsImport('statistics', rows, index, c, '统计数据');
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it('shows the half target (annual × time progress when none) and the entry unit (% for a milestone)', () => {
    const row = actualsTemplateRow(ind('x', 'u1', { halfTarget: null }), U1, 0.5);
    expect(row.target).toBe(100);
    const ms = actualsTemplateRow(indicators[3]!, U1, 0.5);
    expect([ms.target, ms.measureUnit, ms.direction]).toEqual([60, '%', '节点进度']);
  });
});

describe('a unit import', () => {
  const c = ctx(
    indicators.filter((i) => i.unitId === 'u1'),
    { units: [U1] },
  );
  const plan = (edits: Partial<Record<string, Partial<Record<ActualsField, string | number | null>>>>) => {
    const records = c.indicators.map((i) => ({ ...actualsTemplateRow(i, U1, 0.5), ...(edits[i.input.id] ?? {}) }));
    const { rows, index } = rowsOf(UNIT_ACTUALS_COLUMNS, records);
    return planActualsImport('unit', rows, index, c, '实际完成值');
  };

  it('reads numbers with units of measure like the form: a multiple is converted, another unit is refused naming the unit', () => {
    // 180亿元 written in 元 is the stored value (unchanged); 0.0098万个 is 98个
    const p = plan({ b: { actual: '18,000,000,000元' }, c: { actual: '0.0098万个' }, a: { actual: '12吨' } });
    expect(p.changes.map((x) => [x.indicatorId, x.after.actual])).toEqual([['c', 98]]);
    expect(p.errors.map((e) => [e.row, e.column, e.key, e.params])).toEqual([[2, '实际完成值', 'validation.badUnit', { unit: '个' }]]);
  });

  it('an implausible actual needs a reason, as the form requires it (the rule named)', () => {
    const p = plan({ a: { actual: 400 } });
    expect(p.errors.map((e) => [e.row, e.column, e.key])).toEqual([[2, '合理性说明', 'actualsImport.errors.implausible.high']]);
    const ok = plan({ a: { actual: 400, note: '承接市级平台迁移' } });
    expect(ok.errors).toEqual([]);
    expect(ok.changes[0]).toMatchObject({ indicatorId: 'a', after: { actual: 400, note: '承接市级平台迁移' }, flag: 'high' });
    // last period's jump rule too
    const prev = planActualsImport(
      'unit',
      rowsOf(
        UNIT_ACTUALS_COLUMNS,
        c.indicators.map((i) => ({ ...actualsTemplateRow(i, U1, 0.5), ...(i.input.id === 'a' ? { actual: 110 } : {}) })),
      ).rows,
      new Map(UNIT_ACTUALS_COLUMNS.map((col, i) => [col.field, i + 1])),
      { ...c, previous: new Map([['u1\nk_a', 30]]) },
      '实际完成值',
    );
    expect(prev.errors.map((e) => e.key)).toEqual(['actualsImport.errors.implausible.jump']);
  });

  it('a blank actual leaves the stored value; a ledger-fed value cannot be typed; unknown and duplicate keys are named', () => {
    const p = plan({ a: { actual: null }, e: { actual: 95 }, c: { key: 'nosuch' }, d: { key: 'k_a' } });
    expect(p.changes).toEqual([]);
    expect(p.errors.map((e) => [e.row, e.key])).toEqual([
      [4, 'actualsImport.errors.unknownIndicator'],
      [5, 'excelImport.errors.duplicateKey'],
      [6, 'actualsImport.errors.ledgerFed'],
    ]);
  });

  it('a statistics value is not the unit’s to change; a locked submission refuses the whole file', () => {
    const s = ctx([ind('s', 'u1', {}, { actual: 100, note: '', source: 'statistics' })], { units: [U1] });
    const { rows, index } = rowsOf(UNIT_ACTUALS_COLUMNS, [{ ...actualsTemplateRow(s.indicators[0]!, U1, 0.5), actual: 101 }]);
    expect(planActualsImport('unit', rows, index, s, 'x').errors.map((e) => e.key)).toEqual(['actualsImport.errors.statisticsValue']);
    expect(planActualsImport('unit', rows, index, { ...s, locked: 'actualsImport.errors.submissionLocked' }, 'x').errors[0]!.key).toBe(
      'actualsImport.errors.submissionLocked',
    );
  });
});

describe('a statistics import', () => {
  it('writes any unit’s value (a unit code per row); an unknown unit is named; ledger values stay computed', () => {
    const { rows, index } = rowsOf(STATISTICS_COLUMNS, [
      { ...actualsTemplateRow(indicators[0]!, U1, 0.5), actual: 99 },
      { ...actualsTemplateRow(indicators[5]!, U2, 0.5), actual: 104 },
      { ...actualsTemplateRow(indicators[5]!, U2, 0.5), unitCode: 'nosuch' },
      { ...actualsTemplateRow(indicators[4]!, U1, 0.5), actual: 91 },
    ]);
    const p = planActualsImport('statistics', rows, index, ctx(indicators), '统计数据');
    expect(p.changes.map((c) => [c.unitId, c.indicatorId, c.after.actual, c.before.source])).toEqual([
      ['u1', 'a', 99, 'unit'],
      ['u2', 'f', 104, 'statistics'],
    ]);
    expect(p.errors.map((e) => [e.row, e.key])).toEqual([
      [4, 'excelImport.errors.unknownUnit'],
      [5, 'actualsImport.errors.ledgerFed'],
    ]);
  });
});

describe('messages', () => {
  const keys = [
    'actualsImport.errors.unknownIndicator',
    'actualsImport.errors.noteTooLong',
    'actualsImport.errors.ledgerFed',
    'actualsImport.errors.statisticsValue',
    'actualsImport.errors.implausible.high',
    'actualsImport.errors.implausible.low',
    'actualsImport.errors.implausible.jump',
    'actualsImport.errors.implausible.drop',
    'actualsImport.errors.periodClosed',
    'actualsImport.errors.submissionLocked',
    'actualsImport.errors.statisticsPeriodClosed',
    'actualsImport.file.otherUnit',
    'actualsImport.file.wrongTemplate.unit',
    'actualsImport.file.wrongTemplate.statistics',
    'actualsImport.refusals.importStale',
    'actionErrors.statisticsActual',
  ];
  const at = (tree: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], tree);
  for (const locale of ['zh-CN', 'en'] as const)
    it(`every new message exists in ${locale}`, () => {
      expect(keys.filter((k) => typeof at(messages[locale], k) !== 'string')).toEqual([]);
    });
});
