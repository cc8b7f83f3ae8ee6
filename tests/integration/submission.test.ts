// The submission workflow on a real database: drafts with versions, submit, return, approve, locks,
// refusals across units, concurrent saves, and one audit row per write.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/actions/result';
import { loadLatestAudit } from '@/lib/audit/queries.server';
import { createClient, type Db } from '@/lib/db/client';
import { LIMITS, type SubmissionContent } from '@/lib/domain/submission-content';
import { approveSubmission, loadContent, returnSubmission, saveDraft, submitSubmission } from '@/lib/submissions/commands.server';
import { ctxOf } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusal } from '../support/refusal';

let scratch: TestDatabase;
let db: Db;
let periodId: string;
let closedPeriodId: string;
let unitId: string; // 数据局: a draft in the seed
let otherUnitId: string; // 建设局
let indicators: { id: string; name: string; key: string; halfTarget: number | null; annualTarget: number | null; plannedPercent: number | null }[];
let pillarId: string;

beforeAll(async () => {
  scratch = await createSeededDatabase('submission');
  db = await createClient(scratch.url);
  periodId = (await db.period.findFirstOrThrow({ where: { state: 'open' } })).id;
  closedPeriodId = (await db.period.findFirstOrThrow({ where: { state: 'published' } })).id;
  unitId = (await db.unit.findUniqueOrThrow({ where: { code: 'sjj' } })).id;
  otherUnitId = (await db.unit.findUniqueOrThrow({ where: { code: 'jsj' } })).id;
  indicators = await db.indicator.findMany({
    where: { periodId, unitId },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, name: true, key: true, halfTarget: true, annualTarget: true, plannedPercent: true },
  });
  pillarId = (await db.strategyPillar.findFirstOrThrow()).id;
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

async function current() {
  const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
  return { sub, content: await loadContent(db, sub.id) };
}

const onTarget = (ind: (typeof indicators)[number]) => ind.plannedPercent ?? ind.halfTarget ?? (ind.annualTarget ?? 0) * 0.5;

function complete(content: SubmissionContent, of: typeof indicators = indicators): SubmissionContent {
  return {
    ...content,
    // on target (c = 1): plausible, so only what a test changes needs a reason
    values: of.map((ind, i) => ({ indicatorId: ind.id, actual: onTarget(ind), evidence: `台账第${i + 1}页` })),
    highlights: '上半年数据共享交换量同比增长 35%。',
    h2Goals: '下半年完成公共数据平台二期。',
    pillarMeasures: [{ pillarId, content: '推进数据要素市场化配置。' }],
    gaps: [
      {
        id: randomUUID(),
        description: '数据归集率低于目标 8 个百分点。',
        rootCause: '部门间共享机制不健全，考核约束不足。',
        measures: [
          { id: randomUUID(), content: '建立数据归集月通报制度。', responsibleUnitId: unitId, responsiblePerson: '赵敏（副局长）', deadline: '2026-12-31' },
        ],
      },
    ],
  };
}

describe('drafts', () => {
  it('staff save a draft: values stored, version bumped, one audit row with before and after', async () => {
    const ctx = await ctxOf(db, 'sjj_staff');
    const { sub, content } = await current();
    const changed = { ...content, values: content.values.map((v, i) => (i === 0 ? { ...v, actual: 4321 } : v)), highlights: '新的亮绩' };
    const auditsBefore = await db.auditLog.count({ where: { entityId: sub.id } });

    const res = await saveDraft(ctx, { periodId, unitId, version: sub.version, content: changed });
    expect(res.version).toBe(sub.version + 1);

    const after = await current();
    expect(after.sub.highlights).toBe('新的亮绩');
    expect(after.content.values.find((v) => v.indicatorId === changed.values[0]!.indicatorId)?.actual).toBe(4321);
    const audits = await db.auditLog.findMany({ where: { entityId: sub.id }, orderBy: { at: 'asc' } });
    expect(audits).toHaveLength(auditsBefore + 1);
    const row = audits.at(-1)!;
    expect(row.action).toBe('submission.save_draft');
    expect(row.actorName).toBe((await db.user.findUniqueOrThrow({ where: { username: 'sjj_staff' } })).name);
    expect(row.ip).toBe('127.0.0.1');
    expect((row.before as { highlights: string }).highlights).toBe(content.highlights);
    expect((row.after as { highlights: string }).highlights).toBe('新的亮绩');
    expect((row.after as { values: { actual: number }[] }).values).toEqual([expect.objectContaining({ actual: 4321 })]);
    // the audit page names the changed indicator, not its id
    const { names } = await loadLatestAudit(db, 1);
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: changed.values[0]!.indicatorId } });
    expect(names.get(indicator.id)).toBe(indicator.name);
    expect(row.after).not.toHaveProperty('gaps'); // unchanged parts are not repeated
  });

  it('a save over a newer version is refused with the server version, and changes nothing', async () => {
    const ctx = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const err = await refusal(saveDraft(ctx, { periodId, unitId, version: sub.version - 1, content: { ...content, highlights: 'stale' } }));
    expect(err.code).toBe('conflict');
    expect(err.params?.serverVersion).toBe(sub.version);
    expect((await current()).sub.highlights).not.toBe('stale');
  });

  it('two concurrent saves of the same version: exactly one wins, the other gets the conflict', async () => {
    const staff = await ctxOf(db, 'sjj_staff');
    const head = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const results = await Promise.allSettled([
      saveDraft(staff, { periodId, unitId, version: sub.version, content: { ...content, h2Goals: 'A' } }),
      saveDraft(head, { periodId, unitId, version: sub.version, content: { ...content, h2Goals: 'B' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]!.reason as DomainError).code).toBe('conflict');
    const after = await current();
    expect(after.sub.version).toBe(sub.version + 1);
    expect(['A', 'B']).toContain(after.sub.h2Goals);
  });

  it('gaps and measures keep their ids across saves, and removed ones are deleted', async () => {
    const ctx = await ctxOf(db, 'sjj_staff');
    const { sub, content } = await current();
    const gapId = randomUUID();
    const measureId = randomUUID();
    const withGap = {
      ...content,
      gaps: [
        ...content.gaps,
        {
          id: gapId,
          description: '新差距',
          rootCause: '',
          measures: [{ id: measureId, content: '新措施', responsibleUnitId: '', responsiblePerson: '', deadline: '' }],
        },
      ],
    };
    const v = (await saveDraft(ctx, { periodId, unitId, version: sub.version, content: withGap })).version;
    const stored = await db.measure.findUniqueOrThrow({ where: { id: measureId } });
    expect(stored).toMatchObject({ gapId, responsibleUnitId: unitId, deadline: null, status: 'not_started' });
    expect((await loadContent(db, sub.id)).gaps.find((g) => g.id === gapId)?.measures[0]?.deadline).toBe('');

    await saveDraft(ctx, { periodId, unitId, version: v, content });
    expect(await db.gap.findUnique({ where: { id: gapId } })).toBeNull();
    expect(await db.measure.findUnique({ where: { id: measureId } })).toBeNull();
  });

  it('HTML and script are stored as text, not interpreted', async () => {
    const ctx = await ctxOf(db, 'sjj_staff');
    const { sub, content } = await current();
    await saveDraft(ctx, { periodId, unitId, version: sub.version, content: { ...content, highlights: '<script>alert(1)</script>' } });
    expect((await current()).sub.highlights).toBe('<script>alert(1)</script>');
  });
});

