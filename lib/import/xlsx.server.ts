// Reading an uploaded workbook safely, and writing it back with the bad cells marked. Before exceljs sees the bytes:
// the size, the file's magic (a ZIP; an OLE/CFB container is a password-protected .xlsx or an old .xls), and the zip's
// central directory (entry count, declared sizes) — then every entry is inflated through yauzl with a byte counter, so
// a zip bomb or an oversized sheet is refused before exceljs (which inflates everything into memory) is handed it.
import 'server-only';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { IMPORT_LIMITS, ImportFileError, mapHeaders, META_SHEET, mergeTouchesRow, readCell, textCell, type CellRead, type ImportIssue } from './rules';
import { keepPart, openWorkbook, scanSheet, type LightWorkbook, type XlsxParts } from './xlsx-read.server';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Refuse what is not a plain, reasonably sized .xlsx package; resolves when the bytes may be handed to exceljs, with
 * the inflated parts the streaming reader needs (workbook, rels, strings, styles, sheets: xlsx-read.server.ts).
 */
export async function checkPackage(buf: Buffer): Promise<XlsxParts> {
  if (buf.length === 0) throw new ImportFileError('emptyFile');
  if (buf.length > IMPORT_LIMITS.maxFileBytes) throw new ImportFileError('tooLarge', { mb: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 });
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) throw new ImportFileError('encrypted');
  if (!buf.subarray(0, 4).equals(ZIP_MAGIC)) throw new ImportFileError('notXlsx');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new ImportFileError('notXlsx');
  }
  try {
    if (zip.entryCount > IMPORT_LIMITS.maxEntries) throw new ImportFileError('zipBomb');
    let total = 0;
    const parts = new Map<string, Buffer>();
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new ImportFileError('encrypted');
      // the central directory first: declared sizes and ratio
      const declared = entry.uncompressedSize;
      if (declared > IMPORT_LIMITS.maxEntryBytes) throw new ImportFileError(entry.fileName.startsWith('xl/worksheets/') ? 'sheetTooLarge' : 'zipBomb');
      if (declared > 1024 * 1024 && declared / Math.max(1, entry.compressedSize) > IMPORT_LIMITS.maxRatio) throw new ImportFileError('zipBomb');
      total += declared;
      if (total > IMPORT_LIMITS.maxTotalBytes) throw new ImportFileError('zipBomb');
      if (entry.fileName.endsWith('/')) continue;
      // then the bytes themselves: a lying header is caught by yauzl's size validation or by the counter
      const stream = await zip.openReadStreamPromise(entry);
      let seen = 0;
      const keep = keepPart(entry.fileName) ? ([] as Buffer[]) : null;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        seen += chunk.length;
        if (seen > IMPORT_LIMITS.maxEntryBytes) {
          stream.destroy();
          throw new ImportFileError('zipBomb');
        }
        keep?.push(chunk);
      }
      if (keep) parts.set(entry.fileName, Buffer.concat(keep));
    }
    if (!parts.has('xl/workbook.xml')) throw new ImportFileError('notXlsx');
    return parts;
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError('notXlsx');
  } finally {
    zip.close();
  }
}

/**
 * The last few parses of this process, by the file's SHA-256 and a key of the caller's (what the parse depended on):
 * a commit right after its preview skips parsing the same bytes again. Small and per process — a miss (another
 * instance, a restart, an older upload) parses again, so the result never depends on it; the value must be treated as
 * read-only by its users.
 */
const PARSED_KEEP = 2;
const parsed = new Map<string, unknown>();

export async function parsedOnce<T>(buf: Buffer, key: string, parse: () => Promise<T>): Promise<T> {
  const k = `${sha256(buf)}\n${key}`;
  if (parsed.has(k)) {
    const hit = parsed.get(k) as T;
    parsed.delete(k); // most recent last
    parsed.set(k, hit);
    return hit;
  }
  const value = await parse();
  parsed.set(k, value);
  while (parsed.size > PARSED_KEEP) parsed.delete(parsed.keys().next().value!);
  return value;
}

/**
 * An upload checked (checkPackage) and opened for the streaming reader: the import path's parse. Sheets are read by
 * readMeta / readSheet / readFieldRows without a workbook model (decision 021).
 */
export async function readWorkbook(buf: Buffer): Promise<LightWorkbook> {
  return openWorkbook(await checkPackage(buf));
}

/** Load a checked package into exceljs's full model (the marked-errors download: styles, notes, every part kept). */
export async function loadWorkbook(buf: Buffer, opts: { full?: boolean } = {}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer, {
      ignoreNodes: opts.full
        ? []
        : ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing', 'picture', 'legacyDrawing', 'extLst', 'tableParts', 'sheetProtection'],
    });
  } catch {
    throw new ImportFileError('notXlsx');
  }
  return wb;
}

/** The template's hidden sheet: kind, version, period and (for a template of one unit's data) its scope, as written by writeMeta. */
export function readMeta(wb: LightWorkbook): { kind: string; version: number; periodId: string; scope: string } | null {
  const ws = wb.sheets.find((w) => w.name === META_SHEET);
  if (!ws) return null;
  const b: string[] = [];
  scanSheet(wb, ws, (row, cells) => {
    const cell = row <= 4 ? cells.get(2) : undefined;
    const t = cell ? textCell(readCell(cell.value)) : null;
    if (t?.ok) b[row] = t.value;
  });
  const text = (row: number) => b[row] ?? '';
  return { kind: text(1), version: Number(text(2)) || 0, periodId: text(3), scope: text(4) };
}

