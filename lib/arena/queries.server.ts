// Read side of the arena: the list, the admin's preparation view, the live view shared by host console,
// big screen and judges, the judge's own view, and the speaker brief. Numbers come from the one scoring
// engine (getPeriodResults). A reader without the right sees nothing (null → 404), as for a missing arena.
import 'server-only';
import type { Prisma } from '../generated/sqlite/client';
import type { CurrentUser } from '../auth/guard.server';
import { can, type Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { chinaMinuteInput } from '../domain/dates';
import type { ArenaState, ParticipantState, SubmissionState, UnitKind } from '../domain/enums';
import { getPeriodResults } from '../leaderboard/load.server';
import { unitLedgerFigures } from '../problems/figures.server';
import type { ScoringResult, UnitResult } from '../scoring/types';
import { lastArenaEventId } from './bus.server';
import { DRAW_RECIPE, drawCodes } from './draw';
import { liveRanking } from './ranking';
import { isRubricLocked, scoreRefusal, startBlockers } from './rules';
import { timerOf, timerView } from './timer';
import {
  ARENA_PERIOD_STATES,
  type ArenaHeader,
  type ArenaListView,
  type ArenaLiveView,
  type ArenaPrepView,
  type ArenaSummary,
  type BriefIndicator,
  type DrawRecord,
  type JudgeView,
  type LiveRole,
  type MySheet,
  type ParticipantView,
  type PrepJudge,
  type RubricCriterionView,
  type SpeakerBrief,
  type SpeakerLedger,
} from './types';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export const arenaInclude = {
  period: { select: { id: true, name: true, state: true } },
  participants: {
    orderBy: { order: 'asc' },
    include: {
      unit: {
        select: {
          id: true,
          code: true,
          name: true,
          shortName: true,
          kind: true,
          headName: true,
          headTitle: true,
          groupId: true,
          sortOrder: true,
          group: { select: { name: true } },
        },
      },
    },
  },
  judges: {
    include: {
      user: { select: { id: true, name: true, title: true, username: true, role: true, unitId: true, disabled: true, unit: { select: { name: true } } } },
    },
  },
} satisfies Prisma.ArenaInclude;

export type ArenaCore = Prisma.ArenaGetPayload<{ include: typeof arenaInclude }>;
type CoreParticipant = ArenaCore['participants'][number];

/** Whether the arena exists (the event stream answers 404 for one that does not). */
export async function arenaExists(db: Tx, arenaId: string): Promise<boolean> {
  return (await db.arena.findUnique({ where: { id: arenaId }, select: { id: true } })) !== null;
}

export function loadArenaCore(db: Tx, arenaId: string): Promise<ArenaCore | null> {
  return db.arena.findUnique({ where: { id: arenaId }, include: arenaInclude });
}

export function arenaHeader(a: ArenaCore): ArenaHeader {
  return {
    id: a.id,
    name: a.name,
    state: a.state as ArenaState,
    periodId: a.periodId,
    periodName: a.period.name,
    periodState: a.period.state,
    minutesPerSpeaker: a.minutesPerSpeaker,
    drawSeed: a.drawSeed,
    drawnAt: iso(a.drawnAt),
    startedAt: iso(a.startedAt),
    finishedAt: iso(a.finishedAt),
  };
}

export async function rubricOf(db: Tx, periodId: string): Promise<RubricCriterionView[]> {
  const rows = await db.rubricCriterion.findMany({
    where: { periodId },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, maxScore: true, sortOrder: true },
  });
  return rows;
}

/** Sheets submitted per participant of the arena. */
export async function sheetCounts(db: Tx, arenaId: string): Promise<Map<string, number>> {
  const rows = await db.panelSheet.groupBy({ by: ['participantId'], where: { arenaId }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.participantId, r._count._all]));
}

export function eligibleJudgeCount(a: ArenaCore, unitId: string): number {
  return a.judges.filter((j) => j.user.unitId !== unitId).length;
}

