// Rectification measures: overdue is derived from the deadline, never stored.
import type { MeasureStatus } from './enums';

export function isOverdue(m: { status: MeasureStatus | string; deadline: Date | null }, now: Date): boolean {
  return m.status !== 'done' && m.deadline !== null && m.deadline.getTime() < now.getTime();
}

/** Submissions whose measures are on the district's board: submitted or approved (drafts are the unit's own business). */
export const BOARD_SUBMISSION_STATES = ['submitted', 'approved'] as const;
