// The export builders on a small hand-made period: exact numbers kept, awkward names and group names made safe, rank changes and the source note in Chinese.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRankingCsv, buildRankingXlsx, contentDisposition, isExportFile, type ExportMeta } from '@/lib/leaderboard/export.server';
import { presentResults } from '@/lib/leaderboard/present';
import { scorePeriod, type IndicatorInput } from '@/lib/scoring';

const ind = (unitId: string, actual: number | null): IndicatorInput => ({
  id: `i-${unitId}`,
  unitId,
  key: `k-${unitId}`,
  direction: 'higher',
  method: 'ratio',
  halfTarget: 100,
  weight: 100,
  actual,
});

// 85 × 0.7 = 59.49999999999999 in binary: the cell must keep it, the format shows 59.50
const result = scorePeriod({
  settings: { alpha: 0.7, beta: 0.3 },
  groups: [
    { id: 'g1', name: '经济发展类/部门', sortOrder: 1 },
    { id: 'g2', name: '经济发展类:部门', sortOrder: 2 },
  ],
  units: [
    { id: 'a', name: '=HYPERLINK("x")局', groupId: 'g1' },
    { id: 'b', name: '财政金融局, "测试"', groupId: 'g1' },
    { id: 'c', name: '新单位', groupId: 'g2' },
  ],
  indicators: [ind('a', 85), ind('b', 90), ind('c', null)],
  rubric: [{ id: 'r', maxScore: 100 }],
  judges: [{ id: 'j1', unitId: null }],
  panelScores: [
    { unitId: 'a', judgeId: 'j1', criterionId: 'r', score: 85 },
    { unitId: 'b', judgeId: 'j1', criterionId: 'r', score: 90 },
  ],
  adjustments: [{ id: 'x', unitId: 'a', points: -1, reason: '通报' }],
  previous: { a: { groupId: 'g1', groupRank: 2, overallRank: 2 }, b: { groupId: 'g1', groupRank: 1, overallRank: 1 } },
});
const results = presentResults(result);
const meta: ExportMeta = {
  periodName: '2026年上半年',
  year: 2026,
  half: 1,
  snapshot: { version: 2, kind: 'correction' },
  unitKinds: { a: 'department', b: 'agency', c: 'soe' },
};

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('ranking.xlsx', () => {
  it('keeps full precision in the cell with a two-decimal format', async () => {
    const wb = await load(await buildRankingXlsx(results, meta));
    const ws = wb.getWorksheet('总排名')!;
    const b = results.units.find((u) => u.unitId === 'b')!;
    const row = ws.getRow(results.units.indexOf(b) + 2);
    expect(row.getCell(8).value).toBe(b.final.value);
    expect(row.getCell(8).numFmt).toBe('0.00');
    expect(row.getCell(7).numFmt).toBe('+0.00;-0.00;0.00');
    const a = results.units.find((u) => u.unitId === 'a')!;
    expect(a.final.indicatorPart).toBe(0.7 * 85);
    expect(ws.getRow(results.units.indexOf(a) + 2).getCell(8).value).toBe(a.final.value);
  });

  it('makes group names valid, distinct sheet names', async () => {
    const wb = await load(await buildRankingXlsx(results, meta));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('总排名');
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    // both group names clean up to the same text: the second gets a suffix
    expect(names.slice(1)).toEqual(['经济发展类_部门', '经济发展类_部门_2']);
  });

  it('writes rank changes, kinds, 暂定 and the source note in Chinese', async () => {
    const wb = await load(await buildRankingXlsx(results, meta));
    const ws = wb.getWorksheet('总排名')!;
    const byName = new Map<string, ExcelJS.Row>();
    ws.eachRow((r, n) => n > 1 && byName.set(String(r.getCell(3).value), r));
    const a = byName.get('=HYPERLINK("x")局')!;
    const b = byName.get('财政金融局, "测试"')!;
    const c = byName.get('新单位')!;
    // text, never a formula
    expect(a.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(c.getCell(2).value).toBe('新');
    expect(c.getCell(13).value).toBe('是');
    expect(c.getCell(6).value).toBeNull();
    expect(c.getCell(12).value).toBe(1);
    // b stays first, a second: no change (持平, as the leaderboard and the print say); the new unit is 新
    expect([b.getCell(1).value, a.getCell(1).value, c.getCell(1).value]).toEqual([1, 2, 3]);
    expect([a.getCell(2).value, b.getCell(2).value]).toEqual(['持平', '持平']);
    expect([a.getCell(4).value, b.getCell(4).value, c.getCell(4).value]).toEqual(['部门', '派驻机构', '国有企业']);
    expect(ws.headerFooter.oddHeader).toContain('第 2 版更正');
    expect(wb.title).toContain('2026年上半年');
  });
});

describe('ranking.csv', () => {
  it('quotes commas and quotes, defuses formulas, keeps numbers exact', () => {
    const text = buildRankingCsv(results, meta).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""x"")局"`);
    expect(text).toContain('"财政金融局, ""测试"""');
    const a = results.units.find((u) => u.unitId === 'a')!;
    expect(text).toContain(`,${String(a.final.value)},`);
    // a negative number is a number, not defused text
    expect(text).toContain(',-1,');
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('file names', () => {
  it('only the three files exist', () => {
    expect(['ranking.xlsx', 'detail.xlsx', 'ranking.csv'].every(isExportFile)).toBe(true);
    expect(isExportFile('../ranking.xlsx')).toBe(false);
    expect(isExportFile('ranking.xls')).toBe(false);
  });

  it('strips characters a file name cannot hold and stays ASCII in the header', () => {
    const cd = contentDisposition({ periodName: '2026/上半年"试"', year: 2026, half: 1 }, 'ranking.csv');
    expect(cd).toContain('filename="2026H1-ranking.csv"');
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe('2026_上半年_试_-排名.csv');
    expect(cd).toMatch(/^[\x20-\x7e]+$/);
  });
});
