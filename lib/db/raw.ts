// Values from raw queries ($queryRaw), which the two databases answer in different shapes.

/** A DateTime column: SQLite answers its ISO text, PostgreSQL a Date. null when absent or unreadable. */
export function rawDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(v as string | number);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An integer (COUNT, MAX, an Int column): PostgreSQL may answer bigint, SQLite number. 0 when absent. */
export const rawInt = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
