// 三员分立 (DESIGN §9) on a scratch database: who manages accounts with the setting off and on, the lock-out guard,
// the settings service (saved, audited, bad values refused) and an auditor who can change nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { createClient, type Db } from '@/lib/db/client';
import { decodeSettingsForm } from '@/lib/settings/form';
import { changeSecuritySettings } from '@/lib/settings/security.server';
import { separationOn } from '@/lib/settings/separation.server';
import { getSettings, invalidateSettings } from '@/lib/settings/settings.server';
import { createUser, resetPassword, setUserDisabled, updateUser } from '@/lib/setup/users.server';
import { ctxOf as ctxOfDb } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusal, refusalCode } from '../support/refusal';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
let secadmin: ActionContext;
let auditor: ActionContext;
let targetId = '';
const PASSWORD = 'Qx7#mLp2vR9k';
const SEP = 'accounts.separateSecurityAdmin';

const ctxOf = (username: string) => ctxOfDb(db, username);
let n = 0;
const newUser = (over: Record<string, unknown> = {}) => ({
  username: `sep_user_${++n}`,
  name: '测试账号',
  title: '',
  role: 'leader' as const,
  unitId: null,
  password: PASSWORD,
  ...over,
});

/** Every write the user pages offer, as `who`; each answers 'ok' or its refusal code. */
async function accountWrites(who: ActionContext) {
  return {
    create: await refusalCode(createUser(who, newUser())),
    update: await refusalCode(updateUser(who, { id: targetId, name: '改名测试', title: '', role: 'judge', unitId: null })),
    reset: await refusalCode(resetPassword(who, { id: targetId, password: PASSWORD })),
    disable: await refusalCode(setUserDisabled(who, { id: targetId, disabled: true })),
    enable: await refusalCode(setUserDisabled(who, { id: targetId, disabled: false })),
  };
}
const ALL_OK = { create: 'ok', update: 'ok', reset: 'ok', disable: 'ok', enable: 'ok' };
const ALL_REFUSED = { create: 'forbidden', update: 'forbidden', reset: 'forbidden', disable: 'forbidden', enable: 'forbidden' };

async function setSeparation(on: boolean) {
  await db.setting.upsert({ where: { key: SEP }, create: { key: SEP, value: on }, update: { value: on } });
  invalidateSettings();
}

beforeAll(async () => {
  tdb = await createSeededDatabase('separation');
  db = await createClient(tdb.url);
  [admin, secadmin, auditor] = await Promise.all([ctxOf('admin'), ctxOf('secadmin'), ctxOf('auditor')]);
  targetId = (await db.user.findUniqueOrThrow({ where: { username: 'judge1' } })).id;
});
afterAll(async () => {
  invalidateSettings();
  await db?.$disconnect();
  await tdb?.drop();
});
beforeEach(() => invalidateSettings());

describe('the demo 安全管理员', () => {
  it('is seeded, enabled, with the security_admin role', async () => {
    expect(await db.user.findUniqueOrThrow({ where: { username: 'secadmin' } })).toMatchObject({ role: 'security_admin', disabled: false });
  });
});

describe('三员分立 off (default)', () => {
  it('is off in a fresh database', async () => {
    expect(await separationOn(db)).toBe(false);
  });

  it('admin manages accounts as before', async () => {
    expect(await accountWrites(admin)).toEqual(ALL_OK);
  });

  it('the 安全管理员 can too', async () => {
    expect(await accountWrites(secadmin)).toEqual(ALL_OK);
  });

  it('cannot be turned on while no enabled 安全管理员 exists; the refusal is on the switch', async () => {
    await db.user.update({ where: { username: 'secadmin' }, data: { disabled: true } });
    try {
      const err = await refusal(changeSecuritySettings(admin, { [SEP]: true }));
      expect(err.code).toBe('invalidInput');
      expect(err.fieldErrors).toEqual({ [SEP]: ['noSecurityAdmin'] });
      expect(await separationOn(db)).toBe(false);
    } finally {
      await db.user.update({ where: { username: 'secadmin' }, data: { disabled: false } });
    }
  });
});

