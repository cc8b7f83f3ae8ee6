// The guard's rules for every role: what each may do, which units it may read, which navigation it sees.
import { describe, expect, it } from 'vitest';
import { navFor } from '@/lib/auth/nav';
import { can, canEditUnit, canReadLeaderboard, canReadUnit, permissionsOf, type Actor, type Permission } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/auth/scope';
import { ROLES, type Role } from '@/lib/domain/enums';

const actor = (role: Role, unitId: string | null = null): Actor => ({ id: 'u1', role, unitId });
const unitOf = (role: Role) => (role === 'unit_head' || role === 'unit_staff' ? 'unitA' : null);

// Expected grants, written out by hand from DESIGN.md §2 — the table the code must match.
const EXPECTED: Record<Permission, Role[]> = {
  'submission:read:own': ['unit_head', 'unit_staff'],
  'submission:read:any': ['admin', 'leader', 'auditor'],
  'submission:edit:own': ['unit_head', 'unit_staff'],
  'submission:submit:own': ['unit_head'],
  'submission:review:any': ['admin'],
  'setup:manage': ['admin'],
  'unit:read:any': ['admin', 'leader', 'auditor'],
  'leaderboard:read:any': ['admin', 'leader', 'auditor'],
  'leaderboard:read:published': ['admin', 'unit_head', 'unit_staff', 'leader', 'auditor'],
  'results:publish': ['admin'],
  'measure:read:any': ['admin', 'leader', 'auditor'],
  'measure:read:own': ['unit_head', 'unit_staff'],
  'measure:update:own': ['unit_head', 'unit_staff'],
  'problem:read:any': ['admin', 'leader', 'auditor'],
  'problem:read:own': ['unit_head', 'unit_staff'],
  'problem:manage': ['admin'],
  'arena:host': ['admin'],
  'arena:score': ['leader', 'judge'],
  'arena:read': ['admin', 'leader', 'judge'],
  'audit:read': ['auditor'],
  'account:manage': ['admin', 'security_admin'],
  'settings:manage': ['admin', 'security_admin'],
};

describe('permissions per role', () => {
  for (const [permission, roles] of Object.entries(EXPECTED) as [Permission, Role[]][]) {
    it(`${permission} → ${roles.join(', ')}`, () => {
      for (const role of ROLES) expect(can(actor(role), permission), `${role} ${permission}`).toBe(roles.includes(role));
    });
  }

  it('only the auditor reads the audit log; only a unit head submits', () => {
    expect(ROLES.filter((r) => can(actor(r), 'audit:read'))).toEqual(['auditor']);
    expect(ROLES.filter((r) => can(actor(r), 'submission:submit:own'))).toEqual(['unit_head']);
  });

  it('an unknown role has no permission', () => {
    expect(can({ role: 'superuser' as Role }, 'setup:manage')).toBe(false);
  });
});

describe('三员分立 (accounts.separateSecurityAdmin)', () => {
  const SECURITY: Permission[] = ['account:manage', 'settings:manage'];
  const all = Object.keys(EXPECTED) as Permission[];
  const sep = (role: Role, on: boolean): Actor => ({ id: 'u1', role, unitId: unitOf(role), separateSecurityAdmin: on });

  it('off (default): admin and the 安全管理员 both manage accounts and settings', () => {
    for (const p of SECURITY) {
      expect(ROLES.filter((r) => can(sep(r, false), p))).toEqual(['admin', 'security_admin']);
      expect(ROLES.filter((r) => can(actor(r), p))).toEqual(['admin', 'security_admin']);
    }
  });

  it('on: only the 安全管理员; admin keeps every business permission', () => {
    for (const p of SECURITY) expect(ROLES.filter((r) => can(sep(r, true), p))).toEqual(['security_admin']);
    for (const p of all.filter((x) => !SECURITY.includes(x))) {
      for (const role of ROLES) expect(can(sep(role, true), p), `${role} ${p}`).toBe(can(actor(role), p));
    }
    expect(permissionsOf('admin', { separateSecurityAdmin: true })).not.toContain('account:manage');
    expect(permissionsOf('admin')).toContain('account:manage');
  });

  it('the 安全管理员 has nothing of the business and cannot read the audit log, on or off', () => {
    for (const on of [false, true]) expect(all.filter((p) => can(sep('security_admin', on), p))).toEqual(SECURITY);
  });

  it('the auditor can change nothing, on or off', () => {
    const writes = all.filter((p) => !p.includes(':read') && p !== 'arena:read');
    for (const on of [false, true]) expect(writes.filter((p) => can(sep('auditor', on), p))).toEqual([]);
  });

  it('on: the admin nav loses nothing but the account pages (they live under /admin); the 安全管理员 keeps its entry', () => {
    expect(navFor(sep('admin', true)).map((i) => i.href)).toEqual(navFor(sep('admin', false)).map((i) => i.href));
    expect(navFor(sep('security_admin', true)).map((i) => i.href)).toEqual(['/', '/admin']);
  });
});

