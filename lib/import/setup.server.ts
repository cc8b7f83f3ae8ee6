// Period setup from Excel: the template (the period's indicators pre-filled), the preview of an upload, and its
// commit — all or nothing, in one transaction, one audit row per changed indicator plus one `import.commit` row.
//
// Between preview and commit nothing is kept on the server: the browser still holds the file and sends it again with
// the preview's SHA-256 and data version. The commit re-parses it (as fast as the preview, well under the 5 s budget),
// refuses a different file (hash) or a period changed since the preview (data version: the period's state and every
// indicator's id + updatedAt), and takes the audit chain's head lock first, so a form edit cannot slip in between the
// check and the writes. No upload store to clean up, size-limit, back up or share between app instances.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { lockAuditChainOf, openAuditBatch } from '../audit.server';
import type { Db, Tx } from '../db/client';
import { bulkInsert } from '../db/bulk-insert';
import { appProvider } from '../db/url';
import type { Direction, IndicatorCategory, Method } from '../domain/enums';
import { indicatorEditMode } from '../setup/indicators.server';
import { INDICATOR_FIELDS, indicatorFieldsOf, type IndicatorValues } from '../setup/rules';
import { assertSetupManager } from '../setup/access';
import { fileErrorMessage, issueMessage } from './messages.server';
import { checkMeta, type ImportIssue } from './rules';
import {
  CATEGORY_LABELS,
  COMMON_MEASURE_UNITS,
  DIRECTION_LABELS,
  METHOD_LABELS,
  planSetupImport,
  SETUP_COLUMNS,
  SETUP_TEMPLATE,
  templateRow,
  type ExistingIndicator,
  type IndicatorData,
  type SetupContext,
  type SetupField,
  type SetupCommitResult,
  type SetupPlan,
  type SheetRow,
  commitSummary,
  indicatorSnapshot,
} from './setup-template';
import { readWorkbook, markErrors, parsedOnce, readFieldRows, readMeta, sha256, writeMeta } from './xlsx.server';
import { deleteWithEvidence } from '../evidence/store.server';

export { fileErrorMessage, issueMessage };
export type { SetupCommitResult };

// ───────────── context ─────────────

async function loadContext(tx: Tx, periodId: string) {
  const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true, name: true, state: true } });
  if (!period) throw new DomainError('notFound');
  const units = await tx.unit.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true, code: true, name: true, active: true } });
  const pillars = await tx.strategyPillar.findMany({ orderBy: [{ sortOrder: 'asc' }], select: { id: true, code: true, name: true } });
  const rows = await tx.indicator.findMany({
    where: { periodId },
    orderBy: [{ unitId: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: { pillars: { select: { pillarId: true } } },
  });
  const existing: (ExistingIndicator & { sortOrder: number; updatedAt: Date })[] = rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    ...(indicatorFieldsOf(r) as IndicatorValues),
    pillarIds: r.pillars.map((p) => p.pillarId).sort(),
    sortOrder: r.sortOrder,
    updatedAt: r.updatedAt,
  }));
  const h = createHash('sha256').update(`${period.state}\n`);
  for (const e of [...existing].sort((a, b) => (a.id < b.id ? -1 : 1))) h.update(`${e.id}:${e.updatedAt.getTime()}\n`);
  const context: SetupContext = { mode: indicatorEditMode(period.state), units, pillars, existing };
  return { period, units, context, existing, dataVersion: h.digest('hex').slice(0, 32) };
}

// ───────────── template ─────────────

