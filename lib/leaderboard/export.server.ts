// Excel and CSV files of a period's results, built from the presented results (judges only as 评委n): ranking, indicator detail, CSV ranking.
import 'server-only';
import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import type { Db, Tx } from '../db/client';
import { messages } from '../../messages';
import type { RankChange } from '../scoring';
import type { PeriodResults } from './load.server';
import { formatRankChange, presentResults, type PublicResults, type PublicUnitResult } from './present';

/** The three files a period's results can be downloaded as (the route's `[file]` segment). */
export const EXPORT_FILES = ['ranking.xlsx', 'detail.xlsx', 'ranking.csv'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];
export const isExportFile = (s: string): s is ExportFile => (EXPORT_FILES as readonly string[]).includes(s);

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** What a file needs besides the results: the period's name and where the numbers came from, and each unit's kind. */
export interface ExportMeta {
  periodName: string;
  year: number;
  half: number;
  /** null: computed live (not yet published) */
  snapshot: { version: number; kind: string } | null;
  /** unit id → 'department' | 'agency' | 'soe' (shown in 类型) */
  unitKinds: Record<string, string>;
}

/**
 * The files are the 考核办's paperwork: always in Chinese, whatever the downloader's interface language
 * (one file reads the same for everyone it is passed on to). The texts still live in messages/*.
 */
function translator() {
  return createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'] });
}
type T = ReturnType<typeof translator>;

/** Full precision in the cell; these formats only decide what is shown (DESIGN §4: round for display only). */
const FMT = { score: '0.00', signed: '+0.00;-0.00;0.00', count: '0', rank: '0', amount: '#,##0.00', rate: '0.00%' } as const;

// ───────────── JSON (GET /api/v1/periods/{id}/leaderboard) ─────────────

/** The leaderboard API's body: the period, the snapshot the numbers come from (null while live) and the presented results. */
export function leaderboardPayload(
  period: { id: string; name: string; year: number; half: number; state: string; publishedAt: Date | null },
  { result, snapshot, computedAt }: Pick<PeriodResults, 'result' | 'snapshot' | 'computedAt'>,
) {
  return {
    period: { id: period.id, name: period.name, year: period.year, half: period.half, state: period.state, publishedAt: period.publishedAt },
    snapshot: snapshot && {
      version: snapshot.version,
      kind: snapshot.kind,
      reason: snapshot.reason,
      createdAt: snapshot.createdAt,
      inputHash: snapshot.inputHash,
    },
    computedAt,
    results: presentResults(result),
  };
}

// ───────────── ranking rows (shared by the workbook and the CSV) ─────────────

type Cell = string | number | null;
interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

function rankingColumns(t: T): Column[] {
  return [
    { header: t('exports.ranking.rank'), width: 7, numFmt: FMT.rank },
    { header: t('exports.ranking.change'), width: 9 },
    { header: t('exports.ranking.unit'), width: 36 },
    { header: t('exports.ranking.kind'), width: 10 },
    { header: t('exports.ranking.indicatorScore'), width: 10, numFmt: FMT.score },
    { header: t('exports.ranking.panelScore'), width: 10, numFmt: FMT.score },
    { header: t('exports.ranking.adjustments'), width: 9, numFmt: FMT.signed },
    { header: t('exports.ranking.final'), width: 10, numFmt: FMT.score },
    { header: t('exports.ranking.green'), width: 6, numFmt: FMT.count },
    { header: t('exports.ranking.yellow'), width: 6, numFmt: FMT.count },
    { header: t('exports.ranking.red'), width: 6, numFmt: FMT.count },
    { header: t('exports.ranking.missing'), width: 7, numFmt: FMT.count },
    { header: t('exports.ranking.provisional'), width: 6 },
  ];
}

function changeText(t: T, change: RankChange): string {
  return formatRankChange(change, (key, values) => t(`rankChange.${key}`, values)).text;
}

