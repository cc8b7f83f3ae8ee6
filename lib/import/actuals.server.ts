// Actuals from Excel (issue #13), two kinds on one pipeline (decision 022):
//   unit       — a unit's head or staff imports its own submission's actuals while they may edit it; the commit goes
//                through the form's own write path (saveDraftIn), with the submission's version as the data version;
//   statistics — 考核办 imports the statistics bureau's figures for many units (来源：统计数据); the unit cannot
//                overwrite them. Written in one transaction with one audit row per changed value.
// As in the setup import (decision 021) nothing is kept between preview and commit: the browser sends the file again
// with the preview's hash and data version.
import 'server-only';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { writeAuditBatch, type AuditEntry } from '../audit.server';
import { canEditUnit } from '../auth/permissions';
import type { Tx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { isEditableState, periodAcceptsSubmissions, type SubmissionInput } from '../domain/submission-content';
import { isLedgerFigure } from '../problems/rules';
import { previousPeriod } from '../leaderboard/load.server';
import { resolveSettings } from '../scoring';
import { assertSetupManager } from '../setup/access';
import { loadContent, saveDraftIn } from '../submissions/commands.server';
import { indicatorInputOf } from '../submissions/rules';
import {
  actualsTemplateRow,
  planActualsImport,
  STATISTICS_COLUMNS,
  STATISTICS_TEMPLATE,
  UNIT_ACTUALS_COLUMNS,
  UNIT_ACTUALS_TEMPLATE,
  type ActualsColumn,
  type ActualsContext,
  type ActualsField,
  type ActualsIndicator,
  type ActualsPlan,
  type SheetRow,
} from './actuals-template';
import { issueMessage } from './messages.server';
import { checkMeta, ImportFileError, type ImportIssue } from './rules';
import { LIST_MAX } from './setup.server';
import { readWorkbook, markErrors, readFieldRows, readMeta, sha256, writeMeta } from './xlsx.server';

export type ActualsKind = 'unit' | 'statistics';

const TEMPLATES = {
  unit: { ...UNIT_ACTUALS_TEMPLATE, columns: UNIT_ACTUALS_COLUMNS },
  statistics: { ...STATISTICS_TEMPLATE, columns: STATISTICS_COLUMNS },
} as const;

/** Who may import which kind: the unit's own editors, or 考核办. A unit user naming another unit finds nothing. */
function authorise(ctx: ActionContext, kind: ActualsKind, unitId: string | null) {
  if (kind === 'statistics') assertSetupManager(ctx.user);
  else if (!unitId || !canEditUnit(ctx.user, unitId)) throw new DomainError('notFound');
}

// ───────────── context ─────────────

interface Loaded {
  period: { id: string; name: string; state: string; timeProgress: number };
  context: ActualsContext;
  submissions: Map<string, { id: string; state: string; version: number }>;
  /** every indicator's id and updatedAt (a target changed by 考核办 changes the plan) */
  indicatorStamps: string[];
}

async function loadContext(tx: Tx, kind: ActualsKind, periodId: string, unitId: string | null): Promise<Loaded> {
  const period = await tx.period.findUnique({ where: { id: periodId } });
  if (!period) throw new DomainError('notFound');
  const units = await tx.unit.findMany({
    where: kind === 'unit' ? { id: unitId ?? '' } : { active: true },
    orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true },
  });
  if (kind === 'unit' && units.length === 0) throw new DomainError('notFound');
  const unitIds = units.map((u) => u.id);
  const rows = await tx.indicator.findMany({
    where: { periodId, unitId: { in: unitIds } },
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: { value: { select: { actual: true, plausibilityNote: true, source: true } } },
  });
  const subs = await tx.submission.findMany({ where: { periodId, unitId: { in: unitIds } }, select: { id: true, unitId: true, state: true, version: true } });
  const prev = await previousPeriod(tx, periodId);
  const before = prev
    ? await tx.indicator.findMany({
        where: { periodId: prev.id, unitId: { in: unitIds }, value: { actual: { not: null } } },
        select: { unitId: true, key: true, value: { select: { actual: true } } },
      })
    : [];
  const order = new Map(units.map((u, i) => [u.id, i]));
  const indicators: ActualsIndicator[] = rows
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
    .map((r) => ({
      input: indicatorInputOf(r),
      unitId: r.unitId,
      category: r.category,
      dataSource: r.dataSource,
      ledger: isLedgerFigure(r.ledgerFigure),
      stored: r.value
        ? { actual: r.value.actual, note: r.value.plausibilityNote ?? '', source: r.value.source === 'statistics' ? 'statistics' : 'unit' }
        : null,
    }));
  const submissions = new Map(subs.map((s) => [s.unitId, s]));
  const sub = unitId ? submissions.get(unitId) : undefined;
  const locked =
    kind === 'unit'
      ? !periodAcceptsSubmissions(period.state)
        ? 'actualsImport.errors.periodClosed'
        : !isEditableState(sub?.state)
          ? 'actualsImport.errors.submissionLocked'
          : null
      : !periodAcceptsSubmissions(period.state)
        ? 'actualsImport.errors.statisticsPeriodClosed'
        : null;
  return {
    period: { id: period.id, name: period.name, state: period.state, timeProgress: resolveSettings(period).settings.timeProgress },
    context: {
      locked,
      units,
      indicators,
      previous: new Map(before.map((b) => [`${b.unitId}\n${b.key}`, b.value!.actual!])),
      settings: resolveSettings(period).settings,
    },
    submissions,
    indicatorStamps: rows.map((r) => `${r.id}:${r.updatedAt.getTime()}`).sort(),
  };
}

