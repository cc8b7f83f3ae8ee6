// The setup services' own permission check, so a service refuses whoever calls it (action or test).
import { DomainError } from '../actions/result';
import { can, type Actor } from '../auth/permissions';

export function assertSetupManager(user: Pick<Actor, 'role'>): void {
  if (!can(user, 'setup:manage')) throw new DomainError('forbidden');
}

/** Prisma's unique-constraint violation (P2002), the same on both clients. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}
