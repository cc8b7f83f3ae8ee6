// 三员分立 as the database says right now: services that manage accounts or settings check it with a fresh read (not
// the per-process cache the pages use), so a change is enforced at once on every instance.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can, type Permission } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { resolveSettings } from './rules';

const KEY = 'accounts.separateSecurityAdmin';

export async function separationOn(db: Db | Tx): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: KEY }, select: { key: true, value: true } });
  return resolveSettings(row ? [row] : [])[KEY];
}

/** Refuse (forbidden) unless ctx.user holds `permission` under the current 三员分立 setting. */
export async function assertSecurityPermission(ctx: Pick<ActionContext, 'user' | 'db'>, permission: Permission): Promise<void> {
  const separateSecurityAdmin = await separationOn(ctx.db);
  if (!can({ role: ctx.user.role, separateSecurityAdmin }, permission)) throw new DomainError('forbidden');
}

/** Enabled 安全管理员 accounts: 三员分立 cannot be switched on without one (nobody could manage accounts). */
export function countSecurityAdmins(db: Db | Tx): Promise<number> {
  return db.user.count({ where: { role: 'security_admin', disabled: false } });
}
