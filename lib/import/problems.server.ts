// Ledger problems from Excel (考核办; issue #13, decision 023): the template, the preview of an upload (our template,
// or any workbook read through a column mapping), the marked-up workbook, and the commit — all or nothing, in one
// transaction: numbers allocated per year as the form does, a `record` event per problem, one `problem.record` audit
// row per problem (the form's action, on its own chain) and one `import.commit` row.
//
// As for the setup import (decision 021) nothing is kept between preview and commit: the browser sends the file again
// with the preview's hash, data version and the mapping. The data version covers the units and which of the file's
// 工单编号 are already in the ledger, so a problem imported by someone else meanwhile refuses the commit (importStale)
// instead of being imported twice; the unique index on externalRef is the last word.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { writeAudit, writeAuditForNewEntities } from '../audit.server';
import { can } from '../auth/permissions';
import type { Tx } from '../db/client';
import { bulkInsert } from '../db/bulk-insert';
import { isUniqueViolation } from '../db/errors';
import { appProvider } from '../db/url';
import { chinaDay, endOfChinaDay } from '../domain/dates';
import { middayOf, nextProblemCodes, PROBLEM_SCOPE, RECORD_ATTEMPTS, recordAuditEntry } from '../problems/commands.server';
import { notify, notifyText } from '../notify/notify.server';
import { EVENT_RULES } from '../notify/rules';
import { issueMessage } from './messages.server';
import {
  CATEGORY_LABELS,
  externalRefOf,
  mappingKey,
  mappingSchema,
  mappingText,
  planProblemImport,
  PROBLEM_COLUMNS,
  PROBLEMS_TEMPLATE,
  proposeMapping,
  resolveMapping,
  SOURCE_LABELS,
  templateMapping,
  type ProblemField,
  type ProblemMapping,
  type ProblemSheetRow,
  type ProblemsPlan,
} from './problems-template';
import { checkMeta, ImportFileError, normaliseHeader, type CellRead, type ImportIssue } from './rules';
import { readWorkbook, markErrors, readMeta, readSheet, sha256, writeMeta } from './xlsx.server';

/** The ledger changed between preview and commit (a refusal of this kind: its own message). */
const STALE = 'ledgerImport.refusals.stale';

function assertImporter(ctx: ActionContext) {
  if (!can(ctx.user, 'problem:manage')) throw new DomainError('forbidden');
}

// ───────────── template ─────────────

export async function problemsTemplate(ctx: ActionContext): Promise<{ fileName: string; body: Buffer }> {
  assertImporter(ctx);
  const units = await ctx.db.unit.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { name: true } });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Leitai';
  const ws = wb.addWorksheet(PROBLEMS_TEMPLATE.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = PROBLEM_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.field, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  for (const f of ['raisedAt', 'dueAt'] as const) ws.getColumn(f).numFmt = 'yyyy-mm-dd';
  for (const f of ['externalRef', 'creditCode', 'contactPhone'] as const) ws.getColumn(f).numFmt = '@';
  const ranges = writeMeta(wb, { kind: PROBLEMS_TEMPLATE.kind, version: PROBLEMS_TEMPLATE.version, periodId: '' }, { units: units.map((u) => u.name) });
  const col = (f: ProblemField) => ws.getColumn(f).letter;
  // exceljs has worksheet.dataValidations (ranges) but its typings do not declare it
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const list = (f: ProblemField, formula: string) =>
    validations.add(`${col(f)}2:${col(f)}2000`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: '请从下拉列表中选择',
    });
  list('category', `"${Object.values(CATEGORY_LABELS).join(',')}"`);
  list('source', `"${Object.values(SOURCE_LABELS).join(',')}"`);
  list('leadUnit', ranges.units!);
  return { fileName: '企业诉求导入模板.xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

// ───────────── parse ─────────────

/** What the preview says about the columns: our template (no mapping) or the header row and the mapping used. */
export interface MappingView {
  template: boolean;
  headers: string[];
  /** the first data row's values under each header (to recognise the columns by) */
  sample: string[];
  used: ProblemMapping;
}

interface Parsed {
  sheet: string;
  rows: ProblemSheetRow[];
  sources: ReturnType<typeof resolveMapping>['sources'];
  mappingErrors: ImportIssue[];
  mapping: MappingView;
}

/** The mapping the browser sent (multipart field `mapping`, JSON), or null when none; a malformed one is refused. */
export function mappingField(raw: string | undefined): ProblemMapping | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ImportFileError('ledgerImport.file.badMapping');
  }
  const r = mappingSchema.safeParse(json);
  if (!r.success) throw new ImportFileError('ledgerImport.file.badMapping');
  return r.data;
}

