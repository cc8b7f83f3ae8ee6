// Publication freezes a period's results as a stored snapshot (with the hash of its inputs);
// afterwards they change only through a correction with a reason, audited and shown as corrected.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can } from '../auth/permissions';
import { mayPublish } from '../domain/period-state';
import { computeForSnapshot } from './load.server';
import { notify, notifyText } from '../notify/notify.server';
import { EVENT_RULES } from '../notify/rules';

export async function publishResults(ctx: ActionContext, input: { periodId: string }) {
  if (!can(ctx.user, 'results:publish')) throw new DomainError('forbidden');
  return ctx.db.$transaction(
    async (tx) => {
      const period = await tx.period.findUnique({ where: { id: input.periodId } });
      if (!period) throw new DomainError('notFound');
      if (await tx.resultSnapshot.count({ where: { periodId: period.id } })) throw new DomainError('alreadyPublished', { period: period.name });
      if (!mayPublish(period.state)) throw new DomainError('notPublishable', { period: period.name });
      const { result, inputHash } = await computeForSnapshot(tx, period.id);
      const snapshot = await tx.resultSnapshot.create({
        data: {
          periodId: period.id,
          version: 1,
          kind: 'publish',
          inputHash,
          data: JSON.parse(JSON.stringify(result)),
          createdById: ctx.user.id,
          createdAt: ctx.now,
        },
      });
      await tx.period.update({ where: { id: period.id }, data: { state: 'published', publishedAt: ctx.now } });
      await ctx.audit(tx, {
        action: 'results.publish',
        entityType: 'period',
        entityId: period.id,
        before: { state: period.state },
        after: { state: 'published', snapshotVersion: 1, inputHash, units: result.units.length },
      });
      // everyone who reads results is told (lib/notify), in this transaction
      await notify(tx, EVENT_RULES.resultsPublished({ period }, ctx.now, notifyText), ctx.now);
      return { version: snapshot.version, inputHash };
    },
    { timeout: 60_000 },
  );
}

/** Recompute a published period's results from today's data as a new snapshot version; the reason is required and shown. */
export async function correctResults(ctx: ActionContext, input: { periodId: string; reason: string }) {
  if (!can(ctx.user, 'results:publish')) throw new DomainError('forbidden');
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('reasonRequired');
  return ctx.db.$transaction(
    async (tx) => {
      const period = await tx.period.findUnique({ where: { id: input.periodId } });
      if (!period) throw new DomainError('notFound');
      const last = await tx.resultSnapshot.findFirst({ where: { periodId: period.id }, orderBy: { version: 'desc' } });
      if (!last || (period.state !== 'published' && period.state !== 'archived')) throw new DomainError('notPublished', { period: period.name });
      const { result, inputHash } = await computeForSnapshot(tx, period.id);
      const version = last.version + 1;
      await tx.resultSnapshot.create({
        data: {
          periodId: period.id,
          version,
          kind: 'correction',
          reason,
          inputHash,
          data: JSON.parse(JSON.stringify(result)),
          createdById: ctx.user.id,
          createdAt: ctx.now,
        },
      });
      const before = last.data as { units?: { unitId: string; final: { value: number }; overallRank: number }[] };
      const changed = result.units
        .map((u) => {
          const old = before.units?.find((o) => o.unitId === u.unitId);
          return old && (old.final.value !== u.final.value || old.overallRank !== u.overallRank)
            ? { unitId: u.unitId, name: u.name, final: [old.final.value, u.final.value], overallRank: [old.overallRank, u.overallRank] }
            : null;
        })
        .filter((x) => x !== null);
      await ctx.audit(tx, {
        action: 'results.correct',
        entityType: 'period',
        entityId: period.id,
        before: { snapshotVersion: last.version, inputHash: last.inputHash },
        after: { snapshotVersion: version, inputHash, reason, changed },
      });
      return { version, inputHash, changed: changed.length };
    },
    { timeout: 60_000 },
  );
}
