// The big screen's live ranking (DESIGN §4): only speakers whose scoring is closed, in the engine's order. Pure.
import type { ScoringResult } from '../scoring/types';
import type { LiveRankingRow } from './types';

export interface ClosedSpeaker {
  participantId: string;
  unitId: string;
  unitShortName: string | null;
}

/**
 * Closed speakers ranked by the engine's overall rank; rank = 1 + number of listed units with a strictly
 * better overall rank, so ties share a rank (1, 2, 2, 4) and gaps left by unlisted units close up.
 */
export function liveRanking(result: ScoringResult, closed: readonly ClosedSpeaker[]): LiveRankingRow[] {
  const byUnit = new Map(closed.map((c) => [c.unitId, c]));
  const listed = result.units.filter((u) => byUnit.has(u.unitId)).sort((a, b) => a.overallRank - b.overallRank);
  return listed.map((u) => {
    const c = byUnit.get(u.unitId) as ClosedSpeaker;
    const better = listed.filter((o) => o.overallRank < u.overallRank).length;
    return {
      rank: 1 + better,
      participantId: c.participantId,
      unitId: u.unitId,
      unitName: u.name,
      unitShortName: c.unitShortName,
      groupName: u.groupName ?? '',
      indicatorScore: u.indicatorScore,
      panelScore: u.panelScore,
      adjustments: u.adjustments.total,
      final: u.final.value,
      provisional: u.provisional,
    };
  });
}
