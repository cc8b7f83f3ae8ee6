// One zod schema per entity; forms, server actions, the seed and imports all validate through these.
import { z } from 'zod';
import { DIRECTIONS, INDICATOR_CATEGORIES, MEASURE_STATUSES, METHODS, ROLES, UNIT_KINDS } from './enums';

/** Trimmed text with a length limit; messages are message keys resolved by the UI. */
export const text = (max: number) => z.string().trim().max(max, { message: 'tooLong' });
export const requiredText = (max: number) => text(max).min(1, { message: 'required' });

export const usernameSchema = z
  .string()
  .trim()
  .min(3, { message: 'usernameTooShort' })
  .max(32, { message: 'tooLong' })
  .regex(/^[a-zA-Z0-9_.]+$/, { message: 'usernameChars' });

export const passwordSchema = z.string().min(8, { message: 'passwordTooShort' }).max(128, { message: 'tooLong' });

export const signInSchema = z.object({
  username: z.string().trim().min(1, { message: 'required' }).max(64, { message: 'tooLong' }),
  password: z.string().min(1, { message: 'required' }).max(128, { message: 'tooLong' }),
  next: z.string().optional(),
});

export const roleSchema = z.enum(ROLES);

export const userSchema = z
  .object({
    username: usernameSchema,
    name: requiredText(40),
    title: text(40).optional(),
    role: roleSchema,
    unitId: z.string().min(1).nullable(),
    password: passwordSchema,
  })
  .refine((u) => (u.role === 'unit_head' || u.role === 'unit_staff' ? u.unitId !== null : true), {
    message: 'unitRequired',
    path: ['unitId'],
  });

export const contestGroupSchema = z.object({
  name: requiredText(40),
  description: text(200).optional(),
  sortOrder: z.number().int().default(0),
});

export const unitSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9]{1,15}$/, { message: 'unitCode' }),
  name: requiredText(60),
  shortName: text(20).optional(),
  kind: z.enum(UNIT_KINDS),
  groupId: z.string().min(1),
  headName: requiredText(20),
  headTitle: text(20).optional(),
});

export const pillarSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,16}$/, { message: 'pillarCode' }),
  name: requiredText(40),
  description: text(300).optional(),
});

const ratio = z.number().finite();

export const periodSettingsSchema = z
  .object({
    alpha: ratio.min(0).max(1),
    beta: ratio.min(0).max(1),
    bonusCap: ratio.min(0).max(100),
    greenThreshold: ratio.gt(0).max(10),
    yellowThreshold: ratio.gt(0).max(10),
    timeProgress: ratio.gt(0, { message: 'positive' }).max(1),
    defaultCap: ratio.min(1).max(10),
    rankFloor: ratio.min(0).max(1),
  })
  .refine((s) => s.yellowThreshold < s.greenThreshold, { message: 'thresholdOrder', path: ['yellowThreshold'] });

export const periodSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  half: z.union([z.literal(1), z.literal(2)]),
  name: requiredText(40),
  deadline: z.date().nullable(),
});

export const rubricCriterionSchema = z.object({
  name: requiredText(20),
  maxScore: z.number().finite().gt(0, { message: 'positive' }).max(100),
});

export const indicatorSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,48}$/, { message: 'indicatorKey' }),
    name: requiredText(60),
    category: z.enum(INDICATOR_CATEGORIES),
    measureUnit: text(10),
    direction: z.enum(DIRECTIONS),
    annualTarget: z.number().finite().nullable(),
    halfTarget: z.number().finite().nullable(),
    plannedPercent: z.number().finite().nullable(),
    weight: z.number().finite().gt(0, { message: 'weightPositive' }).max(100),
    method: z.enum(METHODS),
    cap: z.number().finite().min(1).max(10).nullable(),
    dataSource: text(60).nullable(),
  })
  .superRefine((ind, ctx) => {
    if (ind.direction === 'milestone') {
      if (ind.plannedPercent === null || ind.plannedPercent <= 0 || ind.plannedPercent > 100)
        ctx.addIssue({ code: 'custom', message: 'plannedPercent', path: ['plannedPercent'] });
      return;
    }
    if (ind.annualTarget === null && ind.halfTarget === null) ctx.addIssue({ code: 'custom', message: 'targetRequired', path: ['annualTarget'] });
    if (ind.annualTarget !== null && ind.annualTarget <= 0) ctx.addIssue({ code: 'custom', message: 'targetPositive', path: ['annualTarget'] });
    if (ind.halfTarget !== null && ind.halfTarget <= 0) ctx.addIssue({ code: 'custom', message: 'targetPositive', path: ['halfTarget'] });
  });

/** A unit's indicator weights must sum to 100 (to the cent, tolerant of float noise). */
export function weightsSumTo100(weights: number[]): boolean {
  return Math.abs(weights.reduce((a, b) => a + b, 0) - 100) < 1e-6;
}

export const gapSchema = z.object({
  description: requiredText(500),
  rootCause: requiredText(1000),
});

export const measureSchema = z.object({
  content: requiredText(500),
  responsibleUnitId: z.string().min(1),
  responsiblePerson: requiredText(40),
  deadline: z.date(),
  status: z.enum(MEASURE_STATUSES),
});

export const adjustmentSchema = z.object({
  unitId: z.string().min(1),
  points: z
    .number()
    .finite()
    .refine((p) => p !== 0, { message: 'nonZero' })
    .refine((p) => Math.abs(p) <= 100, { message: 'tooLarge' }),
  reason: requiredText(200),
  evidence: text(500).optional(),
});

export const localeSchema = z.enum(['zh-CN', 'en']);

/**
 * A `next` redirect target after sign-in: a same-site path only (no `//host`, `/\host` or scheme). Whitespace,
 * backslashes and control characters are refused anywhere: browsers drop some of them, which can turn `/\t/host`
 * into `//host`.
 */
export const safeNextPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\\u0000-\u001f\u007f]*$/)
  .catch('/');
