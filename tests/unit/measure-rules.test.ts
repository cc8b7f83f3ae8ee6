import { describe, expect, it } from 'vitest';
import { endOfChinaDay } from '@/lib/domain/dates';
import { countMeasures, isOpen, isOverdue } from '@/lib/measures/rules';

const deadline = endOfChinaDay('2026-06-30');

describe('open and overdue measures', () => {
  it('a measure is overdue only after the last second of its deadline day (China time), and only while open', () => {
    expect(isOverdue({ status: 'in_progress', deadline }, new Date('2026-06-30T23:59:58+08:00'))).toBe(false);
    expect(isOverdue({ status: 'in_progress', deadline }, new Date('2026-07-01T00:00:00+08:00'))).toBe(true);
    expect(isOverdue({ status: 'done', deadline }, new Date('2026-07-02T00:00:00+08:00'))).toBe(false);
    expect(isOverdue({ status: 'not_started', deadline: null }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect([isOpen({ status: 'not_started' }), isOpen({ status: 'in_progress' }), isOpen({ status: 'done' })]).toEqual([true, true, false]);
  });

  it('counts total, open, overdue and done', () => {
    const now = new Date('2026-07-05T00:00:00+08:00');
    const ms = [
      { status: 'done', deadline },
      { status: 'in_progress', deadline },
      { status: 'not_started', deadline: endOfChinaDay('2026-12-31') },
      { status: 'not_started', deadline: null },
    ];
    expect(countMeasures(ms, now)).toEqual({ total: 4, open: 3, overdue: 1, done: 1 });
  });
});
