// What counts while a period is open (DESIGN §4), on a scratch copy of the demo: drafts and returned submissions
// never move anyone's rank, submitted ones count (待审核), the unit sees its draft as 草稿预览; one results cache
// key per (period, previous period); data versions scoped so a draft autosave invalidates nothing shared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '@/lib/audit.server';
import { createClient, type Db } from '@/lib/db/client';
import { dataVersion, dataVersions, periodScope, probeVersionAndSession } from '@/lib/db/data-version';
import { clearResultsCache, draftPreview, getPeriodResults, loadScoringInput } from '@/lib/leaderboard/load.server';
import type { ScoringResult } from '@/lib/scoring';
import { approveSubmission, loadContent, saveDraft, submitSubmission } from '@/lib/submissions/commands.server';
import { ctxOf } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
let openId: string;
let publishedId: string;
const unitIdOf = new Map<string, string>();

beforeAll(async () => {
  scratch = await createSeededDatabase('rankingtruth');
  db = await createClient(scratch.url);
  openId = (await db.period.findFirstOrThrow({ where: { state: 'open' } })).id;
  publishedId = (await db.period.findFirstOrThrow({ where: { state: 'published' } })).id;
  for (const u of await db.unit.findMany({ select: { id: true, code: true } })) unitIdOf.set(u.code, u.id);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const ranking = (r: ScoringResult) => r.units.map((u) => [u.unitId, u.overallRank, u.groupRank, u.final.value] as const);
const unitIn = (r: ScoringResult, code: string) => r.units.find((u) => u.unitId === unitIdOf.get(code))!;

/** A higher-is-better ratio indicator of the unit, and the actual that is 972% of its half target (972 on a target of 100). */
async function typo972(code: string) {
  const ind = await db.indicator.findFirstOrThrow({
    where: { periodId: openId, unitId: unitIdOf.get(code), direction: 'higher', method: 'ratio' },
    orderBy: { sortOrder: 'asc' },
  });
  const target = ind.halfTarget ?? (ind.annualTarget as number) * 0.5;
  return { ind, actual: target * 9.72 };
}

async function autosave(code: string, indicatorId: string, actual: number, plausibilityNote?: string) {
  const head = await ctxOf(db, `${code}_head`);
  const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId: openId, unitId: unitIdOf.get(code)! } } });
  const content = await loadContent(db, sub.id);
  const values = content.values.map((v) => (v.indicatorId === indicatorId ? { ...v, actual, ...(plausibilityNote ? { plausibilityNote } : {}) } : v));
  return saveDraft(head, { periodId: openId, unitId: unitIdOf.get(code)!, version: sub.version, content: { ...content, values } });
}

