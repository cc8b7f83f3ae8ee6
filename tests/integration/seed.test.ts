// The demo seed creates what the README promises: the accounts it lists, the district, both periods.
import fs from 'node:fs';
import path from 'node:path';
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
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
    expect(new Set(readmeAccounts.map((a) => a.role))).toEqual(new Set(['admin', 'unit_head', 'unit_staff', 'leader', 'judge', 'auditor']));
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
    expect(await db.enterpriseProblem.count()).toBeGreaterThanOrEqual(15);
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
