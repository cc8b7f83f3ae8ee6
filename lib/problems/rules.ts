// The enterprise-service problem ledger (对企服务难点堵点台账, DESIGN §8): who may take which step from which state,
// when a problem is open or overdue, the 统一社会信用代码 check, a period's window and the figures per unit. Pure:
// the board, the detail page, the services, the report card, the big screen and the leader's home all use these.
import type { ProblemCategory, ProblemRating, ProblemStatus, Role } from '../domain/enums';

// ───────────────────────────── 统一社会信用代码 (GB 32100-2015) ─────────────────────────────

/** The 31 characters of the code (no I, O, S, V, Z) — a character's value is its index. */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'length' | 'charset' | 'checkChar';

/** The check character for the first 17 characters (C18 = 31 − Σ(Ci·Wi) mod 31, 31 → 0). */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CODE_CHARS.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * CODE_WEIGHTS[i]!;
  }
  return CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/** Why a 统一社会信用代码 is wrong, or null when it is right. Letters may be typed in lower case; spaces are not part of it. */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normalizeCreditCode(raw);
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!CODE_CHARS.includes(ch)) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checkChar';
}

export function normalizeCreditCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

// ───────────────────────────── The flow ─────────────────────────────

/** Every step of DESIGN §8's flow; `record` creates, `note` adds a dated progress note, the others move or mark it. */
export const PROBLEM_STEPS = ['accept', 'note', 'resolve', 'rate', 'close', 'transfer', 'reassign', 'supervise', 'unsupervise'] as const;
export type ProblemStep = (typeof PROBLEM_STEPS)[number];

/**
 * How the acting user stands to a problem: 考核办 (admin), a leader, a user of the lead unit (主办), of an assisting
 * unit (协办), or anyone else (an auditor reads, a judge or another unit has nothing to do with it).
 */
export type ProblemRelation = 'office' | 'leader' | 'lead' | 'assist' | 'reader' | 'none';

export function relationTo(
  user: { role: Role | string; unitId: string | null },
  problem: { leadUnitId: string; assistUnitIds: readonly string[] },
): ProblemRelation {
  if (user.role === 'admin') return 'office';
  if (user.role === 'leader') return 'leader';
  if (user.role === 'auditor') return 'reader';
  if ((user.role === 'unit_head' || user.role === 'unit_staff') && user.unitId) {
    if (user.unitId === problem.leadUnitId) return 'lead';
    if (problem.assistUnitIds.includes(user.unitId)) return 'assist';
  }
  return 'none';
}

/** May this user see the problem at all? (Leaders, 考核办 and auditors see all; a unit what it leads or assists.) */
export function canSee(relation: ProblemRelation): boolean {
  return relation !== 'none';
}

/** May this user record new problems? Unit users (for any lead unit: a visit by one unit may find another's problem) and 考核办. */
export function canRecord(user: { role: Role | string; unitId: string | null }): boolean {
  return user.role === 'admin' || ((user.role === 'unit_head' || user.role === 'unit_staff') && user.unitId !== null);
}

/** Who takes each step, from which states, and where it leads (null = the status stays). */
interface StepRule {
  who: readonly ProblemRelation[];
  from: readonly ProblemStatus[];
  to: ProblemStatus | null;
}

/** Open until solved: 待受理, 办理中 and 转办 (waiting for reassignment). */
export const OPEN_PROBLEM_STATUSES: readonly ProblemStatus[] = ['pending', 'in_progress', 'transferred'];
const OPEN_STATES = OPEN_PROBLEM_STATUSES;

