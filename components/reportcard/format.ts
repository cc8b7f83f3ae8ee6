// Display formatting shared by the report card and the printable ranking: next-intl's number
// formatter on values rounded by the engine's round2 (full precision is kept everywhere else).
import { round2 } from '@/lib/scoring';

interface NumberFormatter {
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

export function formatters(format: NumberFormatter) {
  /** a score: 2 decimals */
  const n2 = (x: number) => format.number(round2(x), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  /** a score with its sign (+1.50, −1.00, 0.00) */
  const signed2 = (x: number) => {
    const r = round2(x);
    return r > 0 ? `+${n2(r)}` : r < 0 ? `−${n2(-r)}` : n2(0);
  };
  /** a plain value (targets, actuals, weights): up to 4 decimals */
  const val = (x: number | null | undefined) => (x === null || x === undefined ? '—' : format.number(x, { maximumFractionDigits: 4 }));
  /** a ratio such as c in a formula: 4 decimals */
  const ratio = (x: number) => format.number(x, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  /** a ratio as a percentage with 2 decimals */
  const pct = (x: number) => `${format.number(round2(x * 100), { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
  /** a formula term: "+ 1.50" or "− 1.00" */
  const term = (x: number) => {
    const r = round2(x);
    return r < 0 ? `− ${n2(-r)}` : `+ ${n2(r)}`;
  };
  return { n2, signed2, val, ratio, pct, term };
}
