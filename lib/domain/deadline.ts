// Deadline arithmetic and a submission's displayed state (未填报/草稿/已提交/已退回/已审核/逾期). Pure: the clock is passed in.
import type { SubmissionState } from './enums';

export interface Countdown {
  overdue: boolean;
  /** whole days, hours and minutes until (or, when overdue, since) the deadline */
  days: number;
  hours: number;
  minutes: number;
  totalMinutes: number;
}

export function countdown(deadline: Date, now: Date): Countdown {
  const diffMs = deadline.getTime() - now.getTime();
  const overdue = diffMs < 0;
  const totalMinutes = Math.floor(Math.abs(diffMs) / 60_000);
  return {
    overdue,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    totalMinutes,
  };
}

export const DISPLAY_STATES = ['not_started', 'draft', 'submitted', 'returned', 'approved', 'overdue'] as const;
export type DisplayState = (typeof DISPLAY_STATES)[number];

/**
 * What a unit's submission shows as. A unit that has not handed in by the deadline is 逾期 (overdue);
 * a submission made after the deadline stays 已提交 and carries its `late` flag.
 */
export function displayState(submission: { state: SubmissionState | string } | null | undefined, deadline: Date | null | undefined, now: Date): DisplayState {
  const state = submission?.state;
  // a returned submission was handed in and sent back: that, not the deadline, is what the unit must act on
  if (state === 'submitted' || state === 'approved' || state === 'returned') return state;
  if (deadline && now.getTime() > deadline.getTime()) return 'overdue';
  return submission ? 'draft' : 'not_started';
}

/** Counts per displayed state, every state present (0 when none). */
export function countByDisplayState(states: DisplayState[]): Record<DisplayState, number> {
  const out = Object.fromEntries(DISPLAY_STATES.map((s) => [s, 0])) as Record<DisplayState, number>;
  for (const s of states) out[s]++;
  return out;
}