export const STEP_RULES: Readonly<Record<ProblemStep, StepRule>> = {
  accept: { who: ['lead', 'office'], from: ['pending'], to: 'in_progress' },
  note: { who: ['lead', 'assist', 'office'], from: ['pending', 'in_progress', 'transferred', 'resolved'], to: null },
  resolve: { who: ['lead'], from: ['in_progress'], to: 'resolved' },
  // the enterprise's rating is taken by 考核办's return visit (回访), never by the unit that solved it;
  // 不满意 sends it back to 办理中 (see afterStep)
  rate: { who: ['office'], from: ['resolved'], to: null },
  close: { who: ['office'], from: ['resolved'], to: 'closed' },
  transfer: { who: ['lead'], from: ['pending', 'in_progress'], to: 'transferred' },
  reassign: { who: ['office'], from: OPEN_STATES, to: 'pending' },
  supervise: { who: ['leader'], from: OPEN_STATES, to: null },
  unsupervise: { who: ['leader'], from: [...OPEN_STATES, 'resolved', 'closed'], to: null },
};

/** Why a step is refused; each has a Chinese message under `problems.refusal.<code>`. */
export type StepRefusal =
  | 'notVisible' // not the user's problem at all (answer as not found)
  | 'notYourRole' // visible, but this step is someone else's (e.g. only the lead unit resolves)
  | 'wrongState' // not from this status
  | 'alreadySupervised'
  | 'notSupervised'
  | 'notRated' // 销号 needs a 满意 or 基本满意 rating
  | 'alreadyRated'
  | 'sameLeadUnit'; // reassigning to the unit that handed it back, with nothing else changed

export interface StepFacts {
  status: ProblemStatus | string;
  supervised: boolean;
  rating: ProblemRating | string | null;
}

/** Null when `relation` may take `step` on a problem in this state; otherwise why not. */
export function stepRefusal(step: ProblemStep, relation: ProblemRelation, p: StepFacts): StepRefusal | null {
  if (!canSee(relation)) return 'notVisible';
  const rule = STEP_RULES[step];
  if (!rule.who.includes(relation)) return 'notYourRole';
  if (!rule.from.includes(p.status as ProblemStatus)) return 'wrongState';
  if (step === 'supervise' && p.supervised) return 'alreadySupervised';
  if (step === 'unsupervise' && !p.supervised) return 'notSupervised';
  if (step === 'rate' && p.rating !== null) return 'alreadyRated';
  if (step === 'close' && p.rating !== 'satisfied' && p.rating !== 'basic') return 'notRated';
  return null;
}

/** The steps this user can take now (the detail page shows exactly these buttons). */
export function availableSteps(relation: ProblemRelation, p: StepFacts): ProblemStep[] {
  return PROBLEM_STEPS.filter((s) => stepRefusal(s, relation, p) === null);
}

/** The status after a step (rate: 不满意 reopens it to 办理中; others per the table). */
export function statusAfter(step: ProblemStep, from: ProblemStatus, rating?: ProblemRating): ProblemStatus {
  if (step === 'rate') return rating === 'dissatisfied' ? 'in_progress' : from;
  return STEP_RULES[step].to ?? from;
}

// ───────────────────────────── Open, overdue, ageing ─────────────────────────────

/** Open until solved: 待受理, 办理中 and 转办 (waiting for reassignment). */
export function isOpen(p: { status: ProblemStatus | string }): boolean {
  return OPEN_STATES.includes(p.status as ProblemStatus);
}

/** Overdue is derived, never stored: open and past its promised deadline (the last second of the day, China time). */
export function isOverdue(p: { status: ProblemStatus | string; dueAt: Date }, now: Date): boolean {
  return isOpen(p) && p.dueAt.getTime() < now.getTime();
}

const DAY = 86_400_000;

/** Days open (ageing): from raising to solving, or to now while open. Whole days, at least 0. */
export function daysOpen(p: { raisedAt: Date; resolvedAt: Date | null }, now: Date): number {
  const end = p.resolvedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - p.raisedAt.getTime()) / DAY));
}

// ───────────────────────────── Periods and figures ─────────────────────────────

