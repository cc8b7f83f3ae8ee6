// Setup services for a unit's indicator set in a period: add/edit/delete, reorder, copy from another unit (admin only, audited).
//
// Editing by period state (docs/decisions/007-admin-setup.md):
//   draft — everything;
//   open  — fixes only: name, category, unit, targets, planned %, weight, method, cap, pillars, data source, order;
//           adding, deleting, copying, and changing an indicator's key or direction are refused (units are
//           already reporting against them); the weights must sum to 100 again before the period can move to review;
//   later — nothing (scores are computed from the set).
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError, type FieldErrors } from '../actions/result';
import type { Tx } from '../db/client';
import { indicatorSchema } from '../domain/schemas';
import { isLedgerFigure, ledgerSetupProblem } from '../problems/rules';
import { assertSetupManager, isUniqueViolation } from './access';
import { indicatorDataOf, indicatorFieldsOf } from './rules';
import { copyIndicatorsInput, idInput, indicatorExtras, indicatorPlacement, moveIndicatorInput, type IndicatorFields } from './schemas';
import { fieldError, fieldErrorsFrom, issueKey, parseInput } from './validate';
import { deleteWithEvidence } from '../evidence/store.server';

export type CreateIndicatorInput = IndicatorFields & { periodId: string; unitId: string; pillarIds?: string[] };
export type UpdateIndicatorInput = IndicatorFields & { id: string; pillarIds?: string[] };

export type IndicatorEditMode = 'full' | 'fixes' | 'locked';

export function indicatorEditMode(periodState: string): IndicatorEditMode {
  if (periodState === 'draft') return 'full';
  if (periodState === 'open') return 'fixes';
  return 'locked';
}

const updateId = z.object({ id: z.string().min(1).max(64) });

/** indicatorSchema plus the extras; all field errors together, keyed by field name. */
function parseIndicator(input: unknown) {
  const errors: FieldErrors = {};
  const fields = indicatorSchema.safeParse(input, { error: issueKey });
  if (!fields.success) Object.assign(errors, fieldErrorsFrom(fields.error));
  const extras = indicatorExtras.safeParse(input, { error: issueKey });
  if (!extras.success) Object.assign(errors, fieldErrorsFrom(extras.error));
  if (fields.success && extras.success && extras.data.ledgerFigure !== undefined) checkLedger(fields.data, extras.data.ledgerFigure, errors);
  if (!fields.success || !extras.success || Object.keys(errors).length) throw new DomainError('invalidInput', undefined, errors);
  return {
    // undefined ledger figure: a new indicator is typed, an edited one keeps its source
    data: { ...indicatorDataOf(fields.data), ledgerFigure: extras.data.ledgerFigure },
    pillarIds: [...new Set(extras.data.pillarIds)],
  };
}

/** A ledger-fed actual is a percent or a count: the target must be in the same unit (lib/problems/rules.ts). */
function checkLedger(f: { measureUnit: string; direction: string }, ledgerFigure: string | null, errors: FieldErrors = {}): FieldErrors {
  const problem = ledgerSetupProblem({ ledgerFigure: isLedgerFigure(ledgerFigure) ? ledgerFigure : null, measureUnit: f.measureUnit, direction: f.direction });
  if (problem) errors[problem === 'ledgerMilestone' ? 'ledgerFigure' : 'measureUnit'] = [`ledger.errors.${problem}`];
  return errors;
}

const snapshotSelect = {
  id: true,
  periodId: true,
  unitId: true,
  key: true,
  name: true,
  category: true,
  measureUnit: true,
  direction: true,
  annualTarget: true,
  halfTarget: true,
  plannedPercent: true,
  weight: true,
  method: true,
  cap: true,
  dataSource: true,
  ledgerFigure: true,
  sortOrder: true,
  pillars: { select: { pillarId: true } },
} as const;

async function snapshot(tx: Tx, id: string) {
  const row = await tx.indicator.findUnique({ where: { id }, select: snapshotSelect });
  if (!row) return null;
  const { pillars, ...rest } = row;
  return { ...rest, pillarIds: pillars.map((p) => p.pillarId).sort() };
}

async function periodFor(tx: Tx, periodId: string) {
  const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true, state: true } });
  if (!period) throw new DomainError('notFound');
  return { ...period, mode: indicatorEditMode(period.state) };
}

