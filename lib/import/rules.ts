// Pure rules of every Excel import (issue #13): the limits, what a cell holds (values only: a formula's cached result,
// never the formula), numbers and dates as people type them, header matching, and the error shape the preview and the
// marked-up workbook share. No I/O; exceljs cell values arrive as `unknown` and are read here.
import { parseNumberInput, toHalfWidth, type NumberInputError } from '../domain/number-input';

/** What an upload may be (checked before exceljs sees it: lib/import/xlsx.server.ts). */
export const IMPORT_LIMITS = {
  /** bytes of the uploaded file */
  maxFileBytes: 10 * 1024 * 1024,
  /** data rows of one sheet */
  maxRows: 20_000,
  /** entries in the zip's central directory */
  maxEntries: 500,
  /** uncompressed bytes of any one entry (a sheet of 20,000 × 15 cells is ~15 MB) */
  maxEntryBytes: 60 * 1024 * 1024,
  /** uncompressed bytes of the whole package */
  maxTotalBytes: 100 * 1024 * 1024,
  /** an entry that inflates more than this many times (and past 1 MB) is a zip bomb */
  maxRatio: 200,
} as const;

/** The hidden sheet that names the template (kind, version, period) so a wrong or old file is recognised. */
export const META_SHEET = '_leitai';

/** Where an error is: sheet, 1-based row (Excel's numbering) and column header; value as read; message key + params. */
export interface ImportIssue {
  sheet: string;
  row: number;
  /** 1-based column index, for marking the cell; 0 = the whole row */
  col: number;
  column: string;
  value: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A refusal of the whole file (nothing parsed): a message key under excelImport.file and its params. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'ImportFileError';
  }
}

// ───────────── cells ─────────────

export type CellRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: Date }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; value: string }
  /** a formula Excel never calculated (written by a program): no value to take */
  | { kind: 'noResult' };

/**
 * What an exceljs cell value holds, values only: a formula gives its cached result, rich text its text, a hyperlink its
 * text. `numFmt` tells a percent-formatted number (0.85 shown as 85%).
 */
export function readCell(v: unknown, numFmt?: string): CellRead {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'number', value: v, percent: !!numFmt && numFmt.includes('%') } : { kind: 'error', value: String(v) };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { kind: 'error', value: 'date' } : { kind: 'date', value: v };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { kind: 'error', value: String(o.error) };
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o && o.result !== undefined ? readCell(o.result, numFmt) : { kind: 'noResult' };
    if (Array.isArray(o.richText)) return readCell((o.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join(''), numFmt);
    if ('text' in o) return readCell(typeof o.text === 'string' ? o.text : null, numFmt);
  }
  return { kind: 'error', value: 'unknown' };
}

/** The cell as the preview shows it (what the user typed, in short). */
export function cellDisplay(c: CellRead): string {
  switch (c.kind) {
    case 'empty':
    case 'noResult':
      return '';
    case 'number':
      return c.percent ? `${tidy(c.value * 100)}%` : String(c.value);
    case 'date':
      return c.value.toISOString().slice(0, 10);
    default:
      return String(c.value).slice(0, 100);
  }
}

const tidy = (x: number) => Number(x.toPrecision(12));

