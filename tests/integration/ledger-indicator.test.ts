// A ledger-fed indicator on a real database (DESIGN §8): setup chooses the figure (its unit of measure must match),
// the unit cannot type the actual, submitting computes and freezes it with its numerator and denominator, later
// ledger changes leave it, a return and resubmission recompute it, and the results carry the derivation.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { computeForSnapshot, draftPreview, getPeriodResults } from '@/lib/leaderboard/load.server';
import { liveLedgerActuals } from '@/lib/problems/ledger-indicators.server';
import { periodWindow } from '@/lib/problems/rules';
import { updateIndicator } from '@/lib/setup/indicators.server';
import { loadContent, returnSubmission, saveDraft, submitSubmission } from '@/lib/submissions/commands.server';
import { ctxOf } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusal } from '../support/refusal';

let scratch: TestDatabase;
let db: Db;
let periodId: string;
let unitId: string; // 数据局
let ledgerId: string; // its indicator switched to 按期办结率
let start: Date;
let NOW: Date;
const day = 86_400_000;
const at = (days: number) => new Date(start.getTime() + days * day);

beforeAll(async () => {
  scratch = await createSeededDatabase('ledger_indicator');
  db = await createClient(scratch.url);
  const period = await db.period.findFirstOrThrow({ where: { state: 'open' } });
  periodId = period.id;
  start = periodWindow(period).start;
  NOW = at(60);
  unitId = (await db.unit.findUniqueOrThrow({ where: { code: 'sjj' } })).id;
  ledgerId = (await db.indicator.findUniqueOrThrow({ where: { periodId_unitId_key: { periodId, unitId, key: 'sjj_data_sharing' } } })).id;
  // the unit's ledger is what this test makes it
  await db.enterpriseProblem.deleteMany({ where: { leadUnitId: unitId } });
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

async function fields(over: Record<string, unknown> = {}) {
  const i = await db.indicator.findUniqueOrThrow({ where: { id: ledgerId }, include: { pillars: true } });
  return {
    id: i.id,
    key: i.key,
    name: '涉企诉求按期办结率',
    category: i.category as 'main',
    measureUnit: '%',
    direction: i.direction as 'higher',
    annualTarget: null,
    halfTarget: 90,
    plannedPercent: null,
    weight: i.weight,
    method: i.method as 'ratio',
    cap: i.cap,
    dataSource: null,
    pillarIds: i.pillars.map((p) => p.pillarId),
    ledgerFigure: 'on_time_rate' as const,
    ...over,
  };
}

let seq = 0;
async function problem(p: { raisedAt: Date; dueAt: Date; resolvedAt?: Date | null; status?: string }) {
  seq++;
  return db.enterpriseProblem.create({
    data: {
      code: `QY2099-${String(seq).padStart(4, '0')}`,
      category: 'service',
      enterpriseName: `泰和测试企业${seq}`,
      title: `测试诉求${seq}`,
      description: '企业反映数据接口对接慢。',
      leadUnitId: unitId,
      responsiblePerson: '许诺',
      raisedAt: p.raisedAt,
      dueAt: p.dueAt,
      resolvedAt: p.resolvedAt ?? null,
      resolution: p.resolvedAt ? '已对接完成。' : null,
      status: p.status ?? (p.resolvedAt ? 'resolved' : 'in_progress'),
    },
  });
}

async function current() {
  const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
  return { sub, content: await loadContent(db, sub.id) };
}

/** Complete the draft (every typed indicator filled, on target) so it can be submitted. */
async function completeDraft() {
  const staff = await ctxOf(db, 'sjj_staff', NOW);
  const { sub, content } = await current();
  const indicators = await db.indicator.findMany({ where: { periodId, unitId }, orderBy: { sortOrder: 'asc' } });
  const pillarId = (await db.strategyPillar.findFirstOrThrow()).id;
  const values = indicators.map((i) => ({
    indicatorId: i.id,
    actual: i.id === ledgerId ? null : (i.plannedPercent ?? i.halfTarget ?? (i.annualTarget ?? 0) * 0.5),
    evidence: '台账',
  }));
  const gapId = content.gaps[0]?.id ?? randomUUID();
  await saveDraft(staff, {
    periodId,
    unitId,
    version: sub.version,
    content: {
      ...content,
      values,
      highlights: content.highlights || '亮绩',
      h2Goals: content.h2Goals || '目标',
      pillarMeasures: [{ pillarId, content: '推进数据要素市场化配置。' }],
      gaps: [
        {
          id: gapId,
          description: '差距',
          rootCause: '原因',
          measures: [{ id: randomUUID(), content: '措施', responsibleUnitId: unitId, responsiblePerson: '许诺', deadline: '2026-12-31' }],
        },
      ],
    },
  });
}

describe('setup chooses the ledger figure', () => {
  it('refuses a unit of measure that is not the figure’s, with a message for the field', async () => {
    const admin = await ctxOf(db, 'admin', NOW);
    const err = await refusal(updateIndicator(admin, await fields({ measureUnit: '万次' })));
    expect(err.fieldErrors?.measureUnit).toEqual(['ledger.errors.ledgerUnitPercent']);
    const count = await refusal(updateIndicator(admin, await fields({ ledgerFigure: 'closed', halfTarget: 20 })));
    expect(count.fieldErrors?.measureUnit).toEqual(['ledger.errors.ledgerUnitCount']);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: ledgerId } })).ledgerFigure).toBeNull();
  });

  it('stores the figure when the unit matches, audited', async () => {
    const admin = await ctxOf(db, 'admin', NOW);
    await updateIndicator(admin, await fields());
    const row = await db.indicator.findUniqueOrThrow({ where: { id: ledgerId } });
    expect(row.ledgerFigure).toBe('on_time_rate');
    expect(row.measureUnit).toBe('%');
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: ledgerId, action: 'setup.update_indicator' }, orderBy: { at: 'desc' } });
    expect(JSON.stringify(audit.after)).toContain('on_time_rate');
  });
});