/** A half-year in China time: [start, end). 上半年 = 1 Jan – 30 Jun, 下半年 = 1 Jul – 31 Dec. */
export function periodWindow(period: { year: number; half: number }): { start: Date; end: Date } {
  const start = period.half === 1 ? `${period.year}-01-01` : `${period.year}-07-01`;
  const end = period.half === 1 ? `${period.year}-07-01` : `${period.year + 1}-01-01`;
  return { start: new Date(`${start}T00:00:00+08:00`), end: new Date(`${end}T00:00:00+08:00`) };
}

/** What the figures read of a problem. */
export interface FigureFacts {
  leadUnitId: string;
  category: ProblemCategory | string;
  status: ProblemStatus | string;
  raisedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  rating: ProblemRating | string | null;
  ratedAt: Date | null;
  supervised: boolean;
}

/**
 * A unit's (or the district's) figures for a period (DESIGN §8):
 * - received: raised within the period;
 * - closed (办结): solved within the period (resolvedAt set; a reopened problem is no longer solved);
 * - onTime: of those, solved by the promised deadline — 按期办结率 = onTime / closed;
 * - rated / satisfied: rated within the period, latest rating; 满意率 = (满意 + 基本满意) / rated;
 * - open (未办结): raised and not solved at the period's end, or now while the period runs;
 * - overdue: of those, past the promised deadline;
 * - supervised: received within the period and under 挂牌督办.
 */
export interface LedgerFigures {
  received: number;
  closed: number;
  onTime: number;
  rated: number;
  satisfied: number;
  open: number;
  overdue: number;
  supervised: number;
  /** onTime / closed in percent, null when nothing was closed */
  onTimeRate: number | null;
  /** satisfied / rated in percent, null when nothing was rated */
  satisfactionRate: number | null;
}

function within(d: Date | null, w: { start: Date; end: Date }): boolean {
  return d !== null && d.getTime() >= w.start.getTime() && d.getTime() < w.end.getTime();
}

/** The moment overdue is judged at: now while the period runs, its end once it is over. */
export function asOf(w: { end: Date }, now: Date): Date {
  return now.getTime() < w.end.getTime() ? now : w.end;
}

/** Was the problem open at `t` (未办结): raised before, not solved by then. */
export function openAt(p: Pick<FigureFacts, 'raisedAt' | 'resolvedAt'>, t: Date): boolean {
  return p.raisedAt.getTime() < t.getTime() && (p.resolvedAt === null || p.resolvedAt.getTime() > t.getTime());
}

/** Was the problem overdue at `t`: raised before, due before, not solved by then. */
export function overdueAt(p: Pick<FigureFacts, 'raisedAt' | 'dueAt' | 'resolvedAt'>, t: Date): boolean {
  return p.raisedAt.getTime() < t.getTime() && p.dueAt.getTime() < t.getTime() && (p.resolvedAt === null || p.resolvedAt.getTime() > t.getTime());
}

export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

export function emptyFigures(): LedgerFigures {
  return { received: 0, closed: 0, onTime: 0, rated: 0, satisfied: 0, open: 0, overdue: 0, supervised: 0, onTimeRate: null, satisfactionRate: null };
}

/** Fill in the two rates from the counts. */
export function withRates(f: Omit<LedgerFigures, 'onTimeRate' | 'satisfactionRate'>): LedgerFigures {
  return { ...f, onTimeRate: rate(f.onTime, f.closed), satisfactionRate: rate(f.satisfied, f.rated) };
}

/** The figures of a set of problems for one period (the SQL in queries.server.ts must agree; a test compares them). */
export function figuresOf(problems: readonly FigureFacts[], period: { year: number; half: number }, now: Date): LedgerFigures {
  const w = periodWindow(period);
  const t = asOf(w, now);
  const f = emptyFigures();
  for (const p of problems) {
    const received = within(p.raisedAt, w);
    if (received) f.received++;
    if (received && p.supervised) f.supervised++;
    if (within(p.resolvedAt, w)) {
      f.closed++;
      if (p.resolvedAt!.getTime() <= p.dueAt.getTime()) f.onTime++;
    }
    if (p.rating !== null && within(p.ratedAt, w)) {
      f.rated++;
      if (p.rating === 'satisfied' || p.rating === 'basic') f.satisfied++;
    }
    if (openAt(p, t)) f.open++;
    if (overdueAt(p, t)) f.overdue++;
  }
  return withRates(f);
}

