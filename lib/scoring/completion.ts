// Completion rate c, its target, cap and traffic light for one Indicator (DESIGN §4, first bullets).
import { sat, tieKey } from './numeric';
import type { CompletionFormula, IndicatorInput, IndicatorProblem, IndicatorResult, Light, PeriodSettings, TargetSource } from './types';

const NO_PROBLEMS: readonly IndicatorProblem[] = Object.freeze([]);

/** Traffic light of a (clamped) c; thresholds compared at the engine's tie grain. */
export function lightOf(c: number, missing: boolean, settings: PeriodSettings): Light {
  return lightAt(c, missing, tieKey(settings.greenThreshold), tieKey(settings.yellowThreshold));
}

function lightAt(c: number, missing: boolean, greenKey: number, yellowKey: number): Light {
  if (missing) return 'missing';
  const k = tieKey(c);
  if (k >= greenKey) return 'green';
  if (k >= yellowKey) return 'yellow';
  return 'red';
}

/** A period's settings with the light thresholds' tie keys worked out once, for evaluateInto. */
export interface EvaluationSettings {
  settings: PeriodSettings;
  greenKey: number;
  yellowKey: number;
}

export function evaluationSettings(settings: PeriodSettings): EvaluationSettings {
  return { settings, greenKey: tieKey(settings.greenThreshold), yellowKey: tieKey(settings.yellowThreshold) };
}

/**
 * The figures of one indicator that do not depend on other units, as plain fields. scorePeriod keeps
 * one of these and overwrites it for every indicator (no allocation per indicator); evaluateIndicator
 * turns it into an IndicatorResult. Both go through evaluateInto, so the numbers cannot differ.
 * Numbers that can be absent are NaN here (null in the IndicatorResult): a field holding either a
 * number or null would box every number written to it.
 */
export interface IndicatorFigures {
  /** NaN: none could be derived */
  target: number;
  targetSource: TargetSource;
  /** NaN: none */
  annualTarget: number;
  /** null when there is none (the common case: nothing allocated) */
  problems: IndicatorProblem[] | null;
  missing: boolean;
  /** NaN: missing or not finite */
  actual: number;
  cap: number;
  capSource: 'indicator' | 'period';
  weight: number;
  completionFormula: CompletionFormula;
  cRaw: number;
  c: number;
  clamped: 'low' | 'high' | null;
  light: Light;
  /** ratio method (anything but efficacy and rank): points are final here */
  isRatio: boolean;
  /** w × c for ratio; 0 for efficacy and rank (their points need the cohort) */
  points: number;
}

export function newFigures(): IndicatorFigures {
  return {
    target: Number.NaN,
    targetSource: 'none',
    annualTarget: Number.NaN,
    problems: null,
    missing: false,
    actual: Number.NaN,
    cap: Number.NaN,
    capSource: 'period',
    weight: Number.NaN,
    completionFormula: 'invalid',
    cRaw: Number.NaN,
    c: Number.NaN,
    clamped: null,
    light: 'red',
    isRatio: true,
    points: Number.NaN,
  };
}

/** A finite number (−0 read as 0), else NaN — finiteOrNull without the null. */
function finiteOrNaN(x: number | null | undefined): number {
  return typeof x === 'number' && Number.isFinite(x) ? x + 0 : Number.NaN;
}

