// The reminder rules (issue #14, DESIGN §10) as a pure table: for each kind in NOTIFY_KINDS, when it fires and who
// gets it. Time rules read a snapshot of the world and an injected `now`; event rules read the event. Both return
// Notice[] (lib/notify/types.ts) whose Chinese title/body come from the passed-in translator (namespace
// `notifications`, keys `rule.<kind>.title|body`), so the words are frozen when the notice is made. No I/O.
// Overdue and open are the domain's own notions (lib/domain/deadline.ts, lib/measures/rules.ts, lib/problems/rules.ts).
import { displayState } from '../domain/deadline';
import { chinaDay, chinaMinuteInput } from '../domain/dates';
import { can } from '../auth/permissions';
import { ROLES, UNIT_ROLES } from '../domain/enums';
import { isOpen as measureOpen, isOverdue as measureOverdue } from '../measures/rules';
import { isOpen as problemOpen, isOverdue as problemOverdue } from '../problems/rules';
import { shanghaiDay, type Notice, type NotifyKind } from './types';

/** The translator of namespace `notifications` (next-intl's createTranslator, or a stub in tests). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Calendar days ahead of which a reminder fires (China time), and the arena's minutes. */
export const SUBMISSION_DUE_DAYS = 3;
export const MEASURE_DUE_DAYS = 7;
export const PROBLEM_DUE_DAYS = 3;
export const ARENA_START_MINUTES = 30;

// ───────────────────────────── The world a time rule reads ─────────────────────────────

export interface WorldPeriod {
  id: string;
  name: string;
  state: string;
  deadline: Date | null;
}
export interface WorldUnit {
  id: string;
  name: string;
}
export interface WorldSubmission {
  id: string;
  periodId: string;
  unitId: string;
  state: string;
}
export interface WorldMeasure {
  id: string;
  content: string;
  deadline: Date | null;
  status: string;
  responsibleUnitId: string;
}
export interface WorldProblem {
  id: string;
  code: string;
  title: string;
  dueAt: Date;
  status: string;
  leadUnitId: string;
  assistUnitIds: readonly string[];
}
export interface WorldArena {
  id: string;
  name: string;
  state: string;
  scheduledAt: Date | null;
  judgeUserIds: readonly string[];
}

export interface World {
  /** periods collecting submissions (state open) */
  periods: readonly WorldPeriod[];
  /** the active units that hand in a submission */
  units: readonly WorldUnit[];
  submissions: readonly WorldSubmission[];
  /** measures on the board (their submission handed in) */
  measures: readonly WorldMeasure[];
  problems: readonly WorldProblem[];
  arenas: readonly WorldArena[];
}

// ───────────────────────────── Small pure helpers ─────────────────────────────

/** Whole calendar days (China time) from `now`'s day to `at`'s day: 0 = today, 1 = tomorrow, -1 = yesterday. */
export function daysUntil(at: Date, now: Date): number {
  return Math.round((Date.parse(chinaDay(at)) - Date.parse(chinaDay(now))) / 86_400_000);
}

/** Due within `days` calendar days and not yet past: the "due soon" window of every time rule. */
export function dueWithin(at: Date, now: Date, days: number): boolean {
  return at.getTime() >= now.getTime() && daysUntil(at, now) <= days;
}

/** `HH:MM` China time. */
export const chinaTime = (at: Date): string => chinaMinuteInput(at).slice(11);

/** Who a notice reaches (a subset of Notice). */
type Audience = Pick<Notice, 'userIds' | 'unitIds' | 'roles' | 'allOfRoles' | 'channelUnitIds'>;

/** Head and staff of units (the default roles); their webhook channels are the units'. */
export const unitsAudience = (unitIds: readonly string[]): Audience => ({ unitIds: [...unitIds], roles: UNIT_ROLES, channelUnitIds: [...unitIds] });
const problemAudience = (p: Pick<WorldProblem, 'leadUnitId' | 'assistUnitIds'>) => unitsAudience([p.leadUnitId, ...p.assistUnitIds]);

function notice(
  t: Translate,
  kind: NotifyKind,
  targetId: string,
  now: Date,
  audience: Audience,
  href: string,
  params: Record<string, string | number>,
): Notice {
  return {
    kind,
    targetId,
    day: shanghaiDay(now),
    ...audience,
    title: t(`rule.${kind}.title`, params),
    body: t(`rule.${kind}.body`, params),
    href,
  };
}

// ───────────────────────────── Time rules: the table ─────────────────────────────

/** One row of the time table: which things it looks at, when it fires, about what, to whom, with which words. */
interface TimeRule<T> {
  kind: NotifyKind;
  items: (w: World) => readonly T[];
  fires: (item: T, now: Date) => boolean;
  target: (item: T) => string;
  to: (item: T) => Audience;
  href: (item: T) => string;
  params: (item: T, now: Date) => Record<string, string | number>;
}

