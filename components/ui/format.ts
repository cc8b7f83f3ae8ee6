// Display formatting, one place for every page: scores with 2 decimals (DESIGN §4: full precision is
// kept everywhere, rounded only for display), percentages with 1 decimal, plain values without padding,
// and dates the Chinese way (2026年7月1日 18:05) in the district's time zone. Built on next-intl's
// formatter so the English switch still reads naturally; `score`, `percent` and `value` are also
// exported bare for client views that have no formatter at hand (zh-CN and en write numbers alike).
import { createFormatter } from 'next-intl';
import { round2 } from '@/lib/scoring/numeric';

export const TIME_ZONE = 'Asia/Shanghai';
/** One percent precision everywhere: 97.2% (completion rates, shares, caps). */
export const PERCENT_DIGITS = 1;
const NONE = '—';

/** What `useFormatter()` / `await getFormatter()` give (both fit). */
export interface Formatter {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  dateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
}

type Maybe = number | null | undefined;
const absent = (x: Maybe): x is null | undefined => x === null || x === undefined || Number.isNaN(x);

export function formatters(format: Formatter) {
  const fixed2 = (x: number) => format.number(round2(x), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  /** a score: 2 decimals; — when there is none */
  const n2 = (x: Maybe) => (absent(x) ? NONE : fixed2(x));
  /** a score with its sign (+1.50, −1.00, 0.00) */
  const signed2 = (x: number) => {
    const r = round2(x);
    return r > 0 ? `+${fixed2(r)}` : r < 0 ? `−${fixed2(-r)}` : fixed2(0);
  };
  /** a formula term: "+ 1.50" or "− 1.00" */
  const term = (x: number) => {
    const r = round2(x);
    return r < 0 ? `− ${fixed2(-r)}` : `+ ${fixed2(r)}`;
  };
  /** a plain value (targets, actuals, weights, points): no padding, up to `digits` decimals */
  const val = (x: Maybe, digits = 4) => (absent(x) ? NONE : format.number(x, { maximumFractionDigits: digits }));
  /** points with their sign, as adjustments are entered (+2, −0.5) */
  const signedVal = (x: number, digits = 2) => format.number(x, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
  /** a ratio such as c in a formula: 4 decimals */
  const ratio = (x: number) => format.number(x, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  /** a ratio (1 = 100%) as a percentage with one decimal: 97.2%; — when there is none */
  const pct = (x: Maybe) =>
    absent(x)
      ? NONE
      : `${format.number(Math.round(x * 100 * 10 ** PERCENT_DIGITS) / 10 ** PERCENT_DIGITS, { minimumFractionDigits: PERCENT_DIGITS, maximumFractionDigits: PERCENT_DIGITS })}%`;
  /** a day: 2026年7月1日 */
  const date = (d: Date | number) => format.dateTime(d, { dateStyle: 'long' });
  /** a day and a time: 2026年7月1日 18:05 */
  const dateTime = (d: Date | number) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  /** a moment to the second, for records: 2026年7月1日 18:05:09 */
  const timestamp = (d: Date | number) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'medium' });
  /** a time of day: 18:05:09 */
  const time = (d: Date | number) => format.dateTime(d, { timeStyle: 'medium' });
  /** hours and minutes: 18:05 */
  const clock = (d: Date | number) => format.dateTime(d, { hour: '2-digit', minute: '2-digit' });
  return { n2, signed2, term, val, signedVal, ratio, pct, date, dateTime, timestamp, time, clock };
}

export type Formatters = ReturnType<typeof formatters>;

const zh = formatters(createFormatter({ locale: 'zh-CN', timeZone: TIME_ZONE }));
/** a score with 2 decimals, — when there is none (for client views without a formatter) */
export const score = zh.n2;
/** a ratio as a 1-decimal percentage, — when there is none (for client views without a formatter) */
export const percent = zh.pct;
/** a plain value, — when there is none (for client views without a formatter) */
export const value = zh.val;
