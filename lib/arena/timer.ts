// The speaker's countdown as pure functions of the stored timer (startedAt, seconds, paused) and a clock.
// Server and clients compute the same numbers; remaining goes negative on overrun (超时).
import type { ArenaTimerView, TimerState } from './types';

export const IDLE_TIMER: TimerState = { startedAt: null, seconds: null, paused: false };

/** Exact milliseconds left (negative = overrun); null when no clock is set. */
export function remainingMs(t: TimerState, now: number): number | null {
  if (t.seconds === null) return null;
  if (t.paused || t.startedAt === null) return t.seconds * 1000;
  return t.seconds * 1000 - (now - t.startedAt);
}

/** Whole seconds left, rounded up (59.2 s left shows 60; 0.4 s overrun shows 0); null when no clock is set. */
export function remainingSeconds(t: TimerState, now: number): number | null {
  const ms = remainingMs(t, now);
  if (ms === null) return null;
  const s = Math.ceil(ms / 1000);
  return s === 0 ? 0 : s; // no −0
}

export function timerView(t: TimerState, now: number): ArenaTimerView {
  const running = t.seconds !== null && t.startedAt !== null && !t.paused;
  return {
    ...t,
    running,
    remainingSeconds: remainingSeconds(t, now),
    deadlineAt: running ? (t.startedAt as number) + (t.seconds as number) * 1000 : null,
    serverNow: now,
  };
}

/** A fresh clock of `seconds`, running from now. */
export function startTimer(seconds: number, now: number): TimerState {
  return { startedAt: now, seconds, paused: false };
}

/** Pause: keep the whole seconds left (rounded up, so a pause never takes time away). No-op when paused or idle. */
export function pauseTimer(t: TimerState, now: number): TimerState {
  if (t.paused || t.seconds === null) return t;
  return { startedAt: null, seconds: remainingSeconds(t, now) as number, paused: true };
}

/** Resume from the seconds left at the pause. No-op when running or idle. */
export function resumeTimer(t: TimerState, now: number): TimerState {
  if (!t.paused || t.seconds === null) return t;
  return { startedAt: now, seconds: t.seconds, paused: false };
}

/** Add `seconds` to what is left; an overrun clock restarts from 0 (extend after 超时 gives the full extra time). Keeps the paused state. */
export function extendTimer(t: TimerState, now: number, seconds: number): TimerState {
  if (t.seconds === null) return t;
  const left = Math.max(0, remainingSeconds(t, now) as number);
  return t.paused ? { startedAt: null, seconds: left + seconds, paused: true } : { startedAt: now, seconds: left + seconds, paused: false };
}

/** Stored columns ↔ TimerState. */
export function timerOf(row: { timerStartedAt: Date | null; timerSeconds: number | null; timerPaused: boolean }): TimerState {
  return { startedAt: row.timerStartedAt ? row.timerStartedAt.getTime() : null, seconds: row.timerSeconds, paused: row.timerPaused };
}

export function timerColumns(t: TimerState): { timerStartedAt: Date | null; timerSeconds: number | null; timerPaused: boolean } {
  return { timerStartedAt: t.startedAt === null ? null : new Date(t.startedAt), timerSeconds: t.seconds, timerPaused: t.paused };
}