export function participantView(
  a: ArenaCore,
  p: CoreParticipant,
  counts: ReadonlyMap<string, number>,
  units: ReadonlyMap<string, UnitResult>,
): ParticipantView {
  const closed = p.state === 'closed';
  const r = closed ? units.get(p.unitId) : undefined;
  return {
    id: p.id,
    unitId: p.unitId,
    unitCode: p.unit.code,
    unitName: p.unit.name,
    unitShortName: p.unit.shortName,
    unitKind: p.unit.kind as UnitKind,
    groupId: p.unit.groupId,
    groupName: p.unit.group.name,
    headName: p.unit.headName,
    headTitle: p.unit.headTitle,
    order: p.order,
    state: p.state as ParticipantState,
    startedAt: iso(p.startedAt),
    closedAt: iso(p.closedAt),
    scoredCount: counts.get(p.id) ?? 0,
    eligibleJudgeCount: eligibleJudgeCount(a, p.unitId),
    panelScore: r ? r.panelScore : null,
    final: r ? r.final.value : null,
  };
}

export function unitResults(result: ScoringResult): Map<string, UnitResult> {
  return new Map(result.units.map((u) => [u.unitId, u]));
}

export function rankingOf(a: ArenaCore, result: ScoringResult) {
  return liveRanking(
    result,
    a.participants.filter((p) => p.state === 'closed').map((p) => ({ participantId: p.id, unitId: p.unitId, unitShortName: p.unit.shortName })),
  );
}

// ───────────── speaker brief ─────────────

const CONTENT_STATES: readonly string[] = ['submitted', 'returned', 'approved'];
const HEADLINE_INDICATORS = 8;
const MAIN_GAPS = 3;

/**
 * What the big screen shows about a unit: its indicators with the engine's target, completion and light
 * (as the engine computed them, whatever the submission state), and — once the unit has submitted
 * (submitted, returned or approved) — its highlights, main gaps with measures, strategy measures and
 * second-half goals.
 */
export async function getSpeakerBrief(db: Tx, periodId: string, unitId: string, result?: ScoringResult): Promise<SpeakerBrief> {
  const res = result ?? (await getPeriodResults(db, periodId)).result;
  const unitResult = res.units.find((u) => u.unitId === unitId);
  const engine = new Map((unitResult?.indicators ?? []).map((i) => [i.indicatorId, i]));
  // sequential: may run inside a transaction (one connection)
  const indicators = await db.indicator.findMany({
    where: { periodId, unitId },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, category: true, measureUnit: true, direction: true, weight: true, sortOrder: true, value: { select: { actual: true } } },
  });
  const submission = await db.submission.findUnique({
    where: { periodId_unitId: { periodId, unitId } },
    select: {
      state: true,
      highlights: true,
      h2Goals: true,
      gaps: {
        orderBy: { sortOrder: 'asc' },
        take: MAIN_GAPS,
        select: {
          description: true,
          rootCause: true,
          measures: {
            orderBy: { sortOrder: 'asc' },
            select: { content: true, responsiblePerson: true, deadline: true, status: true, responsibleUnit: { select: { name: true } } },
          },
        },
      },
      pillarMeasures: { select: { content: true, pillar: { select: { name: true, sortOrder: true } } } },
    },
  });
  const headline = indicators
    .slice()
    .sort((a, b) => (a.category === 'main' ? 0 : 1) - (b.category === 'main' ? 0 : 1) || b.weight - a.weight || a.sortOrder - b.sortOrder)
    .slice(0, HEADLINE_INDICATORS)
    .map((i): BriefIndicator => {
      const e = engine.get(i.id);
      const c = e && e.completionFormula !== 'invalid' && !e.missing ? e.c : null;
      return {
        id: i.id,
        name: i.name,
        category: i.category,
        measureUnit: i.measureUnit,
        direction: i.direction as BriefIndicator['direction'],
        weight: i.weight,
        target: e?.target.value ?? null,
        actual: i.value?.actual ?? null,
        c,
        light: e?.light ?? 'missing',
      };
    });
  const showContent = submission !== null && CONTENT_STATES.includes(submission.state);
  const ledger = await speakerLedger(db, periodId, unitId, new Date());
  return {
    unitId,
    submissionState: (submission?.state ?? 'none') as SubmissionState | 'none',
    highlights: showContent ? submission.highlights : '',
    indicators: headline,
    indicatorTotal: indicators.length,
    lights: unitResult
      ? { green: unitResult.lights.green, yellow: unitResult.lights.yellow, red: unitResult.lights.red, missing: unitResult.lights.missing }
      : { green: 0, yellow: 0, red: 0, missing: 0 },
    indicatorScore: unitResult && indicators.length > 0 ? unitResult.indicatorScore : null,
    gaps: showContent
      ? submission.gaps.map((g) => ({
          description: g.description,
          rootCause: g.rootCause,
          measures: g.measures.map((m) => ({
            content: m.content,
            responsibleUnitName: m.responsibleUnit.name,
            responsiblePerson: m.responsiblePerson,
            deadline: iso(m.deadline),
            status: m.status,
          })),
        }))
      : [],
    h2Goals: showContent ? submission.h2Goals : '',
    pillarMeasures: showContent
      ? submission.pillarMeasures
          .slice()
          .sort((a, b) => a.pillar.sortOrder - b.pillar.sortOrder)
          .map((m) => ({ pillarName: m.pillar.name, content: m.content }))
      : [],
    ledger,
  };
}

