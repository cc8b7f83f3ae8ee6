// A small streaming reader of an .xlsx package's parts (decision 021): the import path reads values, number formats
// and merged ranges straight from the XML parts that checkPackage (xlsx.server.ts) already inflated through yauzl —
// no workbook model, no temp file, parts read in the order they are needed whatever their order in the zip. SAX events
// (saxes, exceljs's own XML parser) go by; only the cells a caller keeps stay in memory.
//
// Why not exceljs's stream.xlsx.WorkbookReader: it skips <mergeCells>, writes a sheet to a temp file when
// sharedStrings.xml follows the sheets in the zip (as Excel and exceljs write them), keeps phonetic runs' (<rPh>)
// text in a shared string, keeps only the last run of a rich inline string, and leaves a sheet nameless when the
// workbook's relationship target is written absolute (/xl/worksheets/sheet1.xml).
//
// Cell values are handed on in exceljs's shapes (string, number, boolean, Date, { formula, result }, { error }), so
// lib/import/rules.ts `readCell` reads them exactly as it reads the full load's cells.
import 'server-only';
import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportFileError } from './rules';

/** The inflated parts an import reads, by zip entry name. */
export type XlsxParts = ReadonlyMap<string, Buffer>;

/** Which zip entries checkPackage keeps for the reader: the workbook, its rels, strings, styles and the sheets. */
export const keepPart = (name: string) => name === 'xl/_rels/workbook.xml.rels' || /^xl\/(worksheets\/)?[^/]+\.xml$/.test(name);

export interface SheetEntry {
  name: string;
  /** visible | hidden | veryHidden */
  state: string;
  part: string | null;
}

export interface LightWorkbook {
  sheets: SheetEntry[];
  /** shared strings: a rich string's runs joined, phonetic runs left out */
  strings: string[];
  /** the number format of each cell style (cellXfs index) */
  numFmts: (string | undefined)[];
  date1904: boolean;
  parts: XlsxParts;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Feed a part to a fresh parser in 1 MB pieces (no string of the whole part). */
function parse(buf: Buffer, on: (p: SaxesParser) => void): void {
  const p = new SaxesParser();
  on(p);
  try {
    const dec = new TextDecoder('utf-8');
    const STEP = 1 << 20;
    for (let at = 0; at < buf.length; at += STEP) p.write(dec.decode(buf.subarray(at, at + STEP), { stream: true }));
    p.write(dec.decode());
    p.close();
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError('notXlsx');
  }
}

/** A part named by a relationship target: relative to xl/, or absolute from the package root. */
const partOf = (target: string) => (target.startsWith('/') ? posix.normalize(target).slice(1) : posix.normalize(posix.join('xl', target)));

const BUILTIN_FMT: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
// the East Asian built-in date formats (Chinese Excel's 年/月/日 ones among them): dates whatever the locale
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN_FMT[id] = 'yyyy-m-d';

/** exceljs's test of a date format (utils.isDateFmt): date letters outside quotes and brackets. */
export const isDateFmt = (fmt: string | undefined) => !!fmt && /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** The serial day as exceljs's excelToDate reads it. */
const excelToDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** The workbook: its sheets (names, states, parts), shared strings and the styles' number formats. */
export function openWorkbook(parts: XlsxParts): LightWorkbook {
  const wbXml = parts.get('xl/workbook.xml');
  if (!wbXml) throw new ImportFileError('notXlsx');
  const rels = new Map<string, { type: string; part: string }>();
  const relsXml = parts.get('xl/_rels/workbook.xml.rels');
  if (relsXml)
    parse(relsXml, (p) =>
      p.on('opentag', (t) => {
        if (local(t.name) !== 'Relationship' || t.attributes.TargetMode === 'External') return;
        const a = t.attributes as Record<string, string>;
        if (a.Id && a.Target) rels.set(a.Id, { type: a.Type ?? '', part: partOf(a.Target) });
      }),
    );
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parse(wbXml, (p) =>
    p.on('opentag', (t) => {
      const a = t.attributes as Record<string, string>;
      const n = local(t.name);
      if (n === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (n !== 'sheet') return;
      const rid = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      sheets.push({ name: a.name ?? '', state: a.state ?? 'visible', part: (rid && rels.get(rid)?.part) || null });
    }),
  );
  const relPart = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.part ?? fallback;
  const stringsXml = parts.get(relPart('/sharedStrings', 'xl/sharedStrings.xml'));
  const stylesXml = parts.get(relPart('/styles', 'xl/styles.xml'));
  return { sheets, strings: stringsXml ? readStrings(stringsXml) : [], numFmts: stylesXml ? readNumFmts(stylesXml) : [], date1904, parts };
}

interface Handlers {
  open(t: SaxesTagPlain): void;
  text(s: string): void;
  close(t: SaxesTagPlain): void;
}

/** Wire handlers into a parser (saxes takes ONE handler per event). */
function wire(p: SaxesParser, h: Handlers) {
  p.on('opentag', (t) => h.open(t));
  p.on('text', (s) => h.text(s));
  p.on('cdata', (s) => h.text(s));
  p.on('closetag', (t) => h.close(t));
}

/**
 * Text of string items (<si>, <is>): every run's <t> joined in order; the phonetic runs (<rPh>, furigana/pinyin
 * guides) are not the cell's text. `done` is called with each item's text.
 */
function stringItems(item: string, done: (text: string) => void): Handlers {
  let inItem = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  return {
    open(t) {
      const n = local(t.name);
      if (n === item) {
        inItem = true;
        text = '';
      } else if (inItem && n === 'rPh') phonetic++;
      else if (inItem && n === 't' && !phonetic) inT = true;
    },
    text(s) {
      if (inT) text += s;
    },
    close(t) {
      const n = local(t.name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === item && inItem) {
        inItem = false;
        done(text);
      }
    },
  };
}

function readStrings(buf: Buffer): string[] {
  const out: string[] = [];
  parse(buf, (p) =>
    wire(
      p,
      stringItems('si', (s) => out.push(s)),
    ),
  );
  return out;
}

function readNumFmts(buf: Buffer): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  let inCellXfs = false;
  parse(buf, (p) => {
    p.on('opentag', (t: SaxesTagPlain) => {
      const n = local(t.name);
      const a = t.attributes as Record<string, string>;
      if (n === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (n === 'cellXfs') inCellXfs = true;
      else if (n === 'xf' && inCellXfs) xfs.push(a.numFmtId === undefined ? undefined : String(Number(a.numFmtId)));
    });
    p.on('closetag', (t) => {
      if (local(t.name) === 'cellXfs') inCellXfs = false;
    });
  });
  // numFmts precede cellXfs in the schema, but resolve after the whole part in case a writer did otherwise
  return xfs.map((id) => (id === undefined || id === '0' ? undefined : (custom.get(Number(id)) ?? BUILTIN_FMT[Number(id)])));
}

/** Column number of an A1 reference's letters (B12 → 2). */
function colOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k >= 65 && k <= 90) c = c * 26 + k - 64;
    else if (k >= 97 && k <= 122) c = c * 26 + k - 96;
    else break;
  }
  return c;
}

