// Reading numbers as people type them in Chinese forms: full-width digits, thousands separators,
// a trailing measure unit ("1,363盏", "１３６３", "125000平方米"). Pure; errors are message keys (validation.*).
// With the indicator's measure unit known, a suffix must be that unit or a known multiple of it and is
// converted (DESIGN §4 "Units of measure"); any other suffix is refused, never dropped.

export type NumberInputError = 'notNumber' | 'negative' | 'tooLarge' | 'badUnit';

export type NumberInputResult =
  | {
      ok: true;
      value: number | null;
      /** set when the typed suffix differs from the indicator's unit: what was typed, before conversion */
      converted?: { typed: number; unit: string };
    }
  | { ok: false; error: NumberInputError; /** badUnit: the unit to write in */ expected?: string };

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+', '％': '%', '　': ' ', '。': '.' };

/** Full-width digits and punctuation to ASCII. */
export function toHalfWidth(raw: string): string {
  return raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．，－＋％　。]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Largest value accepted anywhere (guards against typos like an extra six zeros … and overflow). */
export const MAX_INPUT = 1e12;

/** Multipliers a unit may start with, longest first so 千万 is not read as 千 + 万…. */
const MULTIPLIERS: [string, number][] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/** Units of time convertible into each other (in days). Multipliers do not apply to them. */
const TIME: Record<string, number> = { 天: 1, 日: 1, 小时: 1 / 24 };

interface UnitParts {
  factor: number;
  base: string;
}

function splitUnit(unit: string): UnitParts {
  if (unit in TIME || unit === '%') return { factor: 1, base: unit };
  for (const [prefix, factor] of MULTIPLIERS) if (unit.startsWith(prefix)) return { factor, base: unit.slice(prefix.length) };
  return { factor: 1, base: unit };
}

/**
 * How many of the indicator's `unit` one `suffix` is, or null when the suffix is not that unit or a
 * known multiple of it: 平方米 → 万平方米 is 1e-4; 万 alone multiplies the indicator's own base
 * (1.2万 人 = 12000 人); 小时 → 天 is 1/24. `%` only where the indicator is in percent.
 */
export function unitFactor(suffix: string, unit: string): number | null {
  if (suffix === unit) return 1;
  const to = splitUnit(unit);
  const toDays = TIME[to.base];
  if (toDays !== undefined) {
    const fromDays = TIME[suffix];
    return fromDays !== undefined ? fromDays / toDays : null;
  }
  if (to.base === '%' || suffix === '%' || suffix in TIME) return null;
  const from = splitUnit(suffix);
  // a bare multiplier (万, 亿) or 个 counts in the indicator's own base
  const fromBase = from.base === '' || (from.base === '个' && to.base === '') ? to.base : from.base;
  if (fromBase !== to.base) return null;
  return from.factor / to.factor;
}

// the number part: thousands groups of exactly three, or plain digits, with an optional fraction
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d*)?|\.\d+)/;

/** 12 significant digits: 1.1 × 10000 is 11000, not 11000.000000000002. */
const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * Parse one numeric input. Empty → null (not filled).
 * With `measureUnit` (an indicator's actual): the suffix must be that unit or a known multiple of it
 * (unitFactor) and the value is converted into it; anything else is `badUnit` naming the unit.
 * Without it (scores, points, weights): a trailing run of CJK letters or % is read as a unit and ignored.
 */
export function parseNumberInput(raw: string | null | undefined, opts: { measureUnit?: string; allowNegative?: boolean } = {}): NumberInputResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const s = toHalfWidth(String(raw)).trim();
  if (s === '') return { ok: true, value: null };
  const m = NUMBER.exec(s);
  if (!m) return { ok: false, error: 'notNumber' };
  const suffix = s.slice(m[0].length).trim();
  // digits, separators or signs after the number: not a unit but a malformed number ("1 000", "1.2.3", "12e3")
  if (/[\d.,+-]/.test(suffix)) return { ok: false, error: 'notNumber' };
  const typed = Number(m[0].replace(/,/g, ''));
  if (!Number.isFinite(typed)) return { ok: false, error: 'notNumber' };

  let value = typed;
  let converted: { typed: number; unit: string } | undefined;
  const unit = opts.measureUnit ? toHalfWidth(opts.measureUnit).trim() : '';
  if (unit) {
    if (suffix) {
      const factor = unitFactor(suffix, unit);
      if (factor === null) return { ok: false, error: 'badUnit', expected: unit };
      if (suffix !== unit) {
        value = tidy(typed * factor);
        converted = { typed, unit: suffix };
      }
    }
  } else if (suffix && !/^[%\u3400-\u9fff]+$/u.test(suffix)) return { ok: false, error: 'notNumber' };

  if (value < 0 && !opts.allowNegative) return { ok: false, error: 'negative' };
  if (Math.abs(value) > MAX_INPUT) return { ok: false, error: 'tooLarge' };
  const out = value === 0 ? 0 : value;
  return converted ? { ok: true, value: out, converted } : { ok: true, value: out };
}
