// The period state machine: every transition allowed or refused, and each blocker named.
import { describe, expect, it } from 'vitest';
import { PERIOD_STATES, type PeriodState } from '@/lib/domain/enums';
import { checkTransition, mayPublish, nextStates, PERIOD_TRANSITIONS, type TransitionFacts } from '@/lib/domain/period-state';

/** A period ready in every respect (results aside). */
const ready = (over: Partial<TransitionFacts> = {}): TransitionFacts => ({
  hasDeadline: true,
  deadlinePassed: false,
  units: [
    { unitName: '建设局', indicatorCount: 3, weightSum: 100 },
    { unitName: '数据局', indicatorCount: 2, weightSum: 60 + 40 },
  ],
  indicatorsWithoutTarget: [],
  milestonesWithoutPlan: [],
  rubricCriteria: 3,
  resultsReady: false,
  ...over,
});

const ALLOWED: [PeriodState, PeriodState][] = [
  ['draft', 'open'],
  ['open', 'review'],
  ['review', 'arena'],
  ['review', 'open'],
  ['review', 'published'],
  ['arena', 'published'],
  ['published', 'archived'],
];

describe('the transition table', () => {
  it('is exactly DESIGN §3 plus reopening collection', () => {
    const pairs = PERIOD_STATES.flatMap((from) => PERIOD_TRANSITIONS[from].map((to) => [from, to]));
    expect(pairs.sort()).toEqual([...ALLOWED].sort());
    expect(nextStates('archived')).toEqual([]);
  });

  const all = PERIOD_STATES.flatMap((from) => PERIOD_STATES.map((to) => [from, to] as [PeriodState, PeriodState]));
  it.each(all.filter(([f, t]) => !ALLOWED.some(([a, b]) => a === f && b === t)))('%s → %s is refused as not allowed', (from, to) => {
    const r = checkTransition(from, to, ready({ resultsReady: true }));
    expect(r.ok).toBe(false);
    expect(r.blockers).toEqual([{ code: 'notAllowed', params: { from, to } }]);
  });

  it.each([
    ['draft', 'open'],
    ['open', 'review'],
    ['review', 'arena'],
    ['review', 'open'],
    ['published', 'archived'],
  ] as const)('%s → %s is allowed when nothing blocks it', (from, to) => {
    expect(checkTransition(from, to, ready())).toEqual({ ok: true, blockers: [] });
  });

  it('archiving needs a published period: arena → archived is not a transition', () => {
    expect(checkTransition('arena', 'archived', ready()).blockers[0]!.code).toBe('notAllowed');
  });
});

describe('opening (draft → open) and reopening (review → open)', () => {
  it.each(['draft', 'review'] as const)('from %s: no deadline blocks', (from) => {
    expect(checkTransition(from, 'open', ready({ hasDeadline: false })).blockers).toEqual([{ code: 'noDeadline' }]);
  });

  it('a deadline already past blocks (every unit would be overdue at once)', () => {
    expect(checkTransition('review', 'open', ready({ deadlinePassed: true })).blockers).toEqual([{ code: 'deadlinePassed' }]);
  });

  it('an active unit without indicators is named', () => {
    const r = checkTransition('draft', 'open', ready({ units: [{ unitName: '应急局', indicatorCount: 0, weightSum: 0 }] }));
    expect(r).toEqual({ ok: false, blockers: [{ code: 'unitNoIndicators', params: { unit: '应急局' } }] });
  });

  it('a unit whose weights do not sum to 100 is named with its sum', () => {
    const r = checkTransition('draft', 'open', ready({ units: [{ unitName: '建设局', indicatorCount: 4, weightSum: 95.5 }] }));
    expect(r.blockers).toEqual([{ code: 'weightSum', params: { unit: '建设局', sum: 95.5 } }]);
  });

  it('float noise in a sum of 100 does not block', () => {
    const sum = 0.1 + 0.2 + 99.7 - 1e-12; // what summing decimal weights can give
    expect(sum).not.toBe(100);
    expect(checkTransition('draft', 'open', ready({ units: [{ unitName: '建设局', indicatorCount: 3, weightSum: sum }] })).ok).toBe(true);
  });

  it('an indicator without a target is named with its unit', () => {
    const r = checkTransition('draft', 'open', ready({ indicatorsWithoutTarget: [{ unitName: '建设局', indicatorName: '新增路灯' }] }));
    expect(r.blockers).toEqual([{ code: 'noTarget', params: { unit: '建设局', indicator: '新增路灯' } }]);
  });

  it('a milestone without a planned percent is named with its unit', () => {
    const r = checkTransition('draft', 'open', ready({ milestonesWithoutPlan: [{ unitName: '数据局', indicatorName: '数据中心建设' }] }));
    expect(r.blockers).toEqual([{ code: 'noPlannedPercent', params: { unit: '数据局', indicator: '数据中心建设' } }]);
  });

  it('no rubric criteria blocks', () => {
    expect(checkTransition('draft', 'open', ready({ rubricCriteria: 0 })).blockers).toEqual([{ code: 'noRubric' }]);
  });

  it('lists every blocker at once, in a stable order', () => {
    const r = checkTransition(
      'draft',
      'open',
      ready({
        hasDeadline: false,
        units: [
          { unitName: 'A局', indicatorCount: 0, weightSum: 0 },
          { unitName: 'B局', indicatorCount: 2, weightSum: 110 },
        ],
        indicatorsWithoutTarget: [{ unitName: 'B局', indicatorName: 'x' }],
        rubricCriteria: 0,
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.blockers.map((b) => b.code)).toEqual(['noDeadline', 'unitNoIndicators', 'weightSum', 'noTarget', 'noRubric']);
  });
});

describe('the later transitions', () => {
  it('open → review needs the set complete again (fixes made while open)', () => {
    const r = checkTransition('open', 'review', ready({ units: [{ unitName: '建设局', indicatorCount: 3, weightSum: 90 }] }));
    expect(r.blockers).toEqual([{ code: 'weightSum', params: { unit: '建设局', sum: 90 } }]);
    // a passed deadline is normal when collection closes
    expect(checkTransition('open', 'review', ready({ deadlinePassed: true })).ok).toBe(true);
  });

  it('review → arena needs rubric criteria', () => {
    expect(checkTransition('review', 'arena', ready({ rubricCriteria: 0 })).blockers).toEqual([{ code: 'noRubric' }]);
  });

  it('publication is the transition to published: from review (no arena held) or arena, nowhere else', () => {
    expect(PERIOD_STATES.filter(mayPublish)).toEqual(['review', 'arena']);
    expect(mayPublish('unknown')).toBe(false);
    // the admin's plain transition leaves it to the publication
    expect(checkTransition('review', 'published', ready())).toEqual({ ok: false, blockers: [{ code: 'resultsNotReady' }] });
  });

  it('arena → published waits for the ranking publication (resultsReady)', () => {
    expect(checkTransition('arena', 'published', ready())).toEqual({ ok: false, blockers: [{ code: 'resultsNotReady' }] });
    expect(checkTransition('arena', 'published', ready({ resultsReady: true })).ok).toBe(true);
  });
});
