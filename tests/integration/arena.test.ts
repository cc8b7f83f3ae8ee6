// The live arena on a scratch database: preparation and the draw, the host's flow and its refusals, the
// scoring rules (one sheet per judge × speaker, own unit, current speaker only, closed means closed),
// concurrency, the engine's panel score after closing, audit rows, and the event bus's replay + live.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { closeArenaBus, publishArenaEvents, subscribeArena } from '@/lib/arena/bus.server';
import {
  closeSpeaker,
  createArena,
  drawOrder,
  extendTimer,
  finishArena,
  nextSpeaker,
  pauseTimer,
  resumeTimer,
  setJudges,
  setOrder,
  setParticipants,
  startArena,
  submitScore,
  updateArena,
} from '@/lib/arena/commands.server';
import { drawCodes } from '@/lib/arena/draw';
import { getArenaLive, getArenaPrep, getJudgeView, listArenas } from '@/lib/arena/queries.server';
import type { ArenaEventMessage } from '@/lib/arena/types';
import { createClient, type Db } from '@/lib/db/client';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { TRIM_FROM } from '@/lib/scoring';
import { addCriterion, updateCriterion } from '@/lib/setup/periods.server';
import { ctxOf, userOf } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { refusalCode } from '../support/refusal';

let scratch: TestDatabase;
let db: Db;
let admin: ActionContext;
let arenaId: string;
let periodId: string;
let prevPeriodId: string;
let rubric: { id: string; name: string; maxScore: number }[];
const unitId = new Map<string, string>();
const BULK = 100;
const bulkJudges: string[] = [];
/** participant ids by unit code */
const pid = new Map<string, string>();

const sheetOf = (a: number, b: number, c: number) => ({ [rubric[0]!.id]: a, [rubric[1]!.id]: b, [rubric[2]!.id]: c });

async function createUser(username: string, role: string, unitCode: string | null) {
  await db.user.create({
    data: { id: randomUUID(), name: username, email: `${username}@test.local`, username, role, unitId: unitCode ? unitId.get(unitCode)! : null },
  });
}

/** Run `fn` and return the audit rows it wrote. */
async function audited(fn: () => Promise<unknown>) {
  const before = await db.auditLog.count();
  await fn();
  const rows = await db.auditLog.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  expect(rows.length).toBeGreaterThan(before);
  return rows.slice(before);
}

/** S_panel as DESIGN §4 says: the judges' totals, highest and lowest dropped from 5 on, averaged. */
function trimmedMean(totals: number[]): number {
  const t = totals.slice().sort((a, b) => a - b);
  const kept = t.length >= TRIM_FROM ? t.slice(1, -1) : t;
  return kept.reduce((s, x) => s + x, 0) / kept.length;
}

async function events(after = 0) {
  return db.arenaEvent.findMany({ where: { arenaId, id: { gt: after } }, orderBy: { id: 'asc' } });
}

async function until(cond: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  scratch = await createSeededDatabase('arena');
  db = await createClient(scratch.url);
  admin = await ctxOf(db, 'admin');
  for (const u of await db.unit.findMany()) unitId.set(u.code, u.id);
  const cur = await db.period.findFirstOrThrow({ where: { year: 2026, half: 1 }, include: { rubric: { orderBy: { sortOrder: 'asc' } } } });
  periodId = cur.id;
  rubric = cur.rubric;
  prevPeriodId = (await db.period.findFirstOrThrow({ where: { year: 2025, half: 2 } })).id;
  arenaId = (await db.arena.findFirstOrThrow({ where: { periodId } })).id;
  // a judge from 建设局 (conflict of interest), one from no panel, and a hundred more for the crowd
  await createUser('judge_jsj', 'judge', 'jsj');
  await createUser('judge_off', 'judge', null);
  for (let i = 0; i < BULK; i++) {
    const name = `bulk${String(i).padStart(3, '0')}`;
    await createUser(name, 'judge', null);
    bulkJudges.push(name);
  }
});

afterAll(async () => {
  await closeArenaBus();
  await db?.$disconnect();
  await scratch?.drop();
});

