// The two actuals templates (issue #13) and their pure import rules: a unit's own submission (its indicators, one row
// each) and the district's statistics (统计数据: many units × indicators, imported by 考核办). Each row's actual is read
// like the form reads it (lib/domain/number-input.ts in the indicator's entry unit) and checked with the form's own
// plausibility rule (lib/submissions/rules.ts checkActuals); a blank actual cell leaves the stored value as it is.
import type { IndicatorInput, PeriodSettings } from '../scoring';
import { checkActuals, entryUnit, NOTE_MAX, type PlausibilityFlag } from '../submissions/rules';
import { numberCell, textCell, type CellRead, type ImportIssue } from './rules';
import { CATEGORY_LABELS, DIRECTION_LABELS } from './setup-template';

export const UNIT_ACTUALS_TEMPLATE = { kind: 'unit-actuals', version: 1, sheet: '实际完成值' } as const;
export const STATISTICS_TEMPLATE = { kind: 'statistics-actuals', version: 1, sheet: '统计数据' } as const;

export type ActualsField = 'unitCode' | 'unitName' | 'key' | 'name' | 'category' | 'direction' | 'measureUnit' | 'target' | 'weight' | 'actual' | 'note';

export interface ActualsColumn {
  field: ActualsField;
  header: string;
  required?: boolean;
  width: number;
  /** context the import does not read (greyed in the template) */
  readOnly?: boolean;
}

/** A unit's submission: its indicators as context (greyed), the actual and the reason to fill. */
export const UNIT_ACTUALS_COLUMNS: readonly ActualsColumn[] = [
  { field: 'key', header: '指标代码', required: true, width: 18 },
  { field: 'name', header: '指标名称', width: 30, readOnly: true },
  { field: 'category', header: '类别', width: 10, readOnly: true },
  { field: 'direction', header: '方向', width: 10, readOnly: true },
  { field: 'measureUnit', header: '计量单位', width: 10, readOnly: true },
  { field: 'target', header: '半年目标/计划进度(%)', width: 16, readOnly: true },
  { field: 'weight', header: '权重', width: 8, readOnly: true },
  { field: 'actual', header: '实际完成值', required: true, width: 14 },
  { field: 'note', header: '合理性说明', required: true, width: 36 },
];

/** The district's statistics: unit × indicator rows (context greyed), the actual and a note. */
export const STATISTICS_COLUMNS: readonly ActualsColumn[] = [
  { field: 'unitCode', header: '单位代码', required: true, width: 12 },
  { field: 'unitName', header: '单位名称', width: 24, readOnly: true },
  { field: 'key', header: '指标代码', required: true, width: 18 },
  { field: 'name', header: '指标名称', width: 30, readOnly: true },
  { field: 'measureUnit', header: '计量单位', width: 10, readOnly: true },
  { field: 'actual', header: '实际完成值', required: true, width: 14 },
  { field: 'note', header: '合理性说明', required: true, width: 36 },
];

/** One indicator as the actuals import reads it: the scoring input plus where its actual comes from today. */
export interface ActualsIndicator {
  input: IndicatorInput & { name: string; measureUnit: string };
  unitId: string;
  category: string;
  dataSource: string | null;
  /** fed by the ledger (computed at submission): nobody types it */
  ledger: boolean;
  stored: { actual: number | null; note: string; source: 'unit' | 'statistics' } | null;
}

export interface ActualsContext {
  /** why nothing may be written (a message key under actualsImport.errors), or null */
  locked: string | null;
  units: readonly { id: string; code: string; name: string }[];
  indicators: readonly ActualsIndicator[];
  /** previous period's actuals by `${unitId}\n${key}` (the plausibility jump/drop rule) */
  previous: ReadonlyMap<string, number>;
  settings: PeriodSettings;
}

export interface SheetRow {
  row: number;
  cells: ReadonlyMap<ActualsField, CellRead>;
}

