// Role-aware navigation: every entry names the permission that lets a role see it.
import { can, type Actor, type Permission } from './permissions';

export interface NavItem {
  href: string;
  /** key under `nav` in messages/*.json */
  label: string;
  permission: Permission | null;
  /** for unit users the entry points at their own unit */
  ownUnit?: boolean;
}

const ITEMS: NavItem[] = [
  { href: '/', label: 'home', permission: null },
  { href: '/units/:own', label: 'mySubmission', permission: 'submission:edit:own', ownUnit: true },
  { href: '/review', label: 'review', permission: 'submission:review:any' },
  { href: '/units', label: 'units', permission: 'unit:read:any' },
  { href: '/leaderboard', label: 'leaderboard', permission: 'leaderboard:read:published' },
  { href: '/measures', label: 'measures', permission: 'measure:read:own' },
  { href: '/measures', label: 'measures', permission: 'measure:read:any' },
  { href: '/problems', label: 'problems', permission: 'problem:read:own' },
  { href: '/problems', label: 'problems', permission: 'problem:read:any' },
  { href: '/arena', label: 'arena', permission: 'arena:read' },
  { href: '/admin', label: 'setup', permission: 'setup:manage' },
  // the 安全管理员's entry to the same area (accounts and settings); a business admin already has /admin above
  { href: '/admin', label: 'security', permission: 'account:manage' },
  { href: '/audit', label: 'audit', permission: 'audit:read' },
];

export function navFor(actor: Actor): NavItem[] {
  const seen = new Set<string>();
  const out: NavItem[] = [];
  for (const item of ITEMS) {
    if (item.permission && !can(actor, item.permission)) continue;
    if (item.ownUnit && !actor.unitId) continue;
    const href = item.ownUnit ? item.href.replace(':own', actor.unitId ?? '') : item.href;
    if (seen.has(href)) continue;
    seen.add(href);
    out.push({ ...item, href });
  }
  return out;
}