describe('seeded arenas', () => {
  it('2025H2: one sheet per judge × speaker, its three criterion rows hang off it and add up to its total', async () => {
    const prev = await db.arena.findFirstOrThrow({ where: { periodId: prevPeriodId }, include: { judges: true, participants: true } });
    expect(await db.panelSheet.count({ where: { arenaId: prev.id } })).toBe(prev.judges.length * prev.participants.length);
    expect(await db.panelScore.count({ where: { arenaId: prev.id, sheetId: null } })).toBe(0);
    const sheet = await db.panelSheet.findFirstOrThrow({ where: { arenaId: prev.id }, include: { scores: true } });
    expect(sheet.scores).toHaveLength(3);
    expect(sheet.total).toBeCloseTo(
      sheet.scores.reduce((s, x) => s + x.score, 0),
      9,
    );
  });

  it('2026H1: prepared, not drawn, every unit speaks and every leader and judge scores', async () => {
    const a = await db.arena.findUniqueOrThrow({ where: { id: arenaId }, include: { participants: true, judges: { include: { user: true } } } });
    expect(a).toMatchObject({ name: '2026年上半年部长擂台', state: 'prep', minutesPerSpeaker: 8, drawSeed: null });
    expect(a.participants).toHaveLength(unitId.size);
    expect(a.judges.every((j) => j.user.role === 'leader' || j.user.role === 'judge')).toBe(true);
    expect(a.judges.length).toBe(
      await db.user.count({
        where: { role: { in: ['leader', 'judge'] }, username: { not: { startsWith: 'bulk' } }, NOT: { username: { in: ['judge_jsj', 'judge_off'] } } },
      }),
    );
    const list = await listArenas(db, await userOf(db, 'leader1'));
    expect(list.arenas.map((x) => [x.name, x.state, x.isJudge, x.canHost])).toEqual([
      ['2026年上半年部长擂台', 'prep', true, false],
      ['2025年下半年部长擂台', 'finished', true, false],
    ]);
    expect((await listArenas(db, await userOf(db, 'jsj_head'))).arenas).toEqual([]);
  });
});

describe('preparation', () => {
  it('one arena per period, only in a period that holds submissions, only by the host', async () => {
    expect(await refusalCode(createArena(admin, { periodId, name: 'x', minutesPerSpeaker: 8 }))).toBe('arenaExists');
    expect(await refusalCode(createArena(admin, { periodId: prevPeriodId, name: 'x', minutesPerSpeaker: 8 }))).toBe('arenaPeriodState');
    const leader = await ctxOf(db, 'leader1');
    expect(await refusalCode(createArena(leader, { periodId, name: 'x', minutesPerSpeaker: 8 }))).toBe('forbidden');
    expect(await refusalCode(drawOrder(leader, { arenaId }))).toBe('forbidden');
    expect(await refusalCode(setJudges(leader, { arenaId, userIds: [] }))).toBe('forbidden');
    expect(await getArenaPrep(db, await userOf(db, 'leader1'), arenaId)).toBeNull();
  });

  it('participants and judges: kept ones keep their place, ineligible judges are refused', async () => {
    const five = ['spj', 'jsj', 'sjj', 'cgj', 'kcj'];
    const rows = await audited(() => setParticipants(admin, { arenaId, unitIds: five.map((c) => unitId.get(c)!) }));
    expect(rows.map((r) => r.action)).toEqual(['arena.set_participants']);
    const ps = await db.arenaParticipant.findMany({ where: { arenaId }, orderBy: { order: 'asc' }, include: { unit: true } });
    expect(ps.map((p) => p.order)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(ps.map((p) => p.unit.code))).toEqual(new Set(five));
    for (const p of ps) pid.set(p.unit.code, p.id);

    const jsjHead = (await userOf(db, 'jsj_head')).id;
    expect(await refusalCode(setJudges(admin, { arenaId, userIds: [jsjHead] }))).toBe('judgeNotEligible');
    const panel = ['leader1', 'leader2', 'leader3', 'leader4', 'leader5', 'judge1', 'judge2', 'judge3', 'judge_jsj', ...bulkJudges];
    const ids = await Promise.all(panel.map(async (u) => (await userOf(db, u)).id));
    await setJudges(admin, { arenaId, userIds: ids });
    expect(await db.arenaJudge.count({ where: { arenaId } })).toBe(panel.length);
    await updateArena(admin, { arenaId, name: '2026年上半年部长擂台', minutesPerSpeaker: 6 });
  });

  it('order by hand: every participant exactly once', async () => {
    const order = ['jsj', 'spj', 'sjj', 'cgj', 'kcj'].map((c) => pid.get(c)!);
    expect(await refusalCode(setOrder(admin, { arenaId, participantIds: order.slice(1) }))).toBe('orderMismatch');
    expect(await refusalCode(setOrder(admin, { arenaId, participantIds: [order[0]!, ...order.slice(0, 4)] }))).toBe('orderMismatch');
    await setOrder(admin, { arenaId, participantIds: order });
    const ps = await db.arenaParticipant.findMany({ where: { arenaId }, orderBy: { order: 'asc' }, include: { unit: true } });
    expect(ps.map((p) => p.unit.code)).toEqual(['jsj', 'spj', 'sjj', 'cgj', 'kcj']);
  });

  it('the draw is stored, re-checkable with draw.ts, and a redraw is audited with before and after', async () => {
    const first = await drawOrder(admin, { arenaId });
    const codes = ['jsj', 'spj', 'sjj', 'cgj', 'kcj'];
    expect(first.order).toEqual(drawCodes(codes, first.seed));
    let a = await db.arena.findUniqueOrThrow({ where: { id: arenaId }, include: { participants: { orderBy: { order: 'asc' }, include: { unit: true } } } });
    expect(a.drawSeed).toBe(first.seed);
    expect(a.drawnAt).not.toBeNull();
    expect(a.participants.map((p) => p.unit.code)).toEqual(drawCodes(codes, a.drawSeed!));

    const rows = await audited(() => drawOrder(admin, { arenaId }));
    a = await db.arena.findUniqueOrThrow({ where: { id: arenaId }, include: { participants: { orderBy: { order: 'asc' }, include: { unit: true } } } });
    expect(a.drawSeed).not.toBe(first.seed);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'arena.draw', entityType: 'arena', entityId: arenaId, actorName: admin.user.name });
    expect(rows[0]!.before).toMatchObject({ seed: first.seed, order: first.order });
    expect(rows[0]!.after).toMatchObject({ seed: a.drawSeed, order: a.participants.map((p) => p.unit.code) });

    const prep = (await getArenaPrep(db, admin.user, arenaId))!;
    expect(prep.draw).toMatchObject({ seed: a.drawSeed, orderMatchesDraw: true });
    expect(prep.draws.map((d) => [d.seed, d.redraw])).toEqual([
      [first.seed, false],
      [a.drawSeed, true],
    ]);
    expect(prep.editable).toBe(true);
    expect(prep.startBlockers).toEqual([]);
    expect(prep.participants.map((p) => p.unitCode)).toEqual(a.participants.map((p) => p.unit.code));
    expect(prep.candidateJudges.find((j) => j.username === 'judge_off')).toMatchObject({ selected: false });
    expect(prep.candidateUnits.filter((u) => u.selected)).toHaveLength(5);

    // the demo's speaking order for the rest of this file
    await setOrder(admin, { arenaId, participantIds: ['jsj', 'spj', 'sjj', 'cgj', 'kcj'].map((c) => pid.get(c)!) });
    expect((await db.arena.findUniqueOrThrow({ where: { id: arenaId } })).drawSeed).toBeNull();
  });
});

