// The demo seed creates what the README promises: the accounts it lists, the district, both periods.
import fs from 'node:fs';
import path from 'node:path';
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { PROBLEM_CATEGORIES, PROBLEM_SOURCES, PROBLEM_STATUSES } from '@/lib/domain/enums';
import {
  creditCodeProblem,
  figuresOf,
  isOverdue,
  ledgerActual,
  problemSeq,
  relationTo,
  stepRefusal,
  type LedgerFigure,
  type ProblemStep,
} from '@/lib/problems/rules';
import type { ScoringResult } from '@/lib/scoring';
import { createTestDatabase, migrate, seed } from '../support/database';

const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
/** Rows of the README's demo-account table: | `username` | `role` | … */
const readmeAccounts = [...README.matchAll(/^\|\s*`([a-z0-9_.]+)`\s*\|\s*`([a-z_]+)`\s*\|/gm)].map((m) => ({ username: m[1]!, role: m[2]! }));
const readmePassword = README.match(/demo password[^`]*`([^`]+)`/i)?.[1];

let db: Db;
beforeAll(async () => {
  db = await createClient(inject('seededUrl'));
});
afterAll(async () => db?.$disconnect());

describe('demo seed', () => {
  it('creates every account the README lists, with the role it states and the README password', async () => {
    expect(readmeAccounts.length).toBeGreaterThanOrEqual(6);
    expect(new Set(readmeAccounts.map((a) => a.role))).toEqual(new Set(['admin', 'unit_head', 'unit_staff', 'leader', 'judge', 'auditor', 'security_admin']));
    expect(readmePassword).toBeTruthy();
    for (const a of readmeAccounts) {
      const user = await db.user.findUnique({ where: { username: a.username }, include: { accounts: true } });
      expect(user, a.username).not.toBeNull();
      expect(user!.role).toBe(a.role);
      expect(user!.disabled).toBe(false);
      if (a.role === 'unit_head' || a.role === 'unit_staff') expect(user!.unitId).not.toBeNull();
      const credential = user!.accounts.find((acc) => acc.providerId === 'credential');
      expect(await verifyPassword({ hash: credential!.password!, password: readmePassword! })).toBe(true);
    }
  });

  it('holds a district of at least 24 units of all three kinds in at least 3 groups, each with a head and staff account', async () => {
    const units = await db.unit.findMany({ include: { users: true } });
    expect(units.length).toBeGreaterThanOrEqual(24);
    expect(new Set(units.map((u) => u.kind))).toEqual(new Set(['department', 'agency', 'soe']));
    expect(await db.contestGroup.count()).toBeGreaterThanOrEqual(3);
    for (const u of units) {
      expect(u.users.map((x) => x.role).sort(), u.name).toEqual(['unit_head', 'unit_staff']);
      expect(u.headName.length).toBeGreaterThan(1);
    }
  });

  it('has 2025年下半年 published and complete, and 2026年上半年 open with a realistic mix of submissions', async () => {
    const periods = await db.period.findMany({ orderBy: [{ year: 'asc' }, { half: 'asc' }] });
    expect(periods.map((p) => [p.name, p.state])).toEqual([
      ['2025年下半年', 'published'],
      ['2026年上半年', 'open'],
    ]);
    const [prev, cur] = periods as [(typeof periods)[0], (typeof periods)[0]];
    const unitCount = await db.unit.count();

    const prevSubs = await db.submission.findMany({ where: { periodId: prev.id }, include: { values: true } });
    expect(prevSubs).toHaveLength(unitCount);
    expect(prevSubs.every((s) => s.state === 'approved')).toBe(true);
    expect(prevSubs.every((s) => s.values.every((v) => v.actual !== null))).toBe(true);
    // the previous arena: every unit scored by every judge on every criterion
    const arena = await db.arena.findFirstOrThrow({ where: { periodId: prev.id }, include: { judges: true, participants: true } });
    expect(arena.participants).toHaveLength(unitCount);
    expect(await db.panelScore.count({ where: { arenaId: arena.id } })).toBe(unitCount * arena.judges.length * 3);

    const curSubs = await db.submission.findMany({ where: { periodId: cur.id } });
    const done = curSubs.filter((s) => s.state === 'submitted' || s.state === 'approved');
    expect(done.length).toBeGreaterThan(unitCount / 2);
    expect(curSubs.filter((s) => s.late)).toHaveLength(1);
    expect(curSubs.filter((s) => s.state === 'draft').length).toBeGreaterThanOrEqual(2);
    expect(curSubs.filter((s) => s.state === 'returned').length).toBeGreaterThanOrEqual(1);
    expect(cur.deadline).not.toBeNull();
  });

  it('gives every unit 8–15 indicators per period whose weights sum to 100', async () => {
    const groups = await db.indicator.groupBy({ by: ['periodId', 'unitId'], _count: { _all: true }, _sum: { weight: true } });
    expect(groups.length).toBe((await db.unit.count()) * 2);
    for (const g of groups) {
      expect(g._count._all).toBeGreaterThanOrEqual(8);
      expect(g._count._all).toBeLessThanOrEqual(15);
      expect(g._sum.weight).toBeCloseTo(100, 6);
    }
  });

  it('includes the 1,363 street lamps of the construction department and the approval reform from ~14 days to 1', async () => {
    const lamps = await db.indicatorValue.findFirst({ where: { actual: 1363, indicator: { unit: { code: 'jsj' } } }, include: { indicator: true } });
    expect(lamps?.indicator.measureUnit).toBe('盏');
    const approval = await db.indicator.findMany({
      where: { unit: { code: 'spj' }, direction: 'lower', measureUnit: '天' },
      include: { value: true, period: true },
    });
    const cur = approval.find((i) => i.period.year === 2026);
    const prev = approval.find((i) => i.period.year === 2025);
    expect(cur?.value?.actual).toBe(1);
    expect(prev?.value?.actual).toBeGreaterThanOrEqual(10);
  });

  it('writes gaps with root causes and measures with responsible unit, person and deadline', async () => {
    const gaps = await db.gap.findMany({ include: { measures: true } });
    expect(gaps.length).toBeGreaterThanOrEqual(40);
    for (const g of gaps) {
      expect(g.rootCause.length).toBeGreaterThan(8);
      expect(g.measures.length).toBeGreaterThanOrEqual(1);
      for (const m of g.measures) {
        expect(m.responsiblePerson.length).toBeGreaterThan(1);
        expect(m.responsibleUnitId).toBeTruthy();
      }
    }
    expect(await db.strategyPillar.count()).toBeGreaterThanOrEqual(4);
  });
});

describe('demo enterprise-service ledger', () => {
  const now = new Date();
  const loadProblems = () => db.enterpriseProblem.findMany({ include: { assists: true, events: { orderBy: { at: 'asc' } } }, orderBy: { raisedAt: 'asc' } });

  it('holds ~150 problems of every category, source and status across both demo periods and the running half', async () => {
    const problems = await loadProblems();
    expect(problems.length).toBeGreaterThanOrEqual(140);
    expect(new Set(problems.map((p) => p.category))).toEqual(new Set(PROBLEM_CATEGORIES));
    expect(new Set(problems.map((p) => p.source))).toEqual(new Set(PROBLEM_SOURCES));
    expect(new Set(problems.map((p) => p.status))).toEqual(new Set(PROBLEM_STATUSES));
    const inHalf = (from: string, to: string) =>
      problems.filter((p) => p.raisedAt >= new Date(`${from}T00:00:00+08:00`) && p.raisedAt < new Date(`${to}T00:00:00+08:00`)).length;
    expect(inHalf('2025-07-01', '2026-01-01')).toBeGreaterThanOrEqual(30);
    expect(inHalf('2026-01-01', '2026-07-01')).toBeGreaterThanOrEqual(30);
    expect(inHalf('2026-07-01', '2027-01-01')).toBeGreaterThanOrEqual(30);
    expect(problems.every((p) => p.raisedAt >= new Date('2025-07-01T00:00:00+08:00') && p.raisedAt <= now)).toBe(true);
    // most closed (已销号); the units' lead problems spread over many units
    expect(problems.filter((p) => p.status === 'closed').length).toBeGreaterThan(problems.length / 2);
    expect(new Set(problems.map((p) => p.leadUnitId)).size).toBeGreaterThanOrEqual(20);
    expect(problems.filter((p) => p.assists.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('has supervised, reopened (and later solved), overdue and transferred-then-reassigned problems', async () => {
    const problems = await loadProblems();
    const supervised = problems.filter((p) => p.supervised);
    expect(supervised.length).toBeGreaterThanOrEqual(6);
    expect(supervised.length).toBeLessThanOrEqual(12);
    expect(supervised.every((p) => p.supervisedAt !== null && (p.supervisionNote ?? '').length > 5)).toBe(true);
    const reopened = problems.filter((p) => p.reopenCount >= 1);
    expect(reopened.length).toBeGreaterThanOrEqual(3);
    expect(reopened.some((p) => p.status === 'closed' && p.resolvedAt !== null)).toBe(true);
    expect(reopened.every((p) => p.events.some((e) => e.kind === 'reopen'))).toBe(true);
    expect(problems.filter((p) => isOverdue(p, now)).length).toBeGreaterThanOrEqual(3);
    const reassigned = problems.filter((p) => p.events.some((e) => e.kind === 'transfer') && p.events.some((e) => e.kind === 'reassign'));
    expect(reassigned.length).toBeGreaterThanOrEqual(2);
    const ratings = problems.map((p) => p.rating).filter((r) => r !== null);
    expect(ratings.filter((r) => r === 'satisfied' || r === 'basic').length).toBeGreaterThan(ratings.length * 0.8);
  });

  it('gives most problems a valid 统一社会信用代码, a contact, a responsible person and a deadline after raising', async () => {
    const problems = await loadProblems();
    const withCode = problems.filter((p) => p.creditCode !== null);
    expect(withCode.length).toBeGreaterThan(problems.length * 0.7);
    for (const p of withCode) expect(creditCodeProblem(p.creditCode!), `${p.code} ${p.creditCode}`).toBeNull();
    for (const p of problems) {
      expect(p.responsiblePerson.length, p.code).toBeGreaterThan(1);
      expect(p.dueAt.getTime(), p.code).toBeGreaterThan(p.raisedAt.getTime());
      expect(p.contactPhone ?? '', p.code).toMatch(/^[0-9 ]{11,}$/);
    }
  });

  it('numbers problems QY<year>-<sequence> in raising order within each year', async () => {
    const problems = await loadProblems();
    const byYear = new Map<number, typeof problems>();
    for (const p of problems) {
      const year = Number(p.code.slice(2, 6));
      byYear.set(year, [...(byYear.get(year) ?? []), p]);
    }
    expect([...byYear.keys()].sort()).toEqual([2025, 2026]);
    for (const [year, list] of byYear) {
      const seqs = [...list].sort((a, b) => a.raisedAt.getTime() - b.raisedAt.getTime()).map((p) => problemSeq(p.code, year));
      expect(seqs).toEqual(list.map((_, i) => i + 1));
      expect(list.every((p) => Number(p.code.slice(2, 6)) === new Date(p.raisedAt.getTime() + 8 * 3_600_000).getUTCFullYear())).toBe(true);
    }
  });

  it('tells every problem as a timeline the flow allows: each step by someone the rules let take it, dates in order, ending in its status', async () => {
    const problems = await loadProblems();
    const users = new Map((await db.user.findMany()).map((u) => [u.id, u]));
    const failures: string[] = [];
    for (const p of problems) {
      const [record, ...steps] = p.events;
      if (record?.kind !== 'record' || record.toStatus !== 'pending') failures.push(`${p.code}: does not start with its record`);
      let status = 'pending';
      let supervised = false;
      let rating: string | null = null;
      let lead = p.events.find((e) => e.kind === 'reassign') ? JSON.parse(p.events.find((e) => e.kind === 'reassign')!.data!).fromLeadUnitId : p.leadUnitId;
      let assists = p.assists.map((a) => a.unitId);
      if (lead !== p.leadUnitId) assists = [];
      let last = record!.at.getTime();
      for (const e of steps) {
        if (e.at.getTime() < last || e.at > now) failures.push(`${p.code}: ${e.kind} out of order`);
        last = e.at.getTime();
        if (e.kind === 'reopen') {
          if (rating !== 'dissatisfied') failures.push(`${p.code}: reopened without 不满意`);
          continue;
        }
        const actor = users.get(e.actorId!)!;
        const relation = relationTo({ role: actor.role, unitId: actor.unitId }, { leadUnitId: lead, assistUnitIds: assists });
        const refusal = stepRefusal(e.kind as ProblemStep, relation, { status, supervised, rating });
        if (refusal) failures.push(`${p.code}: ${e.kind} by ${actor.username} refused (${refusal})`);
        if (e.fromStatus !== status) failures.push(`${p.code}: ${e.kind} from ${e.fromStatus}, was ${status}`);
        status = e.toStatus!;
        if (e.kind === 'supervise') supervised = true;
        if (e.kind === 'unsupervise') supervised = false;
        if (e.kind === 'rate') rating = JSON.parse(e.data!).rating;
        if (e.kind === 'resolve') rating = null;
        if (e.kind === 'reassign') {
          const d = JSON.parse(e.data!);
          lead = d.toLeadUnitId;
          assists = d.assistUnitIds;
        }
      }
      if (status !== p.status) failures.push(`${p.code}: timeline ends ${status}, row says ${p.status}`);
      if (supervised !== p.supervised) failures.push(`${p.code}: supervision differs`);
      if (lead !== p.leadUnitId) failures.push(`${p.code}: lead unit differs`);
      if ((p.status === 'resolved' || p.status === 'closed') !== (p.resolvedAt !== null)) failures.push(`${p.code}: resolvedAt and status disagree`);
      if ((p.status === 'closed') !== (p.closedAt !== null)) failures.push(`${p.code}: closedAt and status disagree`);
      if (p.version !== p.events.filter((e) => e.kind !== 'reopen').length) failures.push(`${p.code}: version ${p.version}`);
    }
    expect(failures).toEqual([]);
  });

  it('gives the units different figures: some units solve on time far less often than others', async () => {
    const problems = await loadProblems();
    const rates: number[] = [];
    for (const unitId of new Set(problems.map((p) => p.leadUnitId))) {
      const f = figuresOf(
        problems.filter((p) => p.leadUnitId === unitId),
        { year: 2025, half: 2 },
        now,
      );
      if (f.closed >= 2) rates.push(f.onTimeRate!);
    }
    expect(rates.length).toBeGreaterThanOrEqual(8);
    expect(Math.min(...rates)).toBeLessThan(70);
    expect(Math.max(...rates)).toBe(100);
  });

  it('feeds two ledger figures into indicators, frozen at what the rules compute from the demo problems (and published for 2025年下半年)', async () => {
    const problems = await loadProblems();
    const fed = await db.indicator.findMany({
      where: { ledgerFigure: { not: null } },
      include: { value: { include: { submission: true } }, period: true, unit: true },
    });
    expect(new Set(fed.map((i) => i.ledgerFigure))).toEqual(new Set(['on_time_rate', 'satisfaction_rate']));
    expect(new Set(fed.map((i) => i.unit.code)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(fed.map((i) => i.period.year))).toEqual(new Set([2025, 2026]));
    for (const i of fed) expect(i.measureUnit, i.name).toBe('%');
    const published = await db.resultSnapshot.findFirstOrThrow({ where: { kind: 'publish' } });
    const snapshot = published.data as unknown as ScoringResult;
    let frozen = 0;
    for (const ind of fed) {
      const v = ind.value;
      if (!v || v.submission.state === 'draft') continue;
      const expected = ledgerActual(
        ind.ledgerFigure as LedgerFigure,
        figuresOf(
          problems.filter((p) => p.leadUnitId === ind.unitId),
          ind.period,
          now,
        ),
      );
      expect(expected.value, `${ind.unit.code} ${ind.name} ${ind.period.name}`).not.toBeNull();
      expect({ actual: v.actual, numerator: v.ledgerNumerator, denominator: v.ledgerDenominator }, `${ind.unit.code} ${ind.name} ${ind.period.name}`).toEqual({
        actual: expected.value,
        numerator: expected.numerator,
        denominator: expected.denominator,
      });
      frozen++;
      if (ind.periodId === published.periodId) {
        const inSnapshot = snapshot.units.flatMap((u) => u.indicators).find((r) => r.indicatorId === ind.id);
        expect(inSnapshot?.actual).toBe(expected.value);
      }
    }
    expect(frozen).toBeGreaterThanOrEqual(8);
  });
});

describe('LEITAI_DEMO=0', () => {
  it('seeds nothing', async () => {
    const scratch = await createTestDatabase('nodemo');
    try {
      migrate(scratch.url);
      expect(seed(scratch.url, { LEITAI_DEMO: '0' })).toContain('no demo data');
      const fresh = await createClient(scratch.url);
      expect(await fresh.unit.count()).toBe(0);
      expect(await fresh.user.count()).toBe(0);
      await fresh.$disconnect();
    } finally {
      await scratch.drop();
    }
  });
});
