// Ledger problems from Excel (issue #13, decision 023): our own template, or any workbook — a 12345 hotline export —
// read through a column mapping (field ← column header, or a fixed value for every row). Pure: the mapping proposal
// from header synonyms, the mapping's schema, and the planner that validates every row with the new-problem form's
// own schema (lib/problems/schemas.ts problemRecordSchema) and sorts rows into "added" and "already in the ledger".
import { z } from 'zod';
import zhProblems from '../../messages/zh-CN/problems.json';
import { toHalfWidth } from '../domain/number-input';
import type { ProblemCategory, ProblemSource } from '../domain/enums';
import { problemRecordSchema, type ProblemRecord } from '../problems/schemas';
import { issueKey } from '../setup/validate';
import { choiceCell, dateCell, normaliseHeader, splitList, textCell, type CellRead, type CellResult, type ImportIssue } from './rules';

export const PROBLEMS_TEMPLATE = { kind: 'problems', version: 1, sheet: '企业诉求' } as const;

export type ProblemField =
  | 'externalRef'
  | 'category'
  | 'source'
  | 'enterpriseName'
  | 'creditCode'
  | 'contactName'
  | 'contactPhone'
  | 'title'
  | 'description'
  | 'leadUnit'
  | 'assistUnits'
  | 'responsiblePerson'
  | 'raisedAt'
  | 'dueAt';

/**
 * The template's columns in order (the new-problem form's fields), and the headers other systems give the same thing —
 * a 12345 hotline export first. Synonyms are compared loosely (normaliseHeader), exact before "contains".
 */
export const PROBLEM_COLUMNS: readonly { field: ProblemField; header: string; required?: boolean; width: number; synonyms: readonly string[] }[] = [
  { field: 'externalRef', header: '工单编号', width: 18, synonyms: ['工单号', '工单编码', '受理编号', '诉求编号', '编号', '流水号'] },
  { field: 'category', header: '类别', required: true, width: 12, synonyms: ['诉求分类', '问题类别', '诉求类别', '问题分类', '分类'] },
  { field: 'source', header: '来源', required: true, width: 12, synonyms: ['诉求来源', '来源渠道', '渠道'] },
  {
    field: 'enterpriseName',
    header: '企业名称',
    required: true,
    width: 28,
    synonyms: ['诉求企业/单位名称', '诉求企业名称', '诉求单位名称', '诉求企业', '单位名称', '诉求单位', '企业'],
  },
  { field: 'creditCode', header: '统一社会信用代码', width: 22, synonyms: ['信用代码', '社会信用代码', '组织机构代码'] },
  { field: 'contactName', header: '联系人', width: 10, synonyms: ['诉求人', '来电人', '联系人姓名', '反映人'] },
  { field: 'contactPhone', header: '联系电话', width: 16, synonyms: ['来电号码', '联系方式', '电话', '手机'] },
  { field: 'title', header: '诉求标题', required: true, width: 30, synonyms: ['标题', '问题标题', '工单标题', '主题'] },
  { field: 'description', header: '诉求内容', required: true, width: 50, synonyms: ['问题描述', '诉求描述', '来电内容', '反映内容', '内容'] },
  { field: 'leadUnit', header: '主办单位', required: true, width: 22, synonyms: ['承办单位', '主办部门', '承办部门', '责任单位', '交办单位'] },
  { field: 'assistUnits', header: '协办单位', width: 22, synonyms: ['协办部门', '配合单位'] },
  { field: 'responsiblePerson', header: '责任人', required: true, width: 10, synonyms: ['承办人', '经办人', '办理人', '责任领导'] },
  {
    field: 'raisedAt',
    header: '提出日期',
    required: true,
    width: 14,
    synonyms: ['来电时间', '受理时间', '登记时间', '诉求时间', '反映时间', '提出时间', '创建时间'],
  },
  { field: 'dueAt', header: '承诺时限', required: true, width: 14, synonyms: ['办理时限', '要求办结时间', '办结时限', '截止时间', '期限'] },
];

export const PROBLEM_FIELDS = PROBLEM_COLUMNS.map((c) => c.field);
export const CATEGORY_LABELS = zhProblems.problem.category as Record<ProblemCategory, string>;
export const SOURCE_LABELS = zhProblems.problem.source as Record<ProblemSource, string>;