describe('refusals', () => {
  it.each(['jsj_head', 'jsj_staff'])("%s cannot save or submit another unit's submission, and nothing changes", async (username) => {
    const ctx = await ctxOf(db, username);
    const { sub, content } = await current();
    const audits = await db.auditLog.count();
    expect((await refusal(saveDraft(ctx, { periodId, unitId, version: sub.version, content: { ...content, highlights: 'hijack' } }))).code).toBe('notFound');
    expect((await refusal(submitSubmission(ctx, { periodId, unitId, version: sub.version }))).code).toBe('notFound');
    expect((await current()).sub).toEqual(sub);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("a unit cannot smuggle another unit's indicator into its own save", async () => {
    const ctx = await ctxOf(db, 'jsj_head');
    const own = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId: otherUnitId } } });
    // jsj's submission is approved in the seed (read-only) — use the draft unit's head on its own unit with a foreign indicator
    const head = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const foreign = await db.indicator.findFirstOrThrow({ where: { periodId, unitId: otherUnitId } });
    const err = await refusal(
      saveDraft(head, { periodId, unitId, version: sub.version, content: { ...content, values: [{ indicatorId: foreign.id, actual: 1, evidence: '' }] } }),
    );
    expect(err.code).toBe('invalidInput');
    expect(own.state).toBe('approved');
    expect((await refusal(saveDraft(ctx, { periodId, unitId: otherUnitId, version: own.version, content: await loadContent(db, own.id) }))).code).toBe(
      'submissionLocked',
    );
  });

  it('leaders, judges, auditors and the admin cannot write a unit submission', async () => {
    for (const username of ['leader1', 'judge1', 'auditor', 'admin']) {
      const ctx = await ctxOf(db, username);
      const { sub, content } = await current();
      expect((await refusal(saveDraft(ctx, { periodId, unitId, version: sub.version, content }))).code, username).toBe('notFound');
    }
  });

  it('a period that is not collecting refuses saves', async () => {
    const ctx = await ctxOf(db, 'sjj_head');
    const err = await refusal(saveDraft(ctx, { periodId: closedPeriodId, unitId, version: 3, content: (await current()).content }));
    expect(err.code).toBe('periodNotOpen');
  });

  it('staff cannot submit; only the head can', async () => {
    const ctx = await ctxOf(db, 'sjj_staff');
    const { sub } = await current();
    expect((await refusal(submitSubmission(ctx, { periodId, unitId, version: sub.version }))).code).toBe('headOnly');
  });

  it('units cannot return or approve; only the review office can', async () => {
    const { sub } = await current();
    for (const username of ['sjj_head', 'leader1', 'auditor']) {
      const ctx = await ctxOf(db, username);
      expect((await refusal(approveSubmission(ctx, { submissionId: sub.id, version: sub.version }))).code).toBe('forbidden');
      expect((await refusal(returnSubmission(ctx, { submissionId: sub.id, version: sub.version, comment: 'x' }))).code).toBe('forbidden');
    }
  });
});

