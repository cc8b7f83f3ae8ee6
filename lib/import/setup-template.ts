// The period-setup template (one sheet of indicators for all units) and its pure import rules: each row is validated
// with the setup forms' own schema (lib/domain/schemas.ts indicatorSchema, issue keys as lib/setup/validate.ts gives
// them), the weights of every unit in the file must sum to 100, unit and pillar codes must exist, and the period's
// state decides what may change (decision 007: draft everything, open fixes only, later nothing). The result is the
// preview: adds, changes and removals against the database, and every error with its cell.
import zhCore from '../../messages/zh-CN/core.json';
import { DIRECTIONS, INDICATOR_CATEGORIES, METHODS, type Direction, type IndicatorCategory, type Method } from '../domain/enums';
import { indicatorSchema, weightsSumTo100 } from '../domain/schemas';
import { indicatorDataOf, INDICATOR_FIELDS, type IndicatorValues } from '../setup/rules';
import { issueKey } from '../setup/validate';
import { choiceCell, numberCell, splitList, textCell, type CellRead, type CellResult, type ImportIssue } from './rules';

export const SETUP_TEMPLATE = { kind: 'period-setup', version: 1, sheet: '指标设置' } as const;

export type SetupField =
  | 'unitCode'
  | 'unitName'
  | 'key'
  | 'name'
  | 'category'
  | 'direction'
  | 'method'
  | 'measureUnit'
  | 'annualTarget'
  | 'halfTarget'
  | 'plannedPercent'
  | 'weight'
  | 'cap'
  | 'dataSource'
  | 'pillars';

/** The sheet's columns in order (the headers are the 考核办's Chinese paperwork, whatever the UI language). */
export const SETUP_COLUMNS: readonly { field: SetupField; header: string; required?: boolean; width: number }[] = [
  { field: 'unitCode', header: '单位代码', required: true, width: 12 },
  { field: 'unitName', header: '单位名称', width: 24 },
  { field: 'key', header: '指标代码', required: true, width: 18 },
  { field: 'name', header: '指标名称', required: true, width: 30 },
  { field: 'category', header: '类别', required: true, width: 10 },
  { field: 'direction', header: '方向', required: true, width: 10 },
  { field: 'method', header: '计分方法', required: true, width: 12 },
  { field: 'measureUnit', header: '计量单位', required: true, width: 10 },
  { field: 'annualTarget', header: '全年目标', required: true, width: 12 },
  { field: 'halfTarget', header: '半年目标', required: true, width: 12 },
  { field: 'plannedPercent', header: '计划进度(%)', required: true, width: 12 },
  { field: 'weight', header: '权重', required: true, width: 8 },
  { field: 'cap', header: '封顶系数', width: 10 },
  { field: 'dataSource', header: '数据来源', width: 18 },
  { field: 'pillars', header: '战略举措', width: 18 },
];

export const CATEGORY_LABELS = zhCore.indicator.categories as Record<IndicatorCategory, string>;
export const DIRECTION_LABELS = zhCore.indicator.directions as Record<Direction, string>;
export const METHOD_LABELS = zhCore.indicator.methods as Record<Method, string>;
/** Units of measure offered in the sheet's drop-down (any other text is still accepted). */
export const COMMON_MEASURE_UNITS = ['%', '个', '家', '件', '项', '人', '人次', '亿元', '万元', '元', '平方米', '公里', '吨', '天', '小时', '户', '盏'];

/** The fields an indicator row sets, as the setup service stores them (lib/setup/rules.ts), and its pillars. */
export interface IndicatorData extends IndicatorValues {
  pillarIds: string[];
}

export interface ExistingIndicator extends IndicatorData {
  id: string;
  unitId: string;
}

export interface SetupContext {
  /** 'full' (draft) | 'fixes' (open) | 'locked' */
  mode: 'full' | 'fixes' | 'locked';
  units: readonly { id: string; code: string; name: string }[];
  pillars: readonly { id: string; code: string; name: string }[];
  existing: readonly ExistingIndicator[];
}