/** A unit's place in a period: its submission (if any) and the period's deadline. */
export interface UnitDue {
  period: WorldPeriod & { deadline: Date };
  unit: WorldUnit;
  submission: WorldSubmission | null;
}

/** Every (collecting period with a deadline) × (active unit), with the unit's submission. */
export function unitDues(w: World): UnitDue[] {
  const subs = new Map(w.submissions.map((s) => [`${s.periodId}:${s.unitId}`, s]));
  const out: UnitDue[] = [];
  for (const p of w.periods) {
    if (p.state !== 'open' || !p.deadline) continue;
    const period = { ...p, deadline: p.deadline };
    for (const unit of w.units) out.push({ period, unit, submission: subs.get(`${p.id}:${unit.id}`) ?? null });
  }
  return out;
}

/** Not yet handed in: no submission, a draft, or one sent back. */
export const notHandedIn = (s: WorldSubmission | null) => !s || s.state === 'draft' || s.state === 'returned';

const submissionRule = (kind: NotifyKind, fires: (u: UnitDue, now: Date) => boolean): TimeRule<UnitDue> => ({
  kind,
  items: unitDues,
  fires,
  target: (u) => `${u.period.id}:${u.unit.id}`,
  to: (u) => unitsAudience([u.unit.id]),
  href: (u) => `/units/${u.unit.id}`,
  params: (u, now) => ({
    period: u.period.name,
    unit: u.unit.name,
    deadline: chinaDay(u.period.deadline),
    days: daysUntil(u.period.deadline, now),
    overdueDays: -daysUntil(u.period.deadline, now),
  }),
});

const measureRule = (kind: NotifyKind, fires: (m: WorldMeasure & { deadline: Date }, now: Date) => boolean): TimeRule<WorldMeasure & { deadline: Date }> => ({
  kind,
  items: (w) => w.measures.filter((m): m is WorldMeasure & { deadline: Date } => m.deadline !== null),
  fires,
  target: (m) => m.id,
  to: (m) => unitsAudience([m.responsibleUnitId]),
  href: () => '/measures',
  params: (m, now) => ({ content: m.content, deadline: chinaDay(m.deadline), days: daysUntil(m.deadline, now), overdueDays: -daysUntil(m.deadline, now) }),
});

const problemRule = (kind: NotifyKind, fires: (p: WorldProblem, now: Date) => boolean, to: (p: WorldProblem) => Audience): TimeRule<WorldProblem> => ({
  kind,
  items: (w) => w.problems,
  fires,
  target: (p) => p.id,
  to,
  href: (p) => `/problems/${p.id}`,
  params: (p, now) => ({ code: p.code, title: p.title, deadline: chinaDay(p.dueAt), days: daysUntil(p.dueAt, now), overdueDays: -daysUntil(p.dueAt, now) }),
});

type AnyTimeRule = TimeRule<UnitDue> | TimeRule<WorldMeasure & { deadline: Date }> | TimeRule<WorldProblem> | TimeRule<WorldArena>;

/** kind → condition → recipients, for the rules the clock triggers. */
export const TIME_RULES: readonly AnyTimeRule[] = [
  // deadline within 3 calendar days, not handed in → unit head + staff
  submissionRule('submission.due_soon', (u, now) => notHandedIn(u.submission) && dueWithin(u.period.deadline, now, SUBMISSION_DUE_DAYS)),
  // past the deadline and not handed in (lib/domain/deadline.ts displayState 逾期) → daily until submitted
  submissionRule('submission.overdue', (u, now) => displayState(u.submission, u.period.deadline, now) === 'overdue'),
  // open measure due within 7 days → responsible unit
  measureRule('measure.due_soon', (m, now) => measureOpen(m) && dueWithin(m.deadline, now, MEASURE_DUE_DAYS)),
  measureRule('measure.overdue', (m, now) => measureOverdue(m, now)),
  // open ledger problem due within 3 days → lead + assisting units; overdue → also 考核办 (role admin)
  problemRule('problem.due_soon', (p, now) => problemOpen(p) && dueWithin(p.dueAt, now, PROBLEM_DUE_DAYS), problemAudience),
  problemRule(
    'problem.overdue',
    (p, now) => problemOverdue(p, now),
    (p) => ({ ...problemAudience(p), allOfRoles: ['admin'], channelUnitIds: [p.leadUnitId, ...p.assistUnitIds, null] }),
  ),
  // an arena in preparation starting within 30 minutes → its judges
  {
    kind: 'arena.starting',
    items: (w) => w.arenas,
    fires: (a, now) => {
      if (a.state !== 'prep' || !a.scheduledAt) return false;
      const ms = a.scheduledAt.getTime() - now.getTime();
      return ms >= 0 && ms <= ARENA_START_MINUTES * 60_000;
    },
    target: (a) => a.id,
    to: (a) => ({ userIds: [...a.judgeUserIds] }),
    href: (a) => `/arena/${a.id}/judge`,
    params: (a) => ({ arena: a.name, time: a.scheduledAt ? chinaTime(a.scheduledAt) : '' }),
  } satisfies TimeRule<WorldArena>,
];

