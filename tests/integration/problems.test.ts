// The problem ledger's writes (DESIGN §8) on a seeded database: recording and numbering, scope (a unit never sees or
// acts on another's problem unless it assists), the flow with reopen on 不满意, transfer and reassignment,
// supervision, audit + timeline rows in the step's own transaction, and two people acting at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { createClient, type Db } from '@/lib/db/client';
import { dataVersions } from '@/lib/db/data-version';
import {
  acceptProblem,
  addProblemNote,
  closeProblem,
  rateProblem,
  reassignProblem,
  recordProblem,
  resolveProblem,
  superviseProblem,
  transferProblem,
  unsuperviseProblem,
} from '@/lib/problems/commands.server';
import { loadLatestAudit } from '@/lib/audit/queries.server';
import { problemDetail } from '@/lib/problems/queries.server';
import { problemRecordSchema, type ProblemRecordInput } from '@/lib/problems/schemas';
import { ctxOf, userOf } from '../support/actors';
import { refusal, refusalCode } from '../support/refusal';
import { type TestDatabase, createSeededDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
const units = new Map<string, string>();
/** A unit's id by its code. */
const unit = (code: string) => units.get(code)!;
const NOW = new Date('2026-11-20T10:00:00+08:00');

beforeAll(async () => {
  scratch = await createSeededDatabase('problems');
  db = await createClient(scratch.url);
  for (const u of await db.unit.findMany()) units.set(u.code, u.id);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const ctx = (username: string, now = NOW) => ctxOf(db, username, now);

/** A new problem led by 建设局 (jsj), assisted by 城管执法局 (cgj), recorded by 建设局's staff. */
async function newProblem(extra: Partial<ProblemRecordInput> = {}) {
  const input = problemRecordSchema.parse({
    category: 'environment',
    source: 'visit',
    enterpriseName: '泰和精密机械有限公司',
    creditCode: '91350100M000100Y43',
    contactName: '陈经理',
    contactPhone: '0591-8888 1234',
    title: '泰鸿路路灯不亮',
    description: '企业门前泰鸿路 300 米路灯夜间不亮，员工下夜班出行不便。',
    leadUnitId: unit('jsj'),
    assistUnitIds: [unit('cgj')],
    responsiblePerson: '林工',
    raisedAt: '2026-11-18',
    dueAt: '2026-12-15',
    ...extra,
  });
  const { id } = await recordProblem(await ctx('jsj_staff'), input);
  return id;
}

const versionOf = async (id: string) => (await db.enterpriseProblem.findUniqueOrThrow({ where: { id } })).version;
const snapshot = async (id: string) => ({
  row: await db.enterpriseProblem.findUniqueOrThrow({ where: { id }, include: { assists: true } }),
  events: await db.problemEvent.count({ where: { problemId: id } }),
  audits: await db.auditLog.count({ where: { entityId: id } }),
});

describe('recording', () => {
  it('numbers the year on from the highest number, with a record event and an audit row', async () => {
    const seeded = await db.enterpriseProblem.findMany({ where: { code: { startsWith: 'QY2026-' } }, select: { code: true } });
    const highest = Math.max(0, ...seeded.map((p) => Number(p.code.slice(7))));
    const id = await newProblem();
    const p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id }, include: { assists: true } });
    expect(p.code).toBe(`QY2026-${String(highest + 1).padStart(4, '0')}`);
    expect(p.status).toBe('pending');
    expect(p.version).toBe(1);
    expect(p.creditCode).toBe('91350100M000100Y43');
    expect(p.dueAt.toISOString()).toBe('2026-12-15T15:59:59.000Z');
    expect(p.assists.map((a) => a.unitId)).toEqual([unit('cgj')]);
    expect((await db.problemEvent.findMany({ where: { problemId: id } })).map((e) => [e.kind, e.toStatus, e.actorName])).toEqual([
      ['record', 'pending', (await userOf(db, 'jsj_staff')).name],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit.action).toBe('problem.record');
    expect(audit.entityType).toBe('problem');
    // the audit log names it by number and title, not by its id
    const { names } = await loadLatestAudit(db, 5);
    expect(names.get(id)).toBe(`${p.code} ${p.title}`);
  });

  it('two recorders at once both get a number, never the same one', async () => {
    const ids = await Promise.all(Array.from({ length: 4 }, () => newProblem()));
    const codes = (await db.enterpriseProblem.findMany({ where: { id: { in: ids } }, select: { code: true } })).map((p) => p.code);
    expect(new Set(codes).size).toBe(4);
    const seqs = codes.map((c) => Number(c.slice(7))).sort((a, b) => a - b);
    expect(seqs[3]! - seqs[0]!).toBe(3);
  });

  it('refuses an inactive lead or assisting unit, a future raised date, and roles that do not record — writing nothing', async () => {
    const count = await db.enterpriseProblem.count();
    await db.unit.update({ where: { id: unit('dbgs') }, data: { active: false } });
    try {
      const base = problemRecordSchema.parse({
        category: 'service',
        source: 'hotline',
        enterpriseName: '某企业',
        title: '融资担保',
        description: '需要担保',
        leadUnitId: unit('dbgs'),
        assistUnitIds: [],
        responsiblePerson: '王某',
        raisedAt: '2026-11-18',
        dueAt: '2026-11-30',
      });
      const staff = await ctx('jsj_staff');
      expect((await refusal(recordProblem(staff, base))).fieldErrors).toEqual({ leadUnitId: ['unitInactive'] });
      expect((await refusal(recordProblem(staff, { ...base, leadUnitId: unit('jsj'), assistUnitIds: [unit('dbgs')] }))).fieldErrors).toEqual({
        assistUnitIds: ['unitInactive'],
      });
      expect((await refusal(recordProblem(staff, { ...base, leadUnitId: unit('jsj'), raisedAt: '2026-11-21' }))).fieldErrors).toEqual({
        raisedAt: ['futureDate'],
      });
      for (const who of ['leader1', 'auditor', 'judge1'])
        expect(await refusalCode(recordProblem(await ctx(who), { ...base, leadUnitId: unit('jsj') })), who).toBe('forbidden');
    } finally {
      await db.unit.update({ where: { id: unit('dbgs') }, data: { active: true } });
    }
    expect(await db.enterpriseProblem.count()).toBe(count);
  });
});

describe('scope', () => {
  it('another unit neither sees nor acts on it; the assisting unit sees it and adds notes but does not resolve', async () => {
    const id = await newProblem();
    const before = await snapshot(id);
    const version = before.row.version;
    for (const who of ['sjj_head', 'sjj_staff', 'judge1']) {
      const c = await ctx(who);
      expect(await problemDetail(db, c.user, id, NOW), who).toBeNull();
      expect(await refusalCode(acceptProblem(c, { problemId: id, version })), who).toBe('notFound');
      expect(await refusalCode(addProblemNote(c, { problemId: id, version, date: '2026-11-19', note: 'x' })), who).toBe('notFound');
      expect(await refusalCode(transferProblem(c, { problemId: id, version, reason: 'x' })), who).toBe('notFound');
    }
    expect(await refusalCode(acceptProblem(await ctx('jsj_head'), { problemId: 'no-such-problem', version: 1 }))).toBe('notFound');
    expect(await snapshot(id)).toEqual(before);

    const assist = await ctx('cgj_head');
    const seen = await problemDetail(db, assist.user, id, NOW);
    expect(seen?.relation).toBe('assist');
    expect(seen?.steps).toEqual(['note']);
    expect(await refusalCode(acceptProblem(assist, { problemId: id, version }))).toBe('notYourRole');
    await addProblemNote(assist, { problemId: id, version, date: '2026-11-19', note: '已派人现场查看线路' });
    const lead = await ctx('jsj_head');
    await acceptProblem(lead, { problemId: id, version: version + 1 });
    expect(await refusalCode(resolveProblem(assist, { problemId: id, version: version + 2, resolution: '修好了' }))).toBe('notYourRole');
    expect((await db.enterpriseProblem.findUniqueOrThrow({ where: { id } })).status).toBe('in_progress');
    // the auditor and the leaders read it all, and act on nothing of the unit's
    expect((await problemDetail(db, (await ctx('auditor')).user, id, NOW))?.steps).toEqual([]);
    expect(await refusalCode(acceptProblem(await ctx('auditor'), { problemId: id, version: version + 2 }))).toBe('notYourRole');
  });
});

describe('the flow', () => {
  it('accept → notes → resolve → 不满意 reopens → resolve → 满意 → 销号, each step an event and an audit row', async () => {
    const id = await newProblem();
    // each step a minute after the one before, so the timeline has one order
    let minute = 0;
    const lead = () => ctx('jsj_staff', new Date(NOW.getTime() + ++minute * 60_000));
    const office = () => ctx('admin', new Date(NOW.getTime() + ++minute * 60_000));
    let v = await versionOf(id);
    ({ version: v } = await acceptProblem(await lead(), { problemId: id, version: v, note: '已受理' }));
    // a progress note reports the past: not dated after today (China time)
    expect((await refusal(addProblemNote(await lead(), { problemId: id, version: v, date: '2026-11-21', note: '明天的事' }))).fieldErrors).toEqual({
      date: ['futureDate'],
    });
    ({ version: v } = await addProblemNote(await lead(), { problemId: id, version: v, date: '2026-11-20', note: '更换灯杆线缆' }));
    expect(await refusalCode(closeProblem(await office(), { problemId: id, version: v }))).toBe('wrongState');
    ({ version: v } = await resolveProblem(await lead(), { problemId: id, version: v, resolution: '更换线缆 300 米，路灯恢复' }));
    expect(await refusalCode(closeProblem(await office(), { problemId: id, version: v }))).toBe('notRated');
    expect(await refusalCode(rateProblem(await lead(), { problemId: id, version: v, rating: 'satisfied' }))).toBe('notYourRole');

    const reopened = await rateProblem(await office(), { problemId: id, version: v, rating: 'dissatisfied', note: '仍有两盏不亮' });
    expect(reopened.status).toBe('in_progress');
    v = reopened.version;
    let p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect([p.status, p.resolvedAt, p.rating, p.reopenCount]).toEqual(['in_progress', null, 'dissatisfied', 1]);

    ({ version: v } = await resolveProblem(await lead(), { problemId: id, version: v, resolution: '补修两盏' }));
    p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect([p.status, p.rating]).toEqual(['resolved', null]); // the new resolution waits for a new rating
    ({ version: v } = await rateProblem(await office(), { problemId: id, version: v, rating: 'basic' }));
    expect(await refusalCode(rateProblem(await office(), { problemId: id, version: v, rating: 'satisfied' }))).toBe('alreadyRated');
    const closed = await closeProblem(await office(), { problemId: id, version: v, note: '回访确认' });
    expect(closed.status).toBe('closed');
    p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect([p.status, p.rating, p.reopenCount, p.version]).toEqual(['closed', 'basic', 1, closed.version]);
    expect(p.closedAt).not.toBeNull();

    const events = await db.problemEvent.findMany({ where: { problemId: id }, orderBy: [{ at: 'asc' }] });
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['record', null, 'pending'],
      ['accept', 'pending', 'in_progress'],
      ['note', 'in_progress', 'in_progress'],
      ['resolve', 'in_progress', 'resolved'],
      ['rate', 'resolved', 'resolved'],
      ['reopen', 'resolved', 'in_progress'],
      ['resolve', 'in_progress', 'resolved'],
      ['rate', 'resolved', 'resolved'],
      ['close', 'resolved', 'closed'],
    ]);
    expect(JSON.parse(events[2]!.data!)).toEqual({ date: '2026-11-20' });
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { at: 'asc' } });
    expect(audits.map((a) => a.action).sort()).toEqual(
      ['problem.record', 'problem.accept', 'problem.note', 'problem.resolve', 'problem.rate', 'problem.resolve', 'problem.rate', 'problem.close'].sort(),
    );
  });

  it('transfer goes back to 考核办, who reassigns it: the old lead loses it, the new lead has it pending', async () => {
    const id = await newProblem();
    const old = await ctx('jsj_head');
    const office = await ctx('admin');
    let v = await versionOf(id);
    ({ version: v } = await transferProblem(old, { problemId: id, version: v, reason: '路灯属城管执法局管养' }));
    const p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect([p.status, p.transferReason]).toEqual(['transferred', '路灯属城管执法局管养']);
    // nothing changed is not a reassignment
    const same = { problemId: id, version: v, leadUnitId: unit('jsj'), assistUnitIds: [unit('cgj')], responsiblePerson: '林工', dueAt: '2026-12-15' };
    expect(await refusalCode(reassignProblem(office, same))).toBe('sameLeadUnit');
    expect((await refusal(reassignProblem(office, { ...same, leadUnitId: unit('cgj') }))).fieldErrors).toEqual({ assistUnitIds: ['assistIsLead'] });
    ({ version: v } = await reassignProblem(office, {
      ...same,
      leadUnitId: unit('cgj'),
      assistUnitIds: [unit('sjj')],
      responsiblePerson: '郑队',
      dueAt: '2026-12-31',
    }));
    const moved = await db.enterpriseProblem.findUniqueOrThrow({ where: { id }, include: { assists: true } });
    expect([moved.status, moved.leadUnitId, moved.responsiblePerson, moved.transferReason, moved.assists.map((a) => a.unitId)]).toEqual([
      'pending',
      unit('cgj'),
      '郑队',
      null,
      [unit('sjj')],
    ]);
    expect(moved.dueAt.toISOString()).toBe('2026-12-31T15:59:59.000Z');
    expect(await problemDetail(db, old.user, id, NOW)).toBeNull();
    expect(await refusalCode(acceptProblem(old, { problemId: id, version: v }))).toBe('notFound');
    const newLead = await ctx('cgj_head');
    expect((await problemDetail(db, newLead.user, id, NOW))?.steps).toEqual(['accept', 'note', 'transfer']);
    expect((await problemDetail(db, (await ctx('sjj_staff')).user, id, NOW))?.relation).toBe('assist');
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'problem.reassign' } });
    expect((audit.before as { leadUnitId: string }).leadUnitId).toBe(unit('jsj'));
    expect((audit.after as { leadUnitId: string }).leadUnitId).toBe(unit('cgj'));
  });

  it('a leader supervises and lifts it; others may not; twice is refused', async () => {
    const id = await newProblem();
    const leader = await ctx('leader1');
    let v = await versionOf(id);
    expect(await refusalCode(superviseProblem(await ctx('jsj_head'), { problemId: id, version: v, note: 'x' }))).toBe('notYourRole');
    expect(await refusalCode(superviseProblem(await ctx('admin'), { problemId: id, version: v, note: 'x' }))).toBe('notYourRole');
    ({ version: v } = await superviseProblem(leader, { problemId: id, version: v, note: '请建设局一周内解决' }));
    let p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect([p.supervised, p.supervisionNote, p.status]).toEqual([true, '请建设局一周内解决', 'pending']);
    expect(await refusalCode(superviseProblem(await ctx('leader2'), { problemId: id, version: v, note: 'again' }))).toBe('alreadySupervised');
    ({ version: v } = await unsuperviseProblem(leader, { problemId: id, version: v }));
    p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect([p.supervised, p.supervisedAt]).toEqual([false, null]);
    expect(await refusalCode(unsuperviseProblem(leader, { problemId: id, version: v }))).toBe('notSupervised');
  });
});