export interface SheetRow {
  /** Excel row number */
  row: number;
  cells: ReadonlyMap<SetupField, CellRead>;
}

export interface PlannedAdd {
  row: number;
  unitId: string;
  unitCode: string;
  data: IndicatorData;
}
export interface PlannedChange {
  row: number;
  id: string;
  unitId: string;
  unitCode: string;
  before: IndicatorData;
  data: IndicatorData;
  fields: (keyof IndicatorData)[];
}
export interface PlannedRemove {
  id: string;
  unitId: string;
  unitCode: string;
  before: IndicatorData;
}

export interface SetupPlan {
  rows: number;
  adds: PlannedAdd[];
  changes: PlannedChange[];
  removes: PlannedRemove[];
  unchanged: number;
  errors: ImportIssue[];
}

/** What a row may change of a stored indicator (its key is what matches it). */
const COMPARED: (keyof IndicatorData)[] = [...INDICATOR_FIELDS.filter((f) => f !== 'key'), 'pillarIds'];

/** The fields that differ between what is stored and what the row says. */
export function changedFields(before: IndicatorData, after: IndicatorData): (keyof IndicatorData)[] {
  return COMPARED.filter((f) => {
    const a = before[f];
    const b = after[f];
    if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join('\n') !== [...b].sort().join('\n');
    if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) > 1e-9;
    return a !== b;
  });
}

/** A field's column (1-based) and header, for an issue. */
function columnOf(field: SetupField, index: ReadonlyMap<SetupField, number>): { col: number; column: string } {
  return { col: index.get(field) ?? 0, column: SETUP_COLUMNS.find((c) => c.field === field)?.header ?? field };
}

/**
 * Validate every row and plan the writes. `index` maps fields to their column; `sheet` names the sheet in issues.
 * Errors never stop the scan: the preview lists them all.
 */
