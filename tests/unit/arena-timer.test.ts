// The speaker's countdown: pure functions of (startedAt, seconds, paused) and the clock.
import { describe, expect, it } from 'vitest';
import { extendTimer, IDLE_TIMER, pauseTimer, remainingSeconds, resumeTimer, startTimer, timerColumns, timerOf, timerView } from '@/lib/arena/timer';

const T0 = Date.UTC(2026, 6, 10, 1, 0, 0);

describe('arena timer', () => {
  it('counts down while running, rounding up, and goes negative on overrun', () => {
    const t = startTimer(480, T0);
    expect(remainingSeconds(t, T0)).toBe(480);
    expect(remainingSeconds(t, T0 + 800)).toBe(480);
    expect(remainingSeconds(t, T0 + 1000)).toBe(479);
    expect(remainingSeconds(t, T0 + 480_000)).toBe(0);
    expect(remainingSeconds(t, T0 + 480_400)).toBe(0);
    expect(Object.is(remainingSeconds(t, T0 + 480_400), -0)).toBe(false);
    expect(remainingSeconds(t, T0 + 490_000)).toBe(-10);
  });

  it('is idle without a clock', () => {
    expect(remainingSeconds(IDLE_TIMER, T0)).toBeNull();
    expect(timerView(IDLE_TIMER, T0)).toEqual({
      startedAt: null,
      seconds: null,
      paused: false,
      running: false,
      remainingSeconds: null,
      deadlineAt: null,
      serverNow: T0,
    });
  });

  it('pause keeps the seconds left; resume continues from there', () => {
    const t = startTimer(480, T0);
    const p = pauseTimer(t, T0 + 100_500); // 379.5 s left → 380
    expect(p).toEqual({ startedAt: null, seconds: 380, paused: true });
    expect(remainingSeconds(p, T0 + 999_999)).toBe(380);
    expect(pauseTimer(p, T0 + 200_000)).toBe(p);
    const r = resumeTimer(p, T0 + 200_000);
    expect(r).toEqual({ startedAt: T0 + 200_000, seconds: 380, paused: false });
    expect(remainingSeconds(r, T0 + 210_000)).toBe(370);
    expect(resumeTimer(r, T0)).toBe(r);
  });

  it('extend adds to what is left; after an overrun the extra time counts from now', () => {
    const t = startTimer(480, T0);
    expect(remainingSeconds(extendTimer(t, T0 + 400_000, 60), T0 + 400_000)).toBe(140);
    expect(remainingSeconds(extendTimer(t, T0 + 500_000, 60), T0 + 500_000)).toBe(60);
    const p = pauseTimer(t, T0 + 100_000);
    const e = extendTimer(p, T0 + 150_000, 60);
    expect(e).toEqual({ startedAt: null, seconds: 440, paused: true });
    expect(extendTimer(IDLE_TIMER, T0, 60)).toBe(IDLE_TIMER);
  });

  it('the view gives running, the deadline and the server clock', () => {
    const t = startTimer(60, T0);
    expect(timerView(t, T0 + 10_000)).toMatchObject({ running: true, remainingSeconds: 50, deadlineAt: T0 + 60_000, serverNow: T0 + 10_000 });
    expect(timerView(pauseTimer(t, T0 + 10_000), T0 + 20_000)).toMatchObject({ running: false, paused: true, remainingSeconds: 50, deadlineAt: null });
  });

  it('round-trips through the Arena columns', () => {
    for (const t of [IDLE_TIMER, startTimer(480, T0), pauseTimer(startTimer(480, T0), T0 + 5000)]) expect(timerOf(timerColumns(t))).toEqual(t);
  });
});