/** Read the upload (refusing hostile files) and apply the mapping: our template's own, the one sent, or the proposal. */
export async function parseProblemsWorkbook(buf: Buffer, sent: ProblemMapping | null): Promise<Parsed> {
  const wb = await readWorkbook(buf);
  const meta = readMeta(wb);
  const template = meta !== null;
  if (template) {
    try {
      checkMeta(meta, { kind: PROBLEMS_TEMPLATE.kind, version: PROBLEMS_TEMPLATE.version });
    } catch (err) {
      // another import's template (e.g. the period setup's): say which one is wanted here
      if (err instanceof ImportFileError && (err.code === 'wrongTemplate' || err.code === 'notTemplate'))
        throw new ImportFileError('ledgerImport.file.wrongTemplate');
      throw err;
    }
  }
  const sheet = readSheet(wb, template ? PROBLEMS_TEMPLATE.sheet : undefined);
  if (sheet.rows.length === 0) throw new ImportFileError('emptySheet');
  // a mapping sent for another layout (the user chose a different file since) gives way to the proposal
  const known = new Set(sheet.headers.map(normaliseHeader));
  const fits = sent !== null && Object.values(sent.columns).every((h) => known.has(normaliseHeader(h)));
  const used = template ? templateMapping() : fits ? sent : proposeMapping(sheet.headers);
  const { sources, errors } = resolveMapping(sheet.headers, used, sheet.name);
  if (template && errors.length) throw new ImportFileError('missingColumns', { columns: errors.map((e) => e.column).join('、') });
  const rows = sheet.rows.map((r) => ({
    row: r.row,
    cells: new Map<ProblemField, CellRead>(
      [...sources.entries()].map(([f, s]) => [
        f,
        'fixed' in s ? { kind: 'text' as const, value: s.fixed } : (r.cells[s.col - 1] ?? { kind: 'empty' as const }),
      ]),
    ),
  }));
  const first = sheet.rows[0]!.cells;
  const sample = sheet.headers.map((_, i) => {
    const c = first[i];
    return !c || c.kind === 'empty' || c.kind === 'noResult' ? '' : c.kind === 'date' ? c.value.toISOString().slice(0, 10) : String(c.value).slice(0, 40);
  });
  return { sheet: sheet.name, rows, sources, mappingErrors: errors, mapping: { template, headers: sheet.headers, sample, used } };
}

// ───────────── context + plan ─────────────

async function loadContext(tx: Tx, parsed: Parsed, now: Date) {
  const units = await tx.unit.findMany({
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, shortName: true, active: true },
  });
  const refs = new Set<string>();
  for (const r of parsed.rows) {
    const ref = externalRefOf(r.cells.get('externalRef') ?? { kind: 'empty' });
    if (ref) refs.add(ref);
  }
  const found: { externalRef: string | null; code: string }[] = [];
  const list = [...refs];
  for (let i = 0; i < list.length; i += 500)
    found.push(...(await tx.enterpriseProblem.findMany({ where: { externalRef: { in: list.slice(i, i + 500) } }, select: { externalRef: true, code: true } })));
  const existingRefs = new Map(found.map((p) => [p.externalRef!, p.code]));
  const h = createHash('sha256').update(mappingKey(parsed.mapping.used));
  for (const u of units) h.update(`\n${u.id}:${u.code}:${u.name}:${u.shortName ?? ''}:${u.active}`);
  for (const [ref, code] of [...existingRefs].sort()) h.update(`\n${ref}=${code}`);
  return { units, context: { units, existingRefs, today: chinaDay(now) }, dataVersion: h.digest('hex').slice(0, 32) };
}

