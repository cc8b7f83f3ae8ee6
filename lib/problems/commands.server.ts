// Recording and working an enterprise problem (DESIGN §8): load the facts → the rule (rules.ts) → the row, its
// timeline event and the audit row in one transaction. Every step names the version it read; the second of two
// concurrent steps finds no row at that version and is told who changed it and when.
import 'server-only';
import type { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import type { AuditEntry } from '../audit.server';
import { DomainError } from '../actions/result';
import { chinaDay, endOfChinaDay } from '../domain/dates';
import type { ProblemRating, ProblemStatus } from '../domain/enums';
import { isUniqueViolation } from '../db/errors';
import type { Tx } from '../db/client';
import { canRecord, canSee, problemCode, problemSeq, relationTo, statusAfter, stepRefusal, type ProblemStep } from './rules';
import type { ProblemRecord, stepSchemas } from './schemas';
import { notify, notifyText } from '../notify/notify.server';
import { EVENT_RULES } from '../notify/rules';
import type { Notice } from '../notify/types';

export type StepInput<S extends ProblemStep> = z.output<(typeof stepSchemas)[S]>;

/** Problems are not part of any period's results until a ledger-fed indicator is submitted (its own write). */
export const PROBLEM_SCOPE = 'unshared' as const;

/** Midday China time of a typed day: a raised date that reads as the same day everywhere. */
export const middayOf = (day: string) => new Date(`${day}T12:00:00+08:00`);

/** The lead and assisting units must exist and be active; otherwise the form's field says so. */
async function checkUnits(tx: Tx, leadUnitId: string, assistUnitIds: readonly string[]) {
  const ids = [leadUnitId, ...assistUnitIds];
  const units = await tx.unit.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } });
  const ok = new Set(units.map((u) => u.id));
  const fieldErrors: Record<string, string[]> = {};
  if (!ok.has(leadUnitId)) fieldErrors.leadUnitId = ['unitInactive'];
  if (assistUnitIds.some((id) => !ok.has(id))) fieldErrors.assistUnitIds = ['unitInactive'];
  if (assistUnitIds.includes(leadUnitId)) fieldErrors.assistUnitIds = ['assistIsLead'];
  if (new Set(assistUnitIds).size !== assistUnitIds.length) fieldErrors.assistUnitIds = ['duplicate'];
  if (Object.keys(fieldErrors).length) throw new DomainError('invalidInput', undefined, fieldErrors);
}

/**
 * The next `count` numbers of the year: the highest sequence so far + 1, + 2, … (longest code first, so 10000 follows
 * 9999). The form takes one; an Excel import takes a year's batch at once (lib/import/problems.server.ts).
 */
export async function nextProblemCodes(tx: Tx, year: number, count = 1): Promise<string[]> {
  const rows = await tx.$queryRaw<{ code: string }[]>`
    SELECT "code" FROM "EnterpriseProblem" WHERE "code" LIKE ${`QY${year}-%`} ORDER BY LENGTH("code") DESC, "code" DESC LIMIT 1`;
  const seq = rows[0] ? (problemSeq(rows[0].code, year) ?? 0) : 0;
  return Array.from({ length: count }, (_, i) => problemCode(year, seq + 1 + i));
}

export const RECORD_ATTEMPTS = 5;

/** The audit row of a recorded problem (the form's and an Excel import's: the same action and fields). */
export function recordAuditEntry(
  id: string,
  code: string,
  input: ProblemRecord,
  at: { raisedAt: Date; dueAt: Date },
  extra: { externalRef?: string | null } = {},
): AuditEntry {
  const { leadUnitId, assistUnitIds, responsiblePerson, category, source, enterpriseName, creditCode, title } = input;
  return {
    action: 'problem.record',
    entityType: 'problem',
    entityId: id,
    after: { code, title, enterpriseName, creditCode, category, source, leadUnitId, assistUnitIds, responsiblePerson, ...at, ...extra },
    scope: PROBLEM_SCOPE,
  };
}