describe('an edit that does not name the source', () => {
  it('keeps it, and must still fit it', async () => {
    const admin = await ctxOf(db, 'admin', NOW);
    const { ledgerFigure: _omitted, ...rest } = await fields();
    await updateIndicator(admin, rest);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: ledgerId } })).ledgerFigure).toBe('on_time_rate');
    const err = await refusal(updateIndicator(admin, { ...rest, measureUnit: '万次' }));
    expect(err.fieldErrors?.measureUnit).toEqual(['ledger.errors.ledgerUnitPercent']);
  });
});

describe('the unit cannot type it', () => {
  it('refuses a typed actual for the ledger-fed indicator and stores nothing', async () => {
    await completeDraft();
    const staff = await ctxOf(db, 'sjj_staff', NOW);
    const { sub, content } = await current();
    const typed = { ...content, values: content.values.map((v) => (v.indicatorId === ledgerId ? { ...v, actual: 95 } : v)) };
    const err = await refusal(saveDraft(staff, { periodId, unitId, version: sub.version, content: typed }));
    expect(err.code).toBe('ledgerFedActual');
    expect(err.fieldErrors?.[`values.${ledgerId}`]).toEqual(['ledgerFedActual']);
    const after = await current();
    expect(after.sub.version).toBe(sub.version);
    expect(after.content.values.find((v) => v.indicatorId === ledgerId)?.actual ?? null).toBeNull();
  });
});

