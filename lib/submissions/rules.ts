// Pure rules about the actuals a unit types: reading them in the indicator's unit, and which ones are
// implausible enough to need a reason (DESIGN §4 "Plausibility"). Used by the form (live) and the server (authority).
import { parseNumberInput, type NumberInputError } from '../domain/number-input';
import { evaluateIndicator, type IndicatorInput, type PeriodSettings } from '../scoring';

/** Completion above HIGH or below LOW, or more than RATIO× / under 1/RATIO of last period's actual, needs a reason. */
export const PLAUSIBILITY = { high: 1.5, low: 0.3, ratio: 3 } as const;

/** Longest reason kept for an implausible value. */
export const NOTE_MAX = 200;

/** Why a value looks wrong: completion too high / too low, or a jump / drop against last period. */
export type PlausibilityFlag = 'high' | 'low' | 'jump' | 'drop';

/**
 * The first reason an actual is implausible, or null. `cRaw` is the completion rate before the clamp
 * (null when it cannot be computed, e.g. no target); `previous` is the same indicator's (same key's)
 * actual in the unit's previous period, if any. A missing actual is not implausible, only missing.
 */
export function implausibility(input: { actual: number | null; cRaw: number | null; previous: number | null }): PlausibilityFlag | null {
  const { actual, cRaw, previous } = input;
  if (actual === null) return null;
  if (cRaw !== null && Number.isFinite(cRaw)) {
    if (cRaw > PLAUSIBILITY.high) return 'high';
    if (cRaw < PLAUSIBILITY.low) return 'low';
  }
  if (previous !== null && previous > 0) {
    if (actual > previous * PLAUSIBILITY.ratio) return 'jump';
    if (actual * PLAUSIBILITY.ratio < previous) return 'drop';
  }
  return null;
}

/** The indicator's unit as typed into the form (a milestone is entered as percent done). */
export function entryUnit(ind: { direction: string; measureUnit: string }): string {
  return ind.direction === 'milestone' ? '%' : ind.measureUnit;
}

/** The plausibility flag of one indicator's actual, computed with the scoring engine's own completion rate. */
export function flagOf(ind: IndicatorInput, actual: number | null, previous: number | null, settings: PeriodSettings): PlausibilityFlag | null {
  if (actual === null) return null;
  const r = evaluateIndicator({ ...ind, actual }, settings);
  const valid = r.completionFormula !== 'missing' && r.completionFormula !== 'invalid';
  return implausibility({ actual, cRaw: valid ? r.cRaw : null, previous });
}

/** An indicator row as the scoring engine reads it (actual left to the caller). */
export function indicatorInputOf(i: {
  id: string;
  unitId: string;
  key: string;
  name: string;
  measureUnit: string;
  direction: string;
  method: string;
  annualTarget: number | null;
  halfTarget: number | null;
  plannedPercent: number | null;
  weight: number;
  cap: number | null;
}): IndicatorInput & { name: string; measureUnit: string } {
  return {
    id: i.id,
    unitId: i.unitId,
    key: i.key,
    name: i.name,
    measureUnit: i.measureUnit,
    direction: i.direction as IndicatorInput['direction'],
    method: i.method as IndicatorInput['method'],
    annualTarget: i.annualTarget,
    halfTarget: i.halfTarget,
    plannedPercent: i.plannedPercent,
    weight: i.weight,
    cap: i.cap,
    actual: null,
  };
}

export type ActualEntry = number | string | null;

export interface CheckedValue {
  indicatorId: string;
  actual: number | null;
  flag: PlausibilityFlag | null;
  /** kept only while the value is implausible; '' otherwise */
  note: string;
}

export interface ValueRefusal {
  indicatorId: string;
  name: string;
  error: NumberInputError;
  expected?: string;
}

/**
 * What the server stores for the actuals that arrived: each typed text re-read in its indicator's unit
 * (numbers are taken as already in it), refused entries named, and a reason kept only with an implausible value.
 */
export function checkActuals(
  values: readonly { indicatorId: string; actual: ActualEntry; plausibilityNote?: string }[],
  indicators: ReadonlyMap<string, IndicatorInput & { name: string; measureUnit: string }>,
  previous: ReadonlyMap<string, number>,
  settings: PeriodSettings,
): { values: CheckedValue[]; refused: ValueRefusal[] } {
  const out: CheckedValue[] = [];
  const refused: ValueRefusal[] = [];
  for (const v of values) {
    const ind = indicators.get(v.indicatorId);
    if (!ind) continue; // the service refuses foreign ids before this
    const parsed =
      typeof v.actual === 'string'
        ? parseNumberInput(v.actual, { measureUnit: entryUnit(ind) })
        : parseNumberInput(v.actual === null ? null : String(v.actual));
    if (!parsed.ok) {
      refused.push({ indicatorId: ind.id, name: ind.name, error: parsed.error, ...(parsed.expected ? { expected: parsed.expected } : {}) });
      continue;
    }
    const flag = flagOf(ind, parsed.value, previous.get(ind.key) ?? null, settings);
    out.push({ indicatorId: ind.id, actual: parsed.value, flag, note: flag ? (v.plausibilityNote ?? '').trim() : '' });
  }
  return { values: out, refused };
}

/** Implausible values still without a reason, by indicator name — what stops a submission. */
export function unconfirmed(
  values: readonly { indicatorId: string; flag: PlausibilityFlag | null; note: string }[],
  names: ReadonlyMap<string, string>,
): string[] {
  return values.filter((v) => v.flag && !v.note.trim()).map((v) => names.get(v.indicatorId) ?? v.indicatorId);
}
