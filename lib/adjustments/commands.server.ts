// 加减分 writes: add and delete a period's bonus/penalty items (admin only), refused once results are published, one audit row each.
import 'server-only';
import type { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can } from '../auth/permissions';
import type { Tx } from '../db/client';
import { parseInput } from '../setup/validate';
import { adjustmentsLocked, createAdjustmentInput, deleteAdjustmentInput } from './schemas';

function assertAdjustmentManager(ctx: ActionContext) {
  // the 考核办's job: the same grant as the rest of period setup
  if (!can(ctx.user, 'setup:manage')) throw new DomainError('forbidden');
}

/** The period, if it still takes adjustments; read inside the write's transaction so the check and the write agree. */
async function openPeriod(tx: Tx, periodId: string) {
  const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true, name: true, state: true } });
  if (!period) throw new DomainError('notFound');
  if (adjustmentsLocked(period.state)) throw new DomainError('adjustmentsLocked', { period: period.name });
  return period;
}

const auditView = (a: { periodId: string; unitId: string; points: number; reason: string; evidence: string | null }, unitName: string) => ({
  periodId: a.periodId,
  unitId: a.unitId,
  unit: unitName,
  points: a.points,
  reason: a.reason,
  evidence: a.evidence,
});

export async function createAdjustment(ctx: ActionContext, input: z.input<typeof createAdjustmentInput>) {
  assertAdjustmentManager(ctx);
  const a = parseInput(createAdjustmentInput, input);
  return ctx.db.$transaction(async (tx) => {
    const period = await openPeriod(tx, a.periodId);
    // only units scored in this period (those holding indicators in it): the engine would ignore anyone else
    const unit = await tx.unit.findFirst({ where: { id: a.unitId, indicators: { some: { periodId: period.id } } }, select: { id: true, name: true } });
    if (!unit) throw new DomainError('invalidInput', undefined, { unitId: ['unitNotInPeriod'] });
    const row = await tx.adjustment.create({
      data: {
        periodId: period.id,
        unitId: unit.id,
        points: a.points,
        reason: a.reason,
        evidence: a.evidence ? a.evidence : null,
        createdById: ctx.user.id,
        createdAt: ctx.now,
      },
    });
    await ctx.audit(tx, { action: 'adjustment.create', entityType: 'adjustment', entityId: row.id, after: auditView(row, unit.name) });
    return { id: row.id, unit: unit.name, points: row.points };
  });
}

export async function deleteAdjustment(ctx: ActionContext, input: z.input<typeof deleteAdjustmentInput>) {
  assertAdjustmentManager(ctx);
  const { id } = parseInput(deleteAdjustmentInput, input);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.adjustment.findUnique({ where: { id }, include: { unit: { select: { name: true } } } });
    if (!row) throw new DomainError('notFound');
    await openPeriod(tx, row.periodId);
    // conditional on the row still existing: two admins deleting at once do not both write an audit row
    const { count } = await tx.adjustment.deleteMany({ where: { id } });
    if (count === 0) throw new DomainError('notFound');
    await ctx.audit(tx, { action: 'adjustment.delete', entityType: 'adjustment', entityId: id, before: auditView(row, row.unit.name) });
    return { id };
  });
}
