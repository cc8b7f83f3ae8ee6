// What leaves the server about a period's results: the engine's breakdown with judges shown only as 评委n
// (who is who stays hidden). Every page, export and API shows this same shape. Pure.
import type { JudgeCard, PanelResult, RankChange, ScoringResult, UnitResult } from '../scoring';

export type PublicJudgeCard = Omit<JudgeCard, 'judgeId'>;
export type PublicPanel = Omit<PanelResult, 'judges' | 'droppedHighJudgeId' | 'droppedLowJudgeId'> & {
  judges: PublicJudgeCard[];
  droppedHighJudgeNo: number | null;
  droppedLowJudgeNo: number | null;
};
export type PublicUnitResult = Omit<UnitResult, 'panel'> & { panel: PublicPanel };
export type PublicResults = Omit<ScoringResult, 'units'> & { units: PublicUnitResult[] };

function anonymisePanel(panel: PanelResult): PublicPanel {
  const no = new Map(panel.judges.map((j) => [j.judgeId, j.judgeNo]));
  const { judges, droppedHighJudgeId, droppedLowJudgeId, ...rest } = panel;
  return {
    ...rest,
    judges: judges.map(({ judgeId: _hidden, ...card }) => card),
    droppedHighJudgeNo: droppedHighJudgeId ? (no.get(droppedHighJudgeId) ?? null) : null,
    droppedLowJudgeNo: droppedLowJudgeId ? (no.get(droppedLowJudgeId) ?? null) : null,
  };
}

export function presentResults(result: ScoringResult): PublicResults {
  return { ...result, units: result.units.map((u) => ({ ...u, panel: anonymisePanel(u.panel) })) };
}

// ───── rank change: one wording (↑2 / ↓1 / 持平 / 新) for the leaderboard, the report card, the print and the exports ─────

export type RankChangeView = { dir: 'up' | 'down' | 'same'; n: number; previousRank: number } | { dir: 'new'; reason: 'absent' | 'group_changed' };

/** DESIGN's ↑2 / ↓1 / 持平 / 新 from the engine's rank change (delta = previous − current, positive = moved up). */
export function rankChangeView(change: RankChange): RankChangeView {
  if (change.kind === 'new') return { dir: 'new', reason: change.reason };
  if (change.delta > 0) return { dir: 'up', n: change.delta, previousRank: change.previousRank };
  if (change.delta < 0) return { dir: 'down', n: -change.delta, previousRank: change.previousRank };
  return { dir: 'same', n: 0, previousRank: change.previousRank };
}

/** The keys of the `rankChange` message namespace. */
export type RankChangeKey = 'up' | 'down' | 'same' | 'new' | 'upTitle' | 'downTitle' | 'sameTitle' | 'absent' | 'group_changed';

/**
 * The rank change as text and as its longer explanation (a tooltip), worded by the `rankChange` messages:
 * `t` is next-intl's translator of that namespace (or one that prefixes it).
 */
export function formatRankChange(change: RankChange, t: (key: RankChangeKey, values?: Record<string, number>) => string) {
  const v = rankChangeView(change);
  if (v.dir === 'new') return { dir: v.dir, text: t('new'), title: t(v.reason) };
  const values = { n: v.n, prev: v.previousRank };
  return { dir: v.dir, text: v.dir === 'same' ? t('same') : t(v.dir, values), title: t(`${v.dir}Title`, values) };
}
