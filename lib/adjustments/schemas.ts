// Inputs of the adjustment (加减分) services, on top of the shared adjustmentSchema, and the states in which items may change.
import { z } from 'zod';
import { adjustmentSchema } from '../domain/schemas';

const id = z.string().min(1).max(64);

/** One new item: adjustmentSchema (non-zero points within ±100, reason, optional evidence) placed in a period. */
export const createAdjustmentInput = adjustmentSchema.extend({ periodId: id });
export const deleteAdjustmentInput = z.object({ id });

/**
 * Once results are published they are frozen; a changed item would have to go through a correction with a
 * reason on the leaderboard, so published and archived periods refuse adjustments here.
 */
// Published results are a frozen snapshot: items may still change, and take effect only through a correction
// with a reason on the leaderboard. An archived period is closed for good.
export const ADJUSTMENT_LOCKED_STATES: readonly string[] = ['archived'];
export const adjustmentsLocked = (state: string) => ADJUSTMENT_LOCKED_STATES.includes(state);