/** The speaker's ledger figures for the period: read once per speaker (in the speaker.started event), not per screen. */
async function speakerLedger(db: Tx, periodId: string, unitId: string, now: Date): Promise<SpeakerLedger> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, select: { year: true, half: true } });
  const f = await unitLedgerFigures(db, unitId, period, now);
  return { open: f.open, overdue: f.overdue, closed: f.closed, satisfactionRate: f.satisfactionRate, rated: f.rated };
}

// ───────────── list ─────────────

export async function listArenas(db: Db, user: CurrentUser): Promise<ArenaListView> {
  const canHost = can(user, 'arena:host');
  if (!can(user, 'arena:read')) return { arenas: [], creatablePeriods: [], canHost: false };
  const rows = await db.arena.findMany({
    orderBy: [{ period: { year: 'desc' } }, { period: { half: 'desc' } }, { createdAt: 'desc' }],
    include: {
      period: { select: { id: true, name: true, state: true } },
      participants: { select: { state: true } },
      judges: { select: { userId: true } },
    },
  });
  const arenas: ArenaSummary[] = rows.map((a) => ({
    id: a.id,
    name: a.name,
    state: a.state as ArenaState,
    periodId: a.periodId,
    periodName: a.period.name,
    periodState: a.period.state,
    minutesPerSpeaker: a.minutesPerSpeaker,
    participantCount: a.participants.length,
    closedCount: a.participants.filter((p) => p.state === 'closed').length,
    judgeCount: a.judges.length,
    drawnAt: iso(a.drawnAt),
    startedAt: iso(a.startedAt),
    finishedAt: iso(a.finishedAt),
    createdAt: a.createdAt.toISOString(),
    isJudge: a.judges.some((j) => j.userId === user.id),
    canHost,
  }));
  const creatablePeriods = canHost
    ? (
        await db.period.findMany({
          where: { state: { in: [...ARENA_PERIOD_STATES] }, arenas: { none: {} } },
          orderBy: [{ year: 'desc' }, { half: 'desc' }],
          select: { id: true, name: true, state: true },
        })
      ).map((p) => ({ id: p.id, name: p.name, state: p.state }))
    : [];
  return { arenas, creatablePeriods, canHost };
}

// ───────────── preparation ─────────────

/** Whether the period's rubric is locked (lib/arena/rules.ts isRubricLocked), from its arenas and scores. */
export async function rubricLocked(db: Tx, periodId: string, periodState: string): Promise<boolean> {
  if (isRubricLocked({ periodState, startedArenas: 0, scores: 0 })) return true;
  const [startedArenas, scores] = await Promise.all([
    db.arena.count({ where: { periodId, state: { in: ['live', 'finished'] } } }),
    db.panelScore.count({ where: { arena: { periodId } } }),
  ]);
  return isRubricLocked({ periodState, startedArenas, scores });
}

