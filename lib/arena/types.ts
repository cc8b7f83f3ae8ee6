// View models of the live arena (DESIGN §5) and its Server-Sent Events: plain JSON-safe data the
// pages, the state API and the event stream share. Dates are ISO strings; clock values that clients
// compute with (timer, serverNow) are epoch milliseconds. Never carries one judge's score values on
// a shared screen: those appear only in the judge's own JudgeView.
import type { ArenaState, ParticipantState, Role, SubmissionState, UnitKind } from '../domain/enums';
import type { Light } from '../scoring/types';

export type { ArenaState, ParticipantState, Light };

/** Period states in which an arena can be prepared and held. */
export const ARENA_PERIOD_STATES: readonly string[] = ['open', 'review', 'arena'];

/** Judges score with at most this many decimals (e.g. 36.5 or 27.3); documented in docs/decisions/009. */
export const SCORE_DECIMALS = 1;

/** Seconds a host's "extend" adds when the UI does not say otherwise. */
export const DEFAULT_EXTEND_SECONDS = 60;

// ───────────────────────────── shared pieces ─────────────────────────────

export interface ArenaHeader {
  id: string;
  name: string;
  state: ArenaState;
  periodId: string;
  periodName: string;
  /** draft | open | review | arena | published | archived */
  periodState: string;
  minutesPerSpeaker: number;
  drawSeed: string | null;
  drawnAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface RubricCriterionView {
  id: string;
  name: string;
  maxScore: number;
  sortOrder: number;
}

/**
 * The raw timer as stored on the Arena row (what events carry): remaining = seconds − (now − startedAt)
 * while running; = seconds while paused. lib/arena/timer.ts computes it on either side.
 */
export interface TimerState {
  /** epoch ms when the current run started; null when no speaker has the floor */
  startedAt: number | null;
  /** seconds granted for the current run (while paused: the seconds left) */
  seconds: number | null;
  paused: boolean;
}

/** The timer as a page renders it, computed on the server at serverNow. */
export interface ArenaTimerView extends TimerState {
  /** a speaker has the floor and the clock is not paused */
  running: boolean;
  /** whole seconds left (rounded up); negative = overrun (超时); null when no speaker has the floor */
  remainingSeconds: number | null;
  /** epoch ms when the clock reaches 0 while running; null when paused or idle */
  deadlineAt: number | null;
  /** server clock (epoch ms) when this was computed: clients correct their own clock by it */
  serverNow: number;
}

/** One speaker of the arena, in speaking order. */
export interface ParticipantView {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  unitShortName: string | null;
  unitKind: UnitKind;
  groupId: string;
  groupName: string;
  headName: string;
  headTitle: string | null;
  /** 1-based speaking order */
  order: number;
  state: ParticipantState;
  startedAt: string | null;
  closedAt: string | null;
  /** judges who have submitted a sheet for this speaker */
  scoredCount: number;
  /** judges who may score this speaker (the panel minus judges of the unit itself) */
  eligibleJudgeCount: number;
  /** S_panel from the engine; null until scoring is closed */
  panelScore: number | null;
  /** F from the engine; null until scoring is closed */
  final: number | null;
}

/** Headline indicator on the big screen. */
export interface BriefIndicator {
  id: string;
  name: string;
  /** main (主要指标) | task (重点工作) */
  category: string;
  /** unit of measure, e.g. 亿元, 天, % */
  measureUnit: string;
  direction: 'higher' | 'lower' | 'milestone';
  weight: number;
  /** the half-year target the engine used (planned % for a milestone); null when none */
  target: number | null;
  actual: number | null;
  /** completion c after the clamp; null when not computable */
  c: number | null;
  light: Light;
}

export interface BriefGap {
  description: string;
  rootCause: string;
  measures: { content: string; responsibleUnitName: string; responsiblePerson: string; deadline: string | null; status: string }[];
}

/**
 * What the big screen shows about the speaker: their unit's indicators with the engine's target, completion
 * and light (whatever the submission state), and — only once the unit has submitted (submitted, returned
 * or approved) — highlights, gaps, strategy measures and goals (empty otherwise).
 */
export interface SpeakerBrief {
  unitId: string;
  /** 'none' when the unit has no submission for the period */
  submissionState: SubmissionState | 'none';
  highlights: string;
  /** headline indicators: main ones first, by weight descending (at most 8) */
  indicators: BriefIndicator[];
  /** how many indicators the unit has in all */
  indicatorTotal: number;
  lights: { green: number; yellow: number; red: number; missing: number };
  /** S_ind from the engine, null when the unit has no indicators */
  indicatorScore: number | null;
  /** main gaps (at most 3) with their rectification measures */
  gaps: BriefGap[];
  /** 下半年目标 */
  h2Goals: string;
  /** strategy measures per pillar */
  pillarMeasures: { pillarName: string; content: string }[];
  /** the unit's enterprise-problem figures for the arena's period (DESIGN §8); absent in briefs recorded before */
  ledger?: SpeakerLedger;
}

/** 对企服务 on the big screen: open / overdue / closed / 满意率 (lib/problems/figures.server.ts). */
export interface SpeakerLedger {
  /** open now (待受理, 办理中, 转办), raised before the period ends */
  open: number;
  overdue: number;
  closed: number;
  /** percent; null when nothing was rated */
  satisfactionRate: number | null;
  rated: number;
}

/** A row of the big screen's live ranking: only speakers whose scoring is closed (DESIGN §4). */
export interface LiveRankingRow {
  /** 1 + number of listed units with a strictly better engine overall rank (ties share: 1, 2, 2, 4) */
  rank: number;
  participantId: string;
  unitId: string;
  unitName: string;
  unitShortName: string | null;
  groupName: string;
  indicatorScore: number;
  panelScore: number | null;
  /** adjustments total (加减分) */
  adjustments: number;
  final: number;
  provisional: boolean;
}

// ───────────────────────────── list page ─────────────────────────────

export interface ArenaSummary {
  id: string;
  name: string;
  state: ArenaState;
  periodId: string;
  periodName: string;
  periodState: string;
  minutesPerSpeaker: number;
  participantCount: number;
  closedCount: number;
  judgeCount: number;
  drawnAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  /** the signed-in user sits on this arena's panel */
  isJudge: boolean;
  /** the signed-in user may prepare and host it (arena:host) */
  canHost: boolean;
}

/** The list page: arenas by period, newest first, plus periods where the host can create one. */
export interface ArenaListView {
  arenas: ArenaSummary[];
  /** periods in ARENA_PERIOD_STATES (host only; empty otherwise) */
  creatablePeriods: { id: string; name: string; state: string }[];
  canHost: boolean;
}

// ───────────────────────────── admin preparation ─────────────────────────────

export interface PrepCandidateUnit {
  unitId: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  groupId: string;
  groupName: string;
  submissionState: SubmissionState | 'none';
  late: boolean;
  selected: boolean;
}

export interface PrepParticipant {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  groupName: string;
  order: number;
}

export interface PrepJudge {
  userId: string;
  name: string;
  username: string;
  title: string | null;
  role: Extract<Role, 'leader' | 'judge'>;
  unitId: string | null;
  unitName: string | null;
  selected: boolean;
}

/** One 抽签 as the audit log recorded it (first draw and every redraw). */
export interface DrawRecord {
  seed: string;
  at: string;
  actorName: string;
  /** unit codes in the drawn order */
  order: string[];
  redraw: boolean;
}

export type StartBlocker = 'not_prep' | 'period_state' | 'no_participants' | 'no_judges' | 'no_rubric';

export interface ArenaPrepView {
  arena: ArenaHeader;
  /** the planned start, `YYYY-MM-DDTHH:MM` China time ('' = not set): its judges are reminded 30 minutes before */
  scheduledAt: string;
  /** participants, judges, order and settings may change (arena in prep, period in ARENA_PERIOD_STATES) */
  editable: boolean;
  /** what keeps the host from starting now; empty = may start */
  startBlockers: StartBlocker[];
  candidateUnits: PrepCandidateUnit[];
  /** in speaking order */
  participants: PrepParticipant[];
  /** active users with role leader or judge */
  candidateJudges: PrepJudge[];
  judges: PrepJudge[];
  rubric: RubricCriterionView[];
  /** the period's rubric can no longer change (period past review, or scores exist) */
  rubricLocked: boolean;
  /** the current draw, and whether the order still is the drawn one (a manual reorder after a draw breaks it) */
  draw: { seed: string; drawnAt: string; orderMatchesDraw: boolean } | null;
  /** every draw, oldest first */
  draws: DrawRecord[];
  /** how the order follows from the seed (shown next to it so anyone can re-check) */
  drawRecipe: string;
}

// ───────────────────────────── live: host console, big screen, judges ─────────────────────────────

export type LiveRole = 'host' | 'judge' | 'viewer';

export interface LiveJudge {
  userId: string;
  name: string;
  title: string | null;
  /** the judge's own unit (excused while it speaks) */
  unitId: string | null;
  unitName: string | null;
}

export interface ArenaLiveView {
  arena: ArenaHeader;
  /** host: arena:host; judge: a member of this arena's panel; viewer: anyone else with arena:read */
  role: LiveRole;
  rubric: RubricCriterionView[];
  timer: ArenaTimerView;
  /** the speaker who has the floor (state speaking) or whose scoring was just closed; null before the first / after finish */
  current: (ParticipantView & { brief: SpeakerBrief }) | null;
  /** in speaking order */
  participants: ParticipantView[];
  /** size of the panel */
  judgeCount: number;
  /** host only: the panel, for "who has scored"; null for others */
  judges: LiveJudge[] | null;
  /** host only: judges who have submitted a sheet for the current speaker; null for others (screens get counts) */
  scoredJudgeIds: string[] | null;
  /** closed speakers only, best first */
  liveRanking: LiveRankingRow[];
  /** every speaker closed: the host may finish (it may also finish earlier; see finishArena) */
  allClosed: boolean;
  /** id of the newest ArenaEvent this view includes: subscribe with Last-Event-ID = this */
  lastEventId: number;
}

export type ScoreRefusal = 'own_unit' | 'closed' | 'not_speaking';

/** A judge's own sheet for one speaker. */
export interface MySheet {
  participantId: string;
  /** criterionId → score */
  scores: Record<string, number>;
  total: number;
  version: number;
  updatedAt: string;
}

export interface JudgeView extends ArenaLiveView {
  me: { userId: string; name: string; isJudge: true; ownUnitId: string | null };
  /** the current speaker from the judge's side */
  scoring: {
    participantId: string | null;
    canScore: boolean;
    /** why not; null when canScore */
    reason: ScoreRefusal | null;
    /** what this judge submitted for the current speaker */
    sheet: MySheet | null;
  };
  /** every sheet this judge submitted in this arena (in speaking order) */
  mySheets: MySheet[];
}

/** Result of submitScore (server action and POST /api/arena/[arenaId]/scores). */
export interface SubmitScoreResult {
  sheetId: string;
  participantId: string;
  version: number;
  total: number;
  scoredCount: number;
  eventId: number;
}

// ───────────────────────────── events (SSE) ─────────────────────────────

export type ParticipantLite = Pick<ParticipantView, 'id' | 'unitId' | 'unitName' | 'order' | 'state'>;

export interface ArenaEventPayloads {
  /** prep changes (settings, participants, judges, order, draw): screens refetch the state */
  'arena.updated': {
    reason: 'created' | 'settings' | 'participants' | 'judges' | 'order' | 'draw';
    name: string;
    minutesPerSpeaker: number;
    judgeCount: number;
    participants: ParticipantLite[];
    drawSeed: string | null;
  };
  'arena.started': { startedAt: string };
  /** a speaker takes the floor; carries the brief so screens need no refetch */
  'speaker.started': { participant: ParticipantView; brief: SpeakerBrief; timer: TimerState };
  'timer.changed': { participantId: string; action: 'pause' | 'resume' | 'extend'; seconds: number | null; timer: TimerState };
  /** a judge submitted or revised a sheet (no score values) */
  'score.submitted': { participantId: string; judgeId: string; version: number; scoredCount: number; judgeCount: number };
  'speaker.closed': { participantId: string; scoredCount: number; panelScore: number | null; final: number | null; liveRanking: LiveRankingRow[] };
  'arena.finished': { finishedAt: string; liveRanking: LiveRankingRow[] };
}

export type ArenaEventType = keyof ArenaEventPayloads;

export const ARENA_EVENT_TYPES: readonly ArenaEventType[] = [
  'arena.updated',
  'arena.started',
  'speaker.started',
  'timer.changed',
  'score.submitted',
  'speaker.closed',
  'arena.finished',
];

/** One SSE message: `id:` = id, `event:` = type, `data:` = this object as JSON. */
export type ArenaEventMessage = {
  [K in ArenaEventType]: { id: number; arenaId: string; type: K; at: string; payload: ArenaEventPayloads[K] };
}[ArenaEventType];
