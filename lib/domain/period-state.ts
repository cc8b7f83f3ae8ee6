// Period state machine (DESIGN §3): which transitions exist and what blocks each one. Pure: the caller gathers the facts.
import type { PeriodState } from './enums';
import { weightsSumTo100 } from './schemas';

/**
 * draft → open → review → arena → published → archived, plus review → open (reopen collection) and
 * review → published (results published without an arena). Into published only by the publication
 * (lib/leaderboard/publish.server.ts, which freezes the results: mayPublish); checkTransition refuses it until then.
 */
export const PERIOD_TRANSITIONS: Record<PeriodState, readonly PeriodState[]> = {
  draft: ['open'],
  open: ['review'],
  review: ['arena', 'open', 'published'],
  arena: ['published'],
  published: ['archived'],
  archived: [],
};

export interface UnitSetupFacts {
  unitName: string;
  /** number of the unit's indicators in the period */
  indicatorCount: number;
  /** sum of those indicators' weights */
  weightSum: number;
}

export interface IndicatorRef {
  unitName: string;
  indicatorName: string;
}

/** Plain data about a period, gathered by the caller (active units only). */
export interface TransitionFacts {
  hasDeadline: boolean;
  /** the deadline is already past at the moment of the transition */
  deadlinePassed: boolean;
  units: UnitSetupFacts[];
  /** higher/lower indicators with neither an annual nor a half-year target (or a target ≤ 0) */
  indicatorsWithoutTarget: IndicatorRef[];
  /** milestone indicators without a planned percent in (0, 100] */
  milestonesWithoutPlan: IndicatorRef[];
  rubricCriteria: number;
  /** results frozen by the ranking-publication feature; until it exists, always false */
  resultsReady: boolean;
}

export interface Blocker {
  /** key under `setup.blockers` in messages */
  code: string;
  params?: Record<string, string | number>;
}

export interface TransitionCheck {
  ok: boolean;
  blockers: Blocker[];
}

export function nextStates(from: PeriodState): readonly PeriodState[] {
  return PERIOD_TRANSITIONS[from] ?? [];
}

/** Round a weight sum for display without hiding float noise as "not 100". */
const roundSum = (n: number) => Math.round(n * 100) / 100;

/** What must be true of the indicator set and rubric before units may fill in (opening and reopening). */
function setupBlockers(facts: TransitionFacts): Blocker[] {
  const out: Blocker[] = [];
  for (const u of facts.units) {
    if (u.indicatorCount === 0) out.push({ code: 'unitNoIndicators', params: { unit: u.unitName } });
    else if (!weightsSumTo100([u.weightSum])) out.push({ code: 'weightSum', params: { unit: u.unitName, sum: roundSum(u.weightSum) } });
  }
  for (const i of facts.indicatorsWithoutTarget) out.push({ code: 'noTarget', params: { unit: i.unitName, indicator: i.indicatorName } });
  for (const i of facts.milestonesWithoutPlan) out.push({ code: 'noPlannedPercent', params: { unit: i.unitName, indicator: i.indicatorName } });
  if (facts.rubricCriteria === 0) out.push({ code: 'noRubric' });
  return out;
}

/** Publication: the move into published that freezes the results — allowed wherever the table leads to published. */
export function mayPublish(from: PeriodState | string): boolean {
  return (nextStates(from as PeriodState) as readonly string[]).includes('published');
}

export function checkTransition(from: PeriodState, to: PeriodState, facts: TransitionFacts): TransitionCheck {
  if (!nextStates(from).includes(to)) return { ok: false, blockers: [{ code: 'notAllowed', params: { from, to } }] };
  const blockers: Blocker[] = [];
  switch (to) {
    case 'open':
      if (!facts.hasDeadline) blockers.push({ code: 'noDeadline' });
      else if (facts.deadlinePassed) blockers.push({ code: 'deadlinePassed' });
      blockers.push(...setupBlockers(facts));
      break;
    case 'review':
      // scores are computed from this set: it must still be complete after any fixes made while open
      blockers.push(...setupBlockers(facts));
      break;
    case 'arena':
      if (facts.rubricCriteria === 0) blockers.push({ code: 'noRubric' });
      break;
    case 'published':
      if (!facts.resultsReady) blockers.push({ code: 'resultsNotReady' });
      break;
    case 'archived':
      // the only way in is from published (see PERIOD_TRANSITIONS)
      break;
    case 'draft':
      break;
  }
  return { ok: blockers.length === 0, blockers };
}