/**
 * The data version a preview's plan depends on: the period's state, the indicators (a target changed by 考核办), and
 * the state and version of every submission the plan writes to — the unit's own, or for statistics only the units
 * whose values change, so another unit's autosave does not make a district-wide import stale.
 */
function dataVersionOf(kind: ActualsKind, loaded: Loaded, plan: ActualsPlan, unitId: string | null): string {
  const h = createHash('sha256').update(`${kind}\n${loaded.period.state}\n`);
  for (const stamp of loaded.indicatorStamps) h.update(`i${stamp}\n`);
  const units = kind === 'unit' ? [unitId ?? ''] : [...new Set(plan.changes.map((c) => c.unitId))].sort();
  for (const u of units) {
    const s = loaded.submissions.get(u);
    h.update(`s${u}:${s ? `${s.state}:${s.version}` : '-'}\n`);
  }
  return h.digest('hex').slice(0, 32);
}

// ───────────── template ─────────────

const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F9' } };

export async function actualsTemplate(ctx: ActionContext, kind: ActualsKind, periodId: string, unitId: string | null) {
  authorise(ctx, kind, unitId);
  const { period, context } = await loadContext(ctx.db, kind, periodId, unitId);
  const tpl = TEMPLATES[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Leitai';
  const ws = wb.addWorksheet(tpl.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = tpl.columns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  // the header notes say what a blank cell means (decision 022)
  ws.getCell(1, tpl.columns.findIndex((c) => c.field === 'actual') + 1).note =
    '填写实际完成值，可带单位（如“12.5亿元”，可换算的单位自动换算）。留空 = 保持系统中的现值不变；清空已填的值请在页面表单中操作。';
  ws.getCell(1, tpl.columns.findIndex((c) => c.field === 'note') + 1).note =
    '数值明显异常（完成率超过150%或不足30%，或超过上期3倍、不足上期三分之一）时必填，说明原因。';
  const unitsById = new Map(context.units.map((u) => [u.id, u]));
  for (const ind of context.indicators) {
    const unit = unitsById.get(ind.unitId);
    if (!unit) continue;
    const row = ws.addRow(actualsTemplateRow(ind, unit, period.timeProgress));
    tpl.columns.forEach((c: ActualsColumn, i) => {
      if (c.readOnly) {
        const cell = row.getCell(i + 1);
        cell.fill = GREY;
        cell.font = { color: { argb: 'FF64748B' } };
      }
    });
  }
  writeMeta(wb, { kind: tpl.kind, version: tpl.version, periodId: period.id, scope: kind === 'unit' ? (unitId ?? '') : '' });
  const who = kind === 'unit' ? (context.units[0]?.name ?? '') : '统计数据';
  return { fileName: `${period.name}-${who}-实际完成值模板.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

// ───────────── parse + plan ─────────────

/** Read the upload (refusing hostile, wrong, old, other-period or other-unit files), without the database. */
export async function parseActualsWorkbook(
  buf: Buffer,
  kind: ActualsKind,
  periodId: string,
  unitId: string | null,
): Promise<{ rows: SheetRow[]; index: Map<ActualsField, number>; sheet: string }> {
  const tpl = TEMPLATES[kind];
  const wb = await readWorkbook(buf);
  const meta = readMeta(wb);
  try {
    checkMeta(meta, { kind: tpl.kind, version: tpl.version, periodId });
  } catch (err) {
    if (err instanceof ImportFileError && err.code === 'wrongTemplate') throw new ImportFileError(`actualsImport.file.wrongTemplate.${kind}`);
    throw err;
  }
  if (kind === 'unit' && meta?.scope !== unitId) throw new ImportFileError('actualsImport.file.otherUnit');
  return readFieldRows(wb, tpl.sheet, tpl.columns);
}

export interface ActualsPreview {
  fileName: string;
  hash: string;
  dataVersion: string;
  counts: { rows: number; changes: number; unchanged: number; blank: number; errors: number };
  changes: {
    row: number;
    unit: string;
    key: string;
    name: string;
    measureUnit: string;
    before: number | null;
    after: number;
    note: string;
    statistics: boolean;
  }[];
  errors: (ImportIssue & { message: string })[];
}

function present(plan: ActualsPlan, meta: { fileName: string; hash: string; dataVersion: string }, context: ActualsContext): ActualsPreview {
  const names = new Map(context.units.map((u) => [u.id, u.name]));
  return {
    ...meta,
    counts: { rows: plan.rows, changes: plan.changes.length, unchanged: plan.unchanged, blank: plan.blank, errors: plan.errors.length },
    changes: plan.changes.slice(0, LIST_MAX).map((c) => ({
      row: c.row,
      unit: names.get(c.unitId) ?? c.unitCode,
      key: c.key,
      name: c.name,
      measureUnit: c.measureUnit,
      before: c.before.actual,
      after: c.after.actual,
      note: c.after.note,
      statistics: c.before.source === 'statistics',
    })),
    errors: plan.errors.slice(0, LIST_MAX).map((e) => ({ ...e, message: issueMessage(e) })),
  };
}

type Upload = { fileName: string; body: Buffer };

async function planFor(db: Tx, kind: ActualsKind, periodId: string, unitId: string | null, body: Buffer) {
  const loaded = await loadContext(db, kind, periodId, unitId);
  const parsed = await parseActualsWorkbook(body, kind, periodId, unitId);
  return { loaded, plan: planActualsImport(kind, parsed.rows, parsed.index, loaded.context, parsed.sheet) };
}

/** Upload → preview (writes nothing). */
export async function previewActualsImport(ctx: ActionContext, kind: ActualsKind, periodId: string, unitId: string | null, u: Upload) {
  authorise(ctx, kind, unitId);
  const { loaded, plan } = await planFor(ctx.db, kind, periodId, unitId, u.body);
  return present(plan, { fileName: u.fileName, hash: sha256(u.body), dataVersion: dataVersionOf(kind, loaded, plan, unitId) }, loaded.context);
}

/** The upload with its bad cells marked and a sheet listing every error. */
export async function actualsErrorWorkbook(ctx: ActionContext, kind: ActualsKind, periodId: string, unitId: string | null, u: Upload) {
  authorise(ctx, kind, unitId);
  const { plan } = await planFor(ctx.db, kind, periodId, unitId, u.body);
  return markErrors(u.body, plan.errors, issueMessage);
}

// ───────────── commit ─────────────

export interface ActualsCommitResult {
  changed: number;
  unchanged: number;
  blank: number;
}

const stale = () => new DomainError('actualsImport.refusals.importStale');

/**
 * Apply an upload: the same file as the preview (hash), the data as the preview saw it (data version), no errors —
 * else refused and nothing written. One transaction.
 */
export async function commitActualsImport(
  ctx: ActionContext,
  kind: ActualsKind,
  periodId: string,
  unitId: string | null,
  u: Upload & { hash: string; dataVersion: string },
): Promise<ActualsCommitResult> {
  authorise(ctx, kind, unitId);
  const hash = sha256(u.body);
  if (hash !== u.hash) throw new DomainError('importFileChanged');
  const parsed = await parseActualsWorkbook(u.body, kind, periodId, unitId);
  try {
    return await ctx.db.$transaction(
      async (tx) => {
        const loaded = await loadContext(tx, kind, periodId, unitId);
        const plan = planActualsImport(kind, parsed.rows, parsed.index, loaded.context, parsed.sheet);
        if (dataVersionOf(kind, loaded, plan, unitId) !== u.dataVersion) throw stale();
        if (plan.errors.length) throw new DomainError('importHasErrors', { count: plan.errors.length });
        const result = { changed: plan.changes.length, unchanged: plan.unchanged, blank: plan.blank };
        const importRow = {
          template: TEMPLATES[kind].kind,
          version: TEMPLATES[kind].version,
          fileName: u.fileName.slice(0, 200),
          sha256: hash,
          rows: plan.rows,
          ...result,
        };
        if (kind === 'unit') await commitUnit(ctx, tx, loaded, plan, unitId!, importRow);
        else await commitStatistics(ctx, tx, loaded, plan, importRow);
        return result;
      },
      { timeout: 120_000, maxWait: 15_000 },
    );
  } catch (err) {
    // a form save (or a first save creating the submission) in between: the import is the one told
    if (err instanceof DomainError && err.code === 'conflict') throw stale();
    if (isUniqueViolation(err)) throw stale();
    throw err;
  }
}

/** A unit's own import: the form's save path with the changed actuals, then the import's own audit row. */
async function commitUnit(ctx: ActionContext, tx: Tx, loaded: Loaded, plan: ActualsPlan, unitId: string, importRow: Record<string, unknown>) {
  const sub = loaded.submissions.get(unitId);
  const current = sub ? await loadContent(tx, sub.id) : { values: [], highlights: '', h2Goals: '', pillarMeasures: [], gaps: [] };
  const ledger = new Set(loaded.context.indicators.filter((i) => i.ledger).map((i) => i.input.id));
  const changed = new Map(plan.changes.map((c) => [c.indicatorId, c]));
  const values: SubmissionInput['values'] = current.values.map((v) => {
    const c = changed.get(v.indicatorId);
    // a ledger-fed actual is never sent (the form does the same): it is taken again at submission
    if (ledger.has(v.indicatorId)) return { ...v, actual: null };
    return c ? { ...v, actual: c.after.actual, plausibilityNote: c.after.note } : v;
  });
  for (const c of plan.changes)
    if (!current.values.some((v) => v.indicatorId === c.indicatorId))
      values.push({ indicatorId: c.indicatorId, actual: c.after.actual, evidence: '', plausibilityNote: c.after.note });
  const saved = await saveDraftIn(ctx, tx, { periodId: loaded.period.id, unitId, version: sub?.version ?? 0, content: { ...current, values } });
  await ctx.audit(tx, { action: 'import.commit', entityType: 'submission', entityId: saved.submissionId, after: importRow, scope: 'unshared' });
}

/**
 * 考核办's statistics: each changed value written with source 'statistics' (the unit's submission created when it has
 * none), each touched submission's version claimed as the preview saw it (a form save in between → stale), one audit
 * row per value (saying the submission's state: an approved one is changed only with that on record).
 */
async function commitStatistics(ctx: ActionContext, tx: Tx, loaded: Loaded, plan: ActualsPlan, importRow: Record<string, unknown>) {
  const periodId = loaded.period.id;
  const scope = { period: periodId };
  const audits: AuditEntry[] = [];
  const subByUnit = new Map<string, { id: string; state: string }>();
  for (const unitId of new Set(plan.changes.map((c) => c.unitId))) {
    const sub = loaded.submissions.get(unitId);
    if (sub) {
      const { count } = await tx.submission.updateMany({ where: { id: sub.id, version: sub.version }, data: { version: { increment: 1 } } });
      if (count === 0) throw stale();
      subByUnit.set(unitId, sub);
    } else {
      const created = await tx.submission.create({ data: { periodId, unitId } });
      subByUnit.set(unitId, created);
    }
  }
  for (const c of plan.changes) {
    const sub = subByUnit.get(c.unitId)!;
    const data = { actual: c.after.actual, plausibilityNote: c.after.note || null, source: 'statistics', ledgerNumerator: null, ledgerDenominator: null };
    await tx.indicatorValue.upsert({
      where: { indicatorId: c.indicatorId },
      create: { indicatorId: c.indicatorId, submissionId: sub.id, ...data },
      update: data,
    });
    const common = { indicatorId: c.indicatorId, key: c.key, submissionState: sub.state };
    audits.push({
      action: 'submission.statistics_actual',
      entityType: 'submission',
      entityId: sub.id,
      before: { ...common, actual: c.before.actual, plausibilityNote: c.before.note || null, source: c.before.source },
      after: { ...common, actual: c.after.actual, plausibilityNote: c.after.note || null, source: 'statistics' },
      scope,
    });
  }
  audits.push({ action: 'import.commit', entityType: 'period', entityId: periodId, after: importRow, scope });
  await writeAuditBatch(tx, ctx.actor, audits);
}
