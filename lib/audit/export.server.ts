// The audit log's archive export (auditor only): the rows a filter selects — normally a date range — as an Excel
// workbook or a CSV, oldest first, every column of the record including its chain position and hashes (so the
// archive can be re-checked), before/after as their JSON. Always in Chinese. Text a spreadsheet would run as a formula
// gets a leading apostrophe (lib/problems/export.server.ts inertText); the CSV has a BOM so Excel reads the Chinese.
import 'server-only';
import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { messages } from '../../messages';
import type { Db } from '../db/client';
import { inertText } from '../problems/export.server';
import { auditWhere, type AuditFilter } from './queries.server';

export const CSV_TYPE = 'text/csv; charset=utf-8';
/** One export holds at most this many rows (an Excel workbook is built in memory); a longer range is exported in parts. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

const t = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'] });
const col = (k: string) => t(`auditChain.export.columns.${k}` as Parameters<typeof t>[0]);

export type AuditExportFilter = Omit<AuditFilter, 'page'>;

/** 2026-03-01 08:05:09.123 in China time (the archive keeps milliseconds: the hash covers them). */
export function chinaTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').replace('Z', '');
}

const actionLabel = (a: string) => {
  const key = `audit.actions.${a}` as Parameters<typeof t>[0];
  return t.has(key) ? t(key) : a;
};

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

type Cell = string | number | null;

const HEADERS = [
  'at',
  'actor',
  'ip',
  'action',
  'actionCode',
  'entityType',
  'entityId',
  'before',
  'after',
  'chain',
  'seq',
  'prevHash',
  'hash',
  'id',
  'actorId',
] as const;
const WIDTHS = [24, 12, 16, 16, 22, 14, 26, 40, 40, 24, 8, 20, 20, 26, 26];

/** The rows, oldest first; null when the range holds more than one export may. */
export async function auditExportRows(db: Db, f: AuditExportFilter): Promise<{ rows: Cell[][]; total: number } | { tooMany: number }> {
  const where = auditWhere(f);
  const total = await db.auditLog.count({ where });
  if (total > AUDIT_EXPORT_MAX_ROWS) return { tooMany: total };
  const found = await db.auditLog.findMany({ where, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  const rows = found.map((r): Cell[] => [
    chinaTime(r.at),
    r.actorName,
    r.ip,
    actionLabel(r.action),
    r.action,
    r.entityType,
    r.entityId,
    json(r.before),
    json(r.after),
    r.chain,
    r.seq,
    r.prevHash,
    r.hash,
    r.id,
    r.actorId,
  ]);
  return { rows, total };
}

export function rangeLabel(f: AuditExportFilter): string {
  return f.from || f.to ? `${f.from ?? '…'} ~ ${f.to ?? '…'}` : t('auditChain.export.allDates');
}

export async function buildAuditXlsx(rows: readonly Cell[][], f: AuditExportFilter, now: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t('common.appName');
  wb.title = t('auditChain.export.file');
  wb.created = now;
  const ws = wb.addWorksheet(t('auditChain.export.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.columns = HEADERS.map((h, i) => ({ header: col(h), width: WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? inertText(v) : v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS.length } };
  ws.addRow([inertText(t('auditChain.export.note', { now: chinaTime(now).slice(0, 19), range: rangeLabel(f), total: rows.length }))]).font = { italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One CSV field: formula-looking text gets a leading apostrophe; quoted when it holds a comma, quote or line break. */
export function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = inertText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a BOM, CRLF line ends (RFC 4180). */
export function buildAuditCsv(rows: readonly Cell[][]): Buffer {
  const lines = [HEADERS.map((h) => col(h)), ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

/** attachment; 审计日志-2026-01-01至2026-06-30.xlsx, with an ASCII fallback name. */
export function auditDisposition(f: AuditExportFilter, ext: 'xlsx' | 'csv'): string {
  const range = f.from || f.to ? `${f.from ?? ''}_${f.to ?? ''}` : 'all';
  const name = `${t('auditChain.export.file')}-${range}.${ext}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="audit-log-${range}.${ext}"; filename*=UTF-8''${encoded}`;
}