function plan(parsed: Parsed, context: Awaited<ReturnType<typeof loadContext>>['context']): ProblemsPlan {
  const p = planProblemImport(parsed.rows, parsed.sources, context, parsed.sheet);
  return { ...p, errors: [...parsed.mappingErrors, ...p.errors] };
}

// ───────────── preview ─────────────

export interface ProblemsPreview {
  fileName: string;
  hash: string;
  dataVersion: string;
  mapping: MappingView;
  counts: { rows: number; adds: number; unchanged: number; errors: number };
  adds: { row: number; ref: string; enterprise: string; title: string; leadUnit: string; dueAt: string }[];
  unchanged: { row: number; ref: string; code: string }[];
  errors: (ImportIssue & { message: string })[];
}

export const LIST_MAX = 500;

export async function previewProblemsImport(ctx: ActionContext, input: { fileName: string; body: Buffer; mapping?: string }): Promise<ProblemsPreview> {
  assertImporter(ctx);
  const parsed = await parseProblemsWorkbook(input.body, mappingField(input.mapping));
  const { units, context, dataVersion } = await loadContext(ctx.db, parsed, ctx.now);
  const p = plan(parsed, context);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return {
    fileName: input.fileName,
    hash: sha256(input.body),
    dataVersion,
    mapping: parsed.mapping,
    counts: { rows: p.rows, adds: p.adds.length, unchanged: p.unchanged.length, errors: p.errors.length },
    adds: p.adds.slice(0, LIST_MAX).map((a) => ({
      row: a.row,
      ref: a.externalRef ?? '',
      enterprise: a.data.enterpriseName,
      title: a.data.title,
      leadUnit: unitName.get(a.data.leadUnitId) ?? '',
      dueAt: a.data.dueAt,
    })),
    unchanged: p.unchanged.slice(0, LIST_MAX).map((u) => ({ row: u.row, ref: u.externalRef, code: u.code })),
    errors: p.errors.slice(0, LIST_MAX).map((e) => ({ ...e, message: issueMessage(e) })),
  };
}

/** The upload with its bad cells marked (red, a comment each) and a sheet listing every error. */
export async function problemsErrorWorkbook(ctx: ActionContext, input: { body: Buffer; mapping?: string }): Promise<Buffer> {
  assertImporter(ctx);
  const parsed = await parseProblemsWorkbook(input.body, mappingField(input.mapping));
  const { context } = await loadContext(ctx.db, parsed, ctx.now);
  return markErrors(input.body, plan(parsed, context).errors, issueMessage);
}

// ───────────── commit ─────────────

export interface ProblemsCommitResult {
  added: number;
  unchanged: number;
  codes: string[];
}

/**
 * Apply an upload: the same file (hash) and mapping, the ledger as the preview saw it (data version), no errors — else
 * refused and nothing written. One transaction; a number taken by a form at the same moment retries it (as the form
 * does), a 工单编号 imported by someone else meanwhile refuses it.
 */
