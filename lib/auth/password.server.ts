// Passwords after the policy (password-rules.ts): the history of the last 5, the self-service change, and the
// checks the admin's create/reset share. Hashes are better-auth's (scrypt); the password itself is never stored or audited.
import 'server-only';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError, type FieldErrors } from '../actions/result';
import type { Tx } from '../db/client';
import { parseInput } from '../setup/validate';
import { checkPassword, PASSWORD_HISTORY, passwordProblemKeys, passwordProblemParams, type PasswordProblem, type PasswordVerdict } from './password-rules';

const secret = z.string().max(512);
export const changePasswordInput = z.object({
  currentPassword: secret.min(1, { message: 'required' }),
  newPassword: secret.min(1, { message: 'required' }),
  confirmPassword: secret,
});

/** The refusal for a password the policy refuses, on `field` (the form's name for it). */
export function weakPasswordError(verdict: PasswordVerdict, field = 'password', extra: FieldErrors = {}): DomainError {
  return new DomainError('invalidInput', passwordProblemParams(verdict), { ...extra, [field]: passwordProblemKeys(verdict.problems) });
}

/** Refuse a password the policy refuses (admin create/reset, admin:create). */
export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  const verdict = checkPassword(password, { username });
  if (!verdict.ok) throw weakPasswordError(verdict, field);
}

/** The hashes a new password must not match: the current one and the last PASSWORD_HISTORY before it. */
async function recentHashes(tx: Tx, userId: string, currentHash: string | null): Promise<string[]> {
  const rows = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PASSWORD_HISTORY,
    select: { hash: true },
  });
  return [...(currentHash ? [currentHash] : []), ...rows.map((r) => r.hash)];
}

/** Whether `password` is the current password or one of the last PASSWORD_HISTORY (each compare is one scrypt). */
export async function isRecentPassword(tx: Tx, userId: string, currentHash: string | null, password: string): Promise<boolean> {
  for (const hash of await recentHashes(tx, userId, currentHash)) {
    if (await verifyPassword({ hash, password })) return true;
  }
  return false;
}

/** Keep the replaced hash in the history and only the newest PASSWORD_HISTORY rows (nothing older is needed). */
export async function rememberReplacedPassword(tx: Tx, userId: string, replacedHash: string | null, now: Date): Promise<void> {
  if (!replacedHash) return;
  await tx.passwordHistory.create({ data: { userId, hash: replacedHash, createdAt: now } });
  const stale = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: PASSWORD_HISTORY,
    select: { id: true },
  });
  if (stale.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: stale.map((r) => r.id) } } });
}

/**
 * The signed-in user changes their own password: the current one must be right, the new one must pass the policy and
 * differ from the last 5. Then the credential's hash, passwordChangedAt and the forced-change flag are set, the
 * user's OTHER sessions end (this one stays), and the change is audited (never the password). Every refusal lists
 * all its reasons per field; a wrong current password is audited too (a stolen session guessing the password).
 */
export async function changeOwnPassword(ctx: ActionContext, input: z.input<typeof changePasswordInput>) {
  const { currentPassword, newPassword, confirmPassword } = parseInput(changePasswordInput, input);
  const userId = ctx.user.id;
  const db = ctx.db;
  const [user, account] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { username: true, mustChangePassword: true } }),
    db.account.findFirst({ where: { userId, providerId: 'credential' }, select: { id: true, password: true } }),
  ]);
  if (!user || !account?.password) throw new DomainError('notFound');

  const errors: FieldErrors = {};
  const currentOk = await verifyPassword({ hash: account.password, password: currentPassword });
  if (!currentOk) errors.currentPassword = ['accountPassword.currentWrong'];
  const verdict = checkPassword(newPassword, { username: user.username ?? ctx.user.username });
  const problems: PasswordProblem[] = [...verdict.problems];
  if (await isRecentPassword(db, userId, account.password, newPassword)) problems.push('reused');
  if (problems.length > 0) errors.newPassword = passwordProblemKeys(problems);
  if (newPassword !== confirmPassword) errors.confirmPassword = ['accountPassword.mismatch'];

  if (Object.keys(errors).length > 0) {
    await db.$transaction((tx) =>
      ctx.audit(tx, {
        action: 'auth.change_password_refused',
        entityType: 'user',
        entityId: userId,
        after: { username: user.username, fields: Object.keys(errors), problems, currentPasswordWrong: !currentOk },
        scope: 'unshared',
      }),
    );
    throw new DomainError('invalidInput', passwordProblemParams(verdict), errors);
  }

  const hash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    // the hash checked above must still be the current one (two changes at once: the second is refused)
    const swapped = await tx.account.updateMany({ where: { id: account.id, password: account.password }, data: { password: hash, updatedAt: ctx.now } });
    if (swapped.count !== 1) throw new DomainError('invalidInput', undefined, { currentPassword: ['accountPassword.currentWrong'] });
    await rememberReplacedPassword(tx, userId, account.password, ctx.now);
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: false, passwordChangedAt: ctx.now, updatedAt: ctx.now } });
    const ended = await tx.session.deleteMany({ where: { userId, NOT: { id: ctx.user.sessionId } } });
    await ctx.audit(tx, {
      action: 'auth.change_password',
      entityType: 'user',
      entityId: userId,
      after: { username: user.username, forced: user.mustChangePassword, sessionsEnded: ended.count },
      scope: 'unshared',
    });
    return { sessionsEnded: ended.count };
  });
}
