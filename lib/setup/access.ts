// The setup services' own permission checks, so a service refuses whoever calls it (action or test).
import { DomainError } from '../actions/result';
import { can, type Actor, type Permission } from '../auth/permissions';

/**
 * What lets a user manage sign-in accounts and roles: the user pages, their actions and services all name this one
 * constant, so anything added to the user pages inherits 三员分立 (only 安全管理员 while the setting is on).
 */
export const ACCOUNT_PERMISSION = 'account:manage' satisfies Permission;

export function assertSetupManager(user: Pick<Actor, 'role'>): void {
  if (!can(user, 'setup:manage')) throw new DomainError('forbidden');
}

export { isUniqueViolation } from '../db/errors';