/** How a workbook's columns feed the fields: a column by its header text, or a fixed value for every row. */
export const mappingSchema = z.object({
  columns: z.partialRecord(z.enum(PROBLEM_FIELDS as [ProblemField, ...ProblemField[]]), z.string().trim().min(1).max(60)).default({}),
  fixed: z.partialRecord(z.enum(PROBLEM_FIELDS as [ProblemField, ...ProblemField[]]), z.string().trim().min(1).max(80)).default({}),
});
export type ProblemMapping = z.output<typeof mappingSchema>;

/** The mapping as one canonical string (field order), for comparing and for the data version. */
export function mappingKey(m: ProblemMapping): string {
  return JSON.stringify({
    columns: PROBLEM_FIELDS.filter((f) => m.columns[f]).map((f) => [f, m.columns[f]]),
    fixed: PROBLEM_FIELDS.filter((f) => m.fixed[f] && !m.columns[f]).map((f) => [f, m.fixed[f]]),
  });
}

/** The mapping in words, for the audit log: 企业名称←诉求企业/单位名称；来源=12345热线 (fields by their Chinese header). */
export function mappingText(m: ProblemMapping): string {
  return PROBLEM_COLUMNS.flatMap((c) => {
    const column = m.columns[c.field];
    const fixed = m.fixed[c.field];
    return column ? [`${c.header}←${column}`] : fixed ? [`${c.header}=${fixed}`] : [];
  }).join('；');
}

/**
 * The mapping proposed for a header row: every field takes the first unused column whose header equals one of its
 * names (the template's header, then its synonyms), then one whose header contains one. A workbook without a source
 * column is taken as a 12345 export (来源 = 12345热线 for every row); a missing category defaults to 对企服务.
 */
export function proposeMapping(headers: readonly string[]): ProblemMapping {
  const norm = headers.map(normaliseHeader);
  const used = new Set<number>();
  const columns: ProblemMapping['columns'] = {};
  for (const pass of ['equal', 'contains'] as const)
    for (const c of PROBLEM_COLUMNS) {
      if (columns[c.field]) continue;
      for (const name of [c.header, ...c.synonyms].map(normaliseHeader)) {
        const at = norm.findIndex((h, i) => h !== '' && !used.has(i) && (pass === 'equal' ? h === name : h.includes(name)));
        if (at < 0) continue;
        used.add(at);
        columns[c.field] = headers[at]!.trim();
        break;
      }
    }
  const fixed: ProblemMapping['fixed'] = {};
  if (!columns.source) fixed.source = SOURCE_LABELS.hotline;
  if (!columns.category) fixed.category = CATEGORY_LABELS.service;
  return { columns, fixed };
}

/** The identity mapping of our own template (its headers as written). */
export function templateMapping(): ProblemMapping {
  return { columns: Object.fromEntries(PROBLEM_COLUMNS.map((c) => [c.field, c.header])), fixed: {} };
}

// ───────────── planning ─────────────

/** One data row: Excel row number, and each field's cell (a fixed value arrives as a text cell). */
export interface ProblemSheetRow {
  row: number;
  cells: ReadonlyMap<ProblemField, CellRead>;
}

/** Where each field comes from, for the issues: a column (1-based index and header) or a fixed value. */
export type FieldSources = ReadonlyMap<ProblemField, { col: number; column: string } | { fixed: string }>;

export interface ProblemsContext {
  units: readonly { id: string; code: string; name: string; shortName: string | null; active: boolean }[];
  /** externalRef → problem code, for the refs of this file already in the ledger */
  existingRefs: ReadonlyMap<string, string>;
  /** today in China (YYYY-MM-DD): a problem is not raised in the future */
  today: string;
}

export interface PlannedProblem {
  row: number;
  externalRef: string | null;
  data: ProblemRecord;
}

export interface ProblemsPlan {
  rows: number;
  adds: PlannedProblem[];
  /** rows whose 工单编号 is already in the ledger: not imported again */
  unchanged: { row: number; externalRef: string; code: string }[];
  errors: ImportIssue[];
}

const PROBLEM_ERROR_KEYS = new Set(Object.keys(zhProblems.problem.errors));

