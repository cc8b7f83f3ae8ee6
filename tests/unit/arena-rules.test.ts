// The arena's rules without a database: start blockers, who may score and why not, sheets, the rubric lock.
import { describe, expect, it } from 'vitest';
import { checkSheet, isRubricLocked, liveRefusal, prepRefusal, scoreRefusal, scoreRefusalOf, startBlockers } from '@/lib/arena/rules';

const rubric = [
  { id: 'c1', name: '工作实绩', maxScore: 40 },
  { id: 'c2', name: '问题剖析', maxScore: 30 },
];

describe('starting and hosting', () => {
  it('names every start blocker, in order', () => {
    const ready = { state: 'prep', period: { state: 'arena' }, participants: [1], judges: [1] };
    expect(startBlockers(ready, 3)).toEqual([]);
    expect(startBlockers({ state: 'live', period: { state: 'published' }, participants: [], judges: [] }, 0)).toEqual([
      'not_prep',
      'period_state',
      'no_participants',
      'no_judges',
      'no_rubric',
    ]);
  });

  it('prep changes need an arena in prep and a period holding submissions; hosting needs a live arena', () => {
    expect(prepRefusal({ state: 'prep', period: { state: 'review', name: 'H1' } })).toBeNull();
    expect(prepRefusal({ state: 'live', period: { state: 'review', name: 'H1' } })).toEqual({ code: 'arenaNotPrep' });
    expect(prepRefusal({ state: 'prep', period: { state: 'published', name: 'H1' } })).toEqual({ code: 'arenaPeriodState', params: { period: 'H1' } });
    expect([liveRefusal('live'), liveRefusal('prep'), liveRefusal('finished')]).toEqual([null, { code: 'arenaNotStarted' }, { code: 'arenaFinished' }]);
  });
});

describe('who may score', () => {
  const speaking = { id: 'p1', unitId: 'u1', state: 'speaking' };
  it('the speaker holding the floor of a live arena, by a judge of another unit', () => {
    expect(scoreRefusal(speaking, 'p1', 'live', 'u2')).toBeNull();
    expect(scoreRefusal(speaking, 'p1', 'live', null)).toBeNull();
  });
  it('never their own unit, not once closed, not anyone else', () => {
    expect(scoreRefusal(speaking, 'p1', 'live', 'u1')).toBe('own_unit');
    expect(scoreRefusal({ ...speaking, state: 'closed' }, null, 'live', 'u2')).toBe('closed');
    expect(scoreRefusal(speaking, 'p2', 'live', 'u2')).toBe('not_speaking');
    expect(scoreRefusal(speaking, 'p1', 'finished', 'u2')).toBe('not_speaking');
    expect(scoreRefusal({ ...speaking, state: 'waiting' }, 'p1', 'live', 'u2')).toBe('not_speaking');
  });
  it('each reason has the refusal the services throw', () => {
    expect(scoreRefusalOf('own_unit', '建设局')).toEqual({ code: 'scoreOwnUnit', params: { unit: '建设局' } });
    expect(scoreRefusalOf('closed', '建设局')).toEqual({ code: 'scoreClosed', params: { unit: '建设局' } });
    expect(scoreRefusalOf('not_speaking', '建设局')).toEqual({ code: 'scoreNotCurrent' });
  });
});

describe('a sheet', () => {
  it('rounds to the allowed decimal and totals in rubric order', () => {
    expect(checkSheet(rubric, { c2: 20.1, c1: 35.5 })).toEqual({
      ok: true,
      rows: [
        { criterionId: 'c1', score: 35.5 },
        { criterionId: 'c2', score: 20.1 },
      ],
      total: 55.6,
    });
  });
  it('refuses a missing, unknown, out-of-range or too precise score, naming the field', () => {
    expect(checkSheet(rubric, { c1: 10 })).toEqual({
      ok: false,
      refusal: { code: 'scoreMissing', params: { criterion: '问题剖析' }, fieldErrors: { 'scores.c2': ['required'] } },
    });
    expect(checkSheet(rubric, { c1: 10, c2: 10, c9: 1 })).toEqual({ ok: false, refusal: { code: 'scoreUnknownCriterion' } });
    expect(checkSheet(rubric, { c1: 41, c2: 10 })).toMatchObject({ ok: false, refusal: { code: 'scoreOutOfRange', params: { max: 40 } } });
    expect(checkSheet(rubric, { c1: -1, c2: 10 })).toMatchObject({ ok: false, refusal: { code: 'scoreOutOfRange' } });
    expect(checkSheet(rubric, { c1: '10', c2: 10 })).toMatchObject({ ok: false, refusal: { code: 'scoreOutOfRange' } });
    expect(checkSheet(rubric, { c1: 10.25, c2: 10 })).toMatchObject({
      ok: false,
      refusal: { code: 'scorePrecision', fieldErrors: { 'scores.c1': ['scorePrecision'] } },
    });
  });
});

describe('the rubric lock', () => {
  it('holds after review, once an arena has started, or once anyone has scored', () => {
    expect(isRubricLocked({ periodState: 'review', startedArenas: 0, scores: 0 })).toBe(false);
    expect(isRubricLocked({ periodState: 'arena', startedArenas: 0, scores: 0 })).toBe(true);
    expect(isRubricLocked({ periodState: 'open', startedArenas: 1, scores: 0 })).toBe(true);
    expect(isRubricLocked({ periodState: 'draft', startedArenas: 0, scores: 3 })).toBe(true);
  });
});
