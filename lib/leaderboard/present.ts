// What leaves the server about a period's results: the engine's breakdown with judges shown only as 评委n
// (who is who stays hidden). Every page, export and API shows this same shape. Pure.
import type { JudgeCard, PanelResult, ScoringResult, UnitResult } from '../scoring';

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
