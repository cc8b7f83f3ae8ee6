// The problem ledger's pure rules (lib/problems/rules.ts): the step table for every relation × status × step, the
// GB 32100 check character, statusAfter, daysOpen and the period figures of a hand-computed set.
import { describe, expect, it } from 'vitest';
import { PROBLEM_STATUSES, type ProblemStatus } from '@/lib/domain/enums';
import {
  availableSteps,
  creditCodeCheckChar,
  creditCodeProblem,
  daysOpen,
  figuresOf,
  PROBLEM_STEPS,
  relationTo,
  statusAfter,
  stepRefusal,
  type FigureFacts,
  type ProblemRelation,
  type ProblemStep,
} from '@/lib/problems/rules';

// ✓ allowed · R notYourRole · S wrongState · V notVisible; columns: pending, in_progress, resolved, closed, transferred
const RELATIONS: readonly ProblemRelation[] = ['office', 'leader', 'lead', 'assist', 'reader', 'none'];
const TABLE: Record<ProblemStep, Record<ProblemRelation, string>> = {
  //             office   leader   lead     assist   reader   none
  accept: { office: '✓SSSS', leader: 'RRRRR', lead: '✓SSSS', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  note: { office: '✓✓✓S✓', leader: 'RRRRR', lead: '✓✓✓S✓', assist: '✓✓✓S✓', reader: 'RRRRR', none: 'VVVVV' },
  resolve: { office: 'RRRRR', leader: 'RRRRR', lead: 'S✓SSS', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  rate: { office: 'SS✓SS', leader: 'RRRRR', lead: 'RRRRR', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  close: { office: 'SS✓SS', leader: 'RRRRR', lead: 'RRRRR', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  transfer: { office: 'RRRRR', leader: 'RRRRR', lead: '✓✓SSS', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  reassign: { office: '✓✓SS✓', leader: 'RRRRR', lead: 'RRRRR', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  supervise: { office: 'RRRRR', leader: '✓✓SS✓', lead: 'RRRRR', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
  unsupervise: { office: 'RRRRR', leader: '✓✓✓✓✓', lead: 'RRRRR', assist: 'RRRRR', reader: 'RRRRR', none: 'VVVVV' },
};
const CODE = { notYourRole: 'R', wrongState: 'S', notVisible: 'V' } as Record<string, string>;

/** Facts that let only the table decide: not yet supervised (supervised for unsupervise), unrated (rated 满意 for close). */
function factsFor(step: ProblemStep, status: ProblemStatus) {
  return { status, supervised: step === 'unsupervise', rating: step === 'close' ? 'satisfied' : null };
}

describe('the step table', () => {
  const statuses: readonly ProblemStatus[] = ['pending', 'in_progress', 'resolved', 'closed', 'transferred'];
  it('covers every status, step and relation', () => {
    expect([...statuses].sort()).toEqual([...PROBLEM_STATUSES].sort());
    expect(Object.keys(TABLE).sort()).toEqual([...PROBLEM_STEPS].sort());
  });
  for (const step of PROBLEM_STEPS) {
    for (const relation of RELATIONS) {
      it(`${step} by ${relation}`, () => {
        const got = statuses.map((s) => {
          const why = stepRefusal(step, relation, factsFor(step, s));
          return why === null ? '✓' : (CODE[why] ?? why);
        });
        expect(got.join('')).toBe(TABLE[step][relation]);
      });
    }
  }

  it('refuses supervising twice, lifting what is not supervised, rating twice and closing without a good rating', () => {
    expect(stepRefusal('supervise', 'leader', { status: 'pending', supervised: true, rating: null })).toBe('alreadySupervised');
    expect(stepRefusal('unsupervise', 'leader', { status: 'pending', supervised: false, rating: null })).toBe('notSupervised');
    expect(stepRefusal('rate', 'office', { status: 'resolved', supervised: false, rating: 'basic' })).toBe('alreadyRated');
    expect(stepRefusal('close', 'office', { status: 'resolved', supervised: false, rating: null })).toBe('notRated');
    expect(stepRefusal('close', 'office', { status: 'resolved', supervised: false, rating: 'dissatisfied' })).toBe('notRated');
    expect(stepRefusal('close', 'office', { status: 'resolved', supervised: false, rating: 'basic' })).toBeNull();
  });

  it('lists the buttons a viewer gets', () => {
    expect(availableSteps('lead', { status: 'pending', supervised: false, rating: null })).toEqual(['accept', 'note', 'transfer']);
    expect(availableSteps('lead', { status: 'in_progress', supervised: true, rating: null })).toEqual(['note', 'resolve', 'transfer']);
    expect(availableSteps('office', { status: 'resolved', supervised: false, rating: null })).toEqual(['note', 'rate']);
    expect(availableSteps('office', { status: 'resolved', supervised: false, rating: 'satisfied' })).toEqual(['note', 'close']);
    expect(availableSteps('leader', { status: 'closed', supervised: true, rating: 'satisfied' })).toEqual(['unsupervise']);
    expect(availableSteps('reader', { status: 'pending', supervised: false, rating: null })).toEqual([]);
  });

  it('relates users to a problem by role and unit', () => {
    const p = { leadUnitId: 'u1', assistUnitIds: ['u2'] };
    expect(relationTo({ role: 'admin', unitId: null }, p)).toBe('office');
    expect(relationTo({ role: 'leader', unitId: null }, p)).toBe('leader');
    expect(relationTo({ role: 'auditor', unitId: null }, p)).toBe('reader');
    expect(relationTo({ role: 'unit_staff', unitId: 'u1' }, p)).toBe('lead');
    expect(relationTo({ role: 'unit_head', unitId: 'u2' }, p)).toBe('assist');
    expect(relationTo({ role: 'unit_head', unitId: 'u3' }, p)).toBe('none');
    expect(relationTo({ role: 'judge', unitId: null }, p)).toBe('none');
  });
});

describe('statusAfter', () => {
  it('follows the table; 不满意 reopens, other ratings keep 已办结', () => {
    expect(statusAfter('accept', 'pending')).toBe('in_progress');
    expect(statusAfter('resolve', 'in_progress')).toBe('resolved');
    expect(statusAfter('close', 'resolved')).toBe('closed');
    expect(statusAfter('transfer', 'in_progress')).toBe('transferred');
    expect(statusAfter('reassign', 'transferred')).toBe('pending');
    expect(statusAfter('note', 'in_progress')).toBe('in_progress');
    expect(statusAfter('supervise', 'pending')).toBe('pending');
    expect(statusAfter('rate', 'resolved', 'dissatisfied')).toBe('in_progress');
    expect(statusAfter('rate', 'resolved', 'basic')).toBe('resolved');
    expect(statusAfter('rate', 'resolved', 'satisfied')).toBe('resolved');
  });
});

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts valid codes, in lower case and with spaces too', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91110000600037341L')).toBeNull();
    expect(creditCodeProblem('91110000600037341l')).toBeNull();
    expect(creditCodeProblem(' 9135 0100 M000 100Y 43 ')).toBeNull();
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });
  it('names a wrong check character, length or character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checkChar');
    expect(creditCodeProblem('91110000600037341K')).toBe('checkChar');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('length');
    expect(creditCodeProblem('')).toBe('length');
    expect(creditCodeProblem('91350100M000100I43')).toBe('charset'); // no I, O, S, V, Z
    expect(creditCodeProblem('91350100M00010-Y43')).toBe('charset');
  });
});