export async function setupTemplate(ctx: ActionContext, periodId: string): Promise<{ fileName: string; body: Buffer }> {
  assertSetupManager(ctx.user);
  const { period, units, context, existing } = await loadContext(ctx.db, periodId);
  // streamed: each row is written to the zip as it is added (10,000 rows without a workbook model)
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = 'Leitai';
  const ws = wb.addWorksheet(SETUP_TEMPLATE.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = SETUP_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  ws.getRow(1).commit();
  const unitsById = new Map(context.units.map((u) => [u.id, u]));
  const pillarCodes = new Map(context.pillars.map((p) => [p.id, p.code]));
  const order = new Map(context.units.map((u, i) => [u.id, i]));
  const sorted = [...existing].sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) || a.sortOrder - b.sortOrder);
  for (const ind of sorted) {
    const unit = unitsById.get(ind.unitId);
    if (unit) ws.addRow(templateRow(ind, unit, pillarCodes)).commit();
  }
  const ranges = writeMeta(
    wb,
    { kind: SETUP_TEMPLATE.kind, version: SETUP_TEMPLATE.version, periodId: period.id },
    { units: units.filter((u) => u.active).map((u) => u.code), measureUnits: COMMON_MEASURE_UNITS },
  );
  const last = Math.max(existing.length + 1, 2000);
  const col = (f: SetupField) => ws.getColumn(f).letter;
  // exceljs has worksheet.dataValidations (ranges) but its typings do not declare it
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const list = (f: SetupField, formula: string, strict = true) =>
    validations.add(`${col(f)}2:${col(f)}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: strict ? 'stop' : 'warning',
      error: strict ? '请从下拉列表中选择' : '不在常用单位中，确认后仍可填写',
    });
  list('category', `"${Object.values(CATEGORY_LABELS).join(',')}"`);
  list('direction', `"${Object.values(DIRECTION_LABELS).join(',')}"`);
  list('method', `"${Object.values(METHOD_LABELS).join(',')}"`);
  list('unitCode', ranges.units!);
  list('measureUnit', ranges.measureUnits!, false);
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await wb.commit();
  await done;
  return { fileName: `${period.name}-指标设置模板.xlsx`, body: Buffer.concat(chunks) };
}

// ───────────── parse + plan ─────────────

/**
 * Read the upload into sheet rows (refusing hostile or wrong files), without touching the database. A commit right
 * after its preview in the same process takes the preview's parse (parsedOnce).
 */
export function parseSetupWorkbook(buf: Buffer, periodId: string): Promise<ParsedSetup> {
  return parsedOnce(buf, `${SETUP_TEMPLATE.kind}\n${periodId}`, () => parseSetup(buf, periodId));
}

interface ParsedSetup {
  rows: SheetRow[];
  index: Map<SetupField, number>;
  sheet: string;
}

async function parseSetup(buf: Buffer, periodId: string): Promise<ParsedSetup> {
  const wb = await readWorkbook(buf);
  checkMeta(readMeta(wb), { kind: SETUP_TEMPLATE.kind, version: SETUP_TEMPLATE.version, periodId });
  return readFieldRows(wb, SETUP_TEMPLATE.sheet, SETUP_COLUMNS);
}

/** What the preview page shows; lists are cut to `LIST_MAX`, the counts are whole. */
export interface SetupPreview {
  fileName: string;
  hash: string;
  dataVersion: string;
  periodId: string;
  counts: { rows: number; adds: number; changes: number; removes: number; unchanged: number; errors: number };
  adds: { row: number; unit: string; key: string; name: string; weight: number }[];
  changes: { row: number; unit: string; key: string; name: string; fields: { field: string; before: string; after: string }[] }[];
  removes: { unit: string; key: string; name: string }[];
  errors: (ImportIssue & { message: string })[];
}

export const LIST_MAX = 500;

const shown = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v));

function present(plan: SetupPlan, meta: { fileName: string; hash: string; dataVersion: string; periodId: string }, context: SetupContext): SetupPreview {
  const pillarCode = new Map(context.pillars.map((p) => [p.id, p.code]));
  const val = (f: keyof IndicatorData, v: unknown) =>
    f === 'pillarIds'
      ? (v as string[]).map((id) => pillarCode.get(id) ?? id).join('、')
      : f === 'category'
        ? CATEGORY_LABELS[v as IndicatorCategory]
        : f === 'direction'
          ? DIRECTION_LABELS[v as Direction]
          : f === 'method'
            ? METHOD_LABELS[v as Method]
            : shown(v);
  return {
    ...meta,
    counts: {
      rows: plan.rows,
      adds: plan.adds.length,
      changes: plan.changes.length,
      removes: plan.removes.length,
      unchanged: plan.unchanged,
      errors: plan.errors.length,
    },
    adds: plan.adds.slice(0, LIST_MAX).map((a) => ({ row: a.row, unit: a.unitCode, key: a.data.key, name: a.data.name, weight: a.data.weight })),
    changes: plan.changes.slice(0, LIST_MAX).map((c) => ({
      row: c.row,
      unit: c.unitCode,
      key: c.data.key,
      name: c.data.name,
      fields: c.fields.map((f) => ({ field: f, before: val(f, c.before[f]), after: val(f, c.data[f]) })),
    })),
    removes: plan.removes.slice(0, LIST_MAX).map((r) => ({ unit: r.unitCode, key: r.before.key, name: r.before.name })),
    errors: plan.errors.slice(0, LIST_MAX).map((e) => ({ ...e, message: issueMessage(e) })),
  };
}

/** Upload → preview: parse, validate every row against the current database, plan. Writes nothing. */
export async function previewSetupImport(ctx: ActionContext, input: { periodId: string; fileName: string; body: Buffer }): Promise<SetupPreview> {
  assertSetupManager(ctx.user);
  const { period, context, dataVersion } = await loadContext(ctx.db, input.periodId);
  const parsed = await parseSetupWorkbook(input.body, period.id);
  const plan = planSetupImport(parsed.rows, parsed.index, context, parsed.sheet);
  return present(plan, { fileName: input.fileName, hash: sha256(input.body), dataVersion, periodId: period.id }, context);
}

/** The upload with its bad cells marked (red, with a comment each) and a sheet listing every error. */
export async function setupErrorWorkbook(ctx: ActionContext, input: { periodId: string; body: Buffer }): Promise<Buffer> {
  assertSetupManager(ctx.user);
  const { period, context } = await loadContext(ctx.db, input.periodId);
  const parsed = await parseSetupWorkbook(input.body, period.id);
  const plan = planSetupImport(parsed.rows, parsed.index, context, parsed.sheet);
  return markErrors(input.body, plan.errors, issueMessage);
}

// ───────────── commit ─────────────

const INDICATOR_ENTRY = { action: 'setup.update_indicator', entityType: 'indicator' } as const;

/** Indicators (rows, pillar links, audit entries) built and written per piece of this many in a commit. */
export const COMMIT_CHUNK = 1000;

/**
 * Apply an upload: the same file as the preview (hash), the period as the preview saw it (data version), no errors —
 * else refused and nothing written. One transaction; audit rows in one batch on the setup chain.
 */
export async function commitSetupImport(
  ctx: ActionContext,
  input: { periodId: string; fileName: string; body: Buffer; hash: string; dataVersion: string },
): Promise<SetupCommitResult> {
  assertSetupManager(ctx.user);
  const hash = sha256(input.body);
  if (hash !== input.hash) throw new DomainError('importFileChanged');
  const parsed = await parseSetupWorkbook(input.body, input.periodId);
  const provider = appProvider();
  const chunk = provider === 'postgresql' ? 1000 : 40;
  return ctx.db.$transaction(
    async (tx) => {
      // form edits of indicators append to this chain: holding its head makes them wait until this commit ends
      await lockAuditChainOf(tx, INDICATOR_ENTRY);
      const { period, context, existing, dataVersion } = await loadContext(tx, input.periodId);
      if (dataVersion !== input.dataVersion) throw new DomainError('importStale');
      const plan = planSetupImport(parsed.rows, parsed.index, context, parsed.sheet);
      if (plan.errors.length) throw new DomainError('importHasErrors', { count: plan.errors.length });

      // built and written a chunk at a time (rows, links, audit entries), never 10,000 at once; the audit rows
      // continue one chain across chunks (openAuditBatch: one head lock, the hashes one batch would give)
      const audit = await openAuditBatch(tx, ctx.actor, INDICATOR_ENTRY);
      // removals first: a unit's new set is then numbered after what stays
      await deleteWithEvidence(tx, { indicatorIds: plan.removes.map((r) => r.id) }, async () => {
        for (let i = 0; i < plan.removes.length; i += chunk)
          await tx.indicator.deleteMany({ where: { id: { in: plan.removes.slice(i, i + chunk).map((r) => r.id) } } });
      });
      for (let i = 0; i < plan.removes.length; i += COMMIT_CHUNK)
        await audit(
          plan.removes.slice(i, i + COMMIT_CHUNK).map((r) => ({
            action: 'setup.delete_indicator',
            entityType: 'indicator',
            entityId: r.id,
            before: indicatorSnapshot(period.id, r.unitId, r.id, r.before),
          })),
        );

      for (let i = 0; i < plan.changes.length; i += COMMIT_CHUNK) {
        const part = plan.changes.slice(i, i + COMMIT_CHUNK);
        for (const c of part) {
          const { pillarIds, ...fields } = c.data;
          const pillarsChanged = c.fields.includes('pillarIds');
          await tx.indicator.update({
            where: { id: c.id },
            data: { ...fields, ...(pillarsChanged ? { pillars: { deleteMany: {}, create: pillarIds.map((pillarId) => ({ pillarId })) } } : {}) },
          });
        }
        await audit(
          part.map((c) => ({
            action: 'setup.update_indicator',
            entityType: 'indicator',
            entityId: c.id,
            before: indicatorSnapshot(period.id, c.unitId, c.id, c.before),
            after: indicatorSnapshot(period.id, c.unitId, c.id, c.data),
          })),
        );
      }

      const removed = new Set(plan.removes.map((r) => r.id));
      const nextOrder = new Map<string, number>();
      for (const e of existing) if (!removed.has(e.id)) nextOrder.set(e.unitId, Math.max(nextOrder.get(e.unitId) ?? 0, e.sortOrder + 1));
      const now = new Date();
      for (let i = 0; i < plan.adds.length; i += COMMIT_CHUNK) {
        const creates = plan.adds.slice(i, i + COMMIT_CHUNK).map((a) => {
          const sortOrder = nextOrder.get(a.unitId) ?? 0;
          nextOrder.set(a.unitId, sortOrder + 1);
          return { id: randomUUID(), add: a, sortOrder };
        });
        await bulkInsert(
          tx,
          provider,
          'Indicator',
          ['id', 'periodId', 'unitId', ...INDICATOR_FIELDS, 'ledgerFigure', 'sortOrder', 'createdAt', 'updatedAt'],
          creates.map(({ id, add: { unitId, data }, sortOrder }) => [
            id,
            period.id,
            unitId,
            ...INDICATOR_FIELDS.map((f) => data[f]),
            null,
            sortOrder,
            now,
            now,
          ]),
        );
        const links = creates.flatMap(({ id, add }) => add.data.pillarIds.map((pillarId) => [id, pillarId]));
        await bulkInsert(tx, provider, 'IndicatorPillar', ['indicatorId', 'pillarId'], links);
        await audit(
          creates.map(({ id, add, sortOrder }) => ({
            action: 'setup.create_indicator',
            entityType: 'indicator',
            entityId: id,
            after: indicatorSnapshot(period.id, add.unitId, id, add.data, { sortOrder, ledgerFigure: null }),
          })),
        );
      }

      const result: SetupCommitResult = { added: plan.adds.length, changed: plan.changes.length, removed: plan.removes.length, unchanged: plan.unchanged };
      await audit([
        {
          action: 'import.commit',
          entityType: 'period',
          entityId: period.id,
          after: commitSummary({ fileName: input.fileName, sha256: hash, rows: plan.rows }, result),
        },
      ]);
      return result;
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
}

/** For the bench and tests: the whole pipeline on a database without a request. */
export type { Db };
