// 三员分立 as the database says right now: services that manage accounts or settings check it with a fresh read (not
// the per-process cache the pages use), so a change is enforced at once on every instance.
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can, type Permission } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { appProvider } from '../db/url';
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

/** pg_advisory_xact_lock's key for "who may leave 三员分立 without a 安全管理员" (any fixed bigint; 0x5EC5EA = "sec sep"). */
const SEPARATION_LOCK = 0x5ec5ea;

/**
 * Serialise, until the transaction ends, every write that could leave 三员分立 on with no enabled 安全管理员: switching
 * the setting on, and demoting or disabling a 安全管理员. Each takes this lock first, then checks and writes in the
 * same transaction, so on PostgreSQL (READ COMMITTED: each statement sees what committed before it) a concurrent
 * enable and demote cannot both pass their check. An advisory lock needs no row (the Setting row may not exist
 * yet). On SQLite one connection runs one transaction at a time, which serialises them already.
 */
export async function lockSeparation(tx: Tx): Promise<void> {
  if (appProvider() === 'postgresql') await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEPARATION_LOCK})`);
}

/**
 * Inside a transaction that has just demoted or disabled the user `userId` (and holds lockSeparation): refuse (and so
 * roll back) when 三员分立 is on and no enabled 安全管理员 is left.
 */
export async function assertSecurityAdminLeft(tx: Tx, field: string | null): Promise<void> {
  if (!(await separationOn(tx))) return;
  if ((await countSecurityAdmins(tx)) > 0) return;
  throw new DomainError('lastSecurityAdmin', undefined, field ? { [field]: ['lastSecurityAdmin'] } : undefined);
}
