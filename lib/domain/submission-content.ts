// A unit's half-year submission as the form edits it, the rules for saving a draft and for submitting. Pure.
import { z } from 'zod';
import { MAX_INPUT } from './number-input';
import { text } from './schemas';

const id = z.string().trim().min(1).max(64);
/** Dates of measures are calendar days (YYYY-MM-DD, China time); '' while a draft leaves it open. */
const day = z.union([z.iso.date(), z.literal('')]);

export const LIMITS = {
  highlights: 3000,
  h2Goals: 3000,
  evidence: 300,
  gapDescription: 500,
  rootCause: 1000,
  measure: 500,
  person: 40,
  pillarMeasure: 1000,
  gaps: 20,
  measuresPerGap: 10,
  /** the reason given for an implausible actual */
  plausibilityNote: 200,
  /** typed text of one actual, unit included ("125000平方米") */
  actualText: 40,
} as const;

export const measureDraftSchema = z.object({
  id,
  content: text(LIMITS.measure),
  responsibleUnitId: z.string().max(64),
  responsiblePerson: text(LIMITS.person),
  deadline: day,
});

export const gapDraftSchema = z.object({
  id,
  description: text(LIMITS.gapDescription),
  rootCause: text(LIMITS.rootCause),
  measures: z.array(measureDraftSchema).max(LIMITS.measuresPerGap, { message: 'tooMany' }),
});

const actualNumber = z.number().finite().min(0, { message: 'negative' }).max(MAX_INPUT, { message: 'tooLarge' });

const valueSchema = z.object({
  indicatorId: id,
  actual: actualNumber.nullable(),
  evidence: text(LIMITS.evidence),
  /** the unit's reason for an implausible actual; '' or absent while none is needed */
  plausibilityNote: text(LIMITS.plausibilityNote).optional(),
});

export const submissionContentSchema = z.object({
  values: z.array(valueSchema),
  highlights: text(LIMITS.highlights),
  h2Goals: text(LIMITS.h2Goals),
  pillarMeasures: z.array(z.object({ pillarId: id, content: text(LIMITS.pillarMeasure) })),
  gaps: z.array(gapDraftSchema).max(LIMITS.gaps, { message: 'tooMany' }),
});

/**
 * What a save sends: like the content, but an actual may be the text as typed ("125000平方米"), which
 * the server reads in the indicator's unit itself (lib/submissions/rules.ts checkActuals).
 */
export const submissionInputSchema = submissionContentSchema.extend({
  values: z.array(valueSchema.extend({ actual: z.union([actualNumber, z.string().max(LIMITS.actualText, { message: 'tooLong' })]).nullable() })),
});

export type SubmissionContent = z.infer<typeof submissionContentSchema>;
export type SubmissionInput = z.input<typeof submissionInputSchema>;
export type GapDraft = z.infer<typeof gapDraftSchema>;
export type MeasureDraft = z.infer<typeof measureDraftSchema>;

/** A submission may be edited while a draft or returned; submitted and approved ones are read-only. */
export function isEditableState(state: string | null | undefined): boolean {
  return state === undefined || state === null || state === 'draft' || state === 'returned';
}

/** Periods in which units may still save and submit (late submissions are accepted and marked). */
export function periodAcceptsSubmissions(periodState: string): boolean {
  return periodState === 'open' || periodState === 'review';
}

export interface Missing {
  /** key under submission.missing.* in messages */
  code:
    | 'actual'
    | 'highlights'
    | 'gaps'
    | 'gapDescription'
    | 'rootCause'
    | 'gapMeasures'
    | 'measureContent'
    | 'measureUnit'
    | 'measurePerson'
    | 'measureDeadline'
    | 'pillarMeasures'
    | 'h2Goals'
    | 'plausibilityNote';
  params?: Record<string, string | number>;
}

/** Everything that stops a submission, named so the unit can fix it: every unfilled indicator, every incomplete gap and measure. */
export function missingForSubmit(content: SubmissionContent, indicators: { id: string; name: string }[]): Missing[] {
  const out: Missing[] = [];
  const filled = new Map(content.values.map((v) => [v.indicatorId, v.actual]));
  for (const ind of indicators) {
    const actual = filled.get(ind.id);
    if (actual === null || actual === undefined) out.push({ code: 'actual', params: { name: ind.name } });
  }
  if (!content.highlights.trim()) out.push({ code: 'highlights' });
  const gaps = content.gaps.filter((g) => g.description.trim() || g.rootCause.trim() || g.measures.length);
  if (!gaps.length) out.push({ code: 'gaps' });
  gaps.forEach((g, i) => {
    const n = i + 1;
    if (!g.description.trim()) out.push({ code: 'gapDescription', params: { n } });
    if (!g.rootCause.trim()) out.push({ code: 'rootCause', params: { n } });
    if (!g.measures.length) out.push({ code: 'gapMeasures', params: { n } });
    g.measures.forEach((m, j) => {
      const params = { n, m: j + 1 };
      if (!m.content.trim()) out.push({ code: 'measureContent', params });
      if (!m.responsibleUnitId) out.push({ code: 'measureUnit', params });
      if (!m.responsiblePerson.trim()) out.push({ code: 'measurePerson', params });
      if (!m.deadline) out.push({ code: 'measureDeadline', params });
    });
  });
  if (!content.pillarMeasures.some((p) => p.content.trim())) out.push({ code: 'pillarMeasures' });
  if (!content.h2Goals.trim()) out.push({ code: 'h2Goals' });
  return out;
}

/** Is the submission made after the deadline? (exactly at the deadline is on time) */
export function isLate(deadline: Date | null, at: Date): boolean {
  return deadline !== null && at.getTime() > deadline.getTime();
}
