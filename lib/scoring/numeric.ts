// Number policy of the scoring engine: full precision, saturation instead of Infinity, and a comparison grain for ties.

const MAX = Number.MAX_VALUE;

/**
 * Keeps an absurd but finite input from producing ±Infinity (and later NaN, or null in JSON):
 * results saturate at ±Number.MAX_VALUE. Ordinary values pass through untouched.
 */
export function sat(x: number): number {
  // the same as x > MAX ? MAX : x < −MAX ? −MAX : x + 0 (NaN stays NaN), written with Math.min/max so
  // optimised code keeps the value an unboxed double: the ternary form allocated a heap number per call
  // + 0: −0 → 0, so a stored JSON snapshot equals the live result
  return Math.min(Math.max(x, -MAX), MAX) + 0;
}

/** Finite number (−0 read as 0, which JSON would do anyway), or null (null, undefined, NaN, ±Infinity). */
export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x + 0 : null;
}

/**
 * Comparison grain. Equal-looking scores reached by different arithmetic paths can differ in
 * the last bit (0.7 × 100 vs 70); letting that bit decide a rank or a light would contradict
 * the 2-decimal number people see. Comparisons (ties, thresholds, "all equal") are therefore
 * made on the value quantised to 1e-9; the values themselves are never rounded.
 */
export const TIE_GRAIN = 1e-9;

export function tieKey(x: number): number {
  return Math.round(x / TIE_GRAIN);
}

/**
 * Display rounding to 2 decimals, half away from zero, immune to binary noise (1.005 → 1.01).
 * For pages, exports and the big screen only — never used inside the engine.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const scaled = Number((Math.abs(x) * 100).toPrecision(15));
  const r = Math.round(scaled) / 100;
  return r === 0 ? 0 : x < 0 ? -r : r;
}

/** Stable text order for ids and names (code-unit order, locale-independent so every server agrees). */
export function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order on numbers that never yields NaN (NaN sorts as equal to everything, harmlessly). */
export function cmpNum(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of optional sortOrder fields: given values first, ascending. */
export function cmpOrder(a: number | null | undefined, b: number | null | undefined): number {
  const x = finiteOrNull(a);
  const y = finiteOrNull(b);
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x - y;
}