describe('what a unit types: units, plausibility, long text (the server is the authority)', () => {
  const byKey = (key: string) => indicators.find((i) => i.key === key)!;

  it('reads a typed actual in the indicator’s unit: 0.031万 for a 个 indicator is stored as 310', async () => {
    const head = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const fiveG = byKey('sjj_5g');
    const values = content.values.filter((v) => v.indicatorId !== fiveG.id).concat({ indicatorId: fiveG.id, actual: '0.031万', evidence: '' } as never);
    await saveDraft(head, { periodId, unitId, version: sub.version, content: { ...content, values } });
    expect((await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: fiveG.id } })).actual).toBe(310);
  });

  it('refuses a suffix that is not the unit or a multiple of it, naming the unit, and changes nothing', async () => {
    const head = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const fiveG = byKey('sjj_5g');
    const values = content.values.map((v) => (v.indicatorId === fiveG.id ? { ...v, actual: '12.5公里' } : v));
    const err = await refusal(saveDraft(head, { periodId, unitId, version: sub.version, content: { ...content, values, highlights: '不应保存' } }));
    expect(err.code).toBe('badActuals');
    expect(err.details).toEqual([{ code: 'badUnit', params: { name: fiveG.name, unit: '个' } }]);
    expect(err.fieldErrors).toEqual({ [`values.${fiveG.id}`]: ['badUnit'] });
    expect((await current()).sub).toEqual(sub);
  });

  it('refuses text over a field’s limit instead of cutting it', async () => {
    const head = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const long = `根源：${'https://example.gov.cn/a/very/long/path?'.repeat(40)}`.slice(0, LIMITS.rootCause + 1);
    const gaps = [{ id: randomUUID(), description: '差距', rootCause: long, measures: [] }];
    const err = await refusal(saveDraft(head, { periodId, unitId, version: sub.version, content: { ...content, gaps } }));
    expect(err.code).toBe('invalidInput');
    expect(err.fieldErrors).toEqual({ 'gaps.0.rootCause': ['tooLong'] });
    expect(await db.gap.findUnique({ where: { id: gaps[0]!.id } })).toBeNull();
    expect((await current()).sub.version).toBe(sub.version);
  });

  it('an implausible value (972 for 97.2%) stops the submission until it has a reason; the reason is stored and audited, and cleared when the value is fixed', async () => {
    // 交警大队: a draft in the seed, untouched by the tests above
    const jjd = (await db.unit.findUniqueOrThrow({ where: { code: 'jjd' } })).id;
    const head = await ctxOf(db, 'jjd_head');
    const own = await db.indicator.findMany({
      where: { periodId, unitId: jjd },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true, key: true, halfTarget: true, annualTarget: true, plannedPercent: true },
    });
    const helmet = own.find((i) => i.key === 'jjd_helmet')!; // 头盔佩戴率, half-year target 92 %
    let sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId: jjd } } });
    expect(sub.state).toBe('draft');
    const base = complete(await loadContent(db, sub.id), own);
    const withHelmet = (actual: number, note?: string) => ({
      ...base,
      values: base.values.map((v) => (v.indicatorId === helmet.id ? { ...v, actual, ...(note === undefined ? {} : { plausibilityNote: note }) } : v)),
    });

    let v = (await saveDraft(head, { periodId, unitId: jjd, version: sub.version, content: withHelmet(972) })).version;
    const err = await refusal(submitSubmission(head, { periodId, unitId: jjd, version: v }));
    expect(err.code).toBe('incomplete');
    expect(err.details).toEqual([{ code: 'plausibilityNote', params: { name: helmet.name } }]);

    v = (await saveDraft(head, { periodId, unitId: jjd, version: v, content: withHelmet(972, '  已核实：统计口径为千人次  ') })).version;
    expect((await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: helmet.id } })).plausibilityNote).toBe('已核实：统计口径为千人次');
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: sub.id, action: 'submission.save_draft' }, orderBy: { at: 'desc' } });
    expect((audit.after as { values: unknown[] }).values).toEqual([
      expect.objectContaining({ indicatorId: helmet.id, actual: 972, plausibilityNote: '已核实：统计口径为千人次' }),
    ]);

    // fixed to a plausible value: the old reason does not linger, and the submission goes through
    v = (await saveDraft(head, { periodId, unitId: jjd, version: v, content: withHelmet(97.2, '已核实：统计口径为千人次') })).version;
    expect((await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: helmet.id } })).plausibilityNote).toBeNull();
    expect((await submitSubmission(head, { periodId, unitId: jjd, version: v })).version).toBe(v + 1);
    sub = await db.submission.findUniqueOrThrow({ where: { id: sub.id } });
    expect(sub.state).toBe('submitted');
  });
});

