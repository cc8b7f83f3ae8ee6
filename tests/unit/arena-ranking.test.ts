// The big screen's live ranking: closed speakers only, in the engine's order, ties sharing a rank.
import { describe, expect, it } from 'vitest';
import { liveRanking } from '@/lib/arena/ranking';
import type { ScoringResult } from '@/lib/scoring/types';

function result(units: { id: string; rank: number; final: number }[]): ScoringResult {
  return {
    units: units.map((u) => ({
      unitId: u.id,
      name: `单位${u.id}`,
      groupName: '甲组',
      indicatorScore: u.final - 1,
      panelScore: 80,
      adjustments: { total: 1 },
      final: { value: u.final },
      provisional: false,
      overallRank: u.rank,
    })),
  } as unknown as ScoringResult;
}

const closed = (...ids: string[]) => ids.map((id) => ({ participantId: `p${id}`, unitId: id, unitShortName: id }));

describe('liveRanking', () => {
  it('lists only closed speakers, best first, and closes the gaps left by the others', () => {
    const r = result([
      { id: 'a', rank: 1, final: 95 },
      { id: 'b', rank: 2, final: 90 },
      { id: 'c', rank: 3, final: 85 },
      { id: 'd', rank: 4, final: 80 },
    ]);
    expect(liveRanking(r, closed('d', 'b')).map((x) => [x.unitId, x.rank, x.participantId])).toEqual([
      ['b', 1, 'pb'],
      ['d', 2, 'pd'],
    ]);
    expect(liveRanking(r, [])).toEqual([]);
  });

  it('ties share a rank: 1, 2, 2, 4', () => {
    const r = result([
      { id: 'a', rank: 1, final: 95 },
      { id: 'b', rank: 2, final: 90 },
      { id: 'c', rank: 2, final: 90 },
      { id: 'x', rank: 4, final: 88 },
      { id: 'd', rank: 5, final: 80 },
    ]);
    expect(liveRanking(r, closed('a', 'b', 'c', 'd')).map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });

  it('carries the engine numbers', () => {
    const [row] = liveRanking(result([{ id: 'a', rank: 3, final: 91.5 }]), closed('a'));
    expect(row).toEqual({
      rank: 1,
      participantId: 'pa',
      unitId: 'a',
      unitName: '单位a',
      unitShortName: 'a',
      groupName: '甲组',
      indicatorScore: 90.5,
      panelScore: 80,
      adjustments: 1,
      final: 91.5,
      provisional: false,
    });
  });
});
