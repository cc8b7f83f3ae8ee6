// The setup services' own permission check, so a service refuses whoever calls it (action or test).
import { DomainError } from '../actions/result';
import { can, type Actor } from '../auth/permissions';

export function assertSetupManager(user: Pick<Actor, 'role'>): void {
  if (!can(user, 'setup:manage')) throw new DomainError('forbidden');
}

export { isUniqueViolation } from '../db/errors';
