// Completion rate c, its target, cap and traffic light for one Indicator (DESIGN §4, first bullets).
import { finiteOrNull, sat, tieKey } from './numeric';
import type {
  CompletionFormula,
  IndicatorInput,
  IndicatorProblem,
  IndicatorResult,
  Light,
  PeriodSettings,
  TargetSource,
} from './types';

const NO_PROBLEMS: readonly IndicatorProblem[] = Object.freeze([]);

/** Traffic light of a (clamped) c; thresholds compared at the engine's tie grain. */
export function lightOf(c: number, missing: boolean, settings: PeriodSettings): Light {
  if (missing) return 'missing';
  const k = tieKey(c);
  if (k >= tieKey(settings.greenThreshold)) return 'green';
  if (k >= tieKey(settings.yellowThreshold)) return 'yellow';
  return 'red';
}

/**
 * Everything about one indicator that does not depend on other units: target, c, cap, light, and
 * the points of a ratio indicator. Efficacy and rank points depend on the other holders of the key:
 * here they are 0 with formula 'cohort_pending', and scorePeriod fills them in (methods.ts).
 * Exported for live previews (the submission form shows c and the light as the user types).
 */
export function evaluateIndicator(ind: IndicatorInput, settings: PeriodSettings): IndicatorResult {
  let problems: IndicatorProblem[] | null = null;

  // The half-year target. A milestone's planned percent is its explicit half target; otherwise the
  // explicit halfTarget, else annualTarget × time progress (序时进度).
  const annualTarget = finiteOrNull(ind.annualTarget);
  const halfTarget = finiteOrNull(ind.halfTarget);
  const plannedPercent = finiteOrNull(ind.plannedPercent);
  let t: number | null = null;
  let targetSource: TargetSource = 'none';
  if (ind.direction === 'milestone' && plannedPercent !== null) {
    t = plannedPercent;
    targetSource = 'planned_percent';
  } else if (halfTarget !== null) {
    t = halfTarget;
    targetSource = 'half_target';
  } else if (annualTarget !== null) {
    t = sat(annualTarget * settings.timeProgress);
    targetSource = 'annual_x_time_progress';
  }
  let targetOk = true;
  if (t === null) {
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
    const tt = t as number;
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
  return {
    indicatorId: ind.id,
    key: ind.key,
    name: ind.name ?? null,
    direction,
    method: ind.method,
    weight,
    target: { value: t, source: targetSource, annualTarget },
    actual: actualOk ? (ind.actual as number) + 0 : null, // a non-finite actual is in problems, not echoed as NaN
    missing,
    problems: problems ?? NO_PROBLEMS,
    completionFormula,
    cRaw,
    c,
    cap,
    capSource,
    clamped,
    light: lightOf(c, missing, settings),
    cohort: null,
    rank: null,
    formula: isRatio ? 'ratio' : 'cohort_pending',
    points: isRatio ? sat(weight * c) : 0,
  };
}
