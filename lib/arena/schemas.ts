// Inputs of the arena services, as the server actions and the JSON score route validate them.
import { z } from 'zod';
import { requiredText } from '../domain/schemas';

const id = z.string().min(1).max(64);
const minutes = z.number().int().min(1, { message: 'tooSmall' }).max(60, { message: 'tooLarge' });

export const arenaIdInput = z.object({ arenaId: id });
export const createArenaInput = z.object({ periodId: id, name: requiredText(60), minutesPerSpeaker: minutes });
/** a planned start typed as `YYYY-MM-DDTHH:MM` (China time), or '' for none */
const plannedStart = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'invalid' })]);
export const updateArenaInput = z.object({ arenaId: id, name: requiredText(60), minutesPerSpeaker: minutes, scheduledAt: plannedStart.optional() });
export const setParticipantsInput = z.object({ arenaId: id, unitIds: z.array(id).max(500) });
export const setJudgesInput = z.object({ arenaId: id, userIds: z.array(id).max(500) });
export const setOrderInput = z.object({ arenaId: id, participantIds: z.array(id).min(1).max(500) });
export const nextSpeakerInput = z.object({ arenaId: id, participantId: id.nullish() });
export const closeSpeakerInput = z.object({ arenaId: id, participantId: id.nullish() });
export const extendTimerInput = z.object({ arenaId: id, seconds: z.number().int().min(1, { message: 'tooSmall' }).max(3600, { message: 'tooLarge' }) });
export const finishArenaInput = z.object({ arenaId: id, force: z.boolean().default(false) });

/** Score values are checked against the rubric by submitScore (range, precision, every criterion present). */
export const submitScoreInput = z.object({
  arenaId: id,
  participantId: id,
  scores: z.record(id, z.number({ message: 'notNumber' })),
  expectedVersion: z.number().int().min(0).nullish(),
});

/** The JSON body of POST /api/arena/[arenaId]/scores (arenaId comes from the path). */
export const scoreBodyInput = submitScoreInput.omit({ arenaId: true });