/** One cell as read: its value in exceljs's shape and its number format. */
export interface RawCell {
  value: unknown;
  numFmt: string | undefined;
}

/**
 * Stream a sheet's rows: `onRow(rowNumber, cells by 1-based column)` for every <row> with cells (in file order);
 * returns the merged ranges (<mergeCells>, after the data in the XML) and the last row number seen.
 */
export function scanSheet(
  wb: LightWorkbook,
  sheet: SheetEntry,
  onRow: (row: number, cells: Map<number, RawCell>) => void,
): { merges: string[]; lastRow: number } {
  const buf = sheet.part ? wb.parts.get(sheet.part) : undefined;
  const merges: string[] = [];
  let lastRow = 0;
  if (!buf) return { merges, lastRow };
  let row = 0;
  let cells = new Map<number, RawCell>();
  let col = 0;
  let type = '';
  let style = 0;
  let v: string | null = null;
  let f: string | null = null;
  let inline: string | null = null;
  let into: 'v' | 'f' | null = null;
  const inlines = stringItems('is', (s) => (inline = s));
  parse(buf, (p) =>
    wire(p, {
      open(t) {
        inlines.open(t);
        const n = local(t.name);
        const a = t.attributes as Record<string, string>;
        if (n === 'row') {
          row = a.r ? Number(a.r) : row + 1;
          lastRow = Math.max(lastRow, row);
          cells = new Map();
          col = 0;
        } else if (n === 'c') {
          col = a.r ? colOf(a.r) : col + 1;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          v = f = inline = null;
        } else if (n === 'v') {
          into = 'v';
          v = '';
        } else if (n === 'f') {
          into = 'f';
          f = '';
        } else if (n === 'mergeCell' && a.ref) merges.push(a.ref);
      },
      text(s) {
        inlines.text(s);
        if (into === 'v') v += s;
        else if (into === 'f') f += s;
      },
      close(t) {
        inlines.close(t);
        const n = local(t.name);
        if (n === 'v' || n === 'f') into = null;
        else if (n === 'c') {
          const numFmt = wb.numFmts[style];
          const value = cellValue(type, v, f, inline, numFmt, wb);
          if (value !== null) cells.set(col, { value, numFmt });
        } else if (n === 'row' && cells.size) onRow(row, cells);
      },
    }),
  );
  return { merges, lastRow };
}

function cellValue(type: string, v: string | null, f: string | null, inline: string | null, numFmt: string | undefined, wb: LightWorkbook): unknown {
  let value: unknown;
  if (type === 'inlineStr') value = inline;
  else if (v === null) value = null;
  else if (type === 's') value = wb.strings[Number(v)] ?? '';
  else if (type === 'str') value = v;
  else if (type === 'b') value = v === '1' || v === 'true';
  else if (type === 'e') value = { error: v };
  else if (type === 'd') value = new Date(v);
  else {
    const x = Number(v);
    value = isDateFmt(numFmt) && Number.isFinite(x) ? excelToDate(x, wb.date1904) : x;
  }
  if (f !== null) return value === null ? { formula: f } : { formula: f, result: value };
  return value;
}