describe('submit → return → resubmit → approve', () => {
  it('names every missing piece before accepting a submission', async () => {
    const head = await ctxOf(db, 'sjj_head');
    const { sub, content } = await current();
    const v = (
      await saveDraft(head, {
        periodId,
        unitId,
        version: sub.version,
        content: { ...content, values: content.values.map((x, i) => (i < 2 ? { ...x, actual: null } : x)), h2Goals: '' },
      })
    ).version;
    const err = await refusal(submitSubmission(head, { periodId, unitId, version: v }));
    expect(err.code).toBe('incomplete');
    const codes = err.details!.map((d) => `${d.code}:${d.params?.name ?? ''}`);
    expect(codes).toContain(`actual:${indicators[0]!.name}`);
    expect(codes).toContain(`actual:${indicators[1]!.name}`);
    expect(codes).toContain('h2Goals:');
    expect((await current()).sub.state).toBe('draft');
  });

  it('walks the whole review loop; after the deadline the submission is marked late; approved is locked', async () => {
    const head = await ctxOf(db, 'sjj_head');
    const admin = await ctxOf(db, 'admin');
    let { sub, content } = await current();
    let v = (await saveDraft(head, { periodId, unitId, version: sub.version, content: complete(content) })).version;

    const submitted = await submitSubmission(head, { periodId, unitId, version: v });
    expect(submitted.late).toBe(true); // the seeded deadline was yesterday
    ({ sub } = await current());
    expect(sub).toMatchObject({ state: 'submitted', late: true });
    expect((await refusal(saveDraft(head, { periodId, unitId, version: sub.version, content }))).code).toBe('submissionLocked');

    v = (await returnSubmission(admin, { submissionId: sub.id, version: sub.version, comment: '请补充数据归集率的佐证。' })).version;
    ({ sub, content } = await current());
    expect(sub).toMatchObject({ state: 'returned', reviewComment: '请补充数据归集率的佐证。' });

    v = (await saveDraft(head, { periodId, unitId, version: v, content: { ...content, highlights: content.highlights + '（已补充佐证）' } })).version;
    v = (await submitSubmission(head, { periodId, unitId, version: v })).version;
    v = (await approveSubmission(admin, { submissionId: sub.id, version: v })).version;
    ({ sub } = await current());
    expect(sub.state).toBe('approved');
    expect((await refusal(saveDraft(head, { periodId, unitId, version: v, content }))).code).toBe('submissionLocked');
    expect((await refusal(approveSubmission(admin, { submissionId: sub.id, version: v }))).code).toBe('notSubmitted');

    const trail = await db.auditLog.findMany({ where: { entityId: sub.id, action: { not: 'submission.save_draft' } }, orderBy: { at: 'asc' } });
    expect(trail.map((r) => r.action)).toEqual(['submission.submit', 'submission.return', 'submission.submit', 'submission.approve']);
    expect(trail[1]!.after).toMatchObject({ state: 'returned', reviewComment: '请补充数据归集率的佐证。' });
  });
});
