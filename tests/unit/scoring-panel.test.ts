// Panel score S_panel: judge totals, conflict of interest, 去掉一个最高分、一个最低分, invalid and incomplete cards.
import { describe, expect, it } from 'vitest';
import { scorePeriod, type JudgeInput, type PanelScoreInput, type UnitResult } from '@/lib/scoring';

// default rubric: 实绩成效 40 / 差距剖析 30 / 思路举措 30
const rubric = [
  { id: 'c1', maxScore: 40, sortOrder: 1 },
  { id: 'c2', maxScore: 30, sortOrder: 2 },
  { id: 'c3', maxScore: 30, sortOrder: 3 },
];

/** Rows of one judge for unit u: the three criteria scores. */
function card(judgeId: string, s1: number, s2: number, s3: number, unitId = 'u'): PanelScoreInput[] {
  return [
    { unitId, judgeId, criterionId: 'c1', score: s1 },
    { unitId, judgeId, criterionId: 'c2', score: s2 },
    { unitId, judgeId, criterionId: 'c3', score: s3 },
  ];
}

function panelOf(panelScores: PanelScoreInput[], judges?: JudgeInput[]): UnitResult {
  const ids = [...new Set(panelScores.map((r) => r.judgeId))];
  const result = scorePeriod({
    units: [
      { id: 'u', name: '建设局', groupId: 'g' },
      { id: 'v', name: '数据局', groupId: 'g' },
    ],
    indicators: [],
    rubric,
    judges: judges ?? ids.map((id) => ({ id, unitId: null })),
    panelScores,
  });
  return result.units.find((x) => x.unitId === 'u')!;
}

describe('fewer than 5 judges', () => {
  it('plain mean of the judge totals', () => {
    // totals 36+27+27 = 90, 32+24+24 = 80, 28+21+21 = 70 → mean 80
    const u = panelOf([...card('j1', 36, 27, 27), ...card('j2', 32, 24, 24), ...card('j3', 28, 21, 21)]);
    expect(u.panelScore).toBe(80);
    expect(u.panel).toMatchObject({
      rule: 'mean',
      validCount: 3,
      countedCount: 3,
      countedSum: 240,
      droppedHighJudgeId: null,
      droppedLowJudgeId: null,
      maxTotal: 100,
    });
    expect(u.panel.judges.map((j) => [j.judgeNo, j.total, j.status])).toEqual([
      [1, 90, 'counted'],
      [2, 80, 'counted'],
      [3, 70, 'counted'],
    ]);
    expect(u.panel.judges[0]!.scores).toEqual([36, 27, 27]);
    expect(u.panel.judges[0]!.problems).toBeNull();
  });
  it('a single judge is the panel score', () => {
    expect(panelOf(card('j1', 30, 20, 25)).panelScore).toBe(75);
  });
});

describe('5 or more judges', () => {
  it('drops the single highest and single lowest, averages the rest', () => {
    // totals 95, 90, 85, 80, 60 → drop 95 and 60 → (90 + 85 + 80) / 3 = 85
    const u = panelOf([...card('j1', 40, 30, 25), ...card('j2', 36, 27, 27), ...card('j3', 35, 25, 25), ...card('j4', 32, 24, 24), ...card('j5', 20, 20, 20)]);
    expect(u.panelScore).toBe(85);
    expect(u.panel).toMatchObject({ rule: 'trimmed_mean', validCount: 5, countedCount: 3, countedSum: 255, droppedHighJudgeId: 'j1', droppedLowJudgeId: 'j5' });
    expect(u.panel.judges.map((j) => j.status)).toEqual(['dropped_high', 'counted', 'counted', 'counted', 'dropped_low']);
  });
  it('drops only one of duplicated highest and lowest scores', () => {
    // totals j1 90, j2 90, j3 80, j4 70, j5 70 → drop one 90 and one 70 → (90 + 80 + 70) / 3 = 80
    // among equals the later judge number is dropped as highest, the earlier as lowest
    const u = panelOf([...card('j1', 36, 27, 27), ...card('j2', 36, 27, 27), ...card('j3', 32, 24, 24), ...card('j4', 28, 21, 21), ...card('j5', 28, 21, 21)]);
    expect(u.panelScore).toBe(80);
    expect(u.panel.judges.map((j) => j.status)).toEqual(['counted', 'dropped_high', 'counted', 'dropped_low', 'counted']);
  });
  it('all equal: still drops one of each, the mean is unchanged', () => {
    const rows = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6'].flatMap((j) => card(j, 30, 20, 20));
    const u = panelOf(rows);
    expect(u.panelScore).toBe(70);
    expect(u.panel.countedCount).toBe(4);
  });
});