/** Every notice the clock owes at `now`. Idempotent by the notices' keys: the store keeps one per recipient and day. */
export function timeNotices(world: World, now: Date, t: Translate): Notice[] {
  const out: Notice[] = [];
  for (const rule of TIME_RULES as readonly TimeRule<unknown>[]) {
    for (const item of rule.items(world)) {
      if (!rule.fires(item, now)) continue;
      const to = rule.to(item);
      if (!to.userIds?.length && !to.unitIds?.length && !to.allOfRoles?.length) continue;
      out.push(notice(t, rule.kind, rule.target(item), now, to, rule.href(item), rule.params(item, now)));
    }
  }
  return out;
}

// ───────────────────────────── Event rules ─────────────────────────────

export interface SubmissionEvent {
  submission: { id: string; unitId: string };
  period: { name: string };
  unit: { name: string };
}
export interface ProblemEventFacts {
  problem: Pick<WorldProblem, 'id' | 'code' | 'title' | 'dueAt' | 'leadUnitId' | 'assistUnitIds'>;
  note?: string | null;
}

/** "Everyone" for published results: every role that may read published results (not the 安全管理员). */
export const RESULTS_READERS: readonly string[] = ROLES.filter((role) => can({ role }, 'leaderboard:read:published'));

const submissionParams = (e: SubmissionEvent) => ({ period: e.period.name, unit: e.unit.name });
const problemParams = (e: ProblemEventFacts) => ({ code: e.problem.code, title: e.problem.title, deadline: chinaDay(e.problem.dueAt), note: e.note ?? '' });

/** The rules events trigger: each a function from the event (and `now`, for the day) to notices. */
export const EVENT_RULES = {
  /** 退回 with the reviewer's comment → unit head + staff */
  submissionReturned: (e: SubmissionEvent & { comment: string }, now: Date, t: Translate): Notice[] => [
    notice(t, 'submission.returned', e.submission.id, now, unitsAudience([e.submission.unitId]), `/units/${e.submission.unitId}`, {
      ...submissionParams(e),
      comment: e.comment,
    }),
  ],
  /** 审核通过 → unit head + staff */
  submissionApproved: (e: SubmissionEvent, now: Date, t: Translate): Notice[] => [
    notice(t, 'submission.approved', e.submission.id, now, unitsAudience([e.submission.unitId]), `/units/${e.submission.unitId}`, submissionParams(e)),
  ],
  /** recorded or reassigned to units → lead + assisting units */
  problemAssigned: (e: ProblemEventFacts, now: Date, t: Translate): Notice[] => [
    notice(t, 'problem.assigned', e.problem.id, now, problemAudience(e.problem), `/problems/${e.problem.id}`, problemParams(e)),
  ],
  /** 挂牌督办 → lead + assisting units */
  problemSupervised: (e: ProblemEventFacts, now: Date, t: Translate): Notice[] => [
    notice(t, 'problem.supervised', e.problem.id, now, problemAudience(e.problem), `/problems/${e.problem.id}`, problemParams(e)),
  ],
  /** the enterprise rated 不满意 (reopened) → lead + assisting units */
  problemUnsatisfied: (e: ProblemEventFacts, now: Date, t: Translate): Notice[] => [
    notice(t, 'problem.unsatisfied', e.problem.id, now, problemAudience(e.problem), `/problems/${e.problem.id}`, problemParams(e)),
  ],
  /** judges newly put on an arena's panel → each of them */
  judgeAssigned: (e: { arena: { id: string; name: string }; userIds: readonly string[] }, now: Date, t: Translate): Notice[] =>
    e.userIds.length ? [notice(t, 'arena.judge', e.arena.id, now, { userIds: [...e.userIds] }, `/arena/${e.arena.id}/judge`, { arena: e.arena.name })] : [],
  /** a period's results published → everyone */
  resultsPublished: (e: { period: { id: string; name: string } }, now: Date, t: Translate): Notice[] => [
    notice(t, 'results.published', e.period.id, now, { allOfRoles: RESULTS_READERS, channelUnitIds: [null] }, `/leaderboard?period=${e.period.id}`, {
      period: e.period.name,
    }),
  ],
} as const;
