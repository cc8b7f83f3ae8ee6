// Closed vocabularies of the domain, stored as plain strings in both databases.
export const ROLES = ['admin', 'unit_head', 'unit_staff', 'leader', 'judge', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const UNIT_ROLES: readonly Role[] = ['unit_head', 'unit_staff'];

export const UNIT_KINDS = ['department', 'agency', 'soe'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const PERIOD_STATES = ['draft', 'open', 'review', 'arena', 'published', 'archived'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export const SUBMISSION_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const DIRECTIONS = ['higher', 'lower', 'milestone'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const METHODS = ['ratio', 'efficacy', 'rank'] as const;
export type Method = (typeof METHODS)[number];

export const INDICATOR_CATEGORIES = ['main', 'task'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export const MEASURE_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const PROBLEM_CATEGORIES = ['investment', 'project', 'service', 'environment', 'other'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const PROBLEM_STATUSES = ['open', 'in_progress', 'resolved'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const ARENA_STATES = ['prep', 'live', 'finished'] as const;
export type ArenaState = (typeof ARENA_STATES)[number];

export const PARTICIPANT_STATES = ['waiting', 'speaking', 'closed'] as const;
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];
