// What leaves the server about a period's results: the engine's breakdown with judges shown only as 评委n
// (who is who stays hidden). Every page, export and API shows this same shape. Pure.
import type { JudgeCard, Light, PanelResult, RankChange, ScoringResult, UnitResult } from '../scoring';

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

// ───── light heat map: fetched when it comes into view, laid out as a real unit × indicator matrix ─────

/** One indicator of a unit as the heat map needs it: key, name, light, completion (null when missing). */
export type HeatCell = [key: string, name: string, light: Light, c: number | null];

/** What the heat map fetches: each unit's indicators (the page itself does not carry them). */
export function heatmapPayload(result: Pick<ScoringResult, 'units'>): Record<string, HeatCell[]> {
  return Object.fromEntries(
    result.units.map((u) => [u.unitId, u.indicators.map((i): HeatCell => [i.key, i.name ?? i.key, i.light, i.missing ? null : Math.round(i.c * 1000) / 1000])]),
  );
}

export interface HeatmapModel {
  /** indicators held by two units or more of those shown: one labelled column each, most widely held first */
  columns: { key: string; name: string; count: number }[];
  rows: { unitId: string; name: string; cells: (HeatCell | null)[]; own: HeatCell[] }[];
}

/**
 * The matrix for the units shown (in their order): a column per indicator they share, so a column means one
 * indicator; the indicators only one unit holds follow in the row's last cell (每个方块仍标明指标).
 */
export function heatmapModel(units: readonly { unitId: string; name: string }[], cells: Record<string, HeatCell[]>): HeatmapModel {
  const count = new Map<string, { name: string; count: number }>();
  for (const u of units)
    for (const [key, name] of cells[u.unitId] ?? []) {
      const c = count.get(key);
      if (c) c.count++;
      else count.set(key, { name, count: 1 });
    }
  const columns = [...count.entries()]
    .filter(([, c]) => c.count > 1)
    .map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shared = new Set(columns.map((c) => c.key));
  return {
    columns,
    rows: units.map((u) => {
      const own = cells[u.unitId] ?? [];
      const byKey = new Map(own.map((c) => [c[0], c]));
      return { unitId: u.unitId, name: u.name, cells: columns.map((c) => byKey.get(c.key) ?? null), own: own.filter((c) => !shared.has(c[0])) };
    }),
  };
}
