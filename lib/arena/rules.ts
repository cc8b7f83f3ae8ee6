// The arena's decisions as pure functions over plain facts (DESIGN §5): what blocks the start, who may score
// the speaker and why not, whether a sheet is valid, when the rubric is locked, which state a command needs.
// The services (lib/arena/commands/*) load the facts, ask here, and write; the views ask the same functions.
import { ARENA_PERIOD_STATES, SCORE_DECIMALS, type ScoreRefusal, type StartBlocker } from './types';

/** A refusal as the services throw it: a key under `actionErrors`, its parameters, per-field errors. */
export interface Refusal {
  code: string;
  params?: Record<string, string | number>;
  fieldErrors?: Record<string, string[]>;
}

// ───────────── preparation and the meeting ─────────────

/** Participants, panel, order and settings change only in prep, and only while the period holds submissions. */
export function prepRefusal(a: { state: string; period: { state: string; name: string } }): Refusal | null {
  if (a.state !== 'prep') return { code: 'arenaNotPrep' };
  if (!ARENA_PERIOD_STATES.includes(a.period.state)) return { code: 'arenaPeriodState', params: { period: a.period.name } };
  return null;
}

/** Hosting (speakers, clock, closing, finishing) needs a live arena. */
export function liveRefusal(arenaState: string): Refusal | null {
  if (arenaState === 'live') return null;
  return { code: arenaState === 'prep' ? 'arenaNotStarted' : 'arenaFinished' };
}

/** What stands in the way of starting, in the order the host fixes them. */
export function startBlockers(
  a: { state: string; period: { state: string }; participants: readonly unknown[]; judges: readonly unknown[] },
  rubricCount: number,
): StartBlocker[] {
  const out: StartBlocker[] = [];
  if (a.state !== 'prep') out.push('not_prep');
  if (!ARENA_PERIOD_STATES.includes(a.period.state)) out.push('period_state');
  if (a.participants.length === 0) out.push('no_participants');
  if (a.judges.length === 0) out.push('no_judges');
  if (rubricCount === 0) out.push('no_rubric');
  return out;
}

/** The refusal code of each start blocker (keys under `actionErrors`). */
export const START_BLOCKER_CODES: Record<StartBlocker, string> = {
  not_prep: 'arenaNotPrep',
  period_state: 'arenaPeriodState',
  no_participants: 'arenaNoParticipants',
  no_judges: 'arenaNoJudges',
  no_rubric: 'arenaNoRubric',
};

// ───────────── the rubric ─────────────

/** Period states in which the rubric may still change (after review it is fixed). */
export const RUBRIC_EDIT_STATES: readonly string[] = ['draft', 'open', 'review'];

/** Judges score against the rubric: it is fixed once the period is past review, an arena of it has started, or a score exists. */
export function isRubricLocked(f: { periodState: string; startedArenas: number; scores: number }): boolean {
  return !RUBRIC_EDIT_STATES.includes(f.periodState) || f.startedArenas > 0 || f.scores > 0;
}

// ───────────── scoring ─────────────

/**
 * Whether a judge may score participant `p` now, and why not: never their own unit; not once the host has
 * closed the speaker; only the speaker holding the floor of a live arena.
 */
export function scoreRefusal(
  p: { id: string; unitId: string; state: string },
  currentId: string | null,
  arenaState: string,
  judgeUnitId: string | null,
): ScoreRefusal | null {
  if (judgeUnitId !== null && judgeUnitId === p.unitId) return 'own_unit';
  if (p.state === 'closed') return 'closed';
  if (arenaState !== 'live' || p.state !== 'speaking' || p.id !== currentId) return 'not_speaking';
  return null;
}

/** The refusal a score service throws for each reason (the unit is named where it helps). */
export function scoreRefusalOf(reason: ScoreRefusal, unitName: string): Refusal {
  switch (reason) {
    case 'own_unit':
      return { code: 'scoreOwnUnit', params: { unit: unitName } };
    case 'closed':
      return { code: 'scoreClosed', params: { unit: unitName } };
    case 'not_speaking':
      return { code: 'scoreNotCurrent' };
  }
}

const SCALE = 10 ** SCORE_DECIMALS;
const hasAllowedPrecision = (x: number) => Math.abs(x * SCALE - Math.round(x * SCALE)) < 1e-6;

export type SheetCheck = { ok: true; rows: { criterionId: string; score: number }[]; total: number } | { ok: false; refusal: Refusal };

/**
 * A judge's sheet against the rubric: every criterion present, 0 ≤ score ≤ its maximum, at most
 * SCORE_DECIMALS decimals, nothing else. The rows in rubric order, rounded, and their total.
 */
export function checkSheet(rubric: readonly { id: string; name: string; maxScore: number }[], scores: Readonly<Record<string, unknown>>): SheetCheck {
  const known = new Set(rubric.map((c) => c.id));
  if (Object.keys(scores).some((id) => !known.has(id))) return { ok: false, refusal: { code: 'scoreUnknownCriterion' } };
  const rows: { criterionId: string; score: number }[] = [];
  for (const c of rubric) {
    const raw = scores[c.id];
    const field = `scores.${c.id}`;
    if (raw === undefined || raw === null)
      return { ok: false, refusal: { code: 'scoreMissing', params: { criterion: c.name }, fieldErrors: { [field]: ['required'] } } };
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > c.maxScore)
      return { ok: false, refusal: { code: 'scoreOutOfRange', params: { criterion: c.name, max: c.maxScore }, fieldErrors: { [field]: ['scoreOutOfRange'] } } };
    if (!hasAllowedPrecision(raw))
      return {
        ok: false,
        refusal: { code: 'scorePrecision', params: { criterion: c.name, decimals: SCORE_DECIMALS }, fieldErrors: { [field]: ['scorePrecision'] } },
      };
    rows.push({ criterionId: c.id, score: Math.round(raw * SCALE) / SCALE });
  }
  let total = 0;
  for (const r of rows) total += r.score;
  return { ok: true, rows, total: Math.round(total * SCALE) / SCALE };
}