describe('unit access', () => {
  it('unit users read and edit only their own unit', () => {
    for (const role of ['unit_head', 'unit_staff'] as const) {
      expect(canReadUnit(actor(role, 'unitA'), 'unitA')).toBe(true);
      expect(canReadUnit(actor(role, 'unitA'), 'unitB')).toBe(false);
      expect(canEditUnit(actor(role, 'unitA'), 'unitA')).toBe(true);
      expect(canEditUnit(actor(role, 'unitA'), 'unitB')).toBe(false);
      expect(unitScope(actor(role, 'unitA'))).toEqual({ unitId: 'unitA' });
    }
  });

  it('a unit user without a unit reads nothing', () => {
    expect(canReadUnit(actor('unit_head', null), 'unitA')).toBe(false);
    expect(unitScope(actor('unit_head', null)).unitId).toMatch(/no_access/);
  });

  it('district readers read every unit but edit none', () => {
    for (const role of ['admin', 'leader', 'auditor'] as const) {
      expect(canReadUnit(actor(role), 'unitB')).toBe(true);
      expect(canEditUnit(actor(role), 'unitB')).toBe(false);
      expect(unitScope(actor(role))).toEqual({});
    }
  });

  it('a judge reads no unit data', () => {
    expect(canReadUnit(actor('judge'), 'unitA')).toBe(false);
    expect(unitScope(actor('judge')).unitId).toMatch(/no_access/);
  });
});

describe('leaderboard visibility', () => {
  it('units see a leaderboard only once published; leaders, admin and auditor always; judge and 安全管理员 never', () => {
    for (const role of ROLES) {
      const whole = ['admin', 'leader', 'auditor'].includes(role);
      expect(canReadLeaderboard(actor(role), 'open'), role).toBe(whole);
      expect(canReadLeaderboard(actor(role), 'published'), role).toBe(role !== 'judge' && role !== 'security_admin');
    }
  });
});

describe('navigation', () => {
  const hrefs = (role: Role) => navFor(actor(role, unitOf(role))).map((i) => i.href);

  it('shows each role its own entries', () => {
    expect(hrefs('unit_head')).toEqual(['/', '/units/unitA', '/leaderboard', '/measures', '/problems']);
    expect(hrefs('unit_staff')).toEqual(['/', '/units/unitA', '/leaderboard', '/measures', '/problems']);
    expect(hrefs('admin')).toEqual(['/', '/review', '/units', '/leaderboard', '/measures', '/problems', '/arena', '/admin']);
    expect(hrefs('leader')).toEqual(['/', '/units', '/leaderboard', '/measures', '/problems', '/arena']);
    expect(hrefs('judge')).toEqual(['/', '/arena']);
    expect(hrefs('auditor')).toEqual(['/', '/units', '/leaderboard', '/measures', '/problems', '/audit']);
    expect(hrefs('security_admin')).toEqual(['/', '/admin']);
    expect(navFor(actor('security_admin')).map((i) => i.label)).toEqual(['home', 'security']);
  });

  it('every entry but home is guarded by a permission the role holds', () => {
    for (const role of ROLES) {
      for (const item of navFor(actor(role, unitOf(role)))) {
        if (item.href === '/') continue;
        expect(item.permission && can(actor(role), item.permission)).toBe(true);
      }
    }
  });
});