function kindText(t: T, kind: string | undefined): string {
  return kind === 'department' || kind === 'agency' || kind === 'soe' ? t(`unitKind.${kind}`) : '';
}

function rankingRow(t: T, meta: ExportMeta, u: PublicUnitResult, scope: 'group' | 'overall'): Cell[] {
  return [
    scope === 'group' ? u.groupRank : u.overallRank,
    changeText(t, scope === 'group' ? u.groupRankChange : u.overallRankChange),
    u.name,
    kindText(t, meta.unitKinds[u.unitId]),
    u.indicatorScore,
    u.panelScore,
    u.adjustments.total,
    u.final.value,
    u.lights.green,
    u.lights.yellow,
    u.lights.red,
    u.lights.missing,
    u.provisional ? t('exports.ranking.provisionalYes') : '',
  ];
}

/** Units of one contest group in group-rank order. */
function groupUnits(results: PublicResults, unitIds: readonly string[]): PublicUnitResult[] {
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  return unitIds.map((id) => byId.get(id)).filter((u): u is PublicUnitResult => u !== undefined);
}

// ───────────── workbooks ─────────────

function newWorkbook(t: T, meta: ExportMeta, title: string) {
  const wb = new ExcelJS.Workbook();
  wb.creator = t('common.appName');
  wb.title = `${meta.periodName} ${title}`;
  wb.subject = sourceNote(t, meta);
  wb.created = new Date();
  return wb;
}

/** Where the numbers come from; printed in every page header, so a paper copy says whether it is final. */
function sourceNote(t: T, meta: ExportMeta): string {
  if (!meta.snapshot) return t('exports.source.live');
  return meta.snapshot.kind === 'correction' ? t('exports.source.corrected', { version: meta.snapshot.version }) : t('exports.source.published');
}

/** Excel refuses sheet names over 31 characters, with []:*?/\, or repeated (case-insensitively). */
function sheetName(raw: string, taken: Set<string>): string {
  const base =
    raw
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addSheet(wb: ExcelJS.Workbook, name: string, header: string, columns: Column[], rows: Cell[][]) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    headerFooter: { oddHeader: `&C${header.replace(/&/g, '&&')}`, oddFooter: '&C&P / &N' },
  });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? null : v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // the header row prints on every page
  ws.pageSetup.printTitlesRow = '1:1';
  return ws;
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 排名 workbook: 总排名 first, then one sheet per contest group (ranks and changes within the group). */
export async function buildRankingXlsx(results: PublicResults, meta: ExportMeta): Promise<Buffer> {
  const t = translator();
  const wb = newWorkbook(t, meta, t('exports.files.ranking'));
  const cols = rankingColumns(t);
  const taken = new Set<string>();
  const note = sourceNote(t, meta);
  const overallName = t('exports.sheets.overall');
  addSheet(
    wb,
    sheetName(overallName, taken),
    `${meta.periodName} ${overallName}（${note}）`,
    cols,
    results.units.map((u) => rankingRow(t, meta, u, 'overall')),
  );
  for (const g of results.groups) {
    const name = g.name ?? t('exports.sheets.noGroup');
    addSheet(
      wb,
      sheetName(name, taken),
      `${meta.periodName} ${name}（${note}）`,
      cols,
      groupUnits(results, g.unitIds).map((u) => rankingRow(t, meta, u, 'group')),
    );
  }
  return toBuffer(wb);
}

