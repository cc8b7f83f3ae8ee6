// Organisation setup on a scratch database: contest groups, units, users (accounts, passwords, disabling) and pillars.
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { createClient, type Db } from '@/lib/db/client';
import { createGroup, createPillar, createUnit, deleteGroup, updateGroup, updatePillar, updateUnit } from '@/lib/setup/org.server';
import { createUser, resetPassword, setUserDisabled, updateUser } from '@/lib/setup/users.server';
import { ctxOf as ctxOfDb } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusal } from '../support/refusal';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
const NOW = new Date();

const ctxOf = (username: string) => ctxOfDb(db, username, NOW);

async function audited(fn: () => Promise<unknown>) {
  const seen = new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => r.id));
  await fn();
  return (await db.auditLog.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] })).filter((r) => !seen.has(r.id));
}

async function addSession(userId: string, id: string) {
  await db.session.create({ data: { id, token: `tok-${id}`, userId, expiresAt: new Date(NOW.getTime() + 3_600_000) } });
}

const unitInput = (groupId: string, over: Record<string, unknown> = {}) => ({
  code: 'lyj',
  name: '泰和高新区林业局',
  shortName: '林业局',
  kind: 'department' as const,
  groupId,
  headName: '林青',
  headTitle: '局长',
  active: true,
  ...over,
});

beforeAll(async () => {
  tdb = await createSeededDatabase('setup_org');
  db = await createClient(tdb.url);
  admin = await ctxOf('admin');
});
afterAll(async () => {
  await db?.$disconnect();
  await tdb?.drop();
});

describe('contest groups', () => {
  it('create, edit, delete an empty group; one audit row each', async () => {
    let id = '';
    const created = await audited(async () => {
      id = (await createGroup(admin, { name: '综合保障类', description: '保障部门', sortOrder: 9 })).id;
    });
    expect(created).toMatchObject([
      { action: 'setup.create_group', entityType: 'contest_group', entityId: id, after: { name: '综合保障类', description: '保障部门', sortOrder: 9 } },
    ]);
    const edited = await audited(() => updateGroup(admin, { id, name: '综合服务类', description: '', sortOrder: 9 }));
    expect(edited).toMatchObject([{ action: 'setup.update_group', before: { name: '综合保障类' }, after: { name: '综合服务类', description: null } }]);
    const deleted = await audited(() => deleteGroup(admin, { id }));
    expect(deleted).toMatchObject([{ action: 'setup.delete_group', entityId: id, before: { name: '综合服务类' } }]);
    expect(await db.contestGroup.findUnique({ where: { id } })).toBeNull();
  });

  it('refuses a duplicate name and deleting a group that has units', async () => {
    const g = await db.contestGroup.findFirstOrThrow({ include: { _count: { select: { units: true } } } });
    expect((await refusal(createGroup(admin, { name: g.name }))).code).toBe('groupNameTaken');
    const err = await refusal(deleteGroup(admin, { id: g.id }));
    expect(err.code).toBe('groupHasUnits');
    expect(err.params).toEqual({ count: g._count.units });
  });
});

describe('units', () => {
  let unitId: string;

  it('creates a unit with code, names, kind, group and head; audited', async () => {
    const g = await db.contestGroup.findFirstOrThrow();
    const rows = await audited(async () => {
      unitId = (await createUnit(admin, unitInput(g.id))).id;
    });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unitId } })).toMatchObject({
      code: 'lyj',
      name: '泰和高新区林业局',
      shortName: '林业局',
      kind: 'department',
      groupId: g.id,
      headName: '林青',
      headTitle: '局长',
      active: true,
    });
    expect(rows).toMatchObject([{ action: 'setup.create_unit', entityType: 'unit', entityId: unitId, after: { code: 'lyj', active: true } }]);
  });

  it('refuses a taken code or name and a bad code, naming the field', async () => {
    const g = await db.contestGroup.findFirstOrThrow();
    expect((await refusal(createUnit(admin, unitInput(g.id, { code: 'jsj', name: '新名字' })))).fieldErrors).toEqual({ code: ['unitCodeTaken'] });
    expect((await refusal(createUnit(admin, unitInput(g.id, { code: 'newone' })))).fieldErrors).toEqual({ name: ['unitNameTaken'] });
    expect((await refusal(createUnit(admin, unitInput(g.id, { code: 'X!', name: '又一个' })))).fieldErrors).toEqual({ code: ['unitCode'] });
  });

  it('edits a unit (kind, group, head, inactive) with before and after', async () => {
    const groups = await db.contestGroup.findMany({ orderBy: { sortOrder: 'asc' } });
    const rows = await audited(() => updateUnit(admin, { ...unitInput(groups[1]!.id, { kind: 'agency', headName: '林森', active: false }), id: unitId }));
    expect(rows).toMatchObject([
      {
        action: 'setup.update_unit',
        before: { kind: 'department', headName: '林青', active: true },
        after: { kind: 'agency', headName: '林森', active: false, groupId: groups[1]!.id },
      },
    ]);
  });
});

