// The layers under the leaderboard API and the downloads, on the seeded demo: the JSON payload hides judges, the XLSX/CSV files list every unit with Chinese headers and real numbers.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import {
  buildDetailXlsx,
  buildExport,
  buildRankingCsv,
  buildRankingXlsx,
  contentDisposition,
  exportMetaOf,
  leaderboardPayload,
  type ExportMeta,
} from '@/lib/leaderboard/export.server';
import { getPeriodResults, type PeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults, type PublicResults } from '@/lib/leaderboard/present';

const RANKING_HEADERS = ['排名', '排名变化', '单位', '类型', '指标得分', '评委得分', '加减分', '最终得分', '绿灯', '黄灯', '红灯', '未填报', '暂定'];
const DETAIL_HEADERS = ['单位', '指标', '计分方法', '目标', '目标来源', '实际完成', '完成率', '亮灯', '权重', '得分'];

let db: Db;
type Loaded = { period: Awaited<ReturnType<Db['period']['findFirstOrThrow']>>; raw: PeriodResults; results: PublicResults; meta: ExportMeta };
const loaded: Record<'published' | 'open', Loaded> = {} as never;
let unitNames: string[];

beforeAll(async () => {
  db = await createClient(inject('seededUrl'));
  for (const state of ['published', 'open'] as const) {
    const period = await db.period.findFirstOrThrow({ where: { state } });
    const raw = await getPeriodResults(db, period.id);
    const results = presentResults(raw.result);
    loaded[state] = { period, raw, results, meta: await exportMetaOf(db, period, raw.snapshot, results) };
  }
  unitNames = (await db.unit.findMany({ where: { indicators: { some: { periodId: loaded.open.period.id } } }, select: { name: true } }))
    .map((u) => u.name)
    .sort();
});
afterAll(async () => db?.$disconnect());

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
function dataRows(ws: ExcelJS.Worksheet) {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => n > 1 && rows.push(row));
  return rows;
}

