// Adjustments (bonus cap, uncapped penalties) and the final score F = α × S_ind + β × S_panel + adjustments, provisional without a panel.
import { describe, expect, it } from 'vitest';
import { scorePeriod, type AdjustmentInput, type PeriodSettingsInput, type UnitResult } from '@/lib/scoring';

const rubric = [{ id: 'c1', maxScore: 100 }];

/**
 * One unit: one ratio indicator of weight 100 with c = 0.8 (S_ind = 80), an optional single judge
 * total (S_panel), and adjustments.
 */
function unit(opts: { panel?: number; adjustments?: Omit<AdjustmentInput, 'unitId'>[]; settings?: PeriodSettingsInput }): UnitResult {
  const result = scorePeriod({
    settings: opts.settings,
    units: [{ id: 'u', name: '财金局', groupId: 'g' }],
    indicators: [{ id: 'i', unitId: 'u', key: 'k', direction: 'higher', method: 'ratio', halfTarget: 100, weight: 100, actual: 80 }],
    rubric,
    judges: [{ id: 'j', unitId: null }],
    panelScores: opts.panel === undefined ? [] : [{ unitId: 'u', judgeId: 'j', criterionId: 'c1', score: opts.panel }],
    adjustments: (opts.adjustments ?? []).map((a) => ({ ...a, unitId: 'u' })),
  });
  return result.units[0]!;
}

describe('final score', () => {
  it('F = 0.7 × S_ind + 0.3 × S_panel by default', () => {
    // 0.7 × 80 + 0.3 × 90 = 56 + 27 = 83
    const u = unit({ panel: 90 });
    expect(u.indicatorScore).toBe(80);
    expect(u.panelScore).toBe(90);
    expect(u.final).toEqual({ mode: 'weighted', provisionalReason: null, alpha: 0.7, beta: 0.3, indicatorPart: 56, panelPart: 27, adjustments: 0, value: 83 });
    expect(u.provisional).toBe(false);
  });
  it('takes the period α and β', () => {
    // 0.6 × 80 + 0.4 × 90 = 48 + 36 = 84
    expect(unit({ panel: 90, settings: { alpha: 0.6, beta: 0.4 } }).final.value).toBeCloseTo(84, 12);
  });
  it('without a panel score: F = S_ind + adjustments, provisional', () => {
    // 80 + 3 = 83, 暂定
    const u = unit({ adjustments: [{ id: 'a1', points: 3, reason: '招商引资突出' }] });
    expect(u.panelScore).toBeNull();
    expect(u.final).toMatchObject({ mode: 'provisional', provisionalReason: 'no_panel', indicatorPart: 80, panelPart: 0, adjustments: 3, value: 83 });
    expect(u.provisional).toBe(true);
  });
  it('with β = 0: F = S_ind + adjustments even with a panel score, provisional', () => {
    const u = unit({ panel: 90, settings: { alpha: 1, beta: 0 } });
    expect(u.panelScore).toBe(90);
    expect(u.final).toMatchObject({ mode: 'provisional', provisionalReason: 'beta_zero', value: 80 });
    expect(u.provisional).toBe(true);
  });
});

describe('adjustments', () => {
  it('caps the bonus total at 5 and leaves penalties uncapped', () => {
    // bonus 3 + 4 = 7 → 5 (cut 2); penalties −2 − 10 = −12; total 5 − 12 = −7
    // F = 83 − 7 = 76
    const u = unit({
      panel: 90,
      adjustments: [
        { id: 'b1', points: 3, reason: '省级表彰' },
        { id: 'b2', points: 4, reason: '国家级试点' },
        { id: 'p1', points: -2, reason: '督查通报' },
        { id: 'p2', points: -10, reason: '安全生产事故' },
      ],
    });
    expect(u.adjustments).toMatchObject({ bonusRaw: 7, bonusCap: 5, bonusApplied: 5, bonusCut: 2, penaltyTotal: -12, total: -7 });
    expect(u.adjustments.items.map((i) => [i.adjustmentId, i.kind, i.points])).toEqual([
      ['b1', 'bonus', 3],
      ['b2', 'bonus', 4],
      ['p1', 'penalty', -2],
      ['p2', 'penalty', -10],
    ]);
    expect(u.final.value).toBe(76);
  });
  it('a bonus under the cap counts in full', () => {
    // 2 + 1.5 = 3.5 < 5
    expect(
      unit({
        adjustments: [
          { id: 'a', points: 2, reason: 'x' },
          { id: 'b', points: 1.5, reason: 'y' },
        ],
      }).adjustments,
    ).toMatchObject({ bonusApplied: 3.5, bonusCut: 0, total: 3.5 });
  });
  it('takes the period bonus cap', () => {
    // 3 capped at 2
    expect(unit({ adjustments: [{ id: 'a', points: 3, reason: 'x' }], settings: { bonusCap: 2 } }).adjustments).toMatchObject({
      bonusApplied: 2,
      bonusCut: 1,
      total: 2,
    });
  });
  it('a large penalty is never capped', () => {
    // 80 − 30 = 50 (provisional)
    const u = unit({ adjustments: [{ id: 'p', points: -30, reason: '重大失误' }] });
    expect(u.adjustments.penaltyTotal).toBe(-30);
    expect(u.final.value).toBe(50);
  });
  it('lists zero and unusable items without counting them', () => {
    const u = unit({
      adjustments: [
        { id: 'z', points: 0, reason: '撤销' },
        { id: 'n', points: Number.NaN, reason: '坏数据' },
      ],
    });
    expect(u.adjustments.items.map((i) => [i.kind, i.points])).toEqual([
      ['invalid', 0],
      ['zero', 0],
    ]);
    expect(u.adjustments.total).toBe(0);
  });
});
