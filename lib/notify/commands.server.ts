// Marking notifications read (issue #14): thin commands on the user's own rows only — another user's id is refused
// as not found. Audited like every write, with scope 'unshared' (no shared cache shows a user's inbox; the page
// cache compares the user's unread count itself, lib/db/data-version.ts). docs/decisions/024-notifications.md.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';

/** Mark one of the user's notifications read (already read: nothing to do). */
export async function markNotificationRead(ctx: ActionContext, input: { id: string }): Promise<{ read: boolean }> {
  return ctx.db.$transaction(async (tx) => {
    const n = await tx.notification.findFirst({ where: { id: input.id, userId: ctx.user.id }, select: { id: true, kind: true, readAt: true } });
    if (!n) throw new DomainError('notFound');
    if (n.readAt) return { read: false };
    await tx.notification.update({ where: { id: n.id }, data: { readAt: ctx.now } });
    await ctx.audit(tx, {
      action: 'notification.read',
      entityType: 'notification',
      entityId: n.id,
      before: { readAt: null },
      after: { readAt: ctx.now },
      scope: 'unshared',
    });
    return { read: true };
  });
}

/** Mark all of the user's unread notifications read; one audit row with how many. */
export async function markAllNotificationsRead(ctx: ActionContext): Promise<{ count: number }> {
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: ctx.user.id, readAt: null }, data: { readAt: ctx.now } });
    if (count > 0) {
      await ctx.audit(tx, {
        action: 'notification.read_all',
        entityType: 'notification',
        entityId: ctx.user.id,
        after: { count },
        scope: 'unshared',
      });
    }
    return { count };
  });
}