describe('hosting and scoring', () => {
  it('nothing runs before the start; starting locks preparation and the rubric', async () => {
    expect(await refusalCode(nextSpeaker(admin, { arenaId }))).toBe('arenaNotStarted');
    const judge1 = await ctxOf(db, 'judge1');
    expect(await refusalCode(submitScore(judge1, { arenaId, participantId: pid.get('jsj')!, scores: sheetOf(30, 20, 20) }))).toBe('arenaNotStarted');
    const rows = await audited(() => startArena(admin, { arenaId }));
    expect(rows.map((r) => r.action)).toEqual(['arena.start']);
    expect(await refusalCode(startArena(admin, { arenaId }))).toBe('arenaNotPrep');
    expect(await refusalCode(setParticipants(admin, { arenaId, unitIds: [] }))).toBe('arenaNotPrep');
    expect(await refusalCode(drawOrder(admin, { arenaId }))).toBe('arenaNotPrep');
    expect(await refusalCode(addCriterion(admin, { periodId, name: '临场表现', maxScore: 10 }))).toBe('rubricLocked');
    expect(await refusalCode(updateCriterion(admin, { id: rubric[0]!.id, name: rubric[0]!.name, maxScore: 50 }))).toBe('rubricLocked');
    expect(await refusalCode(submitScore(judge1, { arenaId, participantId: pid.get('jsj')!, scores: sheetOf(30, 20, 20) }))).toBe('scoreNotCurrent');
  });

  it('next speaker takes the floor with a fresh clock; pause, resume and extend', async () => {
    const t0 = new Date();
    const host = { ...admin, now: t0 };
    await nextSpeaker(host, { arenaId });
    expect(await refusalCode(nextSpeaker(admin, { arenaId }))).toBe('speakerNotClosed');
    let a = await db.arena.findUniqueOrThrow({ where: { id: arenaId } });
    expect(a).toMatchObject({ currentParticipantId: pid.get('jsj'), timerSeconds: 360, timerPaused: false });
    expect(a.timerStartedAt?.getTime()).toBe(t0.getTime());

    await pauseTimer({ ...admin, now: new Date(t0.getTime() + 60_000) }, { arenaId });
    expect(await refusalCode(pauseTimer(admin, { arenaId }))).toBe('timerPaused');
    a = await db.arena.findUniqueOrThrow({ where: { id: arenaId } });
    expect(a).toMatchObject({ timerSeconds: 300, timerPaused: true, timerStartedAt: null });
    await extendTimer(admin, { arenaId, seconds: 60 });
    await resumeTimer({ ...admin, now: new Date() }, { arenaId });
    expect(await refusalCode(resumeTimer(admin, { arenaId }))).toBe('timerRunning');
    a = await db.arena.findUniqueOrThrow({ where: { id: arenaId } });
    expect(a).toMatchObject({ timerSeconds: 360, timerPaused: false });

    const live = (await getArenaLive(db, admin.user, arenaId))!;
    expect(live.role).toBe('host');
    expect(live.current).toMatchObject({ unitCode: 'jsj', state: 'speaking', scoredCount: 0, eligibleJudgeCount: 8 + BULK });
    expect(live.current!.brief.indicators.length).toBeGreaterThan(0);
    expect(live.current!.brief.indicators.every((i) => ['green', 'yellow', 'red', 'missing'].includes(i.light))).toBe(true);
    expect(live.timer.running).toBe(true);
    expect(live.timer.remainingSeconds).toBeGreaterThan(350);
    expect(live.scoredJudgeIds).toEqual([]);
  });

  it('refuses: not on the panel, not a scorer, own unit, not the current speaker, bad sheets', async () => {
    const jsj = pid.get('jsj')!;
    const good = sheetOf(35, 25, 26);
    expect(await refusalCode(submitScore(await ctxOf(db, 'judge_off'), { arenaId, participantId: jsj, scores: good }))).toBe('notArenaJudge');
    expect(await refusalCode(submitScore(admin, { arenaId, participantId: jsj, scores: good }))).toBe('forbidden');
    expect(await refusalCode(submitScore(await ctxOf(db, 'jsj_head'), { arenaId, participantId: jsj, scores: good }))).toBe('forbidden');
    const own = await ctxOf(db, 'judge_jsj');
    expect(await refusalCode(submitScore(own, { arenaId, participantId: jsj, scores: good }))).toBe('scoreOwnUnit');
    const jv = (await getJudgeView(db, own.user, arenaId))!;
    expect(jv.scoring).toMatchObject({ participantId: jsj, canScore: false, reason: 'own_unit', sheet: null });

    const j1 = await ctxOf(db, 'judge1');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: pid.get('spj')!, scores: good }))).toBe('scoreNotCurrent');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: 'nope', scores: good }))).toBe('notFound');
    expect(await refusalCode(submitScore(j1, { arenaId: 'nope', participantId: jsj, scores: good }))).toBe('notFound');
    expect(await refusalCode(closeSpeaker(admin, { arenaId: 'nope' }))).toBe('notFound');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: jsj, scores: sheetOf(41, 20, 20) }))).toBe('scoreOutOfRange');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: jsj, scores: sheetOf(-1, 20, 20) }))).toBe('scoreOutOfRange');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: jsj, scores: sheetOf(Number.NaN, 20, 20) }))).toBe('scoreOutOfRange');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: jsj, scores: sheetOf(30.25, 20, 20) }))).toBe('scorePrecision');
    const { [rubric[2]!.id]: _dropped, ...missing } = good;
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: jsj, scores: missing }))).toBe('scoreMissing');
    expect(await refusalCode(submitScore(j1, { arenaId, participantId: jsj, scores: { ...good, other: 5 } }))).toBe('scoreUnknownCriterion');
    expect(await db.panelSheet.count({ where: { participantId: jsj } })).toBe(0);
    expect(await db.panelScore.count({ where: { participantId: jsj } })).toBe(0);
  });

  it('a judge revises until the close: one sheet, version bumps, each write audited', async () => {
    const jsj = pid.get('jsj')!;
    const l1 = await ctxOf(db, 'leader1');
    const rows1 = await audited(() => submitScore(l1, { arenaId, participantId: jsj, scores: sheetOf(30, 22, 21.5), expectedVersion: 0 }));
    expect(rows1.map((r) => r.action)).toEqual(['arena.score']);
    expect(await refusalCode(submitScore(l1, { arenaId, participantId: jsj, scores: sheetOf(31, 22, 21.5), expectedVersion: 0 }))).toBe('scoreStale');
    const rows2 = await audited(() => submitScore(l1, { arenaId, participantId: jsj, scores: sheetOf(36, 26, 25.5), expectedVersion: 1 }));
    expect(rows2.map((r) => [r.action, (r.before as { total: number }).total, (r.after as { total: number }).total])).toEqual([
      ['arena.revise_score', 73.5, 87.5],
    ]);
    const sheets = await db.panelSheet.findMany({ where: { participantId: jsj }, include: { scores: true } });
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ version: 2, total: 87.5 });
    expect(sheets[0]!.scores.map((s) => s.score).sort()).toEqual([25.5, 26, 36]);
    expect(await db.panelScore.count({ where: { participantId: jsj } })).toBe(3);

    const jv = (await getJudgeView(db, l1.user, arenaId))!;
    expect(jv.scoring).toMatchObject({ canScore: true, reason: null, sheet: { version: 2, total: 87.5 } });
    expect(jv.scoring.sheet!.scores).toEqual(sheetOf(36, 26, 25.5));
    expect(jv.scoredJudgeIds).toBeNull();
    expect(jv.judges).toBeNull();
    expect(await getJudgeView(db, await userOf(db, 'judge_off'), arenaId)).toBeNull();
    expect(await getJudgeView(db, admin.user, arenaId)).toBeNull();
  });

  it('closing computes the panel score through the engine; nothing is accepted after it', async () => {
    const jsj = pid.get('jsj')!;
    const totals: Record<string, [number, number, number]> = {
      leader2: [38, 27, 27],
      leader3: [30, 20, 22],
      leader4: [35.5, 25, 24],
      leader5: [25, 18, 19.5],
      judge1: [39.9, 29, 29],
    };
    for (const [u, s] of Object.entries(totals)) await submitScore(await ctxOf(db, u), { arenaId, participantId: jsj, scores: sheetOf(...s) });
    const host = (await getArenaLive(db, admin.user, arenaId))!;
    expect(host.current!.scoredCount).toBe(6);
    expect(host.scoredJudgeIds!.sort()).toEqual((await Promise.all(['leader1', ...Object.keys(totals)].map(async (u) => (await userOf(db, u)).id))).sort());
    const screen = (await getArenaLive(db, await userOf(db, 'leader2'), arenaId))!;
    expect(screen.role).toBe('judge');
    expect(screen.scoredJudgeIds).toBeNull();
    expect(screen.liveRanking).toEqual([]);

    const before = await events();
    const rows = await audited(() => closeSpeaker(admin, { arenaId }));
    expect(rows.map((r) => r.action)).toEqual(['arena.close_speaker']);
    const expected = trimmedMean([87.5, ...Object.values(totals).map(([a, b, c]) => a + b + c)]);
    const results = await getPeriodResults(db, periodId);
    const unit = results.result.units.find((u) => u.unitId === unitId.get('jsj'))!;
    expect(unit.panel.rule).toBe('trimmed_mean');
    expect(unit.panelScore).toBeCloseTo(expected, 9);
    expect(unit.provisional).toBe(false);

    const closed = (await events(before.at(-1)!.id)).map((e) => e as unknown as ArenaEventMessage);
    expect(closed.map((e) => e.type)).toEqual(['speaker.closed']);
    const payload = closed[0]!.payload as { panelScore: number; liveRanking: { unitId: string; rank: number; panelScore: number; final: number }[] };
    expect(payload.panelScore).toBeCloseTo(expected, 9);
    expect(payload.liveRanking).toEqual([
      expect.objectContaining({ rank: 1, unitId: unitId.get('jsj'), panelScore: unit.panelScore, final: unit.final.value }),
    ]);

    expect(await refusalCode(submitScore(await ctxOf(db, 'judge2'), { arenaId, participantId: jsj, scores: sheetOf(30, 20, 20) }))).toBe('scoreClosed');
    expect(await refusalCode(submitScore(await ctxOf(db, 'leader1'), { arenaId, participantId: jsj, scores: sheetOf(30, 20, 20) }))).toBe('scoreClosed');
    expect(await refusalCode(closeSpeaker(admin, { arenaId }))).toBe('noCurrentSpeaker');
    expect((await db.panelSheet.findMany({ where: { participantId: jsj } })).length).toBe(6);

    const live = (await getArenaLive(db, admin.user, arenaId))!;
    expect(live.current).toMatchObject({ unitCode: 'jsj', state: 'closed', panelScore: unit.panelScore });
    expect(live.timer).toMatchObject({ running: false, remainingSeconds: null });
    expect(live.liveRanking.map((r) => r.unitId)).toEqual([unitId.get('jsj')]);
  });

  it(`${BULK} concurrent submissions of ${BULK} judges give exactly ${BULK} sheets; concurrent duplicates of one pair give one`, async () => {
    await nextSpeaker(admin, { arenaId });
    const spj = pid.get('spj')!;
    const before = (await events()).at(-1)!.id;
    const ctxs = await Promise.all(bulkJudges.map((u) => ctxOf(db, u)));
    const results = await Promise.all(
      ctxs.map((ctx, i) => submitScore(ctx, { arenaId, participantId: spj, scores: sheetOf(20 + (i % 20), 15 + (i % 15), 10 + (i % 11) / 10) })),
    );
    expect(results.every((r) => r.version === 1)).toBe(true);
    expect(await db.panelSheet.count({ where: { participantId: spj } })).toBe(BULK);
    expect(await db.panelScore.count({ where: { participantId: spj } })).toBe(BULK * rubric.length);
    // serialised per arena: the counts the screens were told are 1…100, each once, in event-id order
    const evs = (await events(before)).filter((e) => e.type === 'score.submitted');
    expect(evs.map((e) => (e.payload as { scoredCount: number }).scoredCount)).toEqual(Array.from({ length: BULK }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.eventId)).size).toBe(BULK);

    const j1 = await ctxOf(db, 'judge1');
    const dup = await Promise.all(Array.from({ length: 20 }, (_, i) => submitScore(j1, { arenaId, participantId: spj, scores: sheetOf(30, 20, 10 + i / 10) })));
    const sheets = await db.panelSheet.findMany({ where: { participantId: spj, judgeId: j1.user.id }, include: { scores: true } });
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.version).toBe(20);
    expect(sheets[0]!.scores).toHaveLength(3);
    expect(dup.map((d) => d.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await db.auditLog.count({ where: { entityType: 'panel_sheet', entityId: sheets[0]!.id } })).toBe(20);
    expect(await db.panelSheet.count({ where: { participantId: spj } })).toBe(BULK + 1);

    await closeSpeaker(admin, { arenaId, participantId: spj });
    const all = await db.panelSheet.findMany({ where: { participantId: spj } });
    const unit = (await getPeriodResults(db, periodId)).result.units.find((u) => u.unitId === unitId.get('spj'))!;
    expect(unit.panel.validCount).toBe(BULK + 1);
    expect(unit.panelScore).toBeCloseTo(trimmedMean(all.map((s) => s.total)), 9);
  });

  it('the live ranking lists closed speakers only, ranked by the engine', async () => {
    const live = (await getArenaLive(db, await userOf(db, 'judge2'), arenaId))!;
    expect(live.liveRanking.map((r) => r.unitId).sort()).toEqual([unitId.get('jsj'), unitId.get('spj')].sort());
    const results = (await getPeriodResults(db, periodId)).result.units;
    const rankOf = (u: string) => results.find((x) => x.unitId === u)!.overallRank;
    const [a, b] = live.liveRanking;
    expect(rankOf(a!.unitId)).toBeLessThanOrEqual(rankOf(b!.unitId));
    expect(a!.rank).toBe(1);
    expect(b!.rank).toBe(rankOf(a!.unitId) === rankOf(b!.unitId) ? 1 : 2);
    expect(live.participants.find((p) => p.unitCode === 'sjj')).toMatchObject({ state: 'waiting', panelScore: null, final: null });
  });
});