export async function getArenaPrep(db: Db, user: Actor, arenaId: string): Promise<ArenaPrepView | null> {
  if (!can(user, 'arena:host')) return null;
  const a = await loadArenaCore(db, arenaId);
  if (!a) return null;
  const [units, submissions, candidates, rubric, locked, drawRows] = await Promise.all([
    db.unit.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], include: { group: { select: { name: true } } } }),
    db.submission.findMany({ where: { periodId: a.periodId }, select: { unitId: true, state: true, late: true } }),
    db.user.findMany({
      where: { role: { in: ['leader', 'judge'] }, disabled: false },
      orderBy: [{ role: 'asc' }, { username: 'asc' }],
      select: { id: true, name: true, username: true, title: true, role: true, unitId: true, unit: { select: { name: true } } },
    }),
    rubricOf(db, a.periodId),
    rubricLocked(db, a.periodId, a.period.state),
    db.auditLog.findMany({
      where: { entityType: 'arena', entityId: a.id, action: 'arena.draw' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { at: true, actorName: true, before: true, after: true },
    }),
  ]);
  const subs = new Map(submissions.map((s) => [s.unitId, s]));
  const inArena = new Set(a.participants.map((p) => p.unitId));
  const judgeIds = new Set(a.judges.map((j) => j.userId));
  const candidateJudges: PrepJudge[] = candidates.map((u) => ({
    userId: u.id,
    name: u.name,
    username: u.username ?? '',
    title: u.title,
    role: u.role === 'judge' ? 'judge' : 'leader',
    unitId: u.unitId,
    unitName: u.unit?.name ?? null,
    selected: judgeIds.has(u.id),
  }));
  const judges: PrepJudge[] = a.judges
    .map((j) => ({
      userId: j.user.id,
      name: j.user.name,
      username: j.user.username ?? '',
      title: j.user.title,
      role: (j.user.role === 'judge' ? 'judge' : 'leader') as PrepJudge['role'],
      unitId: j.user.unitId,
      unitName: j.user.unit?.name ?? null,
      selected: true,
    }))
    .sort((x, y) => (x.role === y.role ? x.username.localeCompare(y.username) : x.role === 'leader' ? -1 : 1));
  const draws: DrawRecord[] = drawRows.map((r) => {
    const after = (r.after ?? {}) as { seed?: string; order?: string[] };
    const before = (r.before ?? null) as { seed?: string | null } | null;
    return { seed: after.seed ?? '', at: r.at.toISOString(), actorName: r.actorName, order: after.order ?? [], redraw: Boolean(before?.seed) };
  });
  const codes = a.participants.map((p) => p.unit.code);
  const editable = a.state === 'prep' && ARENA_PERIOD_STATES.includes(a.period.state);
  return {
    arena: arenaHeader(a),
    scheduledAt: a.scheduledAt ? chinaMinuteInput(a.scheduledAt) : '',
    editable,
    startBlockers: startBlockers(a, rubric.length),
    candidateUnits: units.map((u) => {
      const s = subs.get(u.id);
      return {
        unitId: u.id,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        kind: u.kind as UnitKind,
        groupId: u.groupId,
        groupName: u.group.name,
        submissionState: (s?.state ?? 'none') as SubmissionState | 'none',
        late: s?.late ?? false,
        selected: inArena.has(u.id),
      };
    }),
    participants: a.participants.map((p) => ({
      id: p.id,
      unitId: p.unitId,
      unitCode: p.unit.code,
      unitName: p.unit.name,
      groupName: p.unit.group.name,
      order: p.order,
    })),
    candidateJudges,
    judges,
    rubric,
    rubricLocked: locked,
    draw:
      a.drawSeed && a.drawnAt
        ? { seed: a.drawSeed, drawnAt: a.drawnAt.toISOString(), orderMatchesDraw: drawCodes(codes, a.drawSeed).join(',') === codes.join(',') }
        : null,
    draws,
    drawRecipe: DRAW_RECIPE,
  };
}

// ───────────── live ─────────────

function roleIn(a: ArenaCore, user: Actor): LiveRole {
  if (can(user, 'arena:host')) return 'host';
  if (a.judges.some((j) => j.userId === user.id)) return 'judge';
  return 'viewer';
}

