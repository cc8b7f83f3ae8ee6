// Workbooks for the import tests and bench: edit a downloaded template with exceljs, or build one from rows.
import ExcelJS from 'exceljs';
import { SETUP_COLUMNS, SETUP_TEMPLATE } from '@/lib/import/setup-template';

export async function editWorkbook(
  buf: Buffer,
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  sheet: string = SETUP_TEMPLATE.sheet,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  edit(wb.getWorksheet(sheet)!, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 1-based column of a setup field. */
export const colOf = (field: (typeof SETUP_COLUMNS)[number]['field']) => SETUP_COLUMNS.findIndex((c) => c.field === field) + 1;

/** A setup workbook of `perUnit` indicators for each unit code (weights 100/perUnit each), with the template's meta. */
export async function setupWorkbook(
  periodId: string,
  unitCodes: readonly string[],
  perUnit: number,
  tweak?: (row: (string | number | null)[], n: number) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SETUP_TEMPLATE.sheet);
  ws.addRow(SETUP_COLUMNS.map((c) => c.header));
  let n = 0;
  for (const code of unitCodes)
    for (let i = 0; i < perUnit; i++) {
      n++;
      const row: (string | number | null)[] = [
        code,
        null,
        `k_${i}`,
        `指标${i}`,
        '主要指标',
        '越高越好',
        '完成率法',
        '个',
        1000 + i,
        500,
        null,
        100 / perUnit,
        null,
        '区统计局',
        null,
      ];
      tweak?.(row, n);
      ws.addRow(row);
    }
  const meta = wb.addWorksheet('_leitai', { state: 'veryHidden' });
  meta.addRow(['kind', SETUP_TEMPLATE.kind]);
  meta.addRow(['version', SETUP_TEMPLATE.version]);
  meta.addRow(['periodId', periodId]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