/** Record a new problem (unit users for any lead unit, 考核办). Numbered per year; two recorders at once both get a number. */
export async function recordProblem(ctx: ActionContext, input: ProblemRecord): Promise<{ id: string; code: string }> {
  if (!canRecord(ctx.user)) throw new DomainError('forbidden');
  const raisedAt = middayOf(input.raisedAt);
  if (input.raisedAt > chinaDay(ctx.now)) throw new DomainError('invalidInput', undefined, { raisedAt: ['futureDate'] });
  const dueAt = endOfChinaDay(input.dueAt);
  const year = Number(input.raisedAt.slice(0, 4));
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.$transaction(async (tx) => {
        await checkUnits(tx, input.leadUnitId, input.assistUnitIds);
        const [code] = (await nextProblemCodes(tx, year)) as [string];
        const p = await tx.enterpriseProblem.create({
          data: {
            code,
            category: input.category,
            source: input.source,
            enterpriseName: input.enterpriseName,
            creditCode: input.creditCode ?? null,
            contactName: input.contactName ?? null,
            contactPhone: input.contactPhone ?? null,
            title: input.title,
            description: input.description,
            leadUnitId: input.leadUnitId,
            responsiblePerson: input.responsiblePerson,
            raisedAt,
            dueAt,
            createdById: ctx.user.id,
            assists: { create: input.assistUnitIds.map((unitId) => ({ unitId })) },
          },
        });
        await tx.problemEvent.create({
          data: { problemId: p.id, kind: 'record', toStatus: 'pending', actorId: ctx.user.id, actorName: ctx.user.name, at: ctx.now },
        });
        await ctx.audit(tx, recordAuditEntry(p.id, code, input, { raisedAt, dueAt }));
        await notify(tx, EVENT_RULES.problemAssigned({ problem: { ...p, assistUnitIds: input.assistUnitIds } }, ctx.now, notifyText), ctx.now);
        return { id: p.id, code };
      });
    } catch (err) {
      // another recorder took the number between our read and our insert: read the highest again
      if (isUniqueViolation(err) && attempt < RECORD_ATTEMPTS) continue;
      throw err;
    }
  }
}

// ───────────────────────────── Steps ─────────────────────────────

async function loadProblem(ctx: ActionContext, problemId: string) {
  const p = await ctx.db.enterpriseProblem.findUnique({ where: { id: problemId }, include: { assists: { select: { unitId: true } } } });
  if (!p) throw new DomainError('notFound');
  const assistUnitIds = p.assists.map((a) => a.unitId);
  const relation = relationTo(ctx.user, { leadUnitId: p.leadUnitId, assistUnitIds });
  // a problem the user may not see does not exist for them
  if (!canSee(relation)) throw new DomainError('notFound');
  return { ...p, assistUnitIds, relation };
}
type Loaded = Awaited<ReturnType<typeof loadProblem>>;

/** 2026-12-03 19:55 in China time: when the other person's change landed, as the refusal names it. */
function chinaMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The refusal for a step that lost the race (or read an old page): who changed the problem last, and when. */
export async function staleError(db: Tx, problemId: string): Promise<DomainError> {
  const last = await db.problemEvent.findFirst({ where: { problemId }, orderBy: { at: 'desc' }, select: { actorName: true, at: true } });
  return new DomainError('stale', { name: last?.actorName ?? '', at: last ? chinaMinute(last.at) : '' });
}

/** What one step writes: the row's new fields, the timeline events after its own, and the audit's before/after. */
interface StepPlan {
  data: Record<string, unknown>;
  note?: string | null;
  eventData?: Record<string, unknown>;
  /** extra events written after the step's own (e.g. `reopen` after a 不满意 rating) */
  also?: { kind: string; fromStatus: string; toStatus: string }[];
  assists?: readonly string[];
  audit: { action: string; before: unknown; after: unknown };
  /** the reminders the step sends (lib/notify/rules.ts EVENT_RULES), in its transaction */
  notices?: Notice[];
}

/**
 * Run one step: visible? the rule allows it? still the version the user read? Then the row (at that version, bumped),
 * its events and the audit row in one transaction — a refusal or a lost race writes nothing.
 */
