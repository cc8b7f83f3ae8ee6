'use server';
// Server actions of the second factor: enrolment on /account/two-factor and the second sign-in step.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { safeNextPath } from '@/lib/domain/schemas';
import { defineAccountAction } from '@/lib/sessions/account-action.server';
import { confirmEnrolment, disableSecondFactor, startEnrolment, verifySecondStep, type SecondStepResult } from './two-factor.server';

const password = z.string().min(1).max(128);

export const startEnrolmentAction = defineAccountAction({
  schema: z.object({ password }),
  duringTwoFactorEnrolment: true,
  handler: (input, ctx) => startEnrolment(ctx, input.password),
});

export const confirmEnrolmentAction = defineAccountAction({
  schema: z.object({ code: z.string().max(20) }),
  duringTwoFactorEnrolment: true,
  handler: (input, ctx) => confirmEnrolment(ctx, input.code),
});

export const disableTwoFactorAction = defineAccountAction({
  schema: z.object({ password }),
  handler: (input, ctx) => disableSecondFactor(ctx, input.password),
});

export interface SecondStepState {
  error: Exclude<SecondStepResult, { ok: true }>['reason'] | null;
}

export async function secondStepAction(_prev: SecondStepState, formData: FormData): Promise<SecondStepState> {
  const code = String(formData.get('code') ?? '').slice(0, 32);
  const result = await verifySecondStep(code);
  if (!result.ok) return { error: result.reason };
  redirect(safeNextPath.parse(String(formData.get('next') ?? '/') || '/'));
}
