// What a form or an import may send for a problem: zod schemas shared by the server actions, the seed and tests.
// Message codes are keys under `problems.errors` (Chinese in the UI).
import { z } from 'zod';
import { PROBLEM_CATEGORIES, PROBLEM_RATINGS, PROBLEM_SOURCES } from '../domain/enums';
import { requiredText, text } from '../domain/schemas';
import { creditCodeProblem, normalizeCreditCode } from './rules';

const id = z.string().min(1).max(64);
const day = z.iso.date({ message: 'invalidDate' });

/** Empty → undefined; otherwise the normalised code, refused with the reason (length / charset / checkChar). */
export const creditCode = z
  .string()
  .trim()
  .max(40, { message: 'tooLong' })
  .transform((s) => (s === '' ? undefined : normalizeCreditCode(s)))
  .superRefine((s, ctx) => {
    if (s === undefined) return;
    const why = creditCodeProblem(s);
    if (why) ctx.addIssue({ code: 'custom', message: `creditCode.${why}` });
  });

const optionalText = (max: number) => text(max).transform((s) => (s === '' ? undefined : s));

export const problemRecordSchema = z
  .object({
    category: z.enum(PROBLEM_CATEGORIES),
    source: z.enum(PROBLEM_SOURCES),
    enterpriseName: requiredText(60),
    creditCode: creditCode.optional(),
    contactName: optionalText(20).optional(),
    contactPhone: text(30)
      .regex(/^[0-9+\-\s()（）转]*$/, { message: 'phone' })
      .transform((s) => (s === '' ? undefined : s))
      .optional(),
    title: requiredText(80),
    description: requiredText(2000),
    leadUnitId: id,
    assistUnitIds: z.array(id).max(10).default([]),
    responsiblePerson: requiredText(40),
    raisedAt: day,
    dueAt: day,
  })
  .superRefine((p, ctx) => {
    if (p.dueAt < p.raisedAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'dueBeforeRaised' });
    if (p.assistUnitIds.includes(p.leadUnitId)) ctx.addIssue({ code: 'custom', path: ['assistUnitIds'], message: 'assistIsLead' });
    if (new Set(p.assistUnitIds).size !== p.assistUnitIds.length) ctx.addIssue({ code: 'custom', path: ['assistUnitIds'], message: 'duplicate' });
  });
export type ProblemRecordInput = z.input<typeof problemRecordSchema>;
export type ProblemRecord = z.output<typeof problemRecordSchema>;

/** Every step names the version it read (optimistic concurrency: the second of two is told). */
const stepBase = { problemId: id, version: z.number().int().positive() };

export const stepSchemas = {
  accept: z.object({ ...stepBase, note: optionalText(500).optional() }),
  note: z.object({ ...stepBase, date: day, note: requiredText(1000) }),
  resolve: z.object({ ...stepBase, resolution: requiredText(2000) }),
  rate: z.object({ ...stepBase, rating: z.enum(PROBLEM_RATINGS), note: optionalText(500).optional() }),
  close: z.object({ ...stepBase, note: optionalText(500).optional() }),
  transfer: z.object({ ...stepBase, reason: requiredText(500) }),
  reassign: z.object({
    ...stepBase,
    leadUnitId: id,
    assistUnitIds: z.array(id).max(10).default([]),
    responsiblePerson: requiredText(40),
    dueAt: day,
    note: optionalText(500).optional(),
  }),
  supervise: z.object({ ...stepBase, note: requiredText(500) }),
  unsupervise: z.object({ ...stepBase, note: optionalText(500).optional() }),
} as const;