describe('the leaderboard payload', () => {
  it.each(['published', 'open'] as const)('%s period: period, snapshot and every unit with its breakdown, and no judge id anywhere', async (state) => {
    const { period, raw } = loaded[state];
    const payload = JSON.parse(JSON.stringify(leaderboardPayload(period, raw)));
    expect(payload.period).toEqual({
      id: period.id,
      name: period.name,
      year: period.year,
      half: period.half,
      state,
      publishedAt: period.publishedAt?.toISOString() ?? null,
    });
    if (state === 'published') expect(payload.snapshot).toMatchObject({ version: 1, kind: 'publish', inputHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    else expect(payload.snapshot).toBeNull();
    expect(payload.results.units.map((u: { name: string }) => u.name).sort()).toEqual(unitNames);
    expect(payload.results.units[0].indicators.length).toBeGreaterThan(0);

    const judgeIds = (await db.arenaJudge.findMany({ select: { userId: true } })).map((j) => j.userId);
    const fromCards = raw.result.units.flatMap((u) => u.panel.judges.map((j) => j.judgeId));
    if (state === 'published') expect(fromCards.length).toBeGreaterThan(0);
    const text = JSON.stringify(payload);
    for (const id of new Set([...judgeIds, ...fromCards])) expect(text).not.toContain(id);
    expect(text).not.toMatch(/judgeId|droppedHighJudgeId|droppedLowJudgeId/);
  });

  it('the published period keeps 评委 numbers and which ones were dropped', () => {
    const u = loaded.published.results.units[0]!;
    expect(u.panel.rule).toBe('trimmed_mean');
    expect(u.panel.judges.map((j) => j.judgeNo).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect(u.panel.droppedHighJudgeNo).toEqual(expect.any(Number));
  });
});

describe('ranking.xlsx', () => {
  it.each(['published', 'open'] as const)(
    '%s period: 总排名 and one sheet per contest group, every unit, Chinese headers, numbers as numbers',
    async (state) => {
      const { results, meta } = loaded[state];
      const wb = await readXlsx(await buildRankingXlsx(results, meta));
      const groups = results.groups.map((g) => g.name);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['总排名', ...groups]);

      const overall = wb.getWorksheet('总排名')!;
      expect(headerOf(overall)).toEqual(RANKING_HEADERS);
      const rows = dataRows(overall);
      expect(rows.map((r) => r.getCell(3).value).sort()).toEqual(unitNames);
      rows.forEach((row, i) => {
        const u = results.units[i]!;
        expect(row.getCell(1).value).toBe(u.overallRank);
        expect(row.getCell(3).value).toBe(u.name);
        expect(['部门', '派驻机构', '国有企业']).toContain(row.getCell(4).value);
        // full precision in the cell, two decimals only in the format
        expect(row.getCell(5).value).toBe(u.indicatorScore);
        expect(row.getCell(8).value).toBe(u.final.value);
        expect(row.getCell(7).value).toBe(u.adjustments.total);
        for (const c of [5, 8, 9, 10, 11, 12]) expect(typeof row.getCell(c).value, `column ${c}`).toBe('number');
        expect(row.getCell(5).numFmt).toBe('0.00');
        expect(row.getCell(8).numFmt).toBe('0.00');
        if (state === 'published') {
          expect(typeof row.getCell(6).value).toBe('number');
          expect(row.getCell(13).value ?? '').toBe('');
        } else {
          // no panel yet: 评委得分 empty, every unit 暂定
          expect(row.getCell(6).value).toBeNull();
          expect(row.getCell(13).value).toBe('是');
        }
        // the rank change in the words the leaderboard and the print use (an unchanged rank reads 持平, not —)
        const ch = u.overallRankChange;
        expect(String(row.getCell(2).value)).toBe(ch.kind === 'new' ? '新' : ch.delta > 0 ? `↑${ch.delta}` : ch.delta < 0 ? `↓${-ch.delta}` : '持平');
      });

      // each unit once in its group's sheet, ranked within the group
      const inGroups: string[] = [];
      for (const g of results.groups) {
        const ws = wb.getWorksheet(g.name!)!;
        expect(headerOf(ws)).toEqual(RANKING_HEADERS);
        const gRows = dataRows(ws);
        expect(gRows.map((r) => r.getCell(1).value)).toEqual(g.unitIds.map((id) => results.units.find((u) => u.unitId === id)!.groupRank));
        inGroups.push(...gRows.map((r) => String(r.getCell(3).value)));
      }
      expect(inGroups.sort()).toEqual(unitNames);
    },
  );

  it('the rank change of the open period is against 2025年下半年', async () => {
    const { results, meta } = loaded.open;
    const wb = await readXlsx(await buildRankingXlsx(results, meta));
    const rows = dataRows(wb.getWorksheet('总排名')!);
    const moved = results.units.findIndex((u) => u.overallRankChange.kind === 'ranked' && u.overallRankChange.delta > 0);
    expect(moved).toBeGreaterThanOrEqual(0);
    const ch = results.units[moved]!.overallRankChange as { delta: number };
    expect(rows[moved]!.getCell(2).value).toBe(`↑${ch.delta}`);
  });
});

describe('detail.xlsx', () => {
  it('every indicator of every unit, with method, target source, completion and light in Chinese', async () => {
    const { results, meta } = loaded.open;
    const wb = await readXlsx(await buildDetailXlsx(results, meta));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指标明细']);
    const ws = wb.worksheets[0]!;
    expect(headerOf(ws)).toEqual(DETAIL_HEADERS);
    const rows = dataRows(ws);
    const all = results.units.flatMap((u) => u.indicators.map((i) => ({ u, i })));
    expect(rows).toHaveLength(all.length);
    expect([...new Set(rows.map((r) => String(r.getCell(1).value)))].sort()).toEqual(unitNames);
    rows.forEach((row, n) => {
      const { u, i } = all[n]!;
      expect(row.getCell(1).value).toBe(u.name);
      expect(['完成率法', '功效系数法', '排名赋分']).toContain(row.getCell(3).value);
      expect(['半年目标', '年度目标×序时进度', '计划进度', '未设目标']).toContain(row.getCell(5).value);
      expect(['绿灯', '黄灯', '红灯', '未填报']).toContain(row.getCell(8).value);
      expect(row.getCell(7).value).toBe(i.c);
      expect(row.getCell(7).numFmt).toBe('0.00%');
      expect(row.getCell(9).value).toBe(i.weight);
      expect(row.getCell(10).value).toBe(i.points);
      expect(row.getCell(6).value).toBe(i.actual);
    });
    // the open period has units that have not reported: their actual is an empty cell, the light says 未填报
    const missing = rows.filter((r) => r.getCell(8).value === '未填报');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((r) => r.getCell(6).value === null)).toBe(true);
  });
});

describe('ranking.csv', () => {
  it('UTF-8 with a BOM, Chinese header, one line per unit in overall order', async () => {
    const { results, meta } = loaded.published;
    const buf = buildRankingCsv(results, meta);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = buf.toString('utf8').slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(RANKING_HEADERS.join(','));
    const body = lines.slice(1, -1).map((l) => l.split(','));
    expect(body.map((c) => c[2]).sort()).toEqual(unitNames);
    body.forEach((cells, i) => {
      const u = results.units[i]!;
      expect(cells[2]).toBe(u.name);
      expect(Number(cells[7])).toBe(u.final.value);
      expect(Number(cells[0])).toBe(u.overallRank);
    });
  });

  it('buildExport picks the builder and content type by file name', async () => {
    const { results, meta } = loaded.published;
    expect((await buildExport('ranking.csv', results, meta)).contentType).toBe('text/csv; charset=utf-8');
    const x = await buildExport('detail.xlsx', results, meta);
    expect(x.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...x.body.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
  });
});

describe('file names', () => {
  it('a Chinese name (RFC 5987) with an ASCII fallback', () => {
    const { meta } = loaded.open;
    expect(meta.periodName).toBe('2026年上半年');
    const cd = contentDisposition(meta, 'ranking.xlsx');
    expect(cd).toBe(`attachment; filename="2026H1-ranking.xlsx"; filename*=UTF-8''${encodeURIComponent('2026年上半年-排名.xlsx')}`);
    expect(contentDisposition(meta, 'detail.xlsx')).toContain(encodeURIComponent('2026年上半年-指标明细.xlsx'));
    expect(contentDisposition(meta, 'ranking.csv')).toContain('filename="2026H1-ranking.csv"');
    expect(cd).toMatch(/^[\x20-\x7e]+$/);
  });
});
