'use server';
// Arena server actions: thin wrappers of lib/arena/commands.server.ts (the services hold every check).
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action.server';
import {
  closeSpeaker,
  createArena,
  drawOrder,
  extendTimer,
  finishArena,
  nextSpeaker,
  pauseTimer,
  resumeTimer,
  setJudges,
  setOrder,
  setParticipants,
  startArena,
  submitScore,
  updateArena,
} from '@/lib/arena/commands.server';
import {
  arenaIdInput,
  closeSpeakerInput,
  createArenaInput,
  extendTimerInput,
  finishArenaInput,
  nextSpeakerInput,
  setJudgesInput,
  setOrderInput,
  setParticipantsInput,
  submitScoreInput,
  updateArenaInput,
} from '@/lib/arena/schemas';

const refresh = (arenaId?: string) => {
  revalidatePath('/arena');
  if (arenaId) revalidatePath(`/arena/${arenaId}`, 'layout');
};

export const createArenaAction = defineAction({
  permission: 'arena:host',
  schema: createArenaInput,
  handler: async (input, ctx) => {
    const res = await createArena(ctx, input);
    refresh(res.id);
    return res;
  },
});

export const updateArenaAction = defineAction({
  permission: 'arena:host',
  schema: updateArenaInput,
  handler: async (input, ctx) => {
    const res = await updateArena(ctx, input);
    refresh(input.arenaId);
    return res;
  },
});

export const setParticipantsAction = defineAction({
  permission: 'arena:host',
  schema: setParticipantsInput,
  handler: async (input, ctx) => {
    const res = await setParticipants(ctx, input);
    refresh(input.arenaId);
    return res;
  },
});

export const setJudgesAction = defineAction({
  permission: 'arena:host',
  schema: setJudgesInput,
  handler: async (input, ctx) => {
    const res = await setJudges(ctx, input);
    refresh(input.arenaId);
    return res;
  },
});

export const setOrderAction = defineAction({
  permission: 'arena:host',
  schema: setOrderInput,
  handler: async (input, ctx) => {
    const res = await setOrder(ctx, input);
    refresh(input.arenaId);
    return res;
  },
});

export const drawOrderAction = defineAction({
  permission: 'arena:host',
  schema: arenaIdInput,
  handler: async (input, ctx) => {
    const res = await drawOrder(ctx, input);
    refresh(input.arenaId);
    return res;
  },
});

export const startArenaAction = defineAction({
  permission: 'arena:host',
  schema: arenaIdInput,
  handler: async (input, ctx) => {
    const res = await startArena(ctx, input);
    refresh(input.arenaId);
    return res;
  },
});

// live controls: screens follow through the event stream, no page revalidation needed

export const nextSpeakerAction = defineAction({
  permission: 'arena:host',
  schema: nextSpeakerInput,
  handler: (input, ctx) => nextSpeaker(ctx, input),
});

export const pauseTimerAction = defineAction({
  permission: 'arena:host',
  schema: arenaIdInput,
  handler: (input, ctx) => pauseTimer(ctx, input),
});

export const resumeTimerAction = defineAction({
  permission: 'arena:host',
  schema: arenaIdInput,
  handler: (input, ctx) => resumeTimer(ctx, input),
});

export const extendTimerAction = defineAction({
  permission: 'arena:host',
  schema: extendTimerInput,
  handler: (input, ctx) => extendTimer(ctx, input),
});

export const closeSpeakerAction = defineAction({
  permission: 'arena:host',
  schema: closeSpeakerInput,
  handler: async (input, ctx) => {
    const res = await closeSpeaker(ctx, input);
    revalidatePath('/leaderboard', 'layout');
    return res;
  },
});

export const finishArenaAction = defineAction({
  permission: 'arena:host',
  schema: finishArenaInput,
  handler: async (input, ctx) => {
    const res = await finishArena(ctx, input);
    refresh(input.arenaId);
    revalidatePath('/leaderboard', 'layout');
    return res;
  },
});

export const submitScoreAction = defineAction({
  permission: 'arena:score',
  schema: submitScoreInput,
  handler: (input, ctx) => submitScore(ctx, input),
});