// ───────────────────────────── Ledger-fed indicators ─────────────────────────────

/** The figures an indicator may take its actual from (Indicator.ledgerFigure); rates in percent. */
export const LEDGER_FIGURES = ['on_time_rate', 'satisfaction_rate', 'closed', 'received', 'overdue'] as const;
export type LedgerFigure = (typeof LEDGER_FIGURES)[number];

/** The unit of measure a ledger-fed indicator must have, so a typed target compares with the computed actual. */
export const LEDGER_FIGURE_UNIT: Readonly<Record<LedgerFigure, string>> = {
  on_time_rate: '%',
  satisfaction_rate: '%',
  closed: '件',
  received: '件',
  overdue: '件',
};

/** Why a ledger-fed indicator's setup is refused (DESIGN §8): its unit of measure must be the figure's, and a milestone
 * (percent of a task done) cannot take a figure. Null when it is fine or the indicator is typed. */
export type LedgerSetupProblem = 'ledgerUnitPercent' | 'ledgerUnitCount' | 'ledgerMilestone';

export function ledgerSetupProblem(ind: { ledgerFigure: LedgerFigure | null; measureUnit: string; direction: string }): LedgerSetupProblem | null {
  if (ind.ledgerFigure === null) return null;
  if (ind.direction === 'milestone') return 'ledgerMilestone';
  const expected = LEDGER_FIGURE_UNIT[ind.ledgerFigure];
  const typed = ind.measureUnit.trim().replace('％', '%');
  if (typed === expected) return null;
  return expected === '%' ? 'ledgerUnitPercent' : 'ledgerUnitCount';
}

export function isLedgerFigure(x: unknown): x is LedgerFigure {
  return typeof x === 'string' && (LEDGER_FIGURES as readonly string[]).includes(x);
}

export interface LedgerActual {
  figure: LedgerFigure;
  /** the actual: null when the rate has nothing to divide (no problem closed / rated) */
  value: number | null;
  numerator: number;
  /** null for counts */
  denominator: number | null;
}

/** The actual a ledger-fed indicator takes from a unit's figures, with its derivation. */
export function ledgerActual(figure: LedgerFigure, f: LedgerFigures): LedgerActual {
  switch (figure) {
    case 'on_time_rate':
      return { figure, value: f.onTimeRate === null ? null : round2(f.onTimeRate), numerator: f.onTime, denominator: f.closed };
    case 'satisfaction_rate':
      return { figure, value: f.satisfactionRate === null ? null : round2(f.satisfactionRate), numerator: f.satisfied, denominator: f.rated };
    case 'closed':
      return { figure, value: f.closed, numerator: f.closed, denominator: null };
    case 'received':
      return { figure, value: f.received, numerator: f.received, denominator: null };
    case 'overdue':
      return { figure, value: f.overdue, numerator: f.overdue, denominator: null };
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

// ───────────────────────────── Numbers ─────────────────────────────

/** A problem's number: QY + year raised + 4-digit sequence within the year, e.g. QY2026-0042. */
export function problemCode(year: number, seq: number): string {
  return `QY${year}-${String(seq).padStart(4, '0')}`;
}

/** The sequence of a number of that year, or null (numbers of other years and migrated QY-00001 ones are not counted). */
export function problemSeq(code: string, year: number): number | null {
  const m = /^QY(\d{4})-(\d{4,})$/.exec(code);
  return m && Number(m[1]) === year ? Number(m[2]) : null;
}