/** The message key of a problemRecordSchema issue: the form's own (problem.errors.*) or the shared validation.* ones. */
export function schemaIssueKey(message: string): string {
  return PROBLEM_ERROR_KEYS.has(message.split('.')[0]!) ? `problem.errors.${message}` : `validation.${message}`;
}

/** A 工单编号 as stored: text or number, full-width digits made half-width, trimmed; null when empty or unreadable. */
export function externalRefOf(c: CellRead): string | null {
  const t = textCell(c);
  const ref = t.ok ? toHalfWidth(t.value).trim().slice(0, 60) : '';
  return ref === '' ? null : ref;
}

/** The schema's path → the sheet's field. */
const FIELD_OF_PATH: Partial<Record<string, ProblemField>> = { leadUnitId: 'leadUnit', assistUnitIds: 'assistUnits' };

/** A day from a date cell, an Excel serial or text — a date-time (a hotline's 来电时间 "2026-03-05 09:12:33") counts as its day. */
export function dayCell(c: CellRead): CellResult<string | null> {
  if (c.kind === 'number' && c.value > 0) return dateCell({ ...c, value: Math.floor(c.value) });
  if (c.kind === 'text') {
    const s = toHalfWidth(c.value).trim();
    const m = /^(.*?\d)(?:[T\s]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?$/.exec(s);
    return dateCell({ kind: 'text', value: m ? m[1]! : s });
  }
  return dateCell(c);
}

/**
 * Validate every row and plan the writes. Errors never stop the scan: the preview lists them all; a fixed value that
 * is wrong is reported once (row 0), not on every row; a field without a source is left to resolveMapping's errors
 * (the row is still refused).
 */
export function planProblemImport(rows: readonly ProblemSheetRow[], sources: FieldSources, ctx: ProblemsContext, sheet: string): ProblemsPlan {
  const errors: ImportIssue[] = [];
  const fixedReported = new Set<ProblemField>();
  const label = (f: ProblemField) => PROBLEM_COLUMNS.find((c) => c.field === f)!.header;
  const issue = (row: number, field: ProblemField, value: string, key: string, params?: Record<string, string | number>) => {
    const src = sources.get(field);
    // a field with no column and no fixed value: resolveMapping reported it once (unmapped / noSuchColumn)
    if (!src) return;
    if ('fixed' in src) {
      if (fixedReported.has(field)) return;
      fixedReported.add(field);
      errors.push({ sheet, row: 0, col: 0, column: `${label(field)}（固定值）`, value: src.fixed, key, ...(params ? { params } : {}) });
      return;
    }
    errors.push({ sheet, row, col: src.col, column: src.column, value, key, ...(params ? { params } : {}) });
  };
  const units = new Map<string, ProblemsContext['units'][number]>();
  for (const u of ctx.units) for (const k of [u.code, u.name, u.shortName]) if (k) units.set(normaliseHeader(k), units.get(normaliseHeader(k)) ?? u);
  const seenRefs = new Map<string, number>();
  const adds: PlannedProblem[] = [];
  const unchanged: ProblemsPlan['unchanged'] = [];

  for (const r of rows) {
    const cell = (f: ProblemField): CellRead => r.cells.get(f) ?? { kind: 'empty' };
    const shown = (f: ProblemField) => {
      const t = textCell(cell(f));
      return t.ok ? t.value.slice(0, 100) : '';
    };
    let rowOk = true;
    const refused = new Set<ProblemField>();
    const refuse = (f: ProblemField, key: string, params?: Record<string, string | number>, value = shown(f)) => {
      issue(r.row, f, value, key, params);
      refused.add(f);
      rowOk = false;
    };
    const take = <T>(f: ProblemField, res: CellResult<T>): T | undefined => {
      if (res.ok) return res.value;
      refuse(f, res.key, res.params);
      return undefined;
    };
    const text = (f: ProblemField) => take(f, textCell(cell(f)));

    const externalRef = externalRefOf(cell('externalRef'));
    if (externalRef) {
      const code = ctx.existingRefs.get(externalRef);
      // already in the ledger: nothing is written from this row, so it is not checked again
      if (code) {
        unchanged.push({ row: r.row, externalRef, code });
        continue;
      }
      const first = seenRefs.get(externalRef);
      if (first !== undefined) refuse('externalRef', 'ledgerImport.errors.duplicateRef', { row: first });
      else seenRefs.set(externalRef, r.row);
    }

    const unitOf = (f: ProblemField, name: string) => {
      const u = units.get(normaliseHeader(name));
      if (!u) refuse(f, 'ledgerImport.errors.unknownUnit', { unit: name });
      else if (!u.active) refuse(f, 'ledgerImport.errors.inactiveUnit', { unit: name });
      return u?.active ? u.id : undefined;
    };
    const leadText = text('leadUnit');
    const leadUnitId = leadText ? unitOf('leadUnit', leadText) : undefined;
    const assistText = text('assistUnits');
    const assistUnitIds = assistText ? splitList(assistText).map((n) => unitOf('assistUnits', n)) : [];
    const raisedAt = take('raisedAt', dayCell(cell('raisedAt')));
    const dueAt = take('dueAt', dayCell(cell('dueAt')));
    if (raisedAt && raisedAt > ctx.today) refuse('raisedAt', 'problemFlow.errors.futureDate');

    const input = {
      category: take('category', choiceCell(cell('category'), CATEGORY_LABELS)) ?? undefined,
      source: take('source', choiceCell(cell('source'), SOURCE_LABELS)) ?? undefined,
      enterpriseName: text('enterpriseName') ?? '',
      creditCode: toHalfWidth(text('creditCode') ?? ''),
      contactName: text('contactName') ?? '',
      contactPhone: toHalfWidth(text('contactPhone') ?? ''),
      title: text('title') ?? '',
      description: text('description') ?? '',
      leadUnitId: leadUnitId ?? (leadText === '' ? '' : 'refused'),
      assistUnitIds: assistUnitIds.map((id, i) => id ?? `refused-${i}`),
      responsiblePerson: text('responsiblePerson') ?? '',
      raisedAt: raisedAt ?? (raisedAt === null ? '' : '2000-01-01'),
      dueAt: dueAt ?? (dueAt === null ? '' : '2000-01-01'),
    };
    const parsed = problemRecordSchema.safeParse(input, { error: issueKey });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const path = String(i.path[0] ?? 'title');
        const field = FIELD_OF_PATH[path] ?? (path as ProblemField);
        if (refused.has(field)) continue;
        // an empty cell is "required" (zod calls a missing choice or date invalid)
        const key = shown(field) === '' && (i.message === 'invalid' || i.message === 'invalidDate') ? 'validation.required' : schemaIssueKey(i.message);
        refuse(field, key);
      }
    }
    if (!rowOk || !parsed.success) continue;
    adds.push({ row: r.row, externalRef, data: parsed.data });
  }
  if (rows.length === 0) errors.push({ sheet, row: 0, col: 0, column: '', value: '', key: 'excelImport.file.emptySheet' });
  errors.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: rows.length, adds, unchanged, errors };
}

/** The sources of a mapping against a header row, and what is wrong with the mapping itself (row-less issues). */
export function resolveMapping(
  headers: readonly string[],
  mapping: ProblemMapping,
  sheet: string,
): { sources: Map<ProblemField, { col: number; column: string } | { fixed: string }>; errors: ImportIssue[] } {
  const sources = new Map<ProblemField, { col: number; column: string } | { fixed: string }>();
  const errors: ImportIssue[] = [];
  const norm = headers.map(normaliseHeader);
  for (const c of PROBLEM_COLUMNS) {
    const header = mapping.columns[c.field];
    const fixed = mapping.fixed[c.field];
    if (header) {
      const at = norm.indexOf(normaliseHeader(header));
      if (at >= 0) sources.set(c.field, { col: at + 1, column: headers[at]!.trim() });
      else errors.push({ sheet, row: 0, col: 0, column: c.header, value: header, key: 'ledgerImport.errors.noSuchColumn', params: { column: header } });
    } else if (fixed) sources.set(c.field, { fixed });
    else if (c.required) errors.push({ sheet, row: 0, col: 0, column: c.header, value: '', key: 'ledgerImport.errors.unmapped', params: { field: c.header } });
  }
  return { sources, errors };
}