describe('transactions and concurrency', () => {
  it('recording and working a problem move no data version (no period result reads problems until a ledger-fed value is submitted)', async () => {
    const before = await dataVersions(db);
    const id = await newProblem();
    await acceptProblem(await ctx('jsj_head'), { problemId: id, version: 1 });
    await superviseProblem(await ctx('leader1'), { problemId: id, version: 2, note: '督办' });
    expect(await dataVersions(db)).toEqual(before);
  });

  it('a step whose audit row fails writes neither the change nor its event', async () => {
    const id = await newProblem();
    const before = await snapshot(id);
    const good = await ctx('jsj_head');
    const failing: ActionContext = {
      ...good,
      audit: async () => {
        throw new Error('audit store down');
      },
    };
    await expect(acceptProblem(failing, { problemId: id, version: before.row.version })).rejects.toThrow('audit store down');
    expect(await snapshot(id)).toEqual(before);
  });

  it('two people acting on one version at once: one wins, the other is told who changed it and when', async () => {
    const id = await newProblem();
    const v = await versionOf(id);
    const head = await ctx('jsj_head');
    const staff = await ctx('jsj_staff');
    const results = await Promise.allSettled([
      acceptProblem(head, { problemId: id, version: v, note: '负责人受理' }),
      transferProblem(staff, { problemId: id, version: v, reason: '不归我们管' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const err = (lost[0] as PromiseRejectedResult).reason as { code: string; params: { name: string; at: string } };
    expect(err.code).toBe('stale');
    const winner = results[0]!.status === 'fulfilled' ? head.user.name : staff.user.name;
    expect(err.params.name).toBe(winner);
    expect(err.params.at).toBe('2026-11-20 10:00');
    const p = await db.enterpriseProblem.findUniqueOrThrow({ where: { id } });
    expect(p.version).toBe(v + 1);
    expect(await db.problemEvent.count({ where: { problemId: id } })).toBe(2); // record + the winner's step
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(2);
    // a page read before the change is stale too, even for a step the state would allow
    expect(await refusalCode(addProblemNote(staff, { problemId: id, version: v, date: '2026-11-20', note: '旧页面' }))).toBe('stale');
  });
});