describe('event bus', () => {
  it('replays exactly what came after Last-Event-ID, then delivers live events once each, in order', async () => {
    await nextSpeaker(admin, { arenaId });
    const sjj = pid.get('sjj')!;
    const all = await events();
    const k = all[Math.floor(all.length / 2)]!.id;
    const got: number[] = [];
    const unsubscribe = await subscribeArena(arenaId, k, (m) => got.push(m.id), { db, url: scratch.url });
    expect(got).toEqual(all.filter((e) => e.id > k).map((e) => e.id));

    // a second subscriber joins while 30 judges are scoring: replay and live must meet without gaps or duplicates
    const late: ArenaEventMessage[] = [];
    const ctxs = await Promise.all(bulkJudges.slice(0, 30).map((u) => ctxOf(db, u)));
    const writes = Promise.all(ctxs.map((ctx) => submitScore(ctx, { arenaId, participantId: sjj, scores: sheetOf(30, 20, 20) })));
    const unsubscribeLate = await subscribeArena(arenaId, k, (m) => late.push(m), { db, url: scratch.url });
    await writes;
    await pauseTimer(admin, { arenaId });
    const dbIds = (await events(k)).map((e) => e.id);
    await until(() => got.at(-1) === dbIds.at(-1) && late.at(-1)?.id === dbIds.at(-1));
    expect(got).toEqual(dbIds);
    expect(late.map((m) => m.id)).toEqual(dbIds);
    const scored = late.filter((m) => m.type === 'score.submitted' && m.payload.participantId === sjj);
    expect(scored.map((m) => (m.type === 'score.submitted' ? m.payload.scoredCount : 0))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(late.at(-1)).toMatchObject({ type: 'timer.changed', payload: { action: 'pause' } });
    // shared screens never see a judge's values
    expect(late.filter((m) => m.type === 'score.submitted').every((m) => !('scores' in m.payload) && !('total' in m.payload))).toBe(true);

    unsubscribe();
    unsubscribeLate();
    await resumeTimer(admin, { arenaId });
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual(dbIds);
  });

  it('an event that follows the last one goes out from memory; after a gap the channel reads the database', async () => {
    const last = (await events()).at(-1)!.id;
    const got: number[] = [];
    const unsubscribe = await subscribeArena(arenaId, last, (m) => got.push(m.id), { db, url: scratch.url });
    // ids that are not in the database: only the in-memory path can deliver them
    const made = (id: number): ArenaEventMessage => ({
      id,
      arenaId,
      type: 'timer.changed',
      at: new Date().toISOString(),
      payload: { participantId: pid.get('sjj')!, action: 'extend', seconds: 0, timer: { startedAt: null, seconds: null, paused: false } },
    });
    publishArenaEvents([{ message: made(last + 1_000_000), prev: last }]);
    expect(got).toEqual([last + 1_000_000]); // at once, no read
    publishArenaEvents([{ message: made(last + 3_000_000), prev: last + 2_000_000 }]); // its predecessor never came
    publishArenaEvents([{ message: made(last + 1_000_000), prev: last }]); // again: already delivered
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toEqual([last + 1_000_000]); // the read found nothing newer in the database
    unsubscribe();
  });

  it('a resume point past the newest event (a made-up Last-Event-ID) does not hide the events that come next', async () => {
    const got: number[] = [];
    const unsubscribe = await subscribeArena(arenaId, 10 ** 12, (m) => got.push(m.id), { db, url: scratch.url });
    expect(got).toEqual([]);
    await pauseTimer(admin, { arenaId });
    await resumeTimer(admin, { arenaId });
    const two = (await events()).slice(-2).map((e) => e.id);
    await until(() => got.length >= 2);
    expect(got).toEqual(two);
    unsubscribe();
  });

  it('an event written by another app instance arrives (PostgreSQL: LISTEN/NOTIFY; SQLite: the safety poll)', async () => {
    const got: number[] = [];
    const last = (await events()).at(-1)!.id;
    const unsubscribe = await subscribeArena(arenaId, last, (m) => got.push(m.id), { db, url: scratch.url });
    // another instance: its own connection, no in-process poke
    const other = await createClient(scratch.url);
    const row = await other.$transaction(async (tx) => {
      await tx.arena.updateMany({ where: { id: arenaId }, data: { updatedAt: new Date() } });
      const ev = await tx.arenaEvent.create({
        data: {
          arenaId,
          type: 'timer.changed',
          payload: { participantId: pid.get('sjj')!, action: 'extend', seconds: 0, timer: { startedAt: null, seconds: null, paused: false } },
        },
      });
      if (scratch.provider === 'postgresql') await tx.$executeRaw`SELECT pg_notify('leitai_arena', ${JSON.stringify({ a: arenaId, i: ev.id })})`;
      return ev;
    });
    const started = Date.now();
    await until(() => got.includes(row.id), 8000);
    if (scratch.provider === 'postgresql') expect(Date.now() - started).toBeLessThan(1000);
    expect(got).toEqual([row.id]);
    if (scratch.provider === 'postgresql') {
      // a notification that carries the event (as recordArenaEvent sends it) is delivered without a read:
      // this id is not in the database
      const message = { id: row.id + 1_000_000, arenaId, type: 'timer.changed', at: new Date().toISOString(), payload: row.payload };
      await other.$executeRaw`SELECT pg_notify('leitai_arena', ${JSON.stringify({ a: arenaId, i: message.id, p: row.id, m: message })})`;
      await until(() => got.length === 2, 2000);
      expect(got).toEqual([row.id, row.id + 1_000_000]);
    }
    unsubscribe();
    await other.$disconnect();
  });
});

describe('finishing', () => {
  it('refuses while a speaker holds the floor or others wait; force finishes and leaves them unscored', async () => {
    expect(await refusalCode(finishArena(admin, { arenaId }))).toBe('speakerNotClosed');
    // the host closes while 70 more judges are scoring: each score either counts in the close or is refused
    const sjj = pid.get('sjj')!;
    const ctxs = await Promise.all(bulkJudges.slice(30).map((u) => ctxOf(db, u)));
    let settled = 0;
    const scoring = ctxs.map((ctx) =>
      submitScore(ctx, { arenaId, participantId: sjj, scores: sheetOf(25, 18, 17) }).then(
        (r) => ((settled += 1), { ok: true as const, version: r.version }),
        async (err: unknown) => ((settled += 1), { ok: false as const, code: await refusalCode(Promise.reject(err)) }),
      ),
    );
    await until(() => settled >= 10);
    await closeSpeaker(admin, { arenaId });
    const outcomes = await Promise.all(scoring);
    const closing = (await db.auditLog.findMany({ where: { action: 'arena.close_speaker', entityId: arenaId } })).filter(
      (r) => (r.after as { participantId?: string }).participantId === sjj,
    );
    const accepted = outcomes.filter((o) => o.ok).length;
    expect(accepted).toBeGreaterThanOrEqual(10);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.code === 'scoreClosed')).toBe(true);
    const sheets = await db.panelSheet.findMany({ where: { participantId: sjj } });
    expect(sheets).toHaveLength(30 + accepted);
    // the close counted exactly the sheets that exist: none committed after it, none lost before it
    expect(closing.map((r) => (r.after as { sheets: number }).sheets)).toEqual([30 + accepted]);
    const unit = (await getPeriodResults(db, periodId)).result.units.find((u) => u.unitId === unitId.get('sjj'))!;
    expect(unit.panel.validCount).toBe(30 + accepted);
    expect((closing[0]!.after as { panelScore: number }).panelScore).toBeCloseTo(unit.panelScore!, 9);
    expect(await refusalCode(finishArena(admin, { arenaId }))).toBe('speakersPending');
    const rows = await audited(() => finishArena(admin, { arenaId, force: true }));
    expect(rows.map((r) => r.action)).toEqual(['arena.finish']);
    const last = (await events()).at(-1)!;
    expect(last.type).toBe('arena.finished');
    expect((last.payload as { liveRanking: unknown[] }).liveRanking).toHaveLength(3);
    expect(await refusalCode(nextSpeaker(admin, { arenaId }))).toBe('arenaFinished');
    expect(await refusalCode(submitScore(await ctxOf(db, 'judge1'), { arenaId, participantId: pid.get('cgj')!, scores: sheetOf(1, 1, 1) }))).toBe(
      'arenaFinished',
    );
    const live = (await getArenaLive(db, admin.user, arenaId))!;
    expect(live.arena.state).toBe('finished');
    expect(live.current).toBeNull();
    expect(live.liveRanking).toHaveLength(3);
  });

  it('every write left an audit row and an event', async () => {
    const actions = await db.auditLog.groupBy({
      by: ['action'],
      where: { OR: [{ entityType: 'arena', entityId: arenaId }, { entityType: 'panel_sheet' }] },
      _count: { _all: true },
    });
    const byAction = Object.fromEntries(actions.map((a) => [a.action, a._count._all]));
    expect(byAction).toMatchObject({
      'arena.set_participants': 1,
      'arena.set_judges': 1,
      'arena.update': 1,
      'arena.draw': 2,
      'arena.set_order': 2,
      'arena.start': 1,
      'arena.next_speaker': 3,
      'arena.timer_pause': 3,
      'arena.timer_resume': 3,
      'arena.timer_extend': 1,
      'arena.close_speaker': 3,
      'arena.finish': 1,
    });
    const sheetWrites = (byAction['arena.score'] ?? 0) + (byAction['arena.revise_score'] ?? 0);
    const scoreEvents = await db.arenaEvent.count({ where: { arenaId, type: 'score.submitted' } });
    expect(sheetWrites).toBe(scoreEvents);
    expect(byAction['arena.score']).toBe(await db.panelSheet.count({ where: { arenaId } }));
    // events: one per audited arena write (+ the other instance's extra one)
    const arenaWrites = Object.entries(byAction)
      .filter(([k]) => k.startsWith('arena.'))
      .reduce((s, [, n]) => s + n, 0);
    expect(await db.arenaEvent.count({ where: { arenaId } })).toBe(arenaWrites + 1);
  });
});
