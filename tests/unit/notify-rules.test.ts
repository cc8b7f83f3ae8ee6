// The reminder rules table (lib/notify/rules.ts) across a period's calendar with an injected clock, and each event
// rule's recipients.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { endOfChinaDay } from '@/lib/domain/dates';
import { EVENT_RULES, RESULTS_READERS, timeNotices, type Translate, type World } from '@/lib/notify/rules';
import { NOTIFY_KINDS } from '@/lib/notify/types';
import { messages } from '@/messages';

const t = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'notifications' }) as unknown as Translate;
const deadline = endOfChinaDay('2026-07-10'); // 2026-07-10 23:59:59 China time
const DAY = 86_400_000;

const world = (over: Partial<World> = {}): World => ({
  periods: [{ id: 'p1', name: '2026年上半年', state: 'open', deadline }],
  units: [{ id: 'u1', name: '区发改局' }],
  submissions: [],
  measures: [],
  problems: [],
  arenas: [],
  ...over,
});
const kindsAt = (w: World, now: Date) => timeNotices(w, now, t).map((n) => n.kind);

describe('submission deadline across the calendar', () => {
  it('T-4 nothing, T-3 due soon, T-0 due soon, T+1 overdue', () => {
    const w = world();
    expect(kindsAt(w, new Date(deadline.getTime() - 4 * DAY))).toEqual([]);
    expect(kindsAt(w, new Date(deadline.getTime() - 3 * DAY))).toEqual(['submission.due_soon']);
    expect(kindsAt(w, new Date(deadline.getTime() - 60_000))).toEqual(['submission.due_soon']);
    expect(kindsAt(w, new Date(deadline.getTime() + DAY))).toEqual(['submission.overdue']);
  });

  it('counts calendar days in China time: the window opens at Shanghai midnight, not UTC midnight', () => {
    const w = world();
    // 2026-07-07 00:00 in Shanghai is 2026-07-06 16:00 UTC: three calendar days before the 10th
    expect(kindsAt(w, new Date('2026-07-06T23:59:59+08:00'))).toEqual([]);
    expect(kindsAt(w, new Date('2026-07-07T00:00:00+08:00'))).toEqual(['submission.due_soon']);
    // overdue from the first second after the deadline day
    expect(kindsAt(w, new Date('2026-07-10T23:59:58+08:00'))).toEqual(['submission.due_soon']);
    expect(kindsAt(w, new Date('2026-07-11T00:00:00+08:00'))).toEqual(['submission.overdue']);
  });

  it('each day is its own key: overdue again the next day, once per day', () => {
    const w = world();
    const d1 = timeNotices(w, new Date('2026-07-11T09:00:00+08:00'), t);
    const d1b = timeNotices(w, new Date('2026-07-11T23:55:00+08:00'), t);
    const d2 = timeNotices(w, new Date('2026-07-12T00:05:00+08:00'), t);
    expect(d1[0]!.day).toBe('2026-07-11');
    expect(d1b[0]!.day).toBe('2026-07-11');
    expect(d2[0]!.day).toBe('2026-07-12');
    expect(d2[0]!.body).toContain('逾期2天');
  });

  it('submitted or approved → nothing; draft and none → reminded; returned → due soon, not overdue (it was handed in)', () => {
    const sub = (state: string) => world({ submissions: [{ id: 's1', periodId: 'p1', unitId: 'u1', state }] });
    const soon = new Date(deadline.getTime() - DAY);
    const late = new Date(deadline.getTime() + DAY);
    for (const s of ['submitted', 'approved']) {
      expect(kindsAt(sub(s), soon)).toEqual([]);
      expect(kindsAt(sub(s), late)).toEqual([]);
    }
    expect(kindsAt(sub('draft'), soon)).toEqual(['submission.due_soon']);
    expect(kindsAt(sub('draft'), late)).toEqual(['submission.overdue']);
    expect(kindsAt(sub('returned'), soon)).toEqual(['submission.due_soon']);
    expect(kindsAt(sub('returned'), late)).toEqual([]);
  });

  it('addresses the unit head and staff of that unit, links to its submission, in Chinese', () => {
    const [n] = timeNotices(world(), new Date(deadline.getTime() - 2 * DAY), t);
    expect(n).toMatchObject({ kind: 'submission.due_soon', targetId: 'p1:u1', unitIds: ['u1'], roles: ['unit_head', 'unit_staff'], href: '/units/u1' });
    expect(n!.title).toBe('填报即将截止：2026年上半年');
    expect(n!.body).toContain('2026-07-10');
    expect(n!.body).toContain('还有2天');
  });

  it('only periods collecting submissions with a deadline', () => {
    const now = new Date(deadline.getTime() - DAY);
    expect(kindsAt(world({ periods: [{ id: 'p1', name: 'x', state: 'review', deadline }] }), now)).toEqual([]);
    expect(kindsAt(world({ periods: [{ id: 'p1', name: 'x', state: 'open', deadline: null }] }), now)).toEqual([]);
  });
});