describe('what counts outside the unit', () => {
  it('a draft and a returned submission count as 未填报; submitted and approved ones count, marked by reportState', async () => {
    const { result } = await getPeriodResults(db, openId);
    const states = await db.submission.findMany({ where: { periodId: openId }, select: { unitId: true, state: true } });
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(['draft', 'returned', 'submitted', 'approved']));
    for (const s of states) {
      const u = result.units.find((x) => x.unitId === s.unitId)!;
      const counted = s.state === 'submitted' || s.state === 'approved';
      expect(u.reportState, s.state).toBe(counted ? s.state : 'unreported');
      if (!counted) expect(u.indicators.every((i) => i.missing && i.points === 0)).toBe(true);
    }
    expect(unitIn(result, 'sjj').reportState).toBe('unreported'); // the demo's 逾期 draft
    expect(unitIn(result, 'cgj').reportState).toBe('unreported'); // returned with a comment
    expect(unitIn(result, 'jsj').reportState).toBe('approved');
    // the arena's close computes from the same public view by default
    const input = await loadScoringInput(db, openId);
    expect(input.indicators.filter((i) => i.unitId === unitIdOf.get('sjj')).every((i) => i.actual === null)).toBe(true);
  });

  it("a returned draft's autosave of 972 (target 100) leaves a leader's ranking unchanged, and invalidates nothing shared", async () => {
    const before = await getPeriodResults(db, openId);
    const versionsBefore = await dataVersions(db);
    const { ind, actual } = await typo972('cgj');
    await autosave('cgj', ind.id, actual);
    expect((await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId: ind.id } })).actual).toBe(actual);
    // no shared version moved: the very same cached results answer
    expect(await dataVersions(db)).toEqual(versionsBefore);
    const after = await getPeriodResults(db, openId);
    expect(after).toBe(before);
    // and recomputed from scratch, the ranking is the same too
    clearResultsCache();
    const fresh = await getPeriodResults(db, openId);
    expect(ranking(fresh.result)).toEqual(ranking(before.result));
    expect(unitIn(fresh.result, 'cgj').indicators.find((i) => i.indicatorId === ind.id)).toMatchObject({ missing: true, points: 0 });
  });

  it('the unit sees its own draft as 草稿预览, with the rank it would have', async () => {
    const { ind } = await typo972('cgj');
    const preview = (await draftPreview(db, openId, unitIdOf.get('cgj')!))!;
    const pub = unitIn((await getPeriodResults(db, openId)).result, 'cgj');
    const i = preview.unit.indicators.find((x) => x.indicatorId === ind.id)!;
    expect(i).toMatchObject({ missing: false, light: 'green', clamped: 'high' });
    expect(preview.unit.indicatorScore).toBeGreaterThan(pub.indicatorScore);
    expect(preview.unit.overallRank).toBeLessThan(pub.overallRank);
    expect(preview.overallCount).toBe(27);
    expect(preview.groupCount).toBeGreaterThan(1);
  });

  it('submitting counts (待审核) and moves the shared version; approving keeps it counted', async () => {
    const cgj = unitIdOf.get('cgj')!;
    const before = await getPeriodResults(db, openId);
    const globalBefore = await dataVersion(db);
    const v0 = (await dataVersions(db)).get(periodScope(openId));
    // the draft still holds the 972: an implausible value is submitted only with the unit's reason (DESIGN §4)
    const { ind, actual } = await typo972('cgj');
    await autosave('cgj', ind.id, actual, '含年中新开工项目，已与统计局核对');
    const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId: openId, unitId: cgj } } });
    const { version } = await submitSubmission(await ctxOf(db, 'cgj_head'), { periodId: openId, unitId: cgj, version: sub.version });
    // only the period's version moved: the published period's results and the global version stand
    expect((await dataVersions(db)).get(periodScope(openId))).not.toBe(v0);
    expect(await dataVersion(db)).toBe(globalBefore);
    const submitted = await getPeriodResults(db, openId);
    expect(submitted).not.toBe(before);
    const u = unitIn(submitted.result, 'cgj');
    expect(u.reportState).toBe('submitted');
    expect(u.indicators.every((i) => !i.missing)).toBe(true);
    expect(u.overallRank).toBeLessThan(unitIn(before.result, 'cgj').overallRank);
    expect(ranking(submitted.result)).not.toEqual(ranking(before.result));

    await approveSubmission(await ctxOf(db, 'admin'), { submissionId: sub.id, version });
    const approved = unitIn((await getPeriodResults(db, openId)).result, 'cgj');
    expect(approved.reportState).toBe('approved');
    expect(approved.final.value).toBe(u.final.value);
  });
});

describe('results cache', () => {
  it("one key per (period, previous period): a period computed as another's previous never stands in for its own results", async () => {
    // a later period whose previous (the open one) is not published: computing it computes the open one alone
    const later = await db.period.create({ data: { name: '2026年下半年', year: 2026, half: 2, state: 'draft' } });
    try {
      clearResultsCache();
      await getPeriodResults(db, later.id);
      const open = (await getPeriodResults(db, openId)).result;
      // the open period's own results compare ranks with 2025下半年: arrows, not all 新
      expect(open.units.some((u) => u.overallRankChange.kind === 'ranked')).toBe(true);
    } finally {
      await db.period.delete({ where: { id: later.id } });
      clearResultsCache();
    }
  });

  it("a draft autosave moves neither the page cache's probe nor any cached results; a global write moves both", async () => {
    const pub = await getPeriodResults(db, publishedId);
    const open = await getPeriodResults(db, openId);
    const probe = await probeVersionAndSession(db, 'no-such-token');
    const { ind, actual } = await typo972('sjj');
    await autosave('sjj', ind.id, actual);
    expect(await probeVersionAndSession(db, 'no-such-token')).toEqual(probe);
    expect(await getPeriodResults(db, publishedId)).toBe(pub);
    expect(await getPeriodResults(db, openId)).toBe(open);
    await db.$transaction((tx) => writeAudit(tx, { id: null, name: '测试', ip: null }, { action: 'test.global', entityType: 'test' }));
    expect((await probeVersionAndSession(db, 'no-such-token')).version).not.toBe(probe.version);
    expect(await getPeriodResults(db, publishedId)).not.toBe(pub);
    expect(await getPeriodResults(db, openId)).not.toBe(open);
  });
});
