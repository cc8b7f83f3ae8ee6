// Setup services for sign-in accounts: create, change role/unit, reset password, disable/enable (account managers only:
// admin, or only 安全管理员 under 三员分立; audited).
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { accountRows, hashPassword } from '../auth/accounts';
import { assertPasswordPolicy, rememberReplacedPassword } from '../auth/password.server';
import type { Tx } from '../db/client';
import { assertSecurityAdminLeft, assertSecurityPermission, lockSeparation } from '../settings/separation.server';
import { ACCOUNT_PERMISSION, isUniqueViolation } from './access';
import { createUserInput, resetPasswordInput, setDisabledInput, updateUserInput } from './schemas';
import { fieldError, parseInput } from './validate';

const userRow = { id: true, username: true, name: true, title: true, role: true, unitId: true, disabled: true } as const;
const usernameTaken = () => fieldError('username', 'usernameTaken', 'usernameTaken');

async function checkUnit(tx: Tx, unitId: string | null) {
  if (unitId === null) return;
  if (!(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) throw fieldError('unitId', 'invalid');
}

export async function createUser(ctx: ActionContext, input: z.input<typeof createUserInput>) {
  await assertSecurityPermission(ctx, ACCOUNT_PERMISSION);
  const u = parseInput(createUserInput, input);
  assertPasswordPolicy(u.password, u.username);
  const hash = await hashPassword(u.password);
  const rows = accountRows({ username: u.username, name: u.name, title: u.title?.trim() || null, role: u.role, unitId: u.unitId }, hash, ctx.now);
  // an admin chose this password: the user replaces it at first sign-in (DESIGN §9)
  const newUser = { ...rows.user, mustChangePassword: true, passwordChangedAt: ctx.now };
  try {
    return await ctx.db.$transaction(async (tx) => {
      const clash = await tx.user.findFirst({ where: { OR: [{ username: rows.user.username }, { email: rows.user.email }] }, select: { id: true } });
      if (clash) throw usernameTaken();
      await checkUnit(tx, u.unitId);
      await tx.user.create({ data: newUser });
      await tx.account.create({ data: rows.account });
      const after = await tx.user.findUniqueOrThrow({ where: { id: rows.user.id }, select: userRow });
      await ctx.audit(tx, { action: 'setup.create_user', entityType: 'user', entityId: after.id, after: { ...after, mustChangePassword: true } });
      return { id: after.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw usernameTaken();
    throw err;
  }
}

/** Change name, title, role and unit. An admin cannot change their own role (no locking oneself out). */
export async function updateUser(ctx: ActionContext, input: z.input<typeof updateUserInput>) {
  await assertSecurityPermission(ctx, ACCOUNT_PERMISSION);
  const u = parseInput(updateUserInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: u.id }, select: userRow });
    if (!before) throw new DomainError('notFound');
    if (u.id === ctx.user.id && u.role !== before.role) throw fieldError('role', 'cannotChangeOwnRole', 'cannotChangeOwnRole');
    await checkUnit(tx, u.unitId);
    // demoting a 安全管理员: serialised with switching 三员分立 on (lockSeparation), never the last one while it is on
    const demotes = before.role === 'security_admin' && u.role !== 'security_admin' && !before.disabled;
    if (demotes) await lockSeparation(tx);
    const after = await tx.user.update({
      where: { id: u.id },
      data: { name: u.name, title: u.title?.trim() || null, role: u.role, unitId: u.unitId, updatedAt: ctx.now },
      select: userRow,
    });
    if (demotes) await assertSecurityAdminLeft(tx, 'role');
    await ctx.audit(tx, { action: 'setup.update_user', entityType: 'user', entityId: u.id, before, after });
    return { id: u.id };
  });
}

/**
 * Set a new password (hashed by better-auth, checked against the policy) on the credential account, keep the old
 * hash in the history, make the user change it at next sign-in, and sign them out everywhere (except the admin's
 * own current session when resetting their own password).
 */
export async function resetPassword(ctx: ActionContext, input: z.input<typeof resetPasswordInput>) {
  await assertSecurityPermission(ctx, ACCOUNT_PERMISSION);
  const { id, password } = parseInput(resetPasswordInput, input);
  const target = await ctx.db.user.findUnique({ where: { id }, select: { username: true } });
  if (!target) throw new DomainError('notFound');
  assertPasswordPolicy(password, target.username ?? '');
  const hash = await hashPassword(password);
  return ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, username: true } });
    if (!user) throw new DomainError('notFound');
    const old = await tx.account.findFirst({ where: { userId: id, providerId: 'credential' }, select: { password: true } });
    await rememberReplacedPassword(tx, id, old?.password ?? null, ctx.now);
    // an admin chose this password: the user replaces it at their next sign-in (DESIGN §9)
    await tx.user.update({ where: { id }, data: { mustChangePassword: true, passwordChangedAt: ctx.now, updatedAt: ctx.now } });
    const updated = await tx.account.updateMany({ where: { userId: id, providerId: 'credential' }, data: { password: hash, updatedAt: ctx.now } });
    if (updated.count === 0) {
      await tx.account.create({
        data: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash, createdAt: ctx.now, updatedAt: ctx.now },
      });
    }
    const ended = await tx.session.deleteMany({ where: { userId: id, NOT: { id: ctx.user.sessionId } } });
    // never the hash itself in the audit trail
    await ctx.audit(tx, {
      action: 'setup.reset_password',
      entityType: 'user',
      entityId: id,
      after: { username: user.username, passwordReset: true, mustChangePassword: true, sessionsEnded: ended.count },
    });
    return { id };
  });
}

/** Disable (and sign out at once: their sessions are deleted in the same transaction) or enable an account. */
export async function setUserDisabled(ctx: ActionContext, input: z.input<typeof setDisabledInput>) {
  await assertSecurityPermission(ctx, ACCOUNT_PERMISSION);
  const { id, disabled } = parseInput(setDisabledInput, input);
  if (disabled && id === ctx.user.id) throw new DomainError('cannotDisableSelf');
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { id: true, username: true, disabled: true, role: true } });
    if (!before) throw new DomainError('notFound');
    // disabling a 安全管理员: as demoting one (updateUser)
    const removes = disabled && !before.disabled && before.role === 'security_admin';
    if (removes) await lockSeparation(tx);
    await tx.user.update({ where: { id }, data: { disabled, updatedAt: ctx.now } });
    if (removes) await assertSecurityAdminLeft(tx, null);
    const ended = disabled ? (await tx.session.deleteMany({ where: { userId: id } })).count : 0;
    await ctx.audit(tx, {
      action: disabled ? 'setup.disable_user' : 'setup.enable_user',
      entityType: 'user',
      entityId: id,
      before: { disabled: before.disabled },
      after: disabled ? { disabled, sessionsEnded: ended } : { disabled },
    });
    return { id, sessionsEnded: ended };
  });
}