describe('daysOpen', () => {
  const raisedAt = new Date('2026-11-01T10:00:00+08:00');
  it('counts whole days to now while open, to the solving once solved', () => {
    expect(daysOpen({ raisedAt, resolvedAt: null }, new Date('2026-11-01T20:00:00+08:00'))).toBe(0);
    expect(daysOpen({ raisedAt, resolvedAt: null }, new Date('2026-11-11T10:00:00+08:00'))).toBe(10);
    expect(daysOpen({ raisedAt, resolvedAt: new Date('2026-11-04T09:00:00+08:00') }, new Date('2026-12-30T00:00:00+08:00'))).toBe(2);
    expect(daysOpen({ raisedAt, resolvedAt: null }, new Date('2026-10-01T00:00:00+08:00'))).toBe(0);
  });
});

describe('figuresOf (2026 下半年, hand-computed)', () => {
  const d = (s: string) => new Date(`${s}+08:00`);
  const p = (x: Partial<FigureFacts>): FigureFacts => ({
    leadUnitId: 'u1',
    category: 'service',
    status: 'pending',
    raisedAt: d('2026-07-01T10:00:00'),
    dueAt: d('2026-07-31T23:59:59'),
    resolvedAt: null,
    rating: null,
    ratedAt: null,
    supervised: false,
    ...x,
  });
  const set: FigureFacts[] = [
    // A: received, supervised, closed on time, rated 满意
    p({
      raisedAt: d('2026-07-10T10:00:00'),
      dueAt: d('2026-08-10T23:59:59'),
      resolvedAt: d('2026-08-01T17:00:00'),
      rating: 'satisfied',
      ratedAt: d('2026-08-05T10:00:00'),
      status: 'closed',
      supervised: true,
    }),
    // B: received, closed late (overdue from 1 Sep until solved on 15 Sep), rated 基本满意
    p({
      raisedAt: d('2026-08-01T10:00:00'),
      dueAt: d('2026-08-31T23:59:59'),
      resolvedAt: d('2026-09-15T17:00:00'),
      rating: 'basic',
      ratedAt: d('2026-09-20T10:00:00'),
      status: 'resolved',
    }),
    // C: received, rated 不满意 and reopened, still open past 30 Sep
    p({
      raisedAt: d('2026-09-01T10:00:00'),
      dueAt: d('2026-09-30T23:59:59'),
      rating: 'dissatisfied',
      ratedAt: d('2026-09-25T10:00:00'),
      status: 'in_progress',
    }),
    // D: raised the half before, closed on time in this one
    p({ raisedAt: d('2026-06-20T10:00:00'), dueAt: d('2026-07-15T23:59:59'), resolvedAt: d('2026-07-10T17:00:00'), status: 'resolved' }),
    // E: received in December, supervised, due next year
    p({ raisedAt: d('2026-12-01T10:00:00'), dueAt: d('2027-01-20T23:59:59'), supervised: true }),
    // F: all of it in the half before
    p({ raisedAt: d('2026-03-01T10:00:00'), dueAt: d('2026-04-01T23:59:59'), resolvedAt: d('2026-05-01T17:00:00'), status: 'closed' }),
    // G: raised after the half
    p({ raisedAt: d('2027-01-05T10:00:00'), dueAt: d('2027-01-06T23:59:59') }),
    // H: received, handed back, open past 31 Oct
    p({ raisedAt: d('2026-10-01T10:00:00'), dueAt: d('2026-10-31T23:59:59'), status: 'transferred' }),
  ];
  const half = { year: 2026, half: 2 };

  it('after the half: overdue judged at its end', () => {
    const f = figuresOf(set, half, d('2027-03-01T00:00:00'));
    expect({ ...f, onTimeRate: f.onTimeRate!.toFixed(4), satisfactionRate: f.satisfactionRate!.toFixed(4) }).toEqual({
      received: 5, // A B C E H
      closed: 3, // A B D
      onTime: 2, // A D
      rated: 3, // A B C
      satisfied: 2, // A B
      open: 3, // C E H
      overdue: 2, // C H
      supervised: 2, // A E
      onTimeRate: '66.6667',
      satisfactionRate: '66.6667',
    });
  });

  it('inside the half: open and overdue judged now (B and C open on 10 Sep, only B overdue; H not yet raised)', () => {
    const f = figuresOf(set, half, d('2026-09-10T12:00:00'));
    expect([f.received, f.closed, f.onTime, f.rated, f.satisfied, f.open, f.overdue, f.supervised]).toEqual([5, 3, 2, 3, 2, 2, 1, 2]);
  });

  it('no rates when nothing was closed or rated', () => {
    const f = figuresOf([set[4]!], half, d('2027-03-01T00:00:00'));
    expect([f.received, f.onTimeRate, f.satisfactionRate]).toEqual([1, null, null]);
  });
});