export function planSetupImport(
  rows: readonly SheetRow[],
  index: ReadonlyMap<SetupField, number>,
  ctx: SetupContext,
  sheet: string = SETUP_TEMPLATE.sheet,
): SetupPlan {
  const errors: ImportIssue[] = [];
  const issue = (row: number, field: SetupField, value: string, key: string, params?: Record<string, string | number>) =>
    errors.push({ sheet, row, ...columnOf(field, index), value, key, ...(params ? { params } : {}) });
  const unitsByCode = new Map(ctx.units.map((u) => [u.code.toLowerCase(), u]));
  const pillarsByToken = new Map<string, string>();
  for (const p of ctx.pillars) {
    pillarsByToken.set(p.code.toLowerCase(), p.id);
    pillarsByToken.set(p.name.toLowerCase(), p.id);
  }
  const existing = new Map(ctx.existing.map((e) => [`${e.unitId}\n${e.key}`, e]));
  const seen = new Map<string, number>();
  /** unit id → rows of the unit with their weights (null when the row's weight was refused) */
  const weights = new Map<string, { code: string; firstRow: number; sum: number; valid: boolean }>();
  const valid: { row: number; unitId: string; unitCode: string; data: IndicatorData }[] = [];

  for (const r of rows) {
    const cell = (f: SetupField): CellRead => r.cells.get(f) ?? { kind: 'empty' };
    const shown = (f: SetupField) => {
      const c = cell(f);
      return c.kind === 'empty' || c.kind === 'noResult'
        ? ''
        : c.kind === 'number'
          ? String(c.value)
          : c.kind === 'date'
            ? c.value.toISOString().slice(0, 10)
            : String(c.value);
    };
    let rowOk = true;
    const refused = new Set<SetupField>();
    const take = <T>(f: SetupField, res: CellResult<T>): T | undefined => {
      if (res.ok) return res.value;
      issue(r.row, f, shown(f), res.key, res.params);
      refused.add(f);
      rowOk = false;
      return undefined;
    };

    const code = take('unitCode', textCell(cell('unitCode')));
    const unit = code ? unitsByCode.get(code.toLowerCase()) : undefined;
    if (code === '') {
      issue(r.row, 'unitCode', '', 'validation.required');
      rowOk = false;
    } else if (code !== undefined && !unit) {
      issue(r.row, 'unitCode', code, 'excelImport.errors.unknownUnit');
      rowOk = false;
    }
    const key = take('key', textCell(cell('key')));
    const name = take('name', textCell(cell('name')));
    const category = take('category', choiceCell(cell('category'), CATEGORY_LABELS));
    const direction = take('direction', choiceCell(cell('direction'), DIRECTION_LABELS));
    const method = take('method', choiceCell(cell('method'), METHOD_LABELS));
    const measureUnit = take('measureUnit', textCell(cell('measureUnit')));
    const annualTarget = take('annualTarget', numberCell(cell('annualTarget')));
    const halfTarget = take('halfTarget', numberCell(cell('halfTarget')));
    const plannedPercent = take('plannedPercent', numberCell(cell('plannedPercent')));
    const weight = take('weight', numberCell(cell('weight')));
    const cap = take('cap', numberCell(cell('cap')));
    const dataSource = take('dataSource', textCell(cell('dataSource')));
    const pillarText = take('pillars', textCell(cell('pillars')));
    const pillarIds: string[] = [];
    if (pillarText) {
      for (const token of splitList(pillarText)) {
        const id = pillarsByToken.get(token.toLowerCase());
        if (id) pillarIds.push(id);
        else {
          issue(r.row, 'pillars', pillarText, 'excelImport.errors.unknownPillar', { pillar: token });
          refused.add('pillars');
          rowOk = false;
        }
      }
    }

    // the forms' own schema, on what could be read (a refused cell is already reported: its field is left out)
    const input = {
      key: key ?? '',
      name: name ?? '',
      category: category ?? undefined,
      measureUnit: measureUnit ?? '',
      direction: direction ?? undefined,
      annualTarget: annualTarget === undefined ? null : annualTarget,
      halfTarget: halfTarget === undefined ? null : halfTarget,
      plannedPercent: plannedPercent === undefined ? null : plannedPercent,
      weight: weight === undefined || weight === null ? undefined : weight,
      method: method ?? undefined,
      cap: cap === undefined ? null : cap,
      dataSource: dataSource ? dataSource : null,
    };
    const parsed = indicatorSchema.safeParse(input, { error: issueKey });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const field = String(i.path[0] ?? 'key') as SetupField;
        if (refused.has(field)) continue;
        // target errors of a milestone-less row name the annual target; fine as the form does
        issue(r.row, field, shown(field), `validation.${i.message}`);
        refused.add(field);
      }
      rowOk = false;
    }

    if (unit) {
      const w = weights.get(unit.id) ?? { code: unit.code, firstRow: r.row, sum: 0, valid: true };
      if (typeof weight === 'number') w.sum += weight;
      else w.valid = false;
      weights.set(unit.id, w);
    }
    if (unit && key) {
      const k = `${unit.id}\n${key.trim()}`;
      const first = seen.get(k);
      if (first !== undefined) {
        issue(r.row, 'key', key, 'excelImport.errors.duplicateKey', { row: first });
        rowOk = false;
      } else seen.set(k, r.row);
    }
    if (!rowOk || !parsed.success || !unit) continue;
    valid.push({ row: r.row, unitId: unit.id, unitCode: unit.code, data: { ...indicatorDataOf(parsed.data), pillarIds: [...new Set(pillarIds)].sort() } });
  }

  for (const w of weights.values())
    if (w.valid && !weightsSumTo100([w.sum]))
      issue(w.firstRow, 'weight', String(Number(w.sum.toPrecision(12))), 'excelImport.errors.weightSum', { unit: w.code, sum: Number(w.sum.toPrecision(12)) });

  if (rows.length === 0) errors.push({ sheet, row: 0, col: 0, column: '', value: '', key: 'excelImport.file.emptySheet' });

  // the plan: rows against the stored set; a unit's indicators missing from the file are removed (units absent from the
  // file are left as they are)
  const adds: PlannedAdd[] = [];
  const changes: PlannedChange[] = [];
  let unchanged = 0;
  const matched = new Set<string>();
  for (const v of valid) {
    const before = existing.get(`${v.unitId}\n${v.data.key}`);
    if (!before) {
      if (ctx.mode !== 'full') issue(v.row, 'key', v.data.key, 'excelImport.errors.addLocked');
      else adds.push(v);
      continue;
    }
    matched.add(before.id);
    const fields = changedFields(before, v.data);
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    if (ctx.mode === 'fixes' && fields.includes('direction')) {
      issue(v.row, 'direction', DIRECTION_LABELS[v.data.direction], 'excelImport.errors.directionLocked');
      continue;
    }
    const { id: _id, unitId: _u, ...stored } = before;
    changes.push({ row: v.row, id: before.id, unitId: v.unitId, unitCode: v.unitCode, before: stored, data: v.data, fields });
  }
  const unitsInFile = new Set(weights.keys());
  const codeOf = new Map(ctx.units.map((u) => [u.id, u.code]));
  const removes: PlannedRemove[] = [];
  for (const e of ctx.existing) {
    if (!unitsInFile.has(e.unitId) || matched.has(e.id)) continue;
    // a unit whose rows were refused is not emptied: only rows that failed would have matched it
    if (seen.has(`${e.unitId}\n${e.key}`)) continue;
    const { id, unitId, ...before } = e;
    removes.push({ id, unitId, unitCode: codeOf.get(unitId) ?? '', before });
  }
  if (removes.length && ctx.mode !== 'full')
    errors.push({
      sheet,
      row: 0,
      col: 0,
      column: '',
      value: removes
        .map((r) => `${r.unitCode}/${r.before.key}`)
        .slice(0, 5)
        .join('、'),
      key: 'excelImport.errors.removeLocked',
      params: { count: removes.length },
    });
  if (ctx.mode === 'locked') errors.unshift({ sheet, row: 0, col: 0, column: '', value: '', key: 'excelImport.errors.periodLocked' });

  errors.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: rows.length, adds, changes, removes, unchanged, errors };
}

