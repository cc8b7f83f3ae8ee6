// 加减分 of one unit: bonus items capped in total at the period's bonusCap, penalties uncapped.
import { cmpNum, cmpStr, sat } from './numeric';
import type { AdjustmentInput, AdjustmentItem, AdjustmentsResult } from './types';

export function scoreAdjustments(rows: readonly AdjustmentInput[], bonusCap: number): AdjustmentsResult {
  // most units have none: skip the map and sort
  const items: AdjustmentItem[] =
    rows.length === 0
      ? []
      : rows
          .map((r): AdjustmentItem => ({
            adjustmentId: r.id,
            points: Number.isFinite(r.points) ? r.points + 0 : 0,
            reason: r.reason,
            kind: !Number.isFinite(r.points) ? 'invalid' : r.points > 0 ? 'bonus' : r.points < 0 ? 'penalty' : 'zero',
          }))
          .sort((a, b) => cmpStr(a.adjustmentId, b.adjustmentId) || cmpStr(a.reason, b.reason) || cmpNum(a.points, b.points));
  let bonusRaw = 0;
  let penaltyTotal = 0;
  for (const it of items) {
    if (it.kind === 'bonus') bonusRaw = sat(bonusRaw + it.points);
    else if (it.kind === 'penalty') penaltyTotal = sat(penaltyTotal + it.points);
  }
  const bonusApplied = Math.min(bonusRaw, bonusCap);
  return {
    items,
    bonusRaw,
    bonusCap,
    bonusApplied,
    bonusCut: bonusRaw - bonusApplied,
    penaltyTotal,
    total: sat(bonusApplied + penaltyTotal),
  };
}