/** Computes one indicator's own figures into `out` (every field overwritten). */
export function evaluateInto(ind: IndicatorInput, es: EvaluationSettings, out: IndicatorFigures): void {
  const settings = es.settings;
  let problems: IndicatorProblem[] | null = null;

  // The half-year target. A milestone's planned percent is its explicit half target; otherwise the
  // explicit halfTarget, else annualTarget × time progress (序时进度). NaN = none.
  const annualTarget = finiteOrNaN(ind.annualTarget);
  const halfTarget = finiteOrNaN(ind.halfTarget);
  const plannedPercent = finiteOrNaN(ind.plannedPercent);
  let t = Number.NaN;
  let targetSource: TargetSource = 'none';
  if (ind.direction === 'milestone' && plannedPercent === plannedPercent) {
    t = plannedPercent;
    targetSource = 'planned_percent';
  } else if (halfTarget === halfTarget) {
    t = halfTarget;
    targetSource = 'half_target';
  } else if (annualTarget === annualTarget) {
    t = sat(annualTarget * settings.timeProgress);
    targetSource = 'annual_x_time_progress';
  }
  let targetOk = true;
  if (t !== t) {
    (problems ??= []).push('no_target');
    targetOk = false;
  } else if (t <= 0) {
    (problems ??= []).push('target_not_positive');
    targetOk = false;
  }

  const direction = ind.direction;
  const directionOk = direction === 'higher' || direction === 'lower' || direction === 'milestone';
  if (!directionOk) (problems ??= []).push('unknown_direction');

  const missing = ind.actual === null || ind.actual === undefined;
  let actualOk = !missing;
  if (!missing && !Number.isFinite(ind.actual)) {
    (problems ??= []).push('actual_not_finite');
    actualOk = false;
  } else if (!missing && (ind.actual as number) < 0) {
    // kept as is: the formula gives c < 0, clamped to 0 (see decision 006)
    (problems ??= []).push('negative_actual');
  }

  let cap = settings.defaultCap;
  let capSource: 'indicator' | 'period' = 'period';
  if (ind.cap !== null && ind.cap !== undefined) {
    if (Number.isFinite(ind.cap) && ind.cap >= 0) {
      cap = ind.cap + 0;
      capSource = 'indicator';
    } else (problems ??= []).push('cap_invalid');
  }

  let weight = ind.weight + 0;
  if (!Number.isFinite(weight)) {
    (problems ??= []).push('weight_not_finite');
    weight = 0;
  }

  let cRaw = 0;
  let completionFormula: CompletionFormula;
  if (missing) completionFormula = 'missing';
  else if (!targetOk || !actualOk || !directionOk) completionFormula = 'invalid';
  else {
    const a = ind.actual as number;
    const tt = t;
    if (direction === 'lower') {
      if (a === 0) {
        cRaw = cap;
        completionFormula = 'lower_actual_zero';
      } else {
        cRaw = sat(tt / a);
        completionFormula = 'target/actual';
      }
    } else {
      cRaw = sat(a / tt);
      completionFormula = direction === 'milestone' ? 'done/planned' : 'actual/target';
    }
  }

  let c = cRaw;
  let clamped: 'low' | 'high' | null = null;
  if (cRaw < 0) {
    c = 0;
    clamped = 'low';
  } else if (cRaw > cap) {
    c = cap;
    clamped = 'high';
  }

  const isRatio = ind.method !== 'efficacy' && ind.method !== 'rank';
  out.target = t;
  out.targetSource = targetSource;
  out.annualTarget = annualTarget;
  out.problems = problems;
  out.missing = missing;
  out.actual = actualOk ? (ind.actual as number) + 0 : Number.NaN; // a non-finite actual is in problems, not echoed
  out.cap = cap;
  out.capSource = capSource;
  out.weight = weight;
  out.completionFormula = completionFormula;
  out.cRaw = cRaw;
  out.c = c;
  out.clamped = clamped;
  out.light = lightAt(c, missing, es.greenKey, es.yellowKey);
  out.isRatio = isRatio;
  out.points = isRatio ? sat(weight * c) : 0;
}

function orNull(x: number): number | null {
  return x === x ? x : null;
}

/** The breakdown object of one indicator from its figures (efficacy and rank: cohort_pending until scorePeriod fills them). */
export function indicatorResultOf(ind: IndicatorInput, f: IndicatorFigures): IndicatorResult {
  return {
    indicatorId: ind.id,
    key: ind.key,
    name: ind.name ?? null,
    direction: ind.direction,
    method: ind.method,
    weight: f.weight,
    target: { value: orNull(f.target), source: f.targetSource, annualTarget: orNull(f.annualTarget) },
    actual: orNull(f.actual),
    missing: f.missing,
    problems: f.problems ?? NO_PROBLEMS,
    completionFormula: f.completionFormula,
    cRaw: f.cRaw,
    c: f.c,
    cap: f.cap,
    capSource: f.capSource,
    clamped: f.clamped,
    light: f.light,
    cohort: null,
    rank: null,
    formula: f.isRatio ? 'ratio' : 'cohort_pending',
    points: f.points,
  };
}

/**
 * Everything about one indicator that does not depend on other units: target, c, cap, light, and
 * the points of a ratio indicator. Efficacy and rank points depend on the other holders of the key:
 * here they are 0 with formula 'cohort_pending', and scorePeriod fills them in (methods.ts).
 * Exported for live previews (the submission form shows c and the light as the user types).
 */
export function evaluateIndicator(ind: IndicatorInput, settings: PeriodSettings): IndicatorResult {
  const f = newFigures();
  evaluateInto(ind, evaluationSettings(settings), f);
  return indicatorResultOf(ind, f);
}