describe('measures, ledger problems, arenas', () => {
  const mDue = endOfChinaDay('2026-08-31');
  const measures = [{ id: 'm1', content: '完善项目库', deadline: mDue, status: 'in_progress', responsibleUnitId: 'u2' }];
  const w = world({ periods: [], measures });

  it('a measure: 7 days ahead due soon, after overdue, done → nothing; to its responsible unit', () => {
    expect(kindsAt(w, new Date('2026-08-23T12:00:00+08:00'))).toEqual([]);
    const [n] = timeNotices(w, new Date('2026-08-24T00:00:00+08:00'), t);
    expect(n).toMatchObject({ kind: 'measure.due_soon', targetId: 'm1', unitIds: ['u2'], href: '/measures' });
    expect(kindsAt(w, new Date('2026-09-01T00:00:00+08:00'))).toEqual(['measure.overdue']);
    expect(kindsAt(world({ periods: [], measures: [{ ...measures[0]!, status: 'done' }] }), new Date('2026-09-01T00:00:00+08:00'))).toEqual([]);
  });

  it('a ledger problem: lead + assisting units; overdue also reaches 考核办', () => {
    const problems = [
      {
        id: 'q1',
        code: 'QY2026-0001',
        title: '用电报装慢',
        dueAt: endOfChinaDay('2026-05-20'),
        status: 'in_progress',
        leadUnitId: 'u1',
        assistUnitIds: ['u3'],
      },
    ];
    const pw = world({ periods: [], problems });
    expect(kindsAt(pw, new Date('2026-05-16T12:00:00+08:00'))).toEqual([]);
    const [soon] = timeNotices(pw, new Date('2026-05-17T08:00:00+08:00'), t);
    expect(soon).toMatchObject({ kind: 'problem.due_soon', unitIds: ['u1', 'u3'], href: '/problems/q1' });
    expect(soon!.allOfRoles).toBeUndefined();
    const [late] = timeNotices(pw, new Date('2026-05-21T08:00:00+08:00'), t);
    expect(late).toMatchObject({ kind: 'problem.overdue', unitIds: ['u1', 'u3'], allOfRoles: ['admin'] });
    expect(kindsAt(world({ periods: [], problems: [{ ...problems[0]!, status: 'resolved' }] }), new Date('2026-05-21T08:00:00+08:00'))).toEqual([]);
  });

  it('an arena in preparation starting within 30 minutes → its judges', () => {
    const at = new Date('2026-07-20T09:00:00+08:00');
    const arenas = [{ id: 'a1', name: '上半年擂台比武', state: 'prep', scheduledAt: at, judgeUserIds: ['j1', 'j2'] }];
    const aw = world({ periods: [], arenas });
    expect(kindsAt(aw, new Date(at.getTime() - 31 * 60_000))).toEqual([]);
    const [n] = timeNotices(aw, new Date(at.getTime() - 30 * 60_000), t);
    expect(n).toMatchObject({ kind: 'arena.starting', userIds: ['j1', 'j2'], href: '/arena/a1/judge' });
    expect(n!.body).toContain('09:00');
    expect(kindsAt(aw, new Date(at.getTime() + 60_000))).toEqual([]);
    expect(kindsAt(world({ periods: [], arenas: [{ ...arenas[0]!, state: 'live' }] }), new Date(at.getTime() - 60_000))).toEqual([]);
    expect(kindsAt(world({ periods: [], arenas: [{ ...arenas[0]!, judgeUserIds: [] }] }), new Date(at.getTime() - 60_000))).toEqual([]);
  });
});