describe('三员分立 on', () => {
  beforeAll(async () => {
    // switched on through the service, as the settings page does: audited
    await changeSecuritySettings(admin, { [SEP]: true });
  });
  afterAll(() => setSeparation(false));

  it('was saved and audited', async () => {
    expect(await separationOn(db)).toBe(true);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: 'settings.change', entityId: SEP }, orderBy: { at: 'desc' } });
    expect(row).toMatchObject({ entityType: 'setting', actorId: admin.user.id, before: { value: false }, after: { value: true } });
  });

  it('admin is refused every account write (create, update, reset, disable, enable)', async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: targetId } });
    const users = await db.user.count();
    expect(await accountWrites(admin)).toEqual(ALL_REFUSED);
    expect(await db.user.count()).toBe(users);
    expect(await db.user.findUniqueOrThrow({ where: { id: targetId } })).toEqual(before);
  });

  it('admin is refused the settings too (cannot switch separation back off)', async () => {
    expect(await refusalCode(changeSecuritySettings(admin, { [SEP]: false }))).toBe('forbidden');
    expect(await refusalCode(changeSecuritySettings(admin, { 'backup.keep': 20 }))).toBe('forbidden');
    expect(await separationOn(db)).toBe(true);
  });

  it('the 安全管理员 manages accounts', async () => {
    expect(await accountWrites(secadmin)).toEqual(ALL_OK);
  });

  it('only an account manager creates a 安全管理员: the 安全管理员 may, admin may not', async () => {
    expect(await refusalCode(createUser(admin, newUser({ role: 'security_admin' })))).toBe('forbidden');
    const created = await createUser(secadmin, newUser({ role: 'security_admin', name: '第二安全员' }));
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe('security_admin');
  });

  it('nobody gives themselves a role, nor disables themselves', async () => {
    const err = await refusal(updateUser(secadmin, { id: secadmin.user.id, name: secadmin.user.name, title: '', role: 'admin', unitId: null }));
    expect(err.fieldErrors).toEqual({ role: ['cannotChangeOwnRole'] });
    expect(await refusalCode(setUserDisabled(secadmin, { id: secadmin.user.id, disabled: true }))).toBe('cannotDisableSelf');
    expect((await db.user.findUniqueOrThrow({ where: { id: secadmin.user.id } })).role).toBe('security_admin');
  });

  it('takes effect at once, whatever a stale actor flag says (the service reads the database)', async () => {
    const stale = { ...admin, user: { ...admin.user, separateSecurityAdmin: false } };
    expect(await refusalCode(createUser(stale, newUser()))).toBe('forbidden');
  });

  it('the 安全管理员 can switch it off again, and admin manages accounts again', async () => {
    await changeSecuritySettings(secadmin, { [SEP]: false });
    expect(await accountWrites(admin)).toEqual(ALL_OK);
    await changeSecuritySettings(secadmin, { [SEP]: true });
  });
});

describe('settings', () => {
  it('saved and audited per changed key; unchanged keys write nothing', async () => {
    const seen = await db.auditLog.count({ where: { action: 'settings.change' } });
    const { values, errors } = decodeSettingsForm({ 'session.idleMinutes': '20', 'backup.keep': '14', 'backup.time': '03:15' });
    expect(errors).toEqual({});
    await changeSecuritySettings(admin, values);
    invalidateSettings();
    const s = await getSettings(db);
    expect(s['session.idleMinutes']).toBe(20);
    expect(s['backup.time']).toBe('03:15');
    const rows = await db.auditLog.findMany({ where: { action: 'settings.change' }, orderBy: { at: 'asc' }, skip: seen });
    expect(rows.map((r) => r.entityId).sort()).toEqual(['backup.time', 'session.idleMinutes']);
    expect(rows.find((r) => r.entityId === 'session.idleMinutes')).toMatchObject({ before: { value: 30 }, after: { value: 20 } });
  });

  it('invalid values are refused with a reason per field, and nothing is stored', async () => {
    const typed = {
      'session.idleMinutes': '3',
      'session.absoluteHours': '12.5',
      'signIn.lockAfter': '',
      'backup.time': '25:00',
      'network.trustedProxy': 'yes',
    };
    expect(decodeSettingsForm(typed).errors).toEqual({
      'session.idleMinutes': 'range',
      'session.absoluteHours': 'notInteger',
      'signIn.lockAfter': 'required',
      'backup.time': 'format',
      'network.trustedProxy': 'invalid',
    });
    const before = await db.setting.findMany({ orderBy: { key: 'asc' } });
    // the service itself refuses a bad value however it is called
    const err = await refusal(changeSecuritySettings(admin, { 'session.idleMinutes': 3, 'backup.keep': 7 }));
    expect(err.code).toBe('invalidInput');
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['session.idleMinutes']);
    expect(await db.setting.findMany({ orderBy: { key: 'asc' } })).toEqual(before);
  });
});