async function buildLive(db: Db, user: Actor, arenaId: string, now: Date): Promise<{ view: ArenaLiveView; core: ArenaCore } | null> {
  // the event id first: anything that happens while the view is assembled comes again as an event
  const lastId = await lastArenaEventId(db, arenaId);
  const a = await loadArenaCore(db, arenaId);
  if (!a) return null;
  const [counts, rubric, results] = await Promise.all([sheetCounts(db, a.id), rubricOf(db, a.periodId), getPeriodResults(db, a.periodId)]);
  const units = unitResults(results.result);
  const participants = a.participants.map((p) => participantView(a, p, counts, units));
  const role = roleIn(a, user);
  const cur = a.currentParticipantId ? a.participants.find((p) => p.id === a.currentParticipantId) : undefined;
  const current = cur
    ? { ...(participants.find((p) => p.id === cur.id) as ParticipantView), brief: await getSpeakerBrief(db, a.periodId, cur.unitId, results.result) }
    : null;
  let scoredJudgeIds: string[] | null = null;
  if (role === 'host') {
    scoredJudgeIds = cur
      ? (await db.panelSheet.findMany({ where: { participantId: cur.id }, select: { judgeId: true }, orderBy: { judgeId: 'asc' } })).map((s) => s.judgeId)
      : [];
  }
  const view: ArenaLiveView = {
    arena: arenaHeader(a),
    role,
    rubric,
    timer: timerView(cur && cur.state === 'speaking' ? timerOf(a) : { startedAt: null, seconds: null, paused: false }, now.getTime()),
    current,
    participants,
    judgeCount: a.judges.length,
    judges:
      role === 'host'
        ? a.judges
            .map((j) => ({ userId: j.user.id, name: j.user.name, title: j.user.title, unitId: j.user.unitId, unitName: j.user.unit?.name ?? null }))
            .sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'))
        : null,
    scoredJudgeIds,
    liveRanking: rankingOf(a, results.result),
    allClosed: a.participants.length > 0 && a.participants.every((p) => p.state === 'closed'),
    lastEventId: lastId,
  };
  return { view, core: a };
}

/** Host console, big screen and anyone with arena:read: the meeting as it stands. Host also sees which judges scored. */
export async function getArenaLive(db: Db, user: Actor, arenaId: string, now: Date = new Date()): Promise<ArenaLiveView | null> {
  if (!can(user, 'arena:read')) return null;
  return (await buildLive(db, user, arenaId, now))?.view ?? null;
}

function sheetOf(s: { participantId: string; total: number; version: number; updatedAt: Date; scores: { criterionId: string; score: number }[] }): MySheet {
  return {
    participantId: s.participantId,
    scores: Object.fromEntries(s.scores.map((x) => [x.criterionId, x.score])),
    total: s.total,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** The judge's phone: only for members of the arena's panel (anyone else: null → 404). */
export async function getJudgeView(db: Db, user: Actor & { name?: string }, arenaId: string, now: Date = new Date()): Promise<JudgeView | null> {
  if (!can(user, 'arena:score')) return null;
  const member = await db.arenaJudge.findUnique({ where: { arenaId_userId: { arenaId, userId: user.id } }, select: { id: true } });
  if (!member) return null;
  const built = await buildLive(db, user, arenaId, now);
  if (!built) return null;
  const { view, core } = built;
  const sheets = await db.panelSheet.findMany({
    where: { arenaId, judgeId: user.id },
    select: { participantId: true, total: true, version: true, updatedAt: true, scores: { select: { criterionId: true, score: true } } },
  });
  const order = new Map(core.participants.map((p) => [p.id, p.order]));
  const mySheets = sheets.map(sheetOf).sort((x, y) => (order.get(x.participantId) ?? 0) - (order.get(y.participantId) ?? 0));
  const cur = core.currentParticipantId ? core.participants.find((p) => p.id === core.currentParticipantId) : undefined;
  const reason = cur ? scoreRefusal(cur, core.currentParticipantId, core.state, user.unitId) : 'not_speaking';
  const me = core.judges.find((j) => j.userId === user.id);
  return {
    ...view,
    me: { userId: user.id, name: me?.user.name ?? user.name ?? '', isJudge: true, ownUnitId: user.unitId },
    scoring: {
      participantId: cur?.id ?? null,
      canScore: reason === null,
      reason,
      sheet: cur ? (mySheets.find((s) => s.participantId === cur.id) ?? null) : null,
    },
    mySheets,
  };
}