async function checkPillars(tx: Tx, pillarIds: string[]) {
  if (pillarIds.length === 0) return;
  const found = await tx.strategyPillar.count({ where: { id: { in: pillarIds } } });
  if (found !== pillarIds.length) throw fieldError('pillarIds', 'invalid');
}

const keyTaken = () => fieldError('key', 'indicatorKeyTaken', 'indicatorKeyTaken');

export async function createIndicator(ctx: ActionContext, input: CreateIndicatorInput) {
  assertSetupManager(ctx.user);
  const place = parseInput(indicatorPlacement, input);
  const { data, pillarIds } = parseIndicator(input);
  try {
    return await ctx.db.$transaction(async (tx) => {
      const period = await periodFor(tx, place.periodId);
      if (period.mode === 'locked') throw new DomainError('indicatorsLocked');
      if (period.mode === 'fixes') throw new DomainError('indicatorStructureLocked');
      if (!(await tx.unit.findUnique({ where: { id: place.unitId }, select: { id: true } }))) throw new DomainError('notFound');
      if (await tx.indicator.findUnique({ where: { periodId_unitId_key: { periodId: place.periodId, unitId: place.unitId, key: data.key } } }))
        throw keyTaken();
      await checkPillars(tx, pillarIds);
      const last = await tx.indicator.aggregate({ where: { periodId: place.periodId, unitId: place.unitId }, _max: { sortOrder: true } });
      const row = await tx.indicator.create({
        data: {
          ...data,
          periodId: place.periodId,
          unitId: place.unitId,
          sortOrder: (last._max.sortOrder ?? -1) + 1,
          pillars: { create: pillarIds.map((pillarId) => ({ pillarId })) },
        },
        select: { id: true },
      });
      await ctx.audit(tx, { action: 'setup.create_indicator', entityType: 'indicator', entityId: row.id, after: await snapshot(tx, row.id) });
      return { id: row.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw keyTaken();
    throw err;
  }
}

export async function updateIndicator(ctx: ActionContext, input: UpdateIndicatorInput) {
  assertSetupManager(ctx.user);
  const { id } = parseInput(updateId, input);
  const { data, pillarIds } = parseIndicator(input);
  try {
    return await ctx.db.$transaction(async (tx) => {
      const before = await snapshot(tx, id);
      if (!before) throw new DomainError('notFound');
      const period = await periodFor(tx, before.periodId);
      if (period.mode === 'locked') throw new DomainError('indicatorsLocked');
      if (period.mode === 'fixes') {
        if (data.key !== before.key) throw fieldError('key', 'indicatorStructureLocked', 'indicatorStructureLocked');
        if (data.direction !== before.direction) throw fieldError('direction', 'indicatorStructureLocked', 'indicatorStructureLocked');
      }
      // an edit that does not name the source keeps it, and must still fit it
      if (data.ledgerFigure === undefined && before.ledgerFigure !== null) {
        const errors = checkLedger(data, before.ledgerFigure);
        if (Object.keys(errors).length) throw new DomainError('invalidInput', undefined, errors);
      }
      if (data.key !== before.key) {
        const clash = await tx.indicator.findUnique({ where: { periodId_unitId_key: { periodId: before.periodId, unitId: before.unitId, key: data.key } } });
        if (clash) throw keyTaken();
      }
      await checkPillars(tx, pillarIds);
      await tx.indicator.update({
        where: { id },
        data: { ...data, pillars: { deleteMany: {}, create: pillarIds.map((pillarId) => ({ pillarId })) } },
      });
      await ctx.audit(tx, { action: 'setup.update_indicator', entityType: 'indicator', entityId: id, before, after: await snapshot(tx, id) });
      return { id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw keyTaken();
    throw err;
  }
}

export async function deleteIndicator(ctx: ActionContext, input: z.input<typeof idInput>) {
  assertSetupManager(ctx.user);
  const { id } = parseInput(idInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new DomainError('notFound');
    const period = await periodFor(tx, before.periodId);
    if (period.mode === 'locked') throw new DomainError('indicatorsLocked');
    if (period.mode === 'fixes') throw new DomainError('indicatorStructureLocked');
    await deleteWithEvidence(tx, { indicatorIds: [id] }, () => tx.indicator.delete({ where: { id } }));
    await ctx.audit(tx, { action: 'setup.delete_indicator', entityType: 'indicator', entityId: id, before });
    return { id };
  });
}

/** Swap an indicator with its neighbour; the unit's order is renumbered 0…n−1. */
export async function moveIndicator(ctx: ActionContext, input: z.input<typeof moveIndicatorInput>) {
  assertSetupManager(ctx.user);
  const { id, direction } = parseInput(moveIndicatorInput, input);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.indicator.findUnique({ where: { id }, select: { periodId: true, unitId: true } });
    if (!row) throw new DomainError('notFound');
    const period = await periodFor(tx, row.periodId);
    if (period.mode === 'locked') throw new DomainError('indicatorsLocked');
    const list = await tx.indicator.findMany({
      where: { periodId: row.periodId, unitId: row.unitId },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, key: true, sortOrder: true },
    });
    const i = list.findIndex((r) => r.id === id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) return { id, moved: false };
    const order = [...list];
    [order[i], order[j]] = [order[j]!, order[i]!];
    for (const [n, r] of order.entries()) if (r.sortOrder !== n) await tx.indicator.update({ where: { id: r.id }, data: { sortOrder: n } });
    await ctx.audit(tx, {
      action: 'setup.move_indicator',
      entityType: 'indicator',
      entityId: id,
      before: { order: list.map((r) => r.key) },
      after: { order: order.map((r) => r.key) },
    });
    return { id, moved: true };
  });
}

/**
 * Copy one unit's indicator set (with pillars) to another unit of the same period (draft only).
 * `replace` first deletes the target's indicators; otherwise indicators whose key the target already
 * holds are skipped.
 */
export async function copyIndicators(ctx: ActionContext, input: z.input<typeof copyIndicatorsInput>) {
  assertSetupManager(ctx.user);
  const c = parseInput(copyIndicatorsInput, input);
  if (c.fromUnitId === c.toUnitId) throw fieldError('fromUnitId', 'copySameUnit', 'copySameUnit');
  return ctx.db.$transaction(async (tx) => {
    const period = await periodFor(tx, c.periodId);
    if (period.mode === 'locked') throw new DomainError('indicatorsLocked');
    if (period.mode === 'fixes') throw new DomainError('indicatorStructureLocked');
    // one query at a time: a transaction holds one connection
    const from = await tx.unit.findUnique({ where: { id: c.fromUnitId }, select: { id: true, name: true } });
    const to = await tx.unit.findUnique({ where: { id: c.toUnitId }, select: { id: true, name: true } });
    if (!from || !to) throw new DomainError('notFound');
    const source = await tx.indicator.findMany({
      where: { periodId: c.periodId, unitId: from.id },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
      include: { pillars: { select: { pillarId: true } } },
    });
    if (source.length === 0) throw fieldError('fromUnitId', 'copyNothing', 'copyNothing');
    const existing = await tx.indicator.findMany({
      where: { periodId: c.periodId, unitId: to.id },
      orderBy: [{ sortOrder: 'asc' }],
      select: { key: true, sortOrder: true },
    });
    if (c.replace && existing.length) {
      const ids = (await tx.indicator.findMany({ where: { periodId: c.periodId, unitId: to.id }, select: { id: true } })).map((i) => i.id);
      await deleteWithEvidence(tx, { indicatorIds: ids }, () => tx.indicator.deleteMany({ where: { periodId: c.periodId, unitId: to.id } }));
    }
    const kept = c.replace ? [] : existing;
    const keys = new Set(kept.map((e) => e.key));
    let next = kept.reduce((m, e) => Math.max(m, e.sortOrder), -1) + 1;
    const copied: string[] = [];
    const skipped: string[] = [];
    for (const s of source) {
      if (keys.has(s.key)) {
        skipped.push(s.key);
        continue;
      }
      await tx.indicator.create({
        data: {
          id: randomUUID(),
          periodId: c.periodId,
          unitId: to.id,
          ...indicatorFieldsOf(s),
          ledgerFigure: s.ledgerFigure,
          sortOrder: next++,
          pillars: { create: s.pillars.map((p) => ({ pillarId: p.pillarId })) },
        },
      });
      copied.push(s.key);
    }
    await ctx.audit(tx, {
      action: 'setup.copy_indicators',
      entityType: 'unit',
      entityId: to.id,
      before: { keys: existing.map((e) => e.key) },
      after: { from: { id: from.id, name: from.name }, replace: c.replace, copied, skipped },
    });
    return { copied: copied.length, skipped: skipped.length };
  });
}
