// The submission form's state, how it becomes the saved content, and its local backup. Pure (no React).
import { parseNumberInput, type NumberInputResult } from '@/lib/domain/number-input';
import { LIMITS, type GapDraft, type SubmissionContent, type SubmissionInput } from '@/lib/domain/submission-content';
import type { IndicatorInput, PeriodSettings } from '@/lib/scoring';
import { entryUnit, flagOf, type PlausibilityFlag } from '@/lib/submissions/rules';

export interface FormIndicator extends IndicatorInput {
  name: string;
  category: string;
  measureUnit: string;
  dataSource: string | null;
  /**
   * a ledger-fed indicator (DESIGN §8): its actual computed from the ledger now (the form shows it, never sends it;
   * the server takes it again when the unit submits)
   */
  ledger?: { figure: string; value: number | null; numerator: number | null; denominator: number | null } | null;
  /** the actual was imported by 考核办 from the statistics bureau (来源：统计数据): shown, not editable (decision 022) */
  statistics?: boolean;
}

export interface ValueEntry {
  raw: string;
  evidence: string;
  /** the reason for an implausible value (absent in backups from before it existed) */
  note?: string;
}

export interface FormState {
  /** what the user typed, per indicator — kept verbatim so a bad number is never lost */
  values: Record<string, ValueEntry>;
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
        const raw = ind.ledger || v?.actual === null || v?.actual === undefined ? '' : String(v.actual);
        return [ind.id, { raw, evidence: v?.evidence ?? '', note: v?.plausibilityNote ?? '' }];
      }),
    ),
    highlights: content.highlights,
    h2Goals: content.h2Goals,
    pillars: Object.fromEntries(content.pillarMeasures.map((p) => [p.pillarId, p.content])),
    gaps: content.gaps,
  };
}

/** One indicator's typed actual, read in its unit, and whether it needs a reason. */
export interface ValueCheck {
  parsed: NumberInputResult;
  flag: PlausibilityFlag | null;
  /** an implausible value still without its reason */
  needsNote: boolean;
}

/** Every indicator's typed actual read as the server will read it (lib/submissions/rules.ts), by indicator id. */
export function checkValues(
  form: FormState,
  indicators: FormIndicator[],
  previous: Record<string, number>,
  settings: PeriodSettings,
): Record<string, ValueCheck> {
  return Object.fromEntries(
    indicators.map((ind) => {
      const entry = form.values[ind.id];
      // a ledger-fed actual is the computed one: nothing typed, no reason asked
      if (ind.ledger) return [ind.id, { parsed: { ok: true, value: ind.ledger.value }, flag: null, needsNote: false }];
      const parsed = parseNumberInput(entry?.raw ?? '', { measureUnit: entryUnit(ind) });
      const flag = parsed.ok ? flagOf(ind, parsed.value, previous[ind.key] ?? null, settings) : null;
      return [ind.id, { parsed, flag, needsNote: flag !== null && !(entry?.note ?? '').trim() }];
    }),
  );
}

/**
 * The content to save. An actual goes as typed (the server reads it in the indicator's unit); one that
 * does not parse keeps its last saved value (so a typo never erases a number on the server) and is
 * reported in `errors` by indicator id.
 */
export function contentFromForm(
  form: FormState,
  indicators: FormIndicator[],
  lastSaved: SubmissionContent,
): { content: SubmissionInput; numbers: SubmissionContent['values']; errors: Record<string, string> } {
  const saved = new Map(lastSaved.values.map((v) => [v.indicatorId, v.actual]));
  const errors: Record<string, string> = {};
  const numbers: SubmissionContent['values'] = [];
  const values = indicators.map((ind) => {
    const entry = form.values[ind.id] ?? { raw: '', evidence: '' };
    const parsed = parseNumberInput(ind.ledger ? '' : entry.raw, { measureUnit: entryUnit(ind) });
    let actual: string | number | null;
    let number: number | null;
    if (parsed.ok) {
      number = parsed.value;
      actual = parsed.value === null ? null : entry.raw.trim();
    } else {
      errors[ind.id] = parsed.error;
      actual = number = saved.get(ind.id) ?? null;
    }
    numbers.push({ indicatorId: ind.id, actual: number, evidence: entry.evidence, plausibilityNote: entry.note ?? '' });
    return { indicatorId: ind.id, actual, evidence: entry.evidence, plausibilityNote: entry.note ?? '' };
  });
  return {
    content: {
      values,
      highlights: form.highlights,
      h2Goals: form.h2Goals,
      pillarMeasures: Object.entries(form.pillars).map(([pillarId, content]) => ({ pillarId, content })),
      gaps: form.gaps,
    },
    numbers,
    errors,
  };
}

/** A text over its limit: which field (a key under submission.overLimit), where, and by how much. */
export interface OverLimit {
  code: 'highlights' | 'h2Goals' | 'evidence' | 'note' | 'gapDescription' | 'rootCause' | 'measure' | 'person' | 'pillarMeasure';
  params: Record<string, string | number>;
}

/** Every text longer than the server accepts (trimmed, as the server counts). Nothing is cut: the user shortens it. */
export function overLimits(form: FormState, indicators: FormIndicator[], pillarNames: ReadonlyMap<string, string>): OverLimit[] {
  const out: OverLimit[] = [];
  const check = (code: OverLimit['code'], text: string, max: number, params: Record<string, string | number> = {}) => {
    const len = text.trim().length;
    if (len > max) out.push({ code, params: { ...params, len, max } });
  };
  for (const ind of indicators) {
    const v = form.values[ind.id];
    if (!v) continue;
    check('evidence', v.evidence, LIMITS.evidence, { name: ind.name });
    check('note', v.note ?? '', LIMITS.plausibilityNote, { name: ind.name });
  }
  check('highlights', form.highlights, LIMITS.highlights);
  form.gaps.forEach((g, i) => {
    check('gapDescription', g.description, LIMITS.gapDescription, { n: i + 1 });
    check('rootCause', g.rootCause, LIMITS.rootCause, { n: i + 1 });
    g.measures.forEach((m, j) => {
      check('measure', m.content, LIMITS.measure, { n: i + 1, m: j + 1 });
      check('person', m.responsiblePerson, LIMITS.person, { n: i + 1, m: j + 1 });
    });
  });
  for (const [pillarId, text] of Object.entries(form.pillars)) check('pillarMeasure', text, LIMITS.pillarMeasure, { name: pillarNames.get(pillarId) ?? '' });
  check('h2Goals', form.h2Goals, LIMITS.h2Goals);
  return out;
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