export type CellResult<T> = { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

/** A refused cell of any kind: its error key (excelImport.errors.*). */
function notValue<T>(c: CellRead): CellResult<T> | null {
  if (c.kind === 'error') return { ok: false, key: 'excelImport.errors.cellError', params: { code: c.value } };
  if (c.kind === 'noResult') return { ok: false, key: 'excelImport.errors.formulaNoResult' };
  return null;
}

/** Text of a cell, trimmed (full-width spaces too); numbers as written; '' when empty. */
export function textCell(c: CellRead): CellResult<string> {
  const bad = notValue<string>(c);
  if (bad) return bad;
  if (c.kind === 'empty') return { ok: true, value: '' };
  if (c.kind === 'number') return { ok: true, value: String(c.value) };
  if (c.kind === 'date') return { ok: true, value: c.value.toISOString().slice(0, 10) };
  if (c.kind === 'noResult') return { ok: true, value: '' };
  return { ok: true, value: String(c.value).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') };
}

/**
 * A number from a cell, null when empty. A number cell is taken as it is (a percent-formatted one × 100, so 85% is 85);
 * text goes through the forms' own reader (lib/domain/number-input.ts: full-width digits, thousands separators, a
 * trailing unit or %; with `measureUnit` the suffix must be that unit or a known multiple and is converted).
 */
export function numberCell(c: CellRead, opts: { measureUnit?: string; allowNegative?: boolean } = {}): CellResult<number | null> {
  const bad = notValue<number | null>(c);
  if (bad) return bad;
  if (c.kind === 'empty') return { ok: true, value: null };
  if (c.kind !== 'number' && c.kind !== 'text') return { ok: false, key: 'validation.notNumber' };
  const r =
    c.kind === 'number'
      ? parseNumberInput(String(c.percent ? tidy(c.value * 100) : c.value), { allowNegative: opts.allowNegative })
      : parseNumberInput(c.value, opts);
  if (!r.ok) return numberRefusal(r.error, r.expected);
  return { ok: true, value: r.value };
}

export function numberRefusal(error: NumberInputError, expected?: string): { ok: false; key: string; params?: Record<string, string> } {
  return error === 'badUnit' ? { ok: false, key: 'validation.badUnit', params: { unit: expected ?? '' } } : { ok: false, key: `validation.${error}` };
}

/** Excel's serial day 0 is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A calendar date (YYYY-MM-DD) from a cell: a date cell, an Excel serial number (46203 = 2026-06-30), or text as people
 * write it — 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日 (full-width digits too). Null when empty.
 */
export function dateCell(c: CellRead): CellResult<string | null> {
  const bad = notValue<string | null>(c);
  if (bad) return bad;
  if (c.kind === 'empty') return { ok: true, value: null };
  if (c.kind === 'date') return { ok: true, value: c.value.toISOString().slice(0, 10) };
  if (c.kind === 'number') {
    if (!Number.isInteger(c.value) || c.value < 1 || c.value > 2_958_465) return { ok: false, key: 'excelImport.errors.badDate' };
    return { ok: true, value: new Date(EXCEL_EPOCH + c.value * 86_400_000).toISOString().slice(0, 10) };
  }
  if (c.kind !== 'text') return { ok: false, key: 'excelImport.errors.badDate' };
  const s = toHalfWidth(c.value).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return { ok: false, key: 'excelImport.errors.badDate' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return { ok: false, key: 'excelImport.errors.badDate' };
  return { ok: true, value: at.toISOString().slice(0, 10) };
}

/** A closed vocabulary: its Chinese label or its code (any case), trimmed. */
export function choiceCell<T extends string>(c: CellRead, labels: Readonly<Record<T, string>>): CellResult<T | null> {
  const t = textCell(c);
  if (!t.ok) return t;
  if (t.value === '') return { ok: true, value: null };
  const wanted = toHalfWidth(t.value).trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [T, string][])
    if (wanted === code.toLowerCase() || wanted === label.toLowerCase()) return { ok: true, value: code };
  return { ok: false, key: 'excelImport.errors.notInList', params: { allowed: Object.values<string>(labels).join('、') } };
}

// ───────────── headers ─────────────

/** A header as written, compared loosely: spaces, full-width brackets and a trailing '*' (required mark) ignored. */
export function normaliseHeader(h: string): string {
  return toHalfWidth(h)
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

/**
 * Column index (1-based) of every known field in a header row, and which required headers are missing.
 * `headers`: the row's cells in order (index 0 = column A); `columns`: field → header label.
 */
export function mapHeaders<F extends string>(
  headers: readonly string[],
  columns: readonly { field: F; header: string; required?: boolean }[],
): { index: Map<F, number>; missing: string[]; duplicated: string[] } {
  const byText = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const n = normaliseHeader(h);
    if (n) byText.set(n, [...(byText.get(n) ?? []), i + 1]);
  });
  const index = new Map<F, number>();
  const missing: string[] = [];
  const duplicated: string[] = [];
  for (const c of columns) {
    const at = byText.get(normaliseHeader(c.header));
    if (!at) {
      if (c.required) missing.push(c.header);
      continue;
    }
    if (at.length > 1) duplicated.push(c.header);
    index.set(c.field, at[0]!);
  }
  return { index, missing, duplicated };
}

/** Whether a merged range (A1:C1 style) touches the header row. */
export function mergeTouchesRow(range: string, row: number): boolean {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/i.exec(range.replace(/\$/g, ''));
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return Math.min(a, b) <= row && row <= Math.max(a, b);
}

/** The template's meta: kind and version as written in the hidden sheet, checked against what the importer expects. */
export function checkMeta(meta: { kind: string; version: number; periodId: string } | null, want: { kind: string; version: number; periodId?: string }): void {
  if (!meta || !meta.kind) throw new ImportFileError('notTemplate');
  if (meta.kind !== want.kind) throw new ImportFileError('wrongTemplate');
  if (meta.version < want.version) throw new ImportFileError('oldTemplate', { version: meta.version, current: want.version });
  if (meta.version > want.version) throw new ImportFileError('newTemplate');
  if (want.periodId !== undefined && meta.periodId !== want.periodId) throw new ImportFileError('otherPeriod');
}

/** Split a list typed into one cell: 、，, ; ； or whitespace. */
export function splitList(s: string): string[] {
  return toHalfWidth(s)
    .split(/[、，,;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}