describe('the auditor changes nothing', () => {
  it('is refused every account write and every setting, with separation off and on', async () => {
    for (const on of [false, true]) {
      await setSeparation(on);
      expect(await accountWrites(auditor)).toEqual(ALL_REFUSED);
      expect(await refusalCode(changeSecuritySettings(auditor, { 'backup.keep': 30 }))).toBe('forbidden');
      expect(await refusalCode(changeSecuritySettings(auditor, { [SEP]: !on }))).toBe('forbidden');
    }
    expect(await db.auditLog.count({ where: { actorId: auditor.user.id } })).toBe(0);
  });
});

describe('never without an enabled 安全管理员 while 三员分立 is on (checked and written in one transaction)', () => {
  let others: string[] = [];
  const secadminId = () => secadmin.user.id;
  const outcome = (p: Promise<unknown>) => refusalCode(p);

  beforeAll(async () => {
    // exactly one enabled 安全管理员 (the demo one) to start with
    others = (await db.user.findMany({ where: { role: 'security_admin', disabled: false, NOT: { username: 'secadmin' } }, select: { id: true } })).map(
      (u) => u.id,
    );
    await db.user.updateMany({ where: { id: { in: others } }, data: { disabled: true } });
  });
  afterAll(async () => {
    await db.user.update({ where: { username: 'secadmin' }, data: { role: 'security_admin', disabled: false } });
    await db.user.updateMany({ where: { id: { in: others } }, data: { disabled: false } });
    await setSeparation(false);
  });

  it('two 安全管理员 disabling (or demoting) each other at once: one succeeds, the other is refused lastSecurityAdmin', async () => {
    await setSeparation(true);
    const b = await createUser(secadmin, newUser({ role: 'security_admin', name: '互停测试' }));
    const secB = await ctxOf((await db.user.findUniqueOrThrow({ where: { id: b.id } })).username!);
    const codes = await Promise.all([
      outcome(setUserDisabled(secadmin, { id: b.id, disabled: true })),
      outcome(setUserDisabled(secB, { id: secadminId(), disabled: true })),
    ]);
    expect(codes.sort()).toEqual(['lastSecurityAdmin', 'ok']);
    expect(await db.user.count({ where: { role: 'security_admin', disabled: false } })).toBe(1);
    // whoever is left: bring the pair back and try demoting each other
    await db.user.updateMany({ where: { id: { in: [b.id, secadminId()] } }, data: { disabled: false } });
    const demote = (who: ActionContext, id: string) => updateUser(who, { id, name: '互撤测试', title: '', role: 'leader', unitId: null });
    const demoted = await Promise.all([outcome(demote(secadmin, b.id)), outcome(demote(secB, secadminId()))]);
    expect(demoted.sort()).toEqual(['lastSecurityAdmin', 'ok']);
    expect(await db.user.count({ where: { role: 'security_admin', disabled: false } })).toBe(1);
    // clean up: the demo 安全管理员 is the only one again
    await db.user.update({ where: { id: secadminId() }, data: { role: 'security_admin', disabled: false } });
    await db.user.update({ where: { id: b.id }, data: { role: 'leader', disabled: true } });
    await setSeparation(false);
  });

  it('admin demoting the only 安全管理员 while switching 三员分立 on: never both (5 races)', async () => {
    for (let i = 0; i < 5; i++) {
      await setSeparation(false);
      await db.user.update({ where: { id: secadminId() }, data: { role: 'security_admin', disabled: false } });
      const [enable, demote] = await Promise.all([
        outcome(changeSecuritySettings(admin, { [SEP]: true })),
        outcome(updateUser(admin, { id: secadminId(), name: secadmin.user.name, title: '', role: 'leader', unitId: null })),
      ]);
      expect([enable, demote], `race ${i}`).not.toEqual(['ok', 'ok']);
      if (enable !== 'ok') expect(enable).toBe('invalidInput');
      const on = await separationOn(db);
      expect(on).toBe(enable === 'ok');
      if (on) expect(await db.user.count({ where: { role: 'security_admin', disabled: false } })).toBeGreaterThan(0);
    }
  });
});