describe('conflict of interest', () => {
  it('excludes a judge of the unit itself, before counting to 5', () => {
    // j1 (95) belongs to u → 4 valid: (90 + 85 + 80 + 60) / 4 = 78.75, no trimming
    const rows = [...card('j1', 40, 30, 25), ...card('j2', 36, 27, 27), ...card('j3', 35, 25, 25), ...card('j4', 32, 24, 24), ...card('j5', 20, 20, 20)];
    const judges = [{ id: 'j1', unitId: 'u' }, ...['j2', 'j3', 'j4', 'j5'].map((id) => ({ id, unitId: null }))];
    const u = panelOf(rows, judges);
    expect(u.panelScore).toBe(78.75);
    expect(u.panel.rule).toBe('mean');
    expect(u.panel.judges[0]).toMatchObject({ judgeId: 'j1', total: 95, status: 'excluded', exclusion: 'own_unit' });
  });
  it('a judge of another unit counts', () => {
    const u = panelOf(card('j1', 30, 20, 20), [{ id: 'j1', unitId: 'v' }]);
    expect(u.panelScore).toBe(70);
  });
  it('excludes a judge not on the panel (their unit cannot be checked)', () => {
    const u = panelOf([...card('j1', 30, 20, 20), ...card('jx', 40, 30, 30)], [{ id: 'j1', unitId: null }]);
    expect(u.panelScore).toBe(70);
    expect(u.panel.judges.find((j) => j.judgeId === 'jx')).toMatchObject({ status: 'excluded', exclusion: 'unknown_judge' });
  });
});

describe('invalid and incomplete cards are reported, not repaired', () => {
  it('a score above its maximum excludes the card', () => {
    // j2 gave 45 of 40 → excluded; mean of j1 only = 70
    const u = panelOf([...card('j1', 30, 20, 20), ...card('j2', 45, 20, 20)]);
    expect(u.panelScore).toBe(70);
    const j2 = u.panel.judges[1]!;
    expect(j2).toMatchObject({ total: null, status: 'excluded', exclusion: 'invalid_score', scores: [45, 20, 20] });
    expect(j2.problems).toEqual(['out_of_range', null, null]);
  });
  it('a negative or non-finite score excludes the card', () => {
    const u = panelOf([...card('j1', 30, 20, 20), ...card('j2', -1, 20, 20), ...card('j3', Number.NaN, 20, 20)]);
    expect(u.panelScore).toBe(70);
    expect(u.panel.judges[1]!.problems).toEqual(['out_of_range', null, null]);
    expect(u.panel.judges[2]!.problems).toEqual(['not_finite', null, null]);
    expect(u.panel.judges[2]!.scores).toEqual([null, 20, 20]);
  });
  it('a card missing a criterion is incomplete and not counted', () => {
    const rows = [...card('j1', 30, 20, 20), ...card('j2', 40, 30, 30).slice(0, 2)];
    const u = panelOf(rows);
    expect(u.panelScore).toBe(70);
    expect(u.panel.judges[1]).toMatchObject({
      status: 'excluded',
      exclusion: 'incomplete',
      total: null,
      scores: [40, 30, null],
      problems: [null, null, 'missing'],
    });
  });
  it('a duplicated criterion or an unknown criterion makes the card invalid', () => {
    const dup = panelOf([...card('j1', 30, 20, 20), ...card('j2', 30, 20, 20), { unitId: 'u', judgeId: 'j2', criterionId: 'c1', score: 35 }]);
    expect(dup.panel.judges[1]).toMatchObject({ exclusion: 'invalid_score', scores: [null, 20, 20], problems: ['duplicate', null, null] });
    const unknown = panelOf([...card('j1', 30, 20, 20), ...card('j2', 30, 20, 20), { unitId: 'u', judgeId: 'j2', criterionId: 'zz', score: 5 }]);
    expect(unknown.panel.judges[1]).toMatchObject({ exclusion: 'invalid_score', unknownCriteria: [{ criterionId: 'zz', score: 5 }] });
    expect(unknown.panelScore).toBe(70);
  });
});

describe('no panel yet', () => {
  it('no judge totals → panel score null', () => {
    const u = panelOf([]);
    expect(u.panelScore).toBeNull();
    expect(u.panel).toMatchObject({ rule: 'none', validCount: 0, value: null, judges: [] });
  });
  it('only excluded cards → panel score null', () => {
    const u = panelOf(card('j1', 30, 20, 20), [{ id: 'j1', unitId: 'u' }]);
    expect(u.panelScore).toBeNull();
    expect(u.panel.judges).toHaveLength(1);
  });
});

describe('judge identity', () => {
  it('评委 numbers are period-wide, by judge id, the same for every unit', () => {
    const result = scorePeriod({
      units: [
        { id: 'u', name: 'u', groupId: 'g' },
        { id: 'v', name: 'v', groupId: 'g' },
      ],
      indicators: [],
      rubric,
      judges: [
        { id: 'jc', unitId: null },
        { id: 'ja', unitId: null },
        { id: 'jb', unitId: null },
      ],
      // jb scores only v; ja and jc score both
      panelScores: [
        ...card('jc', 30, 20, 20, 'u'),
        ...card('ja', 30, 20, 20, 'u'),
        ...card('jb', 30, 20, 20, 'v'),
        ...card('jc', 30, 20, 20, 'v'),
        ...card('ja', 30, 20, 20, 'v'),
      ],
    });
    const cards = (id: string) => result.units.find((u) => u.unitId === id)!.panel.judges.map((j) => [j.judgeId, j.judgeNo]);
    expect(cards('u')).toEqual([
      ['ja', 1],
      ['jc', 3],
    ]);
    expect(cards('v')).toEqual([
      ['ja', 1],
      ['jb', 2],
      ['jc', 3],
    ]);
    expect(result.rubric).toEqual([
      { id: 'c1', maxScore: 40 },
      { id: 'c2', maxScore: 30 },
      { id: 'c3', maxScore: 30 },
    ]);
  });
});
