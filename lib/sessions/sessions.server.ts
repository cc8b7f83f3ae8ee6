// 我的登录设备 and the admin's view of a user's sessions: list them, end one, end all others. Every end is audited.
import 'server-only';
import Bowser from 'bowser';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import { getSettings } from '../settings/settings.server';
import { deviceOf, limitsOf, sessionEnd, sessionVerdict, type DeviceInfo } from './rules';

export interface SessionRow {
  id: string;
  device: DeviceInfo;
  ipAddress: string | null;
  signedInAt: Date;
  lastActiveAt: Date;
  /** when it ends if idle from now on (the sooner of the idle and absolute limits) */
  endsAt: Date;
  current: boolean;
}

const parseUa = (ua: string) => {
  const r = Bowser.parse(ua);
  return { browser: r.browser.name, os: r.os.name, platform: r.platform.type };
};

/** A user's live sessions, newest activity first (already-expired ones are left out; the guard deletes them on use). */
export async function listSessions(db: Db, userId: string, currentSessionId: string | null, now: Date = new Date()): Promise<SessionRow[]> {
  const limits = limitsOf(await getSettings(db));
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ipAddress: true, userAgent: true },
  });
  return rows
    .filter((r) => sessionVerdict(r, now, limits) === 'active')
    .map((r) => ({
      id: r.id,
      device: deviceOf(r.userAgent, parseUa),
      ipAddress: r.ipAddress || null,
      signedInAt: r.createdAt,
      lastActiveAt: r.lastSeenAt ?? r.createdAt,
      endsAt: new Date(sessionEnd(r, limits)),
      current: r.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.getTime() - a.lastActiveAt.getTime());
}

/** End one of your own sessions (any but none of another user's: theirs looks like a missing one). */
export async function endOwnSession(ctx: ActionContext, sessionId: string): Promise<{ ended: number }> {
  return ctx.db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { id: sessionId, userId: ctx.user.id } });
    if (ended.count === 0) throw new DomainError('notFound');
    await ctx.audit(tx, {
      action: 'session.end',
      entityType: 'session',
      entityId: sessionId,
      after: { userId: ctx.user.id, current: sessionId === ctx.user.sessionId },
    });
    return { ended: ended.count };
  });
}

/** End every session of yours but this one. */
export async function endOtherSessions(ctx: ActionContext): Promise<{ ended: number }> {
  return ctx.db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { userId: ctx.user.id, NOT: { id: ctx.user.sessionId } } });
    await ctx.audit(tx, { action: 'session.end_others', entityType: 'user', entityId: ctx.user.id, after: { sessionsEnded: ended.count } });
    return { ended: ended.count };
  });
}

/** An account manager ends one session of a user, or all of them (sessionId omitted). Never their own current one. */
export async function adminEndSessions(ctx: ActionContext, input: { userId: string; sessionId?: string }): Promise<{ ended: number }> {
  if (!can(ctx.user, 'account:manage')) throw new DomainError('forbidden');
  return ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, username: true } });
    if (!user) throw new DomainError('notFound');
    const ended = await tx.session.deleteMany({
      where: { userId: user.id, ...(input.sessionId ? { id: input.sessionId } : {}), NOT: { id: ctx.user.sessionId } },
    });
    if (input.sessionId && ended.count === 0) throw new DomainError('notFound');
    await ctx.audit(tx, {
      action: 'session.admin_end',
      entityType: 'user',
      entityId: user.id,
      after: { username: user.username, sessionId: input.sessionId ?? null, sessionsEnded: ended.count },
    });
    return { ended: ended.count };
  });
}
