// Rectification measures (整改清单): which are on the district's board, and when one is open or overdue.
// The one definition behind the board's tiles and filters and every home tile that links to it. Pure.
import type { MeasureStatus } from '../domain/enums';

/** Submissions whose measures are on the board: submitted or approved (drafts and returned ones are the unit's own business). */
export const BOARD_SUBMISSION_STATES = ['submitted', 'approved'] as const;

/** Open until the responsible unit marks it done. */
export function isOpen(m: { status: MeasureStatus | string }): boolean {
  return m.status !== 'done';
}

/** Overdue is derived, never stored: open and past its deadline (stored as the last second of the day, China time). */
export function isOverdue(m: { status: MeasureStatus | string; deadline: Date | null }, now: Date): boolean {
  return isOpen(m) && m.deadline !== null && m.deadline.getTime() < now.getTime();
}

/** Who sees which measures: the whole district, or one unit's — those it raised and those it is responsible for. */
export type MeasureScope = { kind: 'district' } | { kind: 'unit'; unitId: string | null };

export interface MeasureCounts {
  total: number;
  open: number;
  overdue: number;
  done: number;
}

/** The board's tiles over the measures on it. */
export function countMeasures(measures: readonly { status: MeasureStatus | string; deadline: Date | null }[], now: Date): MeasureCounts {
  let open = 0;
  let overdue = 0;
  for (const m of measures) {
    if (isOpen(m)) open++;
    if (isOverdue(m, now)) overdue++;
  }
  return { total: measures.length, open, overdue, done: measures.length - open };
}
