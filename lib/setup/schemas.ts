// Inputs of the setup services (built on lib/domain/schemas.ts) and the form decoders the server actions use.
import { z } from 'zod';
import { DIRECTIONS, INDICATOR_CATEGORIES, METHODS, PERIOD_STATES, ROLES, UNIT_ROLES } from '../domain/enums';
import { LEDGER_FIGURES } from '../problems/rules';
import { parseNumberInput } from '../domain/number-input';
import {
  contestGroupSchema,
  indicatorSchema,
  passwordSchema,
  periodSchema,
  pillarSchema,
  requiredText,
  rubricCriterionSchema,
  text,
  unitSchema,
  userSchema,
} from '../domain/schemas';

const id = z.string().min(1).max(64);

// ───────────── organisation ─────────────

export const groupInput = contestGroupSchema;
export const groupUpdateInput = contestGroupSchema.extend({ id });
export const unitInput = unitSchema.extend({ active: z.boolean().default(true) });
export const unitUpdateInput = unitInput.extend({ id });
export const pillarInput = pillarSchema.extend({ sortOrder: z.number().int().min(0).max(999).default(0), active: z.boolean().default(true) });
export const pillarUpdateInput = pillarInput.extend({ id });

export const createUserInput = userSchema;
export const updateUserInput = z
  .object({ id, name: requiredText(40), title: text(40).optional(), role: z.enum(ROLES), unitId: z.string().min(1).nullable() })
  .refine((u) => (UNIT_ROLES.includes(u.role) ? u.unitId !== null : true), { message: 'unitRequired', path: ['unitId'] });
export const resetPasswordInput = z.object({ id, password: passwordSchema });
export const setDisabledInput = z.object({ id, disabled: z.boolean() });

// ───────────── periods ─────────────

export const createPeriodInput = periodSchema.omit({ deadline: true }).extend({ sourcePeriodId: id.nullable() });
export const transitionInput = z.object({ periodId: id, to: z.enum(PERIOD_STATES) });
/** Settings are validated by periodSettingsSchema; the deadline beside them. */
export const settingsInput = z.object({
  periodId: id,
  deadline: z.date().nullable(),
  alpha: z.number(),
  beta: z.number(),
  bonusCap: z.number(),
  greenThreshold: z.number(),
  yellowThreshold: z.number(),
  timeProgress: z.number(),
  defaultCap: z.number(),
  rankFloor: z.number(),
});
export const addCriterionInput = rubricCriterionSchema.extend({ periodId: id });
export const updateCriterionInput = rubricCriterionSchema.extend({ id });
export const idInput = z.object({ id });

// ───────────── indicators ─────────────

/** indicatorSchema's fields plus where the indicator lives and its pillars (indicatorSchema itself validates them). */
export const indicatorPlacement = z.object({ periodId: id, unitId: id });
/** pillars, and the ledger figure the actual is taken from (null = typed by the unit; absent = unchanged / typed; DESIGN §8) */
export const indicatorExtras = z.object({ pillarIds: z.array(id).max(50).default([]), ledgerFigure: z.enum(LEDGER_FIGURES).nullable().optional() });
export const moveIndicatorInput = z.object({ id, direction: z.enum(['up', 'down']) });
export const copyIndicatorsInput = z.object({ periodId: id, fromUnitId: id, toUnitId: id, replace: z.boolean().default(false) });

export type IndicatorFields = z.input<typeof indicatorSchema>;

// ───────────── form decoders (strings from <input> → values; the services validate the rest) ─────────────

/** A number typed into a form: '' → null; refused text gets validation.notNumber / negative / tooLarge. */
export function numberField(opts: { allowNegative?: boolean } = {}) {
  return z.union([z.string().max(40), z.number(), z.null()]).transform((v, ctx) => {
    if (typeof v === 'number' || v === null) return v;
    const r = parseNumberInput(v.trim(), { allowNegative: opts.allowNegative });
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

/** A required number: '' is refused with validation.required. */
export function requiredNumberField(opts: { allowNegative?: boolean } = {}) {
  return numberField(opts).transform((v, ctx) => {
    if (v === null) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return z.NEVER;
    }
    return v;
  });
}

/** Optional text: '' → null. */
export const optionalText = z
  .string()
  .max(2000)
  .transform((s) => (s.trim() === '' ? null : s.trim()));

/** Date (YYYY-MM-DD) and time (HH:MM) typed in China: an instant in Asia/Shanghai (UTC+8, no DST). */
export function shanghaiInstant(date: string, time: string): Date | null {
  const d = date.trim();
  const t = time.trim() || '18:00';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !/^\d{2}:\d{2}$/.test(t)) return null;
  const at = new Date(`${d}T${t}:00+08:00`);
  if (Number.isNaN(at.getTime())) return null;
  // reject dates the Date constructor rolled over (e.g. 2026-02-30)
  const back = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return back.slice(0, 10) === d && back.slice(11, 16) === t ? at : null;
}

/** The date and time strings of an instant as read in Asia/Shanghai, for prefilling inputs. */
export function shanghaiParts(at: Date | null): { date: string; time: string } {
  if (!at) return { date: '', time: '' };
  const iso = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export const settingsForm = z
  .object({
    periodId: id,
    deadlineDate: z.string().max(20),
    deadlineTime: z.string().max(10),
    alpha: requiredNumberField(),
    beta: requiredNumberField(),
    bonusCap: requiredNumberField(),
    greenThreshold: requiredNumberField(),
    yellowThreshold: requiredNumberField(),
    timeProgress: requiredNumberField(),
    defaultCap: requiredNumberField(),
    rankFloor: requiredNumberField(),
  })
  .transform((f, ctx) => {
    let deadline: Date | null = null;
    if (f.deadlineDate.trim() !== '' || f.deadlineTime.trim() !== '') {
      deadline = shanghaiInstant(f.deadlineDate, f.deadlineTime);
      if (!deadline) {
        ctx.addIssue({ code: 'custom', message: 'invalidDate', path: ['deadlineDate'] });
        return z.NEVER;
      }
    }
    const { deadlineDate: _d, deadlineTime: _t, ...rest } = f;
    return { ...rest, deadline };
  });

export const criterionForm = z.object({ name: z.string().max(200), maxScore: requiredNumberField() });

export const indicatorForm = z.object({
  key: z.string().max(100),
  name: z.string().max(200),
  category: z.enum(INDICATOR_CATEGORIES),
  measureUnit: z.string().max(40),
  direction: z.enum(DIRECTIONS),
  annualTarget: numberField(),
  halfTarget: numberField(),
  plannedPercent: numberField(),
  weight: requiredNumberField(),
  method: z.enum(METHODS),
  cap: numberField(),
  dataSource: optionalText,
  pillarIds: z.array(id).max(50),
  ledgerFigure: z.enum(LEDGER_FIGURES).nullable().default(null),
});
