'use server';
// Server actions of the problem ledger: record, and each step of DESIGN §8's flow. The permission here only admits
// the roles that touch problems at all; the services decide the rest (visible? the step table? the version read?).
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.server';
import type { Permission } from '@/lib/auth/permissions';
import {
  acceptProblem,
  addProblemNote,
  closeProblem,
  rateProblem,
  reassignProblem,
  recordProblem,
  resolveProblem,
  superviseProblem,
  transferProblem,
  unsuperviseProblem,
} from './commands.server';
import { problemRecordSchema, stepSchemas } from './schemas';

const ANY_PROBLEM_ROLE: readonly Permission[] = ['problem:read:own', 'problem:read:any', 'problem:manage'];

export const recordProblemAction = defineAction({
  permission: ['problem:read:own', 'problem:manage'],
  schema: problemRecordSchema,
  handler: async (input, ctx) => {
    const res = await recordProblem(ctx, input);
    revalidatePath('/problems');
    return res;
  },
});

function refresh(problemId: string) {
  revalidatePath('/problems');
  revalidatePath(`/problems/${problemId}`);
}

export const acceptProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.accept,
  handler: async (input, ctx) => {
    const res = await acceptProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const addProblemNoteAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.note,
  handler: async (input, ctx) => {
    const res = await addProblemNote(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const resolveProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.resolve,
  handler: async (input, ctx) => {
    const res = await resolveProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const rateProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.rate,
  handler: async (input, ctx) => {
    const res = await rateProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const closeProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.close,
  handler: async (input, ctx) => {
    const res = await closeProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const transferProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.transfer,
  handler: async (input, ctx) => {
    const res = await transferProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const reassignProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.reassign,
  handler: async (input, ctx) => {
    const res = await reassignProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const superviseProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.supervise,
  handler: async (input, ctx) => {
    const res = await superviseProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});

export const unsuperviseProblemAction = defineAction({
  permission: ANY_PROBLEM_ROLE,
  schema: stepSchemas.unsupervise,
  handler: async (input, ctx) => {
    const res = await unsuperviseProblem(ctx, input);
    refresh(input.problemId);
    return res;
  },
});
