// The demo ledger's stories are replayed through the flow rules: a story the flow does not allow fails the seed.
import { describe, expect, it } from 'vitest';
import { replayProblem } from '../../prisma/demo/problem-history';
import { DEMO_LEDGER_LAST_DAY, demoProblems, type DemoProblem, type DemoStep } from '../../prisma/demo/problems';

const base = (steps: DemoStep[]): DemoProblem => ({
  category: 'service',
  source: 'visit',
  enterpriseName: '测试企业有限公司',
  title: '测试诉求',
  description: '测试',
  lead: 'spj',
  responsiblePerson: '段晓军（副局长）',
  raisedAt: '2026-03-02',
  dueAt: '2026-03-31',
  recordedBy: 'unit',
  steps,
});

describe('demo ledger stories', () => {
  it('replays every demo problem through the flow', () => {
    expect(demoProblems.length).toBeGreaterThanOrEqual(140);
    for (const p of demoProblems) expect(() => replayProblem(p, DEMO_LEDGER_LAST_DAY), p.title).not.toThrow();
  });

  it('refuses 销号 before the return-visit rating, a step by the wrong party and a step out of date order', () => {
    const accepted: DemoStep[] = [
      { k: 'accept', on: '2026-03-02' },
      { k: 'resolve', on: '2026-03-10', resolution: '已解决' },
    ];
    expect(() => replayProblem(base([...accepted, { k: 'close', on: '2026-03-12' }]), DEMO_LEDGER_LAST_DAY)).toThrow(/notRated/);
    expect(() => replayProblem(base([{ k: 'resolve', on: '2026-03-03', resolution: '未受理就办结' }]), DEMO_LEDGER_LAST_DAY)).toThrow(/wrongState/);
    expect(() =>
      replayProblem(base([...accepted, { k: 'supervise', on: '2026-03-11', leader: 'leader2', note: '已办结后督办' }]), DEMO_LEDGER_LAST_DAY),
    ).toThrow(/wrongState/);
    expect(() =>
      replayProblem(
        base([
          { k: 'accept', on: '2026-03-05' },
          { k: 'note', on: '2026-03-04', note: '倒填' },
        ]),
        DEMO_LEDGER_LAST_DAY,
      ),
    ).toThrow(/before/);
    expect(() => replayProblem(base([{ k: 'accept', on: '2026-12-20' }]), DEMO_LEDGER_LAST_DAY)).toThrow(/after/);
  });

  it('reopens on 不满意: back to 办理中, no longer solved, counted, and rated afresh after the next solution', () => {
    const h = replayProblem(
      base([
        { k: 'accept', on: '2026-03-02' },
        { k: 'resolve', on: '2026-03-10', resolution: '第一次' },
        { k: 'rate', on: '2026-03-12', rating: 'dissatisfied', note: '没解决' },
      ]),
      DEMO_LEDGER_LAST_DAY,
    );
    expect(h).toMatchObject({ status: 'in_progress', resolvedAt: null, reopenCount: 1, rating: 'dissatisfied' });
    expect(h.events.map((e) => e.kind)).toEqual(['record', 'accept', 'resolve', 'rate', 'reopen']);
    const again = replayProblem(
      base([
        { k: 'accept', on: '2026-03-02' },
        { k: 'resolve', on: '2026-03-10', resolution: '第一次' },
        { k: 'rate', on: '2026-03-12', rating: 'dissatisfied' },
        { k: 'resolve', on: '2026-03-20', resolution: '第二次' },
        { k: 'rate', on: '2026-03-22', rating: 'satisfied' },
        { k: 'close', on: '2026-03-23' },
      ]),
      DEMO_LEDGER_LAST_DAY,
    );
    expect(again).toMatchObject({ status: 'closed', rating: 'satisfied', reopenCount: 1, resolution: '第二次', version: 7 });
    expect(again.resolvedAt).toEqual(new Date('2026-03-20T12:00:00+08:00'));
  });
});