/** 指标明细 workbook: every indicator of every unit, units in overall-rank order, indicators in the engine's order. */
export async function buildDetailXlsx(results: PublicResults, meta: ExportMeta): Promise<Buffer> {
  const t = translator();
  const wb = newWorkbook(t, meta, t('exports.files.detail'));
  const cols: Column[] = [
    { header: t('exports.detail.unit'), width: 32 },
    { header: t('exports.detail.indicator'), width: 36 },
    { header: t('exports.detail.method'), width: 11 },
    { header: t('exports.detail.target'), width: 13, numFmt: FMT.amount },
    { header: t('exports.detail.targetSource'), width: 18 },
    { header: t('exports.detail.actual'), width: 13, numFmt: FMT.amount },
    { header: t('exports.detail.completion'), width: 10, numFmt: FMT.rate },
    { header: t('exports.detail.light'), width: 8 },
    { header: t('exports.detail.weight'), width: 7, numFmt: FMT.score },
    { header: t('exports.detail.points'), width: 8, numFmt: FMT.score },
  ];
  const rows: Cell[][] = [];
  for (const u of results.units) {
    for (const i of u.indicators) {
      rows.push([
        u.name,
        i.name ?? i.key,
        t(`indicator.methods.${i.method}`),
        i.target.value,
        t(`exports.targetSource.${i.target.source}`),
        i.actual,
        i.c,
        t(`exports.light.${i.light}`),
        i.weight,
        i.points,
      ]);
    }
  }
  const title = t('exports.sheets.detail');
  addSheet(wb, title, `${meta.periodName} ${title}（${sourceNote(t, meta)}）`, cols, rows);
  return toBuffer(wb);
}

// ───────────── CSV ─────────────

/**
 * One CSV field. Text that Excel would run as a formula (= + - @ or a control character first) gets a
 * leading apostrophe; numbers stay numbers (full precision: a CSV carries data, not a display).
 */
function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** 总排名 as CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF line ends (RFC 4180). */
export function buildRankingCsv(results: PublicResults, meta: ExportMeta): Buffer {
  const t = translator();
  const lines = [rankingColumns(t).map((c) => c.header), ...results.units.map((u) => rankingRow(t, meta, u, 'overall'))].map((r) => r.map(csvField).join(','));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

// ───────────── file names, metadata ─────────────

/**
 * `Content-Disposition` for a download named like 2026年上半年-排名.xlsx: RFC 5987 `filename*` for the
 * Chinese name and an ASCII `filename` (2026H1-ranking.xlsx) for clients that do not read it.
 */
export function contentDisposition(meta: Pick<ExportMeta, 'periodName' | 'year' | 'half'>, file: ExportFile): string {
  const t = translator();
  const [stem, ext] = file.split('.') as [string, string];
  const label = t(stem === 'detail' ? 'exports.files.detail' : 'exports.files.ranking');
  const safe = (s: string) => s.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, '_').trim();
  const name = `${safe(meta.periodName) || `${meta.year}H${meta.half}`}-${safe(label)}.${ext}`;
  const ascii = `${meta.year}H${meta.half}-${stem}.${ext}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The file's metadata: the period's name and the units' kinds (not part of the results). */
export async function exportMetaOf(
  db: Db | Tx,
  period: { name: string; year: number; half: number },
  snapshot: { version: number; kind: string } | null,
  results: PublicResults,
): Promise<ExportMeta> {
  const units = await db.unit.findMany({ where: { id: { in: results.units.map((u) => u.unitId) } }, select: { id: true, kind: true } });
  return {
    periodName: period.name,
    year: period.year,
    half: period.half,
    snapshot: snapshot ? { version: snapshot.version, kind: snapshot.kind } : null,
    unitKinds: Object.fromEntries(units.map((u) => [u.id, u.kind])),
  };
}

/** Build one of the three files. */
export async function buildExport(file: ExportFile, results: PublicResults, meta: ExportMeta): Promise<{ body: Buffer; contentType: string }> {
  switch (file) {
    case 'ranking.xlsx':
      return { body: await buildRankingXlsx(results, meta), contentType: XLSX_TYPE };
    case 'detail.xlsx':
      return { body: await buildDetailXlsx(results, meta), contentType: XLSX_TYPE };
    case 'ranking.csv':
      return { body: buildRankingCsv(results, meta), contentType: CSV_TYPE };
  }
}