/** An indicator's audit snapshot as the setup forms write it (lib/setup/indicators.server.ts snapshot): ids, fields, pillars. */
export function indicatorSnapshot(
  periodId: string,
  unitId: string,
  id: string,
  d: IndicatorData,
  extra: { sortOrder?: number; ledgerFigure?: string | null } = {},
) {
  const { pillarIds, ...fields } = d;
  return { id, periodId, unitId, ...fields, ...extra, pillarIds: [...pillarIds].sort() };
}

export interface SetupCommitResult {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** The `import.commit` audit row's after: the template, the file (name, SHA-256, rows) and the counts. */
export function commitSummary(file: { fileName: string; sha256: string; rows: number }, result: SetupCommitResult) {
  return {
    template: SETUP_TEMPLATE.kind,
    version: SETUP_TEMPLATE.version,
    fileName: file.fileName.slice(0, 200),
    sha256: file.sha256,
    rows: file.rows,
    ...result,
  };
}

/** The row the template writes for a stored indicator (the round trip reads it back unchanged). */
export function templateRow(
  ind: IndicatorData,
  unit: { code: string; name: string },
  pillarCodes: ReadonlyMap<string, string>,
): Record<SetupField, string | number | null> {
  return {
    unitCode: unit.code,
    unitName: unit.name,
    key: ind.key,
    name: ind.name,
    category: CATEGORY_LABELS[ind.category],
    direction: DIRECTION_LABELS[ind.direction],
    method: METHOD_LABELS[ind.method],
    measureUnit: ind.measureUnit,
    annualTarget: ind.annualTarget,
    halfTarget: ind.halfTarget,
    plannedPercent: ind.plannedPercent,
    weight: ind.weight,
    cap: ind.cap,
    dataSource: ind.dataSource,
    pillars:
      ind.pillarIds
        .map((id) => pillarCodes.get(id) ?? '')
        .filter(Boolean)
        .join('、') || null,
  };
}

export { DIRECTIONS, INDICATOR_CATEGORIES, METHODS };
