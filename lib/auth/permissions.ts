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
  | 'audit:read'
  /** sign-in accounts and their roles (the user pages and actions) */
  | 'account:manage'
  /** the run-time security settings (/admin/settings) */
  | 'settings:manage';

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
    'account:manage',
    'settings:manage',
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
  // 安全管理员: accounts, roles and security settings — nothing of the business, not the audit log
  security_admin: ['account:manage', 'settings:manage'],
};

/**
 * 三员分立 (setting `accounts.separateSecurityAdmin`): what a role loses while the setting is on, so that only the
 * 安全管理员 manages accounts and security settings and 考核办 business admins do not.
 */
const SEPARATED: Partial<Record<Role, readonly Permission[]>> = {
  admin: ['account:manage', 'settings:manage'],
};

export interface Actor {
  id: string;
  role: Role;
  unitId: string | null;
  /**
   * The setting `accounts.separateSecurityAdmin` as read for this request (lib/auth/guard.server.ts reads it once with
   * the session); absent = off. It is passed in, so `can` stays pure.
   */
  separateSecurityAdmin?: boolean;
}

export function can(actor: Pick<Actor, 'role' | 'separateSecurityAdmin'>, permission: Permission): boolean {
  if (actor.separateSecurityAdmin && SEPARATED[actor.role]?.includes(permission)) return false;
  return GRANTS[actor.role]?.includes(permission) ?? false;
}

export function permissionsOf(role: Role, opts: { separateSecurityAdmin?: boolean } = {}): readonly Permission[] {
  return (GRANTS[role] ?? []).filter((p) => can({ role, separateSecurityAdmin: opts.separateSecurityAdmin }, p));
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