describe('event rules', () => {
  const now = new Date('2026-07-01T10:00:00+08:00');
  const e = { submission: { id: 's1', unitId: 'u1' }, period: { name: '2026年上半年' }, unit: { name: '区发改局' } };
  const problem = { id: 'q1', code: 'QY2026-0001', title: '用电报装慢', dueAt: endOfChinaDay('2026-07-20'), leadUnitId: 'u1', assistUnitIds: ['u2', 'u3'] };

  it('returned (with the comment) and approved → unit head + staff of that unit', () => {
    const [r] = EVENT_RULES.submissionReturned({ ...e, comment: '第3项指标缺佐证材料' }, now, t);
    expect(r).toMatchObject({
      kind: 'submission.returned',
      targetId: 's1',
      day: '2026-07-01',
      unitIds: ['u1'],
      roles: ['unit_head', 'unit_staff'],
      href: '/units/u1',
    });
    expect(r!.body).toContain('第3项指标缺佐证材料');
    const [a] = EVENT_RULES.submissionApproved(e, now, t);
    expect(a).toMatchObject({ kind: 'submission.approved', unitIds: ['u1'] });
  });

  it('assigned, supervised, rated 不满意 → lead + assisting units', () => {
    for (const [rule, kind] of [
      [EVENT_RULES.problemAssigned, 'problem.assigned'],
      [EVENT_RULES.problemSupervised, 'problem.supervised'],
      [EVENT_RULES.problemUnsatisfied, 'problem.unsatisfied'],
    ] as const) {
      const [n] = rule({ problem, note: '请本周内答复企业' }, now, t);
      expect(n).toMatchObject({ kind, targetId: 'q1', unitIds: ['u1', 'u2', 'u3'], href: '/problems/q1' });
      expect(n!.allOfRoles).toBeUndefined();
    }
    expect(EVENT_RULES.problemSupervised({ problem, note: '请本周内答复企业' }, now, t)[0]!.body).toContain('请本周内答复企业');
  });

  it('judge assigned → that judge only; nobody new → no notice', () => {
    const [n] = EVENT_RULES.judgeAssigned({ arena: { id: 'a1', name: '上半年擂台比武' }, userIds: ['j3'] }, now, t);
    expect(n).toMatchObject({ kind: 'arena.judge', userIds: ['j3'], href: '/arena/a1/judge' });
    expect(n!.unitIds).toBeUndefined();
    expect(EVENT_RULES.judgeAssigned({ arena: { id: 'a1', name: 'x' }, userIds: [] }, now, t)).toEqual([]);
  });

  it('results published → everyone who may read published results (not the 安全管理员)', () => {
    const [n] = EVENT_RULES.resultsPublished({ period: { id: 'p1', name: '2026年上半年' } }, now, t);
    expect(n).toMatchObject({ kind: 'results.published', href: '/leaderboard?period=p1' });
    expect(n!.allOfRoles).toEqual(RESULTS_READERS);
    expect(RESULTS_READERS).toEqual(expect.arrayContaining(['admin', 'unit_head', 'unit_staff', 'leader', 'auditor']));
    expect(RESULTS_READERS).not.toContain('security_admin');
  });

  it('every kind has its words in both languages', () => {
    for (const kind of NOTIFY_KINDS) {
      const [a, b] = kind.split('.') as [string, string];
      for (const loc of ['zh-CN', 'en'] as const) {
        const rule = (messages[loc].notifications.rule as Record<string, Record<string, { title: string; body: string }>>)[a]![b]!;
        expect(rule.title && rule.body, `${loc} ${kind}`).toBeTruthy();
      }
    }
  });
});
