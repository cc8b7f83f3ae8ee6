// Deadline countdown and the displayed submission state.
import { describe, expect, it } from 'vitest';
import { countByDisplayState, countdown, displayState } from '@/lib/domain/deadline';

const deadline = new Date('2026-07-15T18:00:00+08:00');
const at = (iso: string) => new Date(iso);

describe('countdown', () => {
  it('counts days, hours and minutes left', () => {
    expect(countdown(deadline, at('2026-07-12T15:30:00+08:00'))).toEqual({ overdue: false, days: 3, hours: 2, minutes: 30, totalMinutes: 3 * 1440 + 150 });
  });
  it('counts time since the deadline once passed', () => {
    const c = countdown(deadline, at('2026-07-16T20:00:00+08:00'));
    expect(c.overdue).toBe(true);
    expect([c.days, c.hours, c.minutes]).toEqual([1, 2, 0]);
  });
  it('is not overdue at the deadline itself', () => expect(countdown(deadline, deadline).overdue).toBe(false));
});

describe('displayState', () => {
  const before = at('2026-07-10T09:00:00+08:00');
  const after = at('2026-07-16T09:00:00+08:00');
  it('shows 未填报 / 草稿 / 已退回 before the deadline', () => {
    expect(displayState(null, deadline, before)).toBe('not_started');
    expect(displayState({ state: 'draft' }, deadline, before)).toBe('draft');
    expect(displayState({ state: 'returned' }, deadline, before)).toBe('returned');
  });
  it('turns a missing or draft submission into 逾期 after the deadline', () => {
    expect(displayState(null, deadline, after)).toBe('overdue');
    expect(displayState({ state: 'draft' }, deadline, after)).toBe('overdue');
  });
  it('keeps 已退回 after the deadline: the return is what the unit must act on', () => {
    expect(displayState({ state: 'returned' }, deadline, after)).toBe('returned');
  });
  it('keeps submitted and approved whatever the clock', () => {
    expect(displayState({ state: 'submitted' }, deadline, after)).toBe('submitted');
    expect(displayState({ state: 'approved' }, deadline, after)).toBe('approved');
  });
  it('never goes overdue without a deadline', () => expect(displayState({ state: 'draft' }, null, after)).toBe('draft'));
  it('counts every state', () => {
    expect(countByDisplayState(['draft', 'draft', 'overdue'])).toEqual({ not_started: 0, draft: 2, submitted: 0, returned: 0, approved: 0, overdue: 1 });
  });
});
