// Who may do what — permissions as data, checked by one pure helper (no I/O, unit-tested per role).
import type { Role } from '../domain/enums';

export type Permission =
  | 'submission:read:own'
  | 'submission:read:any'
  | 'submission:edit:own'
  | 'submission:submit:own'
  | 'submission:review:any'
  | 'setup:manage'
  | 'unit:read:any'
  | 'leaderboard:read:any'
  | 'leaderboard:read:published'
  | 'results:publish'
  | 'measure:read:any'
  | 'measure:read:own'
  | 'measure:update:own'
  | 'problem:read:any'
  | 'problem:read:own'
  | 'problem:manage'
  | 'arena:host'
  | 'arena:score'
  | 'arena:read'
  | 'audit:read';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    'submission:read:any',
    'submission:review:any',
    'setup:manage',
    'unit:read:any',
    'leaderboard:read:any',
    'leaderboard:read:published',
    'results:publish',
    'measure:read:any',
    'problem:read:any',
    'problem:manage',
    'arena:host',
    'arena:read',
  ],
  unit_head: [
    'submission:read:own',
    'submission:edit:own',
    'submission:submit:own',
    'leaderboard:read:published',
    'measure:read:own',
    'measure:update:own',
    'problem:read:own',
  ],
  unit_staff: ['submission:read:own', 'submission:edit:own', 'leaderboard:read:published', 'measure:read:own', 'measure:update:own', 'problem:read:own'],
  leader: [
    'submission:read:any',
    'unit:read:any',
    'leaderboard:read:any',
    'leaderboard:read:published',
    'measure:read:any',
    'problem:read:any',
    'arena:score',
    'arena:read',
  ],
  judge: ['arena:score', 'arena:read'],
  auditor: ['submission:read:any', 'unit:read:any', 'leaderboard:read:any', 'leaderboard:read:published', 'measure:read:any', 'problem:read:any', 'audit:read'],
};

export interface Actor {
  id: string;
  role: Role;
  unitId: string | null;
}

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return GRANTS[actor.role]?.includes(permission) ?? false;
}

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role] ?? [];
}

/**
 * May `actor` read `unitId`'s unpublished data (its submission, drafts, measures)?
 * Whole-district readers may; a unit's own users may only for their own unit; nobody else.
 */
export function canReadUnit(actor: Actor, unitId: string): boolean {
  if (can(actor, 'submission:read:any')) return true;
  return can(actor, 'submission:read:own') && actor.unitId !== null && actor.unitId === unitId;
}

/** May `actor` write `unitId`'s submission (draft edits; submitting needs `submission:submit:own` too)? */
export function canEditUnit(actor: Actor, unitId: string): boolean {
  return can(actor, 'submission:edit:own') && actor.unitId !== null && actor.unitId === unitId;
}

/** May `actor` read a period's leaderboard in the given state? Units only once it is published. */
export function canReadLeaderboard(actor: Pick<Actor, 'role'>, periodState: string): boolean {
  if (can(actor, 'leaderboard:read:any')) return true;
  return can(actor, 'leaderboard:read:published') && (periodState === 'published' || periodState === 'archived');
}
