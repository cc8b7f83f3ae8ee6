// The streaming reader of the import path (lib/import/xlsx-read.server.ts, decision 021): the same cells as exceljs's
// full load, and the gaps exceljs's own streaming reader has — merged header, phonetic runs, rich inline strings, an
// absolute relationship target, sharedStrings.xml after the sheets (read in place, no temp file).
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readCell } from '@/lib/import/rules';
import { loadWorkbook, readMeta, readSheet, readWorkbook, writeMeta } from '@/lib/import/xlsx.server';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-written package; entries in the order given (the zip's order). */
async function pkg(opts: { sheet: string; strings?: string; target?: string; stringsLast?: boolean; styles?: string }): Promise<Buffer> {
  const zip = new JSZip();
  const parts: [string, string][] = [
    ['xl/workbook.xml', `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="${opts.target ?? 'worksheets/sheet1.xml'}"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', opts.styles ?? `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`],
  ];
  const strings: [string, string] = ['xl/sharedStrings.xml', `<?xml version="1.0"?><sst ${NS}>${opts.strings ?? ''}</sst>`];
  const sheet: [string, string] = ['xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet ${NS}>${opts.sheet}</worksheet>`];
  for (const [name, text] of [...parts, ...(opts.stringsLast ? [sheet, strings] : [strings, sheet])]) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const rows = (r: ReturnType<typeof readSheet>) => r.rows.map((x) => x.cells.map((c) => ('value' in c ? c.value : null)));

describe('streaming reader', () => {
  it('reads the same cells as exceljs’s full load: text, numbers, percent, dates, formulas, rich text, booleans, errors, hyperlinks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['名称', '数值', '比例', '日期', '公式', '富文本', '是否', '错误', '链接']);
    ws.addRow([
      '  前后空格　',
      1234.5,
      0.85,
      new Date(Date.UTC(2026, 5, 30)),
      { formula: 'B2*2', result: 2469 },
      { richText: [{ text: '甲' }, { font: { bold: true }, text: '乙' }] },
      true,
      { error: '#DIV/0!' },
      { text: '链接文字', hyperlink: 'https://example.org' },
    ]);
    ws.addRow(['第二行', '１２３', 0.5, 46203, { formula: 'A1' }, '<&>"\'', false, null, 'x']);
    ws.getCell('C2').numFmt = '0%';
    ws.getCell('C3').numFmt = '0.00%';
    ws.getCell('D3').numFmt = 'yyyy"年"m"月"d"日"';
    ws.addRow([]);
    ws.addRow(['末行']);
    writeMeta(wb, { kind: 'k', version: 3, periodId: 'p1', scope: 's' }, { list: ['a', 'b'] });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());

    const full = (await loadWorkbook(buf)).getWorksheet('数据')!;
    const light = await readWorkbook(buf);
    const sheet = readSheet(light);
    expect(sheet.name).toBe('数据');
    expect(sheet.headers).toEqual(['名称', '数值', '比例', '日期', '公式', '富文本', '是否', '错误', '链接']);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    for (const r of sheet.rows)
      r.cells.forEach((c, i) => {
        const cell = full.getRow(r.row).getCell(i + 1);
        expect(c, `${cell.address}`).toEqual(readCell(cell.value, cell.numFmt));
      });
    expect(readMeta(light)).toEqual({ kind: 'k', version: 3, periodId: 'p1', scope: 's' });
  });

  it('refuses a merged header (the <mergeCells> after the data)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['表头', '']);
    ws.addRow(['a', 'b']);
    ws.mergeCells('A1:B1');
    const light = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(() => readSheet(light)).toThrow(expect.objectContaining({ code: 'mergedHeader', params: { range: 'A1:B1' } }));
  });

  it('leaves phonetic runs (<rPh>) out of a shared string; joins every run of a rich one', async () => {
    const buf = await pkg({
      strings:
        '<si><t>名称</t></si>' +
        '<si><r><t>中</t></r><r><rPr><b/></rPr><t>文</t></r><rPh sb="0" eb="1"><t>ちゅう</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t xml:space="preserve">漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
      sheet:
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c></row></sheetData>',
    });
    expect(rows(readSheet(await readWorkbook(buf)))).toEqual([['中文'], ['漢字']]);
  });

  it('reads every run of a rich inline string', async () => {
    const buf = await pkg({
      sheet:
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>甲</t></r><r><rPr><i/></rPr><t>乙</t></r><r><t xml:space="preserve"> 丙</t></r></is></c></row></sheetData>',
    });
    expect(rows(readSheet(await readWorkbook(buf)))).toEqual([['甲乙 丙']]);
  });

  it('names a sheet whose relationship target is absolute', async () => {
    const buf = await pkg({
      target: '/xl/worksheets/sheet1.xml',
      strings: '<si><t>名称</t></si><si><t>值</t></si>',
      sheet: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData>',
    });
    const sheet = readSheet(await readWorkbook(buf), '数据');
    expect(sheet.name).toBe('数据');
    expect(rows(sheet)).toEqual([['值']]);
  });

  it('reads sharedStrings.xml placed after the sheets, in memory (no temp file)', async () => {
    const buf = await pkg({
      stringsLast: true,
      strings: '<si><t>名称</t></si><si><t>后置</t></si>',
      sheet: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData>',
    });
    const zip = await JSZip.loadAsync(buf);
    expect(Object.keys(zip.files).indexOf('xl/sharedStrings.xml')).toBeGreaterThan(Object.keys(zip.files).indexOf('xl/worksheets/sheet1.xml'));
    const before = readdirSync(tmpdir()).length;
    expect(rows(readSheet(await readWorkbook(buf)))).toEqual([['后置']]);
    expect(readdirSync(tmpdir()).length).toBeLessThanOrEqual(before);
  });

  it('decodes a character split across the reader’s 1 MB pieces (exceljs’s WorkbookReader garbled it: 应急 → 应��)', async () => {
    const head = `<?xml version="1.0"?><sst ${NS}><si><t>名称</t></si><si><t>`;
    // letters that do not compress like a zip bomb
    let seed = 1;
    const pad = Array.from({ length: (1 << 20) - 1 - Buffer.byteLength(head) }, () =>
      String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26)),
    ).join('');
    const buf = await pkg({
      strings: `<si><t>名称</t></si><si><t>${pad}应急管理</t></si>`,
      sheet: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData>',
    });
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file('xl/sharedStrings.xml')!.async('nodebuffer');
    expect(xml.indexOf(Buffer.from('应'))).toBe((1 << 20) - 1); // straddles the first piece's end
    expect(rows(readSheet(await readWorkbook(buf)))).toEqual([[`${pad}应急管理`]]);
  });

  it('counts the last row for the row limit, percent and date formats from styles, cells without r', async () => {
    const buf = await pkg({
      styles:
        `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="176"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      sheet:
        '<sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c t="inlineStr"><is><t>c</t></is></c></row>' +
        '<row r="2"><c s="1"><v>0.25</v></c><c s="2"><v>46203</v></c><c s="3"><v>46203</v></c></row></sheetData>',
    });
    const sheet = readSheet(await readWorkbook(buf));
    expect(sheet.rows[0]!.cells).toEqual([
      { kind: 'number', value: 0.25, percent: true },
      { kind: 'date', value: new Date(Date.UTC(2026, 5, 30)) },
      { kind: 'date', value: new Date(Date.UTC(2026, 5, 30)) },
    ]);
    const many = await pkg({
      sheet: '<sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c></row><row r="20002"><c><v>1</v></c></row></sheetData>',
    });
    const light = await readWorkbook(many);
    expect(() => readSheet(light)).toThrow(expect.objectContaining({ code: 'tooManyRows' }));
  });
});