describe('users', () => {
  let userId: string;

  it('creates an account that signs in with its initial password', async () => {
    const unit = await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } });
    const rows = await audited(async () => {
      userId = (
        await createUser(admin, { username: 'JSJ_Deputy', name: '王强', title: '副局长', role: 'unit_staff', unitId: unit.id, password: 'Initial#2026' })
      ).id;
    });
    const u = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { accounts: true } });
    expect(u).toMatchObject({ username: 'jsj_deputy', name: '王强', title: '副局长', role: 'unit_staff', unitId: unit.id, disabled: false });
    expect(u.accounts).toHaveLength(1);
    expect(u.accounts[0]!.providerId).toBe('credential');
    expect(await verifyPassword({ hash: u.accounts[0]!.password!, password: 'Initial#2026' })).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'setup.create_user', entityType: 'user', entityId: userId, after: { username: 'jsj_deputy', role: 'unit_staff' } });
    expect(JSON.stringify(rows[0]!.after)).not.toContain(u.accounts[0]!.password!);
  });

  it('refuses a taken username (any case), a short password and a unit role without a unit', async () => {
    expect((await refusal(createUser(admin, { username: 'Admin', name: '某', role: 'leader', unitId: null, password: 'Whatever#2026x' }))).fieldErrors).toEqual(
      {
        username: ['usernameTaken'],
      },
    );
    const err = await refusal(createUser(admin, { username: 'newbie', name: '某', role: 'leader', unitId: null, password: 'short' }));
    expect(err.fieldErrors).toEqual({ password: ['passwordTooShort'] });
    const err2 = await refusal(createUser(admin, { username: 'newbie', name: '某', role: 'unit_head', unitId: null, password: 'LongEnough1' }));
    expect(err2.fieldErrors).toEqual({ unitId: ['unitRequired'] });
  });

  it('changes role and unit; audited before → after', async () => {
    const spj = await db.unit.findUniqueOrThrow({ where: { code: 'spj' } });
    const rows = await audited(() => updateUser(admin, { id: userId, name: '王强', title: '局长', role: 'unit_head', unitId: spj.id }));
    expect(rows).toMatchObject([
      { action: 'setup.update_user', before: { role: 'unit_staff', title: '副局长' }, after: { role: 'unit_head', unitId: spj.id, title: '局长' } },
    ]);
  });

  it('an admin cannot change their own role or disable themselves', async () => {
    expect((await refusal(updateUser(admin, { id: admin.user.id, name: '周立平', role: 'leader', unitId: null }))).code).toBe('cannotChangeOwnRole');
    expect((await refusal(setUserDisabled(admin, { id: admin.user.id, disabled: true }))).code).toBe('cannotDisableSelf');
  });

  it('reset password: a new better-auth hash on the credential account, other sessions ended, hash never audited', async () => {
    await addSession(userId, 's-reset-1');
    const rows = await audited(() => resetPassword(admin, { id: userId, password: 'Changed#2026' }));
    const acc = await db.account.findFirstOrThrow({ where: { userId, providerId: 'credential' } });
    expect(await verifyPassword({ hash: acc.password!, password: 'Changed#2026' })).toBe(true);
    expect(await verifyPassword({ hash: acc.password!, password: 'Initial#2026' })).toBe(false);
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'setup.reset_password', entityId: userId, after: { passwordReset: true, sessionsEnded: 1 } });
    expect(JSON.stringify(rows[0])).not.toContain(acc.password!);
  });

  it('disabling deletes the user’s sessions in the same change; enabling lets them sign in again', async () => {
    const head = await db.user.findUniqueOrThrow({ where: { username: 'jsj_head' } });
    await addSession(head.id, 's-a');
    await addSession(head.id, 's-b');
    const other = await db.user.findUniqueOrThrow({ where: { username: 'jsj_staff' } });
    await addSession(other.id, 's-other');
    const rows = await audited(() => setUserDisabled(admin, { id: head.id, disabled: true }));
    expect((await db.user.findUniqueOrThrow({ where: { id: head.id } })).disabled).toBe(true);
    expect(await db.session.count({ where: { userId: head.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: other.id } })).toBe(1);
    expect(rows).toMatchObject([
      { action: 'setup.disable_user', entityType: 'user', entityId: head.id, before: { disabled: false }, after: { disabled: true, sessionsEnded: 2 } },
    ]);
    const back = await audited(() => setUserDisabled(admin, { id: head.id, disabled: false }));
    expect(back).toMatchObject([{ action: 'setup.enable_user', before: { disabled: true }, after: { disabled: false } }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: head.id } })).disabled).toBe(false);
  });
});