export async function commitProblemsImport(
  ctx: ActionContext,
  input: { fileName: string; body: Buffer; hash: string; dataVersion: string; mapping?: string },
): Promise<ProblemsCommitResult> {
  assertImporter(ctx);
  const hash = sha256(input.body);
  if (hash !== input.hash) throw new DomainError('importFileChanged');
  const parsed = await parseProblemsWorkbook(input.body, mappingField(input.mapping));
  const provider = appProvider();
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.$transaction(
        async (tx) => {
          const { context, dataVersion } = await loadContext(tx, parsed, ctx.now);
          if (dataVersion !== input.dataVersion) throw new DomainError(STALE);
          const p = plan(parsed, context);
          if (p.errors.length) throw new DomainError('importHasErrors', { count: p.errors.length });

          // numbers per year of raising, in file order, as the form allocates them (highest so far + 1, …)
          const byYear = new Map<number, number>();
          for (const a of p.adds) byYear.set(Number(a.data.raisedAt.slice(0, 4)), (byYear.get(Number(a.data.raisedAt.slice(0, 4))) ?? 0) + 1);
          const codes = new Map<number, string[]>();
          for (const [year, count] of byYear) codes.set(year, await nextProblemCodes(tx, year, count));
          const now = ctx.now;
          const creates = p.adds.map((a) => ({
            id: randomUUID(),
            code: codes.get(Number(a.data.raisedAt.slice(0, 4)))!.shift()!,
            add: a,
            raisedAt: middayOf(a.data.raisedAt),
            dueAt: endOfChinaDay(a.data.dueAt),
          }));
          const columns = [
            'id',
            'code',
            'category',
            'source',
            'enterpriseName',
            'creditCode',
            'contactName',
            'contactPhone',
            'title',
            'description',
            'leadUnitId',
            'responsiblePerson',
            'raisedAt',
            'dueAt',
            'status',
            'reopenCount',
            'supervised',
            'version',
            'externalRef',
            'createdById',
            'createdAt',
            'updatedAt',
          ];
          await bulkInsert(
            tx,
            provider,
            'EnterpriseProblem',
            columns,
            creates.map(({ id, code, add: { data: d, externalRef }, raisedAt, dueAt }) => [
              id,
              code,
              d.category,
              d.source,
              d.enterpriseName,
              d.creditCode ?? null,
              d.contactName ?? null,
              d.contactPhone ?? null,
              d.title,
              d.description,
              d.leadUnitId,
              d.responsiblePerson,
              raisedAt,
              dueAt,
              'pending',
              0,
              false,
              1,
              externalRef,
              ctx.user.id,
              now,
              now,
            ]),
          );
          await bulkInsert(
            tx,
            provider,
            'ProblemAssist',
            ['problemId', 'unitId'],
            creates.flatMap(({ id, add }) => add.data.assistUnitIds.map((unitId) => [id, unitId])),
          );
          await bulkInsert(
            tx,
            provider,
            'ProblemEvent',
            ['id', 'problemId', 'kind', 'fromStatus', 'toStatus', 'note', 'data', 'actorId', 'actorName', 'at'],
            creates.map(({ id }) => [randomUUID(), id, 'record', null, 'pending', null, null, ctx.user.id, ctx.user.name, now]),
          );
          // every problem is its own audit chain (as a form-recorded one): the first row of each, then the import's own
          await writeAuditForNewEntities(
            tx,
            ctx.actor,
            creates.map((c) => recordAuditEntry(c.id, c.code, c.add.data, { raisedAt: c.raisedAt, dueAt: c.dueAt }, { externalRef: c.add.externalRef })),
          );
          // the lead and assisting units of each new problem are told (lib/notify), in this transaction
          await notify(
            tx,
            creates.flatMap((c) =>
              EVENT_RULES.problemAssigned(
                {
                  problem: {
                    id: c.id,
                    code: c.code,
                    title: c.add.data.title,
                    dueAt: c.dueAt,
                    leadUnitId: c.add.data.leadUnitId,
                    assistUnitIds: c.add.data.assistUnitIds,
                  },
                },
                now,
                notifyText,
              ),
            ),
            now,
          );
          const result: ProblemsCommitResult = { added: creates.length, unchanged: p.unchanged.length, codes: creates.map((c) => c.code) };
          await writeAudit(tx, ctx.actor, {
            action: 'import.commit',
            entityType: 'problem_import',
            entityId: hash.slice(0, 16),
            scope: PROBLEM_SCOPE,
            after: {
              template: PROBLEMS_TEMPLATE.kind,
              version: PROBLEMS_TEMPLATE.version,
              fileName: input.fileName.slice(0, 200),
              sha256: hash,
              rows: p.rows,
              added: result.added,
              unchanged: result.unchanged,
              mapping: parsed.mapping.template ? null : mappingText(parsed.mapping.used),
            },
          });
          return { ...result, codes: result.codes.slice(0, LIST_MAX) };
        },
        { timeout: 120_000, maxWait: 15_000 },
      );
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // a form took one of our numbers meanwhile: read the highest again (the data version then tells a ref taken)
      if (attempt >= RECORD_ATTEMPTS) throw new DomainError(STALE);
    }
  }
}
