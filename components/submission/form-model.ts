// The submission form's state, how it becomes the saved content, and its local backup. Pure (no React).
import { parseNumberInput } from '@/lib/domain/number-input';
import type { GapDraft, SubmissionContent } from '@/lib/domain/submission-content';
import type { IndicatorInput } from '@/lib/scoring';

export interface FormIndicator extends IndicatorInput {
  name: string;
  category: string;
  measureUnit: string;
  dataSource: string | null;
}

export interface FormState {
  /** what the user typed, per indicator — kept verbatim so a bad number is never lost */
  values: Record<string, { raw: string; evidence: string }>;
  highlights: string;
  h2Goals: string;
  pillars: Record<string, string>;
  gaps: GapDraft[];
}

export function formFromContent(content: SubmissionContent, indicators: FormIndicator[]): FormState {
  const byId = new Map(content.values.map((v) => [v.indicatorId, v]));
  return {
    values: Object.fromEntries(
      indicators.map((ind) => {
        const v = byId.get(ind.id);
        return [ind.id, { raw: v?.actual === null || v?.actual === undefined ? '' : String(v.actual), evidence: v?.evidence ?? '' }];
      }),
    ),
    highlights: content.highlights,
    h2Goals: content.h2Goals,
    pillars: Object.fromEntries(content.pillarMeasures.map((p) => [p.pillarId, p.content])),
    gaps: content.gaps,
  };
}

/**
 * The content to save. An actual that does not parse keeps its last saved value (so a typo never
 * erases a number on the server) and is reported in `errors` by indicator id.
 */
export function contentFromForm(
  form: FormState,
  indicators: FormIndicator[],
  lastSaved: SubmissionContent,
): { content: SubmissionContent; errors: Record<string, string> } {
  const saved = new Map(lastSaved.values.map((v) => [v.indicatorId, v.actual]));
  const errors: Record<string, string> = {};
  const values = indicators.map((ind) => {
    const entry = form.values[ind.id] ?? { raw: '', evidence: '' };
    const parsed = parseNumberInput(entry.raw, { measureUnit: ind.direction === 'milestone' ? '%' : ind.measureUnit });
    let actual: number | null;
    if (parsed.ok) actual = parsed.value;
    else {
      errors[ind.id] = parsed.error;
      actual = saved.get(ind.id) ?? null;
    }
    return { indicatorId: ind.id, actual, evidence: entry.evidence };
  });
  return {
    content: {
      values,
      highlights: form.highlights,
      h2Goals: form.h2Goals,
      pillarMeasures: Object.entries(form.pillars).map(([pillarId, content]) => ({ pillarId, content })),
      gaps: form.gaps,
    },
    errors,
  };
}

/** What is kept in localStorage while typing: the form, and the server version it was based on. */
export interface Backup {
  baseVersion: number;
  form: FormState;
  dirty: boolean;
  at: string;
}

export function backupKey(periodId: string, unitId: string, userId: string): string {
  return `leitai:draft:${periodId}:${unitId}:${userId}`;
}

export function readBackup(raw: string | null): Backup | null {
  if (!raw) return null;
  try {
    const b = JSON.parse(raw) as Backup;
    return typeof b.baseVersion === 'number' && b.form && typeof b.form.highlights === 'string' ? b : null;
  } catch {
    return null;
  }
}
