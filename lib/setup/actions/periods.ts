'use server';
// Server actions for periods, their settings, rubric and indicator sets: thin wrappers over lib/setup/*.server.ts (admin only).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { PERIOD_STATES } from '@/lib/domain/enums';
import { copyIndicators, createIndicator, deleteIndicator, moveIndicator, updateIndicator } from '@/lib/setup/indicators.server';
import { addCriterion, createPeriod, removeCriterion, transitionPeriod, updateCriterion, updatePeriodSettings } from '@/lib/setup/periods.server';
import { criterionForm, indicatorForm, numberField, settingsForm } from '@/lib/setup/schemas';

const id = z.string().min(1).max(64);
/** Period changes show in the header and on every home: refresh everything. */
const refreshAll = () => revalidatePath('/', 'layout');
const refreshAdmin = () => revalidatePath('/admin', 'layout');

export const createPeriodAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ year: numberField(), half: numberField(), name: z.string().max(200), sourcePeriodId: z.string().max(64) }),
  handler: async (input, ctx) => {
    const r = await createPeriod(ctx, {
      // null reaches the service's schema as "required"
      year: input.year as number,
      half: input.half as 1 | 2,
      name: input.name,
      sourcePeriodId: input.sourcePeriodId === '' ? null : input.sourcePeriodId,
    });
    refreshAll();
    return r;
  },
});

export const transitionPeriodAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ periodId: id, to: z.enum(PERIOD_STATES) }),
  handler: async (input, ctx) => {
    const r = await transitionPeriod(ctx, input);
    refreshAll();
    return r;
  },
});

export const updateSettingsAction = defineAction({
  permission: 'setup:manage',
  schema: settingsForm,
  handler: async (input, ctx) => {
    const r = await updatePeriodSettings(ctx, input);
    refreshAll();
    return r;
  },
});

export const addCriterionAction = defineAction({
  permission: 'setup:manage',
  schema: criterionForm.extend({ periodId: id }),
  handler: async (input, ctx) => {
    const r = await addCriterion(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const updateCriterionAction = defineAction({
  permission: 'setup:manage',
  schema: criterionForm.extend({ id }),
  handler: async (input, ctx) => {
    const r = await updateCriterion(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const removeCriterionAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    const r = await removeCriterion(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const createIndicatorAction = defineAction({
  permission: 'setup:manage',
  schema: indicatorForm.extend({ periodId: id, unitId: id }),
  handler: async (input, ctx) => {
    const r = await createIndicator(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const updateIndicatorAction = defineAction({
  permission: 'setup:manage',
  schema: indicatorForm.extend({ id }),
  handler: async (input, ctx) => {
    const r = await updateIndicator(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const deleteIndicatorAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    const r = await deleteIndicator(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const moveIndicatorAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id, direction: z.enum(['up', 'down']) }),
  handler: async (input, ctx) => {
    const r = await moveIndicator(ctx, input);
    refreshAdmin();
    return r;
  },
});

export const copyIndicatorsAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ periodId: id, fromUnitId: z.string().max(64), toUnitId: id, replace: z.boolean() }),
  handler: async (input, ctx) => {
    const r = await copyIndicators(ctx, input);
    refreshAdmin();
    return r;
  },
});