async function runStep(
  ctx: ActionContext,
  step: ProblemStep,
  input: { problemId: string; version: number },
  plan: (p: Loaded) => StepPlan | Promise<StepPlan>,
  toStatus?: (p: Loaded) => ProblemStatus,
): Promise<{ version: number; status: ProblemStatus }> {
  const p = await loadProblem(ctx, input.problemId);
  if (p.version !== input.version) throw await staleError(ctx.db, p.id);
  const refusal = stepRefusal(step, p.relation, p);
  if (refusal) throw new DomainError(refusal);
  const from = p.status as ProblemStatus;
  const to = toStatus ? toStatus(p) : statusAfter(step, from);
  const s = await plan(p);
  const version = p.version + 1;
  let lost = false;
  await ctx.db
    .$transaction(async (tx) => {
      const { count } = await tx.enterpriseProblem.updateMany({ where: { id: p.id, version: p.version }, data: { ...s.data, status: to, version } });
      if (count !== 1) {
        lost = true;
        throw new DomainError('stale');
      }
      if (s.assists) {
        await tx.problemAssist.deleteMany({ where: { problemId: p.id } });
        if (s.assists.length) await tx.problemAssist.createMany({ data: s.assists.map((unitId) => ({ problemId: p.id, unitId })) });
      }
      const base = { problemId: p.id, actorId: ctx.user.id, actorName: ctx.user.name };
      await tx.problemEvent.create({
        data: {
          ...base,
          kind: step,
          fromStatus: from,
          toStatus: s.also?.length ? s.also[0]!.fromStatus : to,
          note: s.note ?? null,
          data: s.eventData ? JSON.stringify(s.eventData) : null,
          at: ctx.now,
        },
      });
      // the extra events sort after the step's own (same request, one millisecond later)
      for (const [i, e] of (s.also ?? []).entries()) await tx.problemEvent.create({ data: { ...base, ...e, at: new Date(ctx.now.getTime() + i + 1) } });
      await ctx.audit(tx, { ...s.audit, entityType: 'problem', entityId: p.id, scope: PROBLEM_SCOPE });
      if (s.notices?.length) await notify(tx, s.notices, ctx.now);
    })
    .catch(async (err: unknown) => {
      if (lost) throw await staleError(ctx.db, p.id);
      throw err;
    });
  return { version, status: to };
}

/** A progress note reports what has happened: dated today or earlier (China time). */
function checkPastDay(ctx: ActionContext, day: string, field: string) {
  if (day > chinaDay(ctx.now)) throw new DomainError('invalidInput', undefined, { [field]: ['futureDate'] });
}

export const acceptProblem = (ctx: ActionContext, input: StepInput<'accept'>) =>
  runStep(ctx, 'accept', input, (p) => ({
    data: {},
    note: input.note,
    audit: { action: 'problem.accept', before: { status: p.status }, after: { status: 'in_progress', note: input.note } },
  }));

export const addProblemNote = async (ctx: ActionContext, input: StepInput<'note'>) => {
  checkPastDay(ctx, input.date, 'date');
  return runStep(ctx, 'note', input, () => ({
    data: {},
    note: input.note,
    eventData: { date: input.date },
    audit: { action: 'problem.note', before: null, after: { date: input.date, note: input.note } },
  }));
};

export const resolveProblem = (ctx: ActionContext, input: StepInput<'resolve'>) =>
  runStep(ctx, 'resolve', input, (p) => ({
    // a new resolution waits for a new rating (the previous 不满意 stays in the timeline)
    data: { resolution: input.resolution, resolvedAt: ctx.now, rating: null, ratingNote: null, ratedAt: null },
    note: input.resolution,
    audit: { action: 'problem.resolve', before: { status: p.status, resolution: p.resolution }, after: { status: 'resolved', resolution: input.resolution } },
  }));

