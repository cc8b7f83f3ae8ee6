// Report card helpers: radar averages from judge cards (valid cards only), group averages, rank change, display formats.
import { describe, expect, it } from 'vitest';
import { groupCriterionAverages, hasPanelScores, radarSeries, unitCriterionAverages } from '@/components/reportcard/model';

const card = (status: string, scores: (number | null)[]) => ({ status, scores });

describe('unitCriterionAverages', () => {
  it('averages counted and dropped cards per criterion, ignoring excluded ones', () => {
    const cards = [
      card('counted', [30, 20, 20]),
      card('dropped_high', [40, 30, 30]),
      card('dropped_low', [20, 10, 10]),
      card('excluded', [0, 0, 0]), // own unit / invalid / incomplete: never in the radar
    ];
    expect(unitCriterionAverages(cards, 3)).toEqual([30, 20, 20]);
  });

  it('gives null for a criterion nobody validly scored, and all null without valid cards', () => {
    expect(unitCriterionAverages([card('excluded', [10, null])], 2)).toEqual([null, null]);
    expect(unitCriterionAverages([], 3)).toEqual([null, null, null]);
    expect(hasPanelScores([card('excluded', [1])])).toBe(false);
    expect(hasPanelScores([card('dropped_low', [1])])).toBe(true);
  });

  it('keeps full precision', () => {
    const [a] = unitCriterionAverages([card('counted', [31.8]), card('counted', [33.4]), card('counted', [32.6])], 1);
    expect(a).toBeCloseTo(32.6, 12);
  });
});

describe('groupCriterionAverages / radarSeries', () => {
  const units = [
    { unitId: 'a', groupId: 'g1', panel: { judges: [card('counted', [30, 20]), card('counted', [34, 24])] } }, // avg 32, 22
    { unitId: 'b', groupId: 'g1', panel: { judges: [card('counted', [20, 10])] } }, // 20, 10 (one judge still counts once)
    { unitId: 'c', groupId: 'g1', panel: { judges: [card('excluded', [40, 30])] } }, // no valid card: left out of the group mean
    { unitId: 'd', groupId: 'g2', panel: { judges: [card('counted', [40, 30])] } }, // other group
  ];
  const rubric = [
    { id: 'k1', maxScore: 40 },
    { id: 'k2', maxScore: 30 },
  ];

  it('the group mean is the mean of its units’ own averages, over units with valid cards', () => {
    expect(groupCriterionAverages(units, 'g1', 2)).toEqual({ values: [26, 16], unitCount: 2 });
    expect(groupCriterionAverages(units, 'g2', 2)).toEqual({ values: [40, 30], unitCount: 1 });
    expect(groupCriterionAverages(units, 'none', 2)).toEqual({ values: [null, null], unitCount: 0 });
  });

  it('plots shares of each criterion maximum, unit against group', () => {
    const r = radarSeries({ rubric, units }, 'a')!;
    expect(r.unit).toEqual([32, 22]);
    expect(r.group).toEqual([26, 16]);
    expect(r.unitShare[0]).toBeCloseTo(80, 12);
    expect(r.unitShare[1]).toBeCloseTo((22 / 30) * 100, 12);
    expect(r.groupShare[0]).toBeCloseTo(65, 12);
    expect(r.groupUnitCount).toBe(2);
    expect(r.criteria).toEqual(rubric);
  });

  it('is null (radar hidden) without panel scores, without a rubric, or for an unknown unit', () => {
    expect(radarSeries({ rubric, units }, 'c')).toBeNull();
    expect(radarSeries({ rubric: [], units }, 'a')).toBeNull();
    expect(radarSeries({ rubric, units }, 'zz')).toBeNull();
  });
});
