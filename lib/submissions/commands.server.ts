// Writes to a unit's submission: save a draft, submit, and the review office's return and approve.
// Each checks who may do it inside its queries, refuses a stale version (no lost update), and
// writes one audit row in the same transaction.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError, type Detail } from '../actions/result';
import { can, canEditUnit } from '../auth/permissions';
import type { Tx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { chinaDay, endOfChinaDay } from '../domain/dates';
import {
  isEditableState,
  isLate,
  missingForSubmit,
  periodAcceptsSubmissions,
  submissionInputSchema,
  type SubmissionContent,
  type SubmissionInput,
} from '../domain/submission-content';
import { resolveSettings } from '../scoring';
import { fieldErrorsOf } from '../actions/define-action.server';
import { liveLedgerActuals } from '../problems/ledger-indicators.server';
import { notify, notifyText } from '../notify/notify.server';
import { EVENT_RULES } from '../notify/rules';
import { isLedgerFigure } from '../problems/rules';
import { indicatorsWithEvidence } from '../evidence/commands.server';
import { missingEvidence } from '../evidence/rules';
import { deleteWithEvidence } from '../evidence/store.server';
import { previousActuals } from './queries.server';
import { checkActuals, flagOf, indicatorInputOf, unconfirmed } from './rules';

export interface SaveResult {
  submissionId: string;
  version: number;
  savedAt: string;
}

/** The stored content of a submission in the form's shape (what the page loads and what audits compare). */
export async function loadContent(tx: Tx, submissionId: string): Promise<SubmissionContent> {
  const s = await tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    include: {
      values: { orderBy: { indicator: { sortOrder: 'asc' } } },
      pillarMeasures: true,
      gaps: { orderBy: { sortOrder: 'asc' }, include: { measures: { orderBy: { sortOrder: 'asc' } } } },
    },
  });
  return {
    values: s.values.map((v) => ({ indicatorId: v.indicatorId, actual: v.actual, evidence: v.evidence ?? '', plausibilityNote: v.plausibilityNote ?? '' })),
    highlights: s.highlights,
    h2Goals: s.h2Goals,
    pillarMeasures: s.pillarMeasures.map((p) => ({ pillarId: p.pillarId, content: p.content })),
    gaps: s.gaps.map((g) => ({
      id: g.id,
      description: g.description,
      rootCause: g.rootCause,
      measures: g.measures.map((m) => ({
        id: m.id,
        content: m.content,
        responsibleUnitId: m.responsibleUnitId,
        responsiblePerson: m.responsiblePerson,
        deadline: m.deadline ? chinaDay(m.deadline) : '',
      })),
    })),
  };
}

/** Only what changed, as before/after pairs keyed by part — what the audit row records. */
export function contentDiff(before: SubmissionContent, after: SubmissionContent) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  const beforeValues = new Map(before.values.map((v) => [v.indicatorId, v]));
  const changedValues = after.values.filter((v) => {
    const old = beforeValues.get(v.indicatorId);
    return (old?.actual ?? null) !== v.actual || (old?.evidence ?? '') !== v.evidence || (old?.plausibilityNote ?? '') !== (v.plausibilityNote ?? '');
  });
  if (changedValues.length) {
    b.values = changedValues.map((v) => beforeValues.get(v.indicatorId) ?? { indicatorId: v.indicatorId, actual: null, evidence: '', plausibilityNote: '' });
    a.values = changedValues;
  }
  for (const key of ['highlights', 'h2Goals', 'pillarMeasures', 'gaps'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a, changed: Object.keys(a) };
}

async function openPeriod(ctx: ActionContext, tx: Tx, periodId: string) {
  const period = await tx.period.findUnique({ where: { id: periodId } });
  if (!period) throw new DomainError('notFound');
  if (!periodAcceptsSubmissions(period.state)) throw new DomainError('periodNotOpen', { period: period.name });
  return period;
}