export const rateProblem = (ctx: ActionContext, input: StepInput<'rate'>) =>
  runStep(
    ctx,
    'rate',
    input,
    (p) => {
      const reopen = input.rating === 'dissatisfied';
      return {
        // 不满意 reopens it: back to 办理中, no longer solved, counted as a reopening
        data: {
          rating: input.rating,
          ratingNote: input.note ?? null,
          ratedAt: ctx.now,
          ...(reopen ? { resolvedAt: null, reopenCount: p.reopenCount + 1 } : {}),
        },
        note: input.note,
        eventData: { rating: input.rating },
        also: reopen ? [{ kind: 'reopen', fromStatus: p.status, toStatus: 'in_progress' }] : undefined,
        notices: reopen ? EVENT_RULES.problemUnsatisfied({ problem: p, note: input.note }, ctx.now, notifyText) : undefined,
        audit: {
          action: 'problem.rate',
          before: { status: p.status, rating: p.rating, reopenCount: p.reopenCount },
          after: { status: statusAfter('rate', p.status as ProblemStatus, input.rating), rating: input.rating, reopenCount: p.reopenCount + (reopen ? 1 : 0) },
        },
      };
    },
    (p) => statusAfter('rate', p.status as ProblemStatus, input.rating as ProblemRating),
  );

export const closeProblem = (ctx: ActionContext, input: StepInput<'close'>) =>
  runStep(ctx, 'close', input, (p) => ({
    data: { closedAt: ctx.now },
    note: input.note,
    audit: { action: 'problem.close', before: { status: p.status }, after: { status: 'closed', note: input.note } },
  }));

export const transferProblem = (ctx: ActionContext, input: StepInput<'transfer'>) =>
  runStep(ctx, 'transfer', input, (p) => ({
    data: { transferReason: input.reason },
    note: input.reason,
    audit: { action: 'problem.transfer', before: { status: p.status }, after: { status: 'transferred', reason: input.reason } },
  }));

export const reassignProblem = (ctx: ActionContext, input: StepInput<'reassign'>) =>
  runStep(ctx, 'reassign', input, async (p) => {
    await checkUnits(ctx.db, input.leadUnitId, input.assistUnitIds);
    const dueAt = endOfChinaDay(input.dueAt);
    const sameAssists = [...input.assistUnitIds].sort().join() === [...p.assistUnitIds].sort().join();
    if (input.leadUnitId === p.leadUnitId && sameAssists && input.responsiblePerson === p.responsiblePerson && dueAt.getTime() === p.dueAt.getTime()) {
      throw new DomainError('sameLeadUnit');
    }
    const before = { leadUnitId: p.leadUnitId, assistUnitIds: p.assistUnitIds, responsiblePerson: p.responsiblePerson, dueAt: p.dueAt, status: p.status };
    const after = { leadUnitId: input.leadUnitId, assistUnitIds: input.assistUnitIds, responsiblePerson: input.responsiblePerson, dueAt, status: 'pending' };
    return {
      data: { leadUnitId: input.leadUnitId, responsiblePerson: input.responsiblePerson, dueAt, transferReason: null },
      assists: input.assistUnitIds,
      note: input.note,
      eventData: { from: before, to: after },
      audit: { action: 'problem.reassign', before, after },
      notices: EVENT_RULES.problemAssigned(
        { problem: { ...p, leadUnitId: input.leadUnitId, assistUnitIds: input.assistUnitIds, dueAt }, note: input.note },
        ctx.now,
        notifyText,
      ),
    };
  });

export const superviseProblem = (ctx: ActionContext, input: StepInput<'supervise'>) =>
  runStep(ctx, 'supervise', input, (p) => ({
    data: { supervised: true, supervisedAt: ctx.now, supervisionNote: input.note },
    note: input.note,
    audit: { action: 'problem.supervise', before: { supervised: p.supervised }, after: { supervised: true, note: input.note } },
    notices: EVENT_RULES.problemSupervised({ problem: p, note: input.note }, ctx.now, notifyText),
  }));

export const unsuperviseProblem = (ctx: ActionContext, input: StepInput<'unsupervise'>) =>
  runStep(ctx, 'unsupervise', input, (p) => ({
    data: { supervised: false, supervisedAt: null },
    note: input.note,
    audit: { action: 'problem.unsupervise', before: { supervised: p.supervised }, after: { supervised: false, note: input.note } },
  }));
