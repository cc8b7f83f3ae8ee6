// Excel files of the problem ledger: the board with its current filters, and a period's figures (per lead unit, per
// category, per month). Always in Chinese (the 考核办's paperwork reads the same for everyone it is passed on to).
import 'server-only';
import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { messages } from '../../messages';
import { chinaDay } from '../domain/dates';
import type { BoardRow } from './board.server';
import type { MonthFigures } from './figures.server';
import type { LedgerFigures } from './rules';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function translator() {
  return createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'] });
}
type T = ReturnType<typeof translator>;

type Cell = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/**
 * Text a spreadsheet would take for a formula once a user edits the cell (= + - @, a tab or a carriage return first)
 * gets a leading apostrophe, as the leaderboard's CSV does; an enterprise's name or title is typed by anyone.
 */
export function inertText(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function addSheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], note?: string) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? inertText(v) : v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.pageSetup.printTitlesRow = '1:1';
  if (note) ws.addRow([inertText(note)]).font = { italic: true };
  return ws;
}

const DATE = 'yyyy-mm-dd';
/** A day in China time as an Excel date (a date cell without a time: midnight UTC of that calendar day). */
const day = (d: Date | null): Date | null => (d ? new Date(`${chinaDay(d)}T00:00:00Z`) : null);

function label(t: T, key: string): string {
  return t.has(key as Parameters<T>[0]) ? t(key as Parameters<T>[0]) : key.split('.').pop()!;
}

/** The board's rows as they are filtered and sorted; `total` above the rows exported says when the file was cut short. */
export async function buildBoardXlsx(rows: readonly BoardRow[], total: number, now: Date): Promise<Buffer> {
  const t = translator();
  const c = (k: string) => t(`problemBoard.export.columns.${k}` as Parameters<T>[0]);
  const wb = new ExcelJS.Workbook();
  wb.creator = t('common.appName');
  wb.title = t('problemBoard.export.boardFile');
  wb.created = now;
  const columns: Column[] = [
    { header: c('code'), width: 14 },
    { header: c('title'), width: 36 },
    { header: c('enterprise'), width: 28 },
    { header: c('category'), width: 10 },
    { header: c('source'), width: 10 },
    { header: c('status'), width: 10 },
    { header: c('lead'), width: 22 },
    { header: c('assist'), width: 24 },
    { header: c('responsible'), width: 10 },
    { header: c('raised'), width: 12, numFmt: DATE },
    { header: c('due'), width: 12, numFmt: DATE },
    { header: c('resolved'), width: 12, numFmt: DATE },
    { header: c('age'), width: 9, numFmt: '0' },
    { header: c('overdue'), width: 8 },
    { header: c('supervised'), width: 9 },
    { header: c('rating'), width: 10 },
  ];
  const yes = t('problemBoard.export.yes');
  const data: Cell[][] = rows.map((r) => [
    r.code,
    r.title,
    r.enterpriseName,
    label(t, `problem.category.${r.category}`),
    label(t, `problem.source.${r.source}`),
    label(t, `problem.status.${r.status}`),
    r.leadUnitName,
    r.assistUnitNames.join('、'),
    r.responsiblePerson,
    day(r.raisedAt),
    day(r.dueAt),
    day(r.resolvedAt),
    r.daysOpen,
    r.overdue ? yes : '',
    r.supervised ? yes : '',
    r.rating ? label(t, `problem.rating.${r.rating}`) : '',
  ]);
  const note = rows.length < total ? t('problemBoard.export.cut', { n: rows.length, total }) : undefined;
  addSheet(wb, t('problemBoard.export.boardSheet'), columns, data, note);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface FiguresExport {
  periodName: string;
  byUnit: { name: string; figures: LedgerFigures }[];
  district: LedgerFigures;
  byCategory: { category: string; figures: LedgerFigures }[];
  monthly: MonthFigures[];
}

/** The figures page as a workbook: per lead unit (with the district's total), per category, per month. */
export async function buildFiguresXlsx(x: FiguresExport, now: Date): Promise<Buffer> {
  const t = translator();
  const f = (k: string) => t(`problemBoard.figures.${k}` as Parameters<T>[0]);
  const e = (k: string) => t(`problemBoard.export.${k}` as Parameters<T>[0]);
  const wb = new ExcelJS.Workbook();
  wb.creator = t('common.appName');
  wb.title = `${x.periodName} ${e('figuresFile')}`;
  wb.created = now;
  const figureColumns = (first: string): Column[] => [
    { header: first, width: 28 },
    { header: f('received'), width: 8, numFmt: '0' },
    { header: f('closed'), width: 8, numFmt: '0' },
    { header: e('onTime'), width: 10, numFmt: '0' },
    { header: f('onTimeRate'), width: 11, numFmt: '0.00%' },
    { header: e('rated'), width: 8, numFmt: '0' },
    { header: e('satisfied'), width: 12, numFmt: '0' },
    { header: f('satisfactionRate'), width: 9, numFmt: '0.00%' },
    { header: f('overdue'), width: 8, numFmt: '0' },
    { header: f('supervised'), width: 9, numFmt: '0' },
  ];
  const figureRow = (first: string, g: LedgerFigures): Cell[] => [
    first,
    g.received,
    g.closed,
    g.onTime,
    g.onTimeRate === null ? null : g.onTimeRate / 100,
    g.rated,
    g.satisfied,
    g.satisfactionRate === null ? null : g.satisfactionRate / 100,
    g.overdue,
    g.supervised,
  ];
  addSheet(wb, e('unitSheet'), figureColumns(f('unit')), [...x.byUnit.map((u) => figureRow(u.name, u.figures)), figureRow(f('district'), x.district)]);
  addSheet(
    wb,
    e('categorySheet'),
    figureColumns(f('category')),
    x.byCategory.map((c) => figureRow(label(t, `problem.category.${c.category}`), c.figures)),
  );
  addSheet(
    wb,
    e('monthSheet'),
    [
      { header: f('month'), width: 10 },
      { header: f('received'), width: 8, numFmt: '0' },
      { header: f('closed'), width: 8, numFmt: '0' },
    ],
    x.monthly.map((m) => [m.label, m.received, m.closed]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `Content-Disposition` with the Chinese name (RFC 5987) and an ASCII fallback. */
export function xlsxDisposition(chineseStem: string, asciiStem: string): string {
  const safe = chineseStem.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, '_').trim() || asciiStem;
  const encoded = encodeURIComponent(`${safe}.xlsx`).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiStem}.xlsx"; filename*=UTF-8''${encoded}`;
}

export function exportStem(kind: 'board' | 'figures', now: Date, periodName?: string): { zh: string; ascii: string } {
  const t = translator();
  const d = chinaDay(now);
  return kind === 'board'
    ? { zh: `${t('problemBoard.export.boardFile')}-${d}`, ascii: `problems-${d}` }
    : { zh: `${periodName ?? ''}-${t('problemBoard.export.figuresFile')}`, ascii: `problem-figures-${d}` };
}
