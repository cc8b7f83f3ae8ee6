// The responsible unit moves its rectification measures along: status, and dated progress notes. Audited.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can } from '../auth/permissions';
import { endOfChinaDay } from '../domain/dates';
import type { MeasureStatus } from '../domain/enums';

/** The measure, if the acting user belongs to its responsible unit — otherwise it does not exist for them. */
async function ownMeasure(ctx: ActionContext, measureId: string) {
  if (!can(ctx.user, 'measure:update:own') || !ctx.user.unitId) throw new DomainError('notFound');
  const m = await ctx.db.measure.findFirst({ where: { id: measureId, responsibleUnitId: ctx.user.unitId } });
  if (!m) throw new DomainError('notFound');
  return m;
}

export async function updateMeasureStatus(ctx: ActionContext, input: { measureId: string; status: MeasureStatus }) {
  const m = await ownMeasure(ctx, input.measureId);
  if (m.status === input.status) return { status: m.status };
  const closedAt = input.status === 'done' ? ctx.now : null;
  await ctx.db.$transaction(async (tx) => {
    await tx.measure.update({ where: { id: m.id }, data: { status: input.status, closedAt } });
    await ctx.audit(tx, {
      action: 'measure.update_status',
      entityType: 'measure',
      entityId: m.id,
      before: { status: m.status, closedAt: m.closedAt },
      after: { status: input.status, closedAt },
    });
  });
  return { status: input.status };
}

export async function addProgressNote(ctx: ActionContext, input: { measureId: string; date: string; note: string }) {
  const m = await ownMeasure(ctx, input.measureId);
  // a progress note reports what has happened: not dated in the future
  const date = endOfChinaDay(input.date);
  if (date.getTime() - ctx.now.getTime() > 86_400_000) throw new DomainError('futureDate');
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.measureProgress.create({
      data: { measureId: m.id, date: new Date(`${input.date}T12:00:00+08:00`), note: input.note, authorId: ctx.user.id },
    });
    await ctx.audit(tx, { action: 'measure.add_progress', entityType: 'measure', entityId: m.id, after: { date: input.date, note: input.note } });
    return { id: row.id };
  });
}