describe('frozen at submission', () => {
  it('the draft preview scores the value computed now', async () => {
    await problem({ raisedAt: at(1), dueAt: at(10), resolvedAt: at(5) }); // on time
    await problem({ raisedAt: at(1), dueAt: at(3), resolvedAt: at(8) }); // late
    await problem({ raisedAt: at(2), dueAt: at(100) }); // open, not yet due
    const live = await liveLedgerActuals(db, periodId, unitId, NOW);
    expect(live.get(ledgerId)).toEqual({ figure: 'on_time_rate', value: 50, numerator: 1, denominator: 2 });
    const preview = await draftPreview(db, periodId, unitId, NOW);
    const ind = preview!.unit.indicators.find((i) => i.indicatorId === ledgerId)!;
    expect(ind.actual).toBe(50);
    expect(ind.ledger).toEqual({ figure: 'on_time_rate', numerator: 1, denominator: 2 });
  });

  it('submitting computes the actual and stores numerator and denominator; later ledger changes leave it', async () => {
    const head = await ctxOf(db, 'sjj_head', NOW);
    const { sub } = await current();
    await submitSubmission(head, { periodId, unitId, version: sub.version });
    const value = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: ledgerId } });
    expect([value.actual, value.ledgerNumerator, value.ledgerDenominator]).toEqual([50, 1, 2]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: sub.id, action: 'submission.submit' }, orderBy: { at: 'desc' } });
    expect(JSON.stringify(audit.after)).toContain('"numerator":1');

    // the open problem is solved on time afterwards: the live figure moves, the submitted one does not
    const open = await db.enterpriseProblem.findFirstOrThrow({ where: { leadUnitId: unitId, resolvedAt: null } });
    await db.enterpriseProblem.update({ where: { id: open.id }, data: { status: 'resolved', resolvedAt: at(20), resolution: '已解决。' } });
    expect((await liveLedgerActuals(db, periodId, unitId, NOW)).get(ledgerId)?.value).toBeCloseTo(66.67, 2);
    const still = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: ledgerId } });
    expect([still.actual, still.ledgerNumerator, still.ledgerDenominator]).toEqual([50, 1, 2]);

    // the public results and a snapshot carry the derivation with the frozen actual
    const results = await getPeriodResults(db, periodId);
    const ind = results.result.units.find((u) => u.unitId === unitId)!.indicators.find((i) => i.indicatorId === ledgerId)!;
    expect(ind.actual).toBe(50);
    expect(ind.ledger).toEqual({ figure: 'on_time_rate', numerator: 1, denominator: 2 });
    const snap = JSON.parse(JSON.stringify((await computeForSnapshot(db, periodId)).result)) as typeof results.result;
    const frozen = snap.units.find((u) => u.unitId === unitId)!.indicators.find((i) => i.indicatorId === ledgerId)!;
    expect([frozen.actual, frozen.ledger]).toEqual([50, { figure: 'on_time_rate', numerator: 1, denominator: 2 }]);
  });

  it('a return and resubmission recompute it', async () => {
    const admin = await ctxOf(db, 'admin', NOW);
    const { sub } = await current();
    await returnSubmission(admin, { submissionId: sub.id, version: sub.version, comment: '请补充说明。' });
    // the unit saves its returned draft again: the ledger-fed actual goes as nothing typed
    await completeDraft();
    const head = await ctxOf(db, 'sjj_head', NOW);
    await submitSubmission(head, { periodId, unitId, version: (await current()).sub.version });
    const value = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: ledgerId } });
    expect(value.actual).toBeCloseTo(66.67, 2);
    expect([value.ledgerNumerator, value.ledgerDenominator]).toEqual([2, 3]);
  });

  it('nothing closed: submitting is not held back, the actual is missing', async () => {
    const admin = await ctxOf(db, 'admin', NOW);
    const { sub } = await current();
    await returnSubmission(admin, { submissionId: sub.id, version: sub.version, comment: '再改。' });
    await db.enterpriseProblem.updateMany({ where: { leadUnitId: unitId }, data: { resolvedAt: null, status: 'in_progress' } });
    await completeDraft();
    const head = await ctxOf(db, 'sjj_head', NOW);
    await submitSubmission(head, { periodId, unitId, version: (await current()).sub.version });
    const value = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: ledgerId } });
    expect([value.actual, value.ledgerNumerator, value.ledgerDenominator]).toEqual([null, 0, 0]);
  });
});
