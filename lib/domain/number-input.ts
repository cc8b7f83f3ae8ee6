// Reading numbers as people type them in Chinese forms: full-width digits, thousands separators,
// a trailing measure unit ("1,363盏", "１３６３", "85%"). Pure; errors are message keys (validation.*).

export type NumberInputResult = { ok: true; value: number | null } | { ok: false; error: 'notNumber' | 'negative' | 'tooLarge' };

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+', '％': '%', '　': ' ', '。': '.' };

/** Full-width digits and punctuation to ASCII. */
export function toHalfWidth(raw: string): string {
  return raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．，－＋％　。]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Largest value accepted anywhere (guards against typos like an extra six zeros … and overflow). */
export const MAX_INPUT = 1e12;

/**
 * Parse one numeric input. Empty → null (not filled). A trailing unit is accepted when it is the
 * indicator's own measure unit, or any non-numeric suffix of CJK letters/% (盏, 个, 亿元, 天, %);
 * anything else in the text is refused rather than guessed.
 */
export function parseNumberInput(raw: string | null | undefined, opts: { measureUnit?: string; allowNegative?: boolean } = {}): NumberInputResult {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  let s = toHalfWidth(String(raw)).trim();
  if (s === '') return { ok: true, value: null };
  const unit = opts.measureUnit ? toHalfWidth(opts.measureUnit).trim() : '';
  if (unit && s.endsWith(unit)) s = s.slice(0, -unit.length).trim();
  // a trailing run of CJK characters or % is a unit, not part of the number
  s = s.replace(/[\s%\u3400-\u9fff]+$/u, '').trim();
  // thousands separators: only between digit groups of exactly three
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false, error: 'notNumber' };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, error: 'notNumber' };
  if (value < 0 && !opts.allowNegative) return { ok: false, error: 'negative' };
  if (Math.abs(value) > MAX_INPUT) return { ok: false, error: 'tooLarge' };
  return { ok: true, value: value === 0 ? 0 : value };
}