describe('strategy pillars', () => {
  it('create and edit (order, inactive), audited; duplicate codes refused', async () => {
    let id = '';
    const created = await audited(async () => {
      id = (await createPillar(admin, { code: 'P9', name: '数字政府', description: '一网通办', sortOrder: 9 })).id;
    });
    expect(created).toMatchObject([{ action: 'setup.create_pillar', entityType: 'strategy_pillar', after: { code: 'P9', name: '数字政府', active: true } }]);
    const edited = await audited(() => updatePillar(admin, { id, code: 'P9', name: '数字政府建设', description: '', sortOrder: 2, active: false }));
    expect(edited).toMatchObject([
      {
        action: 'setup.update_pillar',
        before: { name: '数字政府', sortOrder: 9, active: true },
        after: { name: '数字政府建设', description: null, sortOrder: 2, active: false },
      },
    ]);
    expect((await refusal(createPillar(admin, { code: 'P9', name: '重复' }))).fieldErrors).toEqual({ code: ['pillarCodeTaken'] });
  });
});

describe('only the admin may', () => {
  it.each(['jsj_head', 'leader1', 'judge1', 'auditor'])('%s is refused by every organisation service and nothing changes', async (username) => {
    const ctx = await ctxOf(username);
    const g = await db.contestGroup.findFirstOrThrow();
    const u = await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } });
    const p = await db.strategyPillar.findFirstOrThrow();
    const staff = await db.user.findUniqueOrThrow({ where: { username: 'jsj_staff' } });
    await addSession(staff.id, `s-${username}`);
    const snapshot = async () => ({
      audit: await db.auditLog.count(),
      groups: await db.contestGroup.findMany({ orderBy: { id: 'asc' } }),
      units: await db.unit.findMany({ orderBy: { id: 'asc' } }),
      pillars: await db.strategyPillar.findMany({ orderBy: { id: 'asc' } }),
      users: await db.user.findMany({ orderBy: { id: 'asc' } }),
      accounts: await db.account.findMany({ orderBy: { id: 'asc' } }),
      sessions: await db.session.count(),
    });
    const before = await snapshot();
    const calls: Promise<unknown>[] = [
      createGroup(ctx, { name: '新分组' }),
      updateGroup(ctx, { id: g.id, name: '改名' }),
      deleteGroup(ctx, { id: g.id }),
      createUnit(ctx, unitInput(g.id, { code: 'zzz', name: '某单位' })),
      updateUnit(ctx, { ...unitInput(g.id, { code: u.code, name: u.name, active: false }), id: u.id }),
      createPillar(ctx, { code: 'PX', name: '某举措' }),
      updatePillar(ctx, { id: p.id, code: p.code, name: '改名' }),
      createUser(ctx, { username: 'intruder', name: '某', role: 'admin', unitId: null, password: 'Password#1' }),
      updateUser(ctx, { id: ctx.user.id, name: ctx.user.name, role: 'admin', unitId: null }),
      resetPassword(ctx, { id: staff.id, password: 'Password#1' }),
      setUserDisabled(ctx, { id: staff.id, disabled: true }),
    ];
    for (const call of calls) expect((await refusal(call)).code).toBe('forbidden');
    expect(await snapshot()).toEqual(before);
  });
});