export interface PlannedActual {
  row: number;
  indicatorId: string;
  unitId: string;
  unitCode: string;
  key: string;
  name: string;
  measureUnit: string;
  before: { actual: number | null; note: string; source: 'unit' | 'statistics' };
  after: { actual: number; note: string };
  flag: PlausibilityFlag | null;
}

export interface ActualsPlan {
  rows: number;
  changes: PlannedActual[];
  unchanged: number;
  /** rows with a blank actual: left as they are */
  blank: number;
  errors: ImportIssue[];
}

const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/**
 * Validate every row and plan the changed actuals. `kind` decides who writes: the unit (its own indicators; statistics
 * and ledger values are not its to type) or the statistics bureau via 考核办 (any unit; ledger values still computed).
 */
export function planActualsImport(
  kind: 'unit' | 'statistics',
  rows: readonly SheetRow[],
  index: ReadonlyMap<ActualsField, number>,
  ctx: ActualsContext,
  sheet: string,
): ActualsPlan {
  const columns = kind === 'unit' ? UNIT_ACTUALS_COLUMNS : STATISTICS_COLUMNS;
  const errors: ImportIssue[] = [];
  const issue = (row: number, field: ActualsField, value: string, key: string, params?: Record<string, string | number>) =>
    errors.push({
      sheet,
      row,
      col: index.get(field) ?? 0,
      column: columns.find((c) => c.field === field)?.header ?? field,
      value,
      key,
      ...(params ? { params } : {}),
    });
  const unitsByCode = new Map(ctx.units.map((u) => [u.code.toLowerCase(), u]));
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const byKey = new Map(ctx.indicators.map((i) => [`${i.unitId}\n${i.input.key}`, i]));
  const onlyUnit = kind === 'unit' ? ctx.units[0] : undefined;
  const seen = new Map<string, number>();
  const changes: PlannedActual[] = [];
  let unchanged = 0;
  let blank = 0;

  for (const r of rows) {
    const cell = (f: ActualsField): CellRead => r.cells.get(f) ?? { kind: 'empty' };
    const shown = (f: ActualsField) => {
      const t = textCell(cell(f));
      return t.ok ? t.value.slice(0, 100) : '';
    };
    let unit = onlyUnit;
    if (kind === 'statistics') {
      const code = textCell(cell('unitCode'));
      if (!code.ok) {
        issue(r.row, 'unitCode', '', code.key, code.params);
        continue;
      }
      if (code.value === '') {
        issue(r.row, 'unitCode', '', 'validation.required');
        continue;
      }
      unit = unitsByCode.get(code.value.toLowerCase());
      if (!unit) {
        issue(r.row, 'unitCode', code.value, 'excelImport.errors.unknownUnit');
        continue;
      }
    }
    if (!unit) continue;
    const key = textCell(cell('key'));
    if (!key.ok) {
      issue(r.row, 'key', '', key.key, key.params);
      continue;
    }
    if (key.value === '') {
      issue(r.row, 'key', '', 'validation.required');
      continue;
    }
    const ind = byKey.get(`${unit.id}\n${key.value}`);
    if (!ind) {
      issue(r.row, 'key', key.value, 'actualsImport.errors.unknownIndicator', { unit: unit.name });
      continue;
    }
    const first = seen.get(ind.input.id);
    if (first !== undefined) {
      issue(r.row, 'key', key.value, 'excelImport.errors.duplicateKey', { row: first });
      continue;
    }
    seen.set(ind.input.id, r.row);

    const unitOfEntry = entryUnit(ind.input);
    const read = numberCell(cell('actual'), { measureUnit: unitOfEntry });
    if (!read.ok) {
      issue(r.row, 'actual', shown('actual'), read.key, read.params);
      continue;
    }
    const noteCell = textCell(cell('note'));
    if (!noteCell.ok) {
      issue(r.row, 'note', '', noteCell.key, noteCell.params);
      continue;
    }
    const note = noteCell.value;
    if (note.length > NOTE_MAX) {
      issue(r.row, 'note', note.slice(0, 40) + '…', 'actualsImport.errors.noteTooLong', { max: NOTE_MAX });
      continue;
    }
    const stored = ind.stored ?? { actual: null, note: '', source: 'unit' as const };
    // blank = leave as it is (the template's note says so): clearing an actual is done in the form
    if (read.value === null) {
      blank++;
      continue;
    }
    const valueChanged = !same(stored.actual, read.value);
    // the value and reason already stored: nothing to write, nothing to re-judge (a statistics import of a unit's own
    // figure included)
    if (!valueChanged && stored.note === note) {
      unchanged++;
      continue;
    }
    if (ind.ledger) {
      if (valueChanged) issue(r.row, 'actual', shown('actual'), 'actualsImport.errors.ledgerFed');
      else unchanged++;
      continue;
    }
    if (kind === 'unit' && stored.source === 'statistics') {
      if (valueChanged) issue(r.row, 'actual', shown('actual'), 'actualsImport.errors.statisticsValue');
      else unchanged++;
      continue;
    }
    // the form's own rule: an implausible actual needs a reason
    const checked = checkActuals(
      [{ indicatorId: ind.input.id, actual: read.value, plausibilityNote: note }],
      new Map([[ind.input.id, ind.input]]),
      new Map(ctx.previous.has(`${unit.id}\n${ind.input.key}`) ? [[ind.input.key, ctx.previous.get(`${unit.id}\n${ind.input.key}`)!]] : []),
      ctx.settings,
    );
    const v = checked.values[0];
    if (!v) continue;
    if (v.flag && !v.note) {
      issue(r.row, 'note', '', `actualsImport.errors.implausible.${v.flag}`, {
        name: ind.input.name,
        prev: ctx.previous.get(`${unit.id}\n${ind.input.key}`) ?? '',
      });
      continue;
    }
    if (!valueChanged && stored.note === v.note) {
      unchanged++;
      continue;
    }
    changes.push({
      row: r.row,
      indicatorId: ind.input.id,
      unitId: unit.id,
      unitCode: unitById.get(unit.id)?.code ?? '',
      key: ind.input.key,
      name: ind.input.name,
      measureUnit: unitOfEntry,
      before: stored,
      after: { actual: v.actual!, note: v.note },
      flag: v.flag,
    });
  }
  if (rows.length === 0) errors.push({ sheet, row: 0, col: 0, column: '', value: '', key: 'excelImport.file.emptySheet' });
  if (ctx.locked) errors.unshift({ sheet, row: 0, col: 0, column: '', value: '', key: ctx.locked });
  errors.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: rows.length, changes, unchanged, blank, errors };
}

/** The half-year target shown in the template (planned percent for a milestone), or null. */
export function targetShown(ind: IndicatorInput, timeProgress: number): number | null {
  if (ind.direction === 'milestone') return ind.plannedPercent ?? null;
  if (ind.halfTarget !== null && ind.halfTarget !== undefined) return ind.halfTarget;
  return ind.annualTarget === null || ind.annualTarget === undefined ? null : Number((ind.annualTarget * timeProgress).toPrecision(12));
}

/** The row the template writes for an indicator (the round trip reads it back unchanged). */
export function actualsTemplateRow(
  ind: ActualsIndicator,
  unit: { code: string; name: string },
  timeProgress: number,
): Record<ActualsField, string | number | null> {
  return {
    unitCode: unit.code,
    unitName: unit.name,
    key: ind.input.key,
    name: ind.input.name,
    category: CATEGORY_LABELS[ind.category as keyof typeof CATEGORY_LABELS] ?? ind.category,
    direction: DIRECTION_LABELS[ind.input.direction],
    measureUnit: entryUnit(ind.input),
    target: targetShown(ind.input, timeProgress),
    weight: ind.input.weight,
    actual: ind.stored?.actual ?? null,
    note: ind.stored?.note || null,
  };
}