/** Write the hidden sheet (and the drop-down lists other sheets' validations point at, from column D on). */
export function writeMeta(
  wb: Pick<ExcelJS.Workbook, 'addWorksheet'>,
  meta: { kind: string; version: number; periodId: string; scope?: string },
  lists: Record<string, readonly string[]> = {},
) {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.getCell('A1').value = 'kind';
  ws.getCell('B1').value = meta.kind;
  ws.getCell('A2').value = 'version';
  ws.getCell('B2').value = meta.version;
  ws.getCell('A3').value = 'periodId';
  ws.getCell('B3').value = meta.periodId;
  if (meta.scope) {
    ws.getCell('A4').value = 'scope';
    ws.getCell('B4').value = meta.scope;
  }
  const ranges: Record<string, string> = {};
  Object.entries(lists).forEach(([name, values], i) => {
    const col = ws.getColumn(4 + i);
    col.values = [name, ...values];
    const letter = col.letter;
    ranges[name] = `'${META_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  });
  return ranges;
}

export interface ReadSheet {
  name: string;
  headers: string[];
  /** data rows, empty rows skipped: Excel row number and the cells by 1-based column */
  rows: { row: number; cells: CellRead[] }[];
}

/**
 * The first visible sheet (or the named one): header row 1, then the data rows, with the limits. Streamed: only the
 * header and the data rows' first `headers.length` cells are kept; merged ranges come after the data in the XML, so a
 * sheet past the row limit stops keeping rows and is refused once the merges are known.
 */
export function readSheet(wb: LightWorkbook, name?: string): ReadSheet {
  const ws = (name ? wb.sheets.find((w) => w.name === name) : undefined) ?? wb.sheets.find((w) => w.name !== META_SHEET && w.state === 'visible');
  if (!ws) throw new ImportFileError('noSheet', { sheet: name ?? '' });
  let headers: string[] | null = null;
  let tooMany = false;
  const rows: ReadSheet['rows'] = [];
  const { merges, lastRow } = scanSheet(wb, ws, (n, row) => {
    if (n === 1) {
      const width = Math.min(Math.max(0, ...row.keys()), 200);
      headers = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.get(c);
        const t = cell ? textCell(readCell(cell.value)) : null;
        headers.push(t?.ok ? t.value : '');
      }
      return;
    }
    headers ??= [];
    if (tooMany || n - 1 > IMPORT_LIMITS.maxRows) {
      tooMany = true;
      return;
    }
    const cells: CellRead[] = [];
    let any = false;
    for (let c = 1; c <= headers.length; c++) {
      const cell = row.get(c);
      const read = cell ? readCell(cell.value, cell.numFmt) : ({ kind: 'empty' } as const);
      if (read.kind !== 'empty') any = true;
      cells.push(read);
    }
    if (any) rows.push({ row: n, cells });
  });
  const header = merges.filter((m) => mergeTouchesRow(m, 1));
  if (header.length) throw new ImportFileError('mergedHeader', { range: header[0]! });
  if (tooMany || lastRow - 1 > IMPORT_LIMITS.maxRows) throw new ImportFileError('tooManyRows', { max: IMPORT_LIMITS.maxRows });
  const found: string[] = headers ?? [];
  if (found.every((h) => h === '')) throw new ImportFileError('emptySheet');
  return { name: ws.name, headers: found, rows };
}

/**
 * A template's sheet as rows of cells by field: headers mapped to the kind's columns (missing or duplicated ones
 * refused), an empty sheet refused. Every import kind reads its sheet this way.
 */
export function readFieldRows<F extends string>(
  wb: LightWorkbook,
  sheetName: string,
  columns: readonly { field: F; header: string; required?: boolean }[],
): { rows: { row: number; cells: Map<F, CellRead> }[]; index: Map<F, number>; sheet: string } {
  const sheet = readSheet(wb, sheetName);
  const { index, missing, duplicated } = mapHeaders(sheet.headers, columns);
  if (missing.length) throw new ImportFileError('missingColumns', { columns: missing.join('、') });
  if (duplicated.length) throw new ImportFileError('duplicateColumns', { columns: duplicated.join('、') });
  if (sheet.rows.length === 0) throw new ImportFileError('emptySheet');
  const fields = [...index.entries()];
  const rows = sheet.rows.map((r) => ({
    row: r.row,
    cells: new Map(fields.map(([f, c]) => [f, r.cells[c - 1] ?? { kind: 'empty' as const }])),
  }));
  return { rows, index, sheet: sheet.name };
}

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

/**
 * The uploaded workbook with every bad cell filled red and carrying a comment (the message), and a sheet listing all
 * errors (row-less ones included). `message` renders an issue in Chinese.
 */
export async function markErrors(buf: Buffer, issues: readonly ImportIssue[], message: (i: ImportIssue) => string): Promise<Buffer> {
  const wb = await loadWorkbook(buf, { full: true });
  const byCell = new Map<string, string[]>();
  for (const i of issues) {
    if (i.row < 1) continue;
    const k = `${i.sheet}\n${i.row}\n${Math.max(1, i.col)}`;
    byCell.set(k, [...(byCell.get(k) ?? []), message(i)]);
  }
  for (const [k, texts] of byCell) {
    const [sheet, row, col] = k.split('\n');
    const ws = wb.getWorksheet(sheet!);
    if (!ws) continue;
    const cell = ws.getCell(Number(row), Number(col));
    cell.fill = RED;
    cell.note = texts.join('\n');
  }
  const old = wb.getWorksheet('导入错误');
  if (old) wb.removeWorksheet(old.id);
  const list = wb.addWorksheet('导入错误');
  list.columns = [
    { header: '工作表', width: 12 },
    { header: '行', width: 8 },
    { header: '列', width: 14 },
    { header: '内容', width: 24 },
    { header: '错误说明', width: 60 },
  ];
  list.getRow(1).font = { bold: true };
  for (const i of issues) list.addRow([i.sheet, i.row || '', i.column, i.value, message(i)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