/** Bump the version only if it is still the one the user read; otherwise somebody saved in between. */
async function claimVersion(tx: Tx, submissionId: string, version: number, data: Record<string, unknown> = {}) {
  const { count } = await tx.submission.updateMany({ where: { id: submissionId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await tx.submission.findUnique({ where: { id: submissionId }, select: { version: true } });
    throw new DomainError('conflict', { serverVersion: current?.version ?? 0 });
  }
  return version + 1;
}

/**
 * Save the whole draft. `version` is the version the form loaded (0 when the unit has no submission yet).
 * Gaps and measures keep the ids the form gave them, so later saves and the rectification board see the same rows.
 */
export async function saveDraft(
  ctx: ActionContext,
  input: { periodId: string; unitId: string; version: number; content: SubmissionInput },
): Promise<SaveResult> {
  if (!canEditUnit(ctx.user, input.unitId)) throw new DomainError('notFound');
  try {
    return await ctx.db.$transaction((tx) => saveDraftIn(ctx, tx, input));
  } catch (err) {
    // two first saves racing to create the row: the loser is told, like any other conflict
    if (isUniqueViolation(err)) throw new DomainError('conflict', { serverVersion: 1 });
    throw err;
  }
}

/**
 * The draft save inside the caller's transaction — the one write path of a unit's content (the form's autosave and
 * the unit's Excel import, lib/import/actuals.server.ts): same checks, same rows, same audit row.
 */
export async function saveDraftIn(
  ctx: ActionContext,
  tx: Tx,
  input: { periodId: string; unitId: string; version: number; content: SubmissionInput },
): Promise<SaveResult> {
  const { periodId, unitId } = input;
  if (!canEditUnit(ctx.user, unitId)) throw new DomainError('notFound');
  // the service is the authority on what is stored: over-long text is refused here too, never cut
  const parsed = submissionInputSchema.safeParse(input.content);
  if (!parsed.success) throw new DomainError('invalidInput', undefined, fieldErrorsOf(parsed.error));
  const typed = parsed.data;
  const period = await openPeriod(ctx, tx, periodId);
  let sub = await tx.submission.findUnique({ where: { periodId_unitId: { periodId, unitId } } });
  if (!sub) {
    if (input.version !== 0) throw new DomainError('conflict', { serverVersion: 0 });
    sub = await tx.submission.create({ data: { periodId, unitId, version: 0 } });
  }
  // a locked submission says so before anything about what was sent
  if (!isEditableState(sub.state)) throw new DomainError('submissionLocked');
  const content = await readActuals(tx, period, unitId, typed);
  await assertReferences(tx, periodId, unitId, sub.id, content);

  const before = await loadContent(tx, sub.id);
  const version = await claimVersion(tx, sub.id, input.version, { highlights: content.highlights, h2Goals: content.h2Goals });
  await writeContent(tx, sub.id, periodId, unitId, content, before);
  const diff = contentDiff(before, await loadContent(tx, sub.id));
  await ctx.audit(tx, {
    action: 'submission.save_draft',
    entityType: 'submission',
    entityId: sub.id,
    before: { version: input.version, ...diff.before },
    after: { version, ...diff.after },
  });
  return { submissionId: sub.id, version, savedAt: ctx.now.toISOString() };
}

/**
 * The typed actuals read in their indicators' units (a suffix that is not the unit or a known multiple
 * is refused, naming the unit), and a plausibility reason kept only with an implausible value.
 */
async function readActuals(
  tx: Tx,
  period: { id: string } & Parameters<typeof resolveSettings>[0],
  unitId: string,
  typed: SubmissionInput,
): Promise<SubmissionContent> {
  const rows = await tx.indicator.findMany({ where: { periodId: period.id, unitId }, include: { value: { select: { actual: true, source: true } } } });
  const indicators = new Map(rows.map((r) => [r.id, indicatorInputOf(r)]));
  // foreign ids are refused by assertReferences; here they must not be dropped silently before it
  if (typed.values.some((v) => !indicators.has(v.indicatorId))) throw new DomainError('invalidInput');
  // a ledger-fed actual is computed when the unit submits (DESIGN §8): nobody types it
  const ledgerFed = new Map(rows.filter((r) => isLedgerFigure(r.ledgerFigure)).map((r) => [r.id, r.name]));
  const typedLedger = typed.values.filter((v) => ledgerFed.has(v.indicatorId) && v.actual !== null && String(v.actual).trim() !== '');
  if (typedLedger.length) {
    const fieldErrors = Object.fromEntries(typedLedger.map((v) => [`values.${v.indicatorId}`, ['ledgerFedActual']]));
    const names = typedLedger.map((v) => ledgerFed.get(v.indicatorId)!);
    throw new DomainError(
      'ledgerFedActual',
      { names: names.join('、') },
      fieldErrors,
      names.map((name) => ({ code: 'ledgerFedActual', params: { names: name } })),
    );
  }
  const checked = checkActuals(typed.values, indicators, await previousActuals(tx, period.id, unitId), resolveSettings(period).settings);
  if (checked.refused.length) {
    const fieldErrors = Object.fromEntries(checked.refused.map((r) => [`values.${r.indicatorId}`, [r.error]]));
    const details = checked.refused.map((r) => ({ code: r.error, params: { name: r.name, unit: r.expected ?? '' } }));
    throw new DomainError('badActuals', { count: details.length }, fieldErrors, details);
  }
  // a statistics-sourced actual (来源：统计数据, decision 022) is the 考核办's: the unit may not change it
  const statistics = new Map(rows.filter((r) => r.value?.source === 'statistics').map((r) => [r.id, r]));
  const overwritten = checked.values.filter((v) => {
    const s = statistics.get(v.indicatorId);
    return s && (v.actual === null || s.value!.actual === null || Math.abs(v.actual - s.value!.actual) > 1e-9);
  });
  if (overwritten.length) {
    const names = overwritten.map((v) => statistics.get(v.indicatorId)!.name);
    throw new DomainError(
      'statisticsActual',
      { names: names.join('、') },
      Object.fromEntries(overwritten.map((v) => [`values.${v.indicatorId}`, ['statisticsActual']])),
      names.map((name) => ({ code: 'statisticsActual', params: { names: name } })),
    );
  }
  const byId = new Map(checked.values.map((v) => [v.indicatorId, v]));
  return {
    ...typed,
    values: typed.values.map((v) => {
      const c = byId.get(v.indicatorId)!;
      if (ledgerFed.has(v.indicatorId)) return { indicatorId: v.indicatorId, actual: null, evidence: v.evidence, plausibilityNote: '' };
      return { indicatorId: v.indicatorId, actual: c.actual, evidence: v.evidence, plausibilityNote: c.note };
    }),
  };
}

/** Every id in the content must belong where it claims: this unit's indicators, this submission's gaps and measures. */
async function assertReferences(tx: Tx, periodId: string, unitId: string, submissionId: string, content: SubmissionContent) {
  const indicatorIds = new Set((await tx.indicator.findMany({ where: { periodId, unitId }, select: { id: true } })).map((i) => i.id));
  if (content.values.some((v) => !indicatorIds.has(v.indicatorId))) throw new DomainError('invalidInput');
  const pillarIds = new Set((await tx.strategyPillar.findMany({ where: { active: true }, select: { id: true } })).map((p) => p.id));
  if (content.pillarMeasures.some((p) => !pillarIds.has(p.pillarId))) throw new DomainError('invalidInput');
  const unitIds = new Set((await tx.unit.findMany({ where: { active: true }, select: { id: true } })).map((u) => u.id));
  const gapIds = content.gaps.map((g) => g.id);
  const measures = content.gaps.flatMap((g) => g.measures);
  if (measures.some((m) => m.responsibleUnitId && !unitIds.has(m.responsibleUnitId))) throw new DomainError('invalidInput');
  if (new Set(gapIds).size !== gapIds.length || new Set(measures.map((m) => m.id)).size !== measures.length) throw new DomainError('invalidInput');
  // ids already used by another submission's rows are not ours to overwrite
  const foreignGap = await tx.gap.findFirst({ where: { id: { in: gapIds }, submissionId: { not: submissionId } }, select: { id: true } });
  const foreignMeasure = await tx.measure.findFirst({
    where: { id: { in: measures.map((m) => m.id) }, OR: [{ submissionId: { not: submissionId } }, { submissionId: null }] },
    select: { id: true },
  });
  if (foreignGap || foreignMeasure) throw new DomainError('invalidInput');
}

async function writeContent(tx: Tx, submissionId: string, periodId: string, unitId: string, content: SubmissionContent, before: SubmissionContent) {
  for (const v of content.values) {
    await tx.indicatorValue.upsert({
      where: { indicatorId: v.indicatorId },
      create: { indicatorId: v.indicatorId, submissionId, actual: v.actual, evidence: v.evidence || null, plausibilityNote: v.plausibilityNote || null },
      // a draft holds no computed ledger derivation: it is taken again when the unit submits
      update: { actual: v.actual, evidence: v.evidence || null, plausibilityNote: v.plausibilityNote || null, ledgerNumerator: null, ledgerDenominator: null },
    });
  }

  await tx.pillarMeasure.deleteMany({ where: { submissionId } });
  const pillars = content.pillarMeasures.filter((p) => p.content.trim());
  if (pillars.length) await tx.pillarMeasure.createMany({ data: pillars.map((p) => ({ submissionId, pillarId: p.pillarId, content: p.content })) });

  const keepGaps = new Set(content.gaps.map((g) => g.id));
  const keepMeasures = new Set(content.gaps.flatMap((g) => g.measures.map((m) => m.id)));
  const oldMeasureIds = before.gaps.flatMap((g) => g.measures.map((m) => m.id)).filter((id) => !keepMeasures.has(id));
  if (oldMeasureIds.length)
    await deleteWithEvidence(tx, { measureIds: oldMeasureIds }, () => tx.measure.deleteMany({ where: { id: { in: oldMeasureIds }, submissionId } }));
  const oldGapIds = before.gaps.map((g) => g.id).filter((id) => !keepGaps.has(id));
  if (oldGapIds.length) await tx.gap.deleteMany({ where: { id: { in: oldGapIds }, submissionId } });

  const existingGaps = new Set(before.gaps.map((g) => g.id));
  const existingMeasures = new Set(before.gaps.flatMap((g) => g.measures.map((m) => m.id)));
  for (const [gi, g] of content.gaps.entries()) {
    const gapData = { description: g.description, rootCause: g.rootCause, sortOrder: gi };
    if (existingGaps.has(g.id)) await tx.gap.update({ where: { id: g.id }, data: gapData });
    else await tx.gap.create({ data: { id: g.id, submissionId, ...gapData } });
    for (const [mi, m] of g.measures.entries()) {
      // a draft measure may lack its unit (then it is the unit's own) or its deadline; submitting requires both
      const data = {
        gapId: g.id,
        content: m.content,
        responsibleUnitId: m.responsibleUnitId || unitId,
        responsiblePerson: m.responsiblePerson,
        deadline: m.deadline ? endOfChinaDay(m.deadline) : null,
        sortOrder: mi,
      };
      if (existingMeasures.has(m.id)) await tx.measure.update({ where: { id: m.id }, data });
      else await tx.measure.create({ data: { id: m.id, unitId, periodId, submissionId, ...data } });
    }
  }
}

/** Submit (unit head only). Names every missing piece; after the deadline it is accepted and marked late. */
export async function submitSubmission(ctx: ActionContext, input: { periodId: string; unitId: string; version: number }) {
  const { periodId, unitId } = input;
  if (!canEditUnit(ctx.user, unitId)) throw new DomainError('notFound');
  if (!can(ctx.user, 'submission:submit:own')) throw new DomainError('headOnly');
  return ctx.db.$transaction(async (tx) => {
    const period = await openPeriod(ctx, tx, periodId);
    const sub = await tx.submission.findUnique({ where: { periodId_unitId: { periodId, unitId } } });
    if (!sub) throw new DomainError('nothingToSubmit');
    if (!isEditableState(sub.state)) throw new DomainError('submissionLocked');
    const indicators = await tx.indicator.findMany({ where: { periodId, unitId }, orderBy: { sortOrder: 'asc' } });
    const ledger = await freezeLedgerActuals(tx, sub.id, periodId, unitId, ctx.now);
    const content = await loadContent(tx, sub.id);
    // a ledger-fed actual with nothing to compute from (no problem closed / rated) is missing in the score, but the
    // unit cannot type it: it does not hold the submission back
    const missing: Detail[] = missingForSubmit(
      content,
      indicators.filter((i) => !ledger.has(i.id)),
    );
    // an implausible value needs its reason before it goes to the review office (DESIGN §4 "Plausibility")
    const previous = await previousActuals(tx, periodId, unitId);
    const { settings } = resolveSettings(period);
    const stored = new Map(content.values.map((v) => [v.indicatorId, v]));
    const flagged = indicators.map((i) => {
      const v = stored.get(i.id);
      return {
        indicatorId: i.id,
        // a computed actual needs no reason from the unit
        flag: ledger.has(i.id) ? null : flagOf(indicatorInputOf(i), v?.actual ?? null, previous.get(i.key) ?? null, settings),
        note: v?.plausibilityNote ?? '',
      };
    });
    for (const name of unconfirmed(flagged, new Map(indicators.map((i) => [i.id, i.name])))) missing.push({ code: 'plausibilityNote', params: { name } });
    // an indicator the review office marked 佐证材料必传 needs at least one file (issue #13 item 4)
    missing.push(...missingEvidence(indicators, await indicatorsWithEvidence(tx, periodId, unitId)));
    if (missing.length) throw new DomainError('incomplete', { count: missing.length }, undefined, missing);
    const late = isLate(period.deadline, ctx.now);
    const version = await claimVersion(tx, sub.id, input.version, { state: 'submitted', submittedAt: ctx.now, submittedById: ctx.user.id, late });
    await ctx.audit(tx, {
      action: 'submission.submit',
      entityType: 'submission',
      entityId: sub.id,
      before: { state: sub.state, version: input.version },
      after: { state: 'submitted', version, late, ...(ledger.size ? { ledger: [...ledger].map(([indicatorId, a]) => ({ indicatorId, ...a })) } : {}) },
      // the period's public results now count it (as 待审核)
      scope: { period: periodId },
    });
    return { version, late };
  });
}

/**
 * Compute every ledger-fed actual of the unit from its ledger figures for the period, now, and store it with its
 * numerator and denominator on the submission (frozen: later ledger changes leave it; a resubmission recomputes).
 */
async function freezeLedgerActuals(tx: Tx, submissionId: string, periodId: string, unitId: string, now: Date) {
  const live = await liveLedgerActuals(tx, periodId, unitId, now);
  for (const [indicatorId, a] of live) {
    const data = { actual: a.value, ledgerNumerator: a.numerator, ledgerDenominator: a.denominator, plausibilityNote: null };
    await tx.indicatorValue.upsert({ where: { indicatorId }, create: { indicatorId, submissionId, ...data }, update: data });
  }
  return live;
}

/** The review office sends a submitted submission back with a comment the unit sees. */
export async function returnSubmission(ctx: ActionContext, input: { submissionId: string; version: number; comment: string }) {
  return review(ctx, input, 'returned', input.comment);
}

/** The review office approves a submitted submission; it is locked from then on. */
export async function approveSubmission(ctx: ActionContext, input: { submissionId: string; version: number }) {
  return review(ctx, input, 'approved', null);
}

async function review(ctx: ActionContext, input: { submissionId: string; version: number }, to: 'returned' | 'approved', comment: string | null) {
  if (!can(ctx.user, 'submission:review:any')) throw new DomainError('forbidden');
  return ctx.db.$transaction(async (tx) => {
    const sub = await tx.submission.findUnique({ where: { id: input.submissionId }, include: { period: true, unit: { select: { name: true } } } });
    if (!sub) throw new DomainError('notFound');
    if (sub.state !== 'submitted') throw new DomainError('notSubmitted');
    const version = await claimVersion(tx, sub.id, input.version, {
      state: to,
      reviewComment: comment,
      reviewedAt: ctx.now,
      reviewedById: ctx.user.id,
    });
    await ctx.audit(tx, {
      action: to === 'returned' ? 'submission.return' : 'submission.approve',
      entityType: 'submission',
      entityId: sub.id,
      before: { state: sub.state, version: input.version, reviewComment: sub.reviewComment },
      after: { state: to, version, reviewComment: comment },
      scope: { period: sub.periodId },
    });
    // the unit's head and staff are told, in this transaction (lib/notify)
    const event = { submission: sub, period: sub.period, unit: sub.unit };
    await notify(
      tx,
      to === 'returned'
        ? EVENT_RULES.submissionReturned({ ...event, comment: comment ?? '' }, ctx.now, notifyText)
        : EVENT_RULES.submissionApproved(event, ctx.now, notifyText),
      ctx.now,
    );
    return { version };
  });
}
