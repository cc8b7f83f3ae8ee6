// Build the service context of a seeded user, as a server action would for that user's request.
import { serviceContext } from '@/lib/actions/define-action.server';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { roleSchema } from '@/lib/domain/schemas';

export async function userOf(db: Db, username: string): Promise<CurrentUser> {
  const u = await db.user.findUniqueOrThrow({ where: { username }, include: { unit: true } });
  return {
    id: u.id,
    name: u.name,
    username: u.username ?? username,
    title: u.title,
    role: roleSchema.parse(u.role),
    unitId: u.unitId,
    unitName: u.unit?.name ?? null,
    sessionId: 'test-session',
  };
}

export async function ctxOf(db: Db, username: string, now: Date = new Date()) {
  return serviceContext(db, await userOf(db, username), now, '127.0.0.1');
}
