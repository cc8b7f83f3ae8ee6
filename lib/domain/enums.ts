// Closed vocabularies of the domain, stored as plain strings in both databases.
/** security_admin = 安全管理员: sign-in accounts, roles and security settings only (三员分立, DESIGN §9). */
export const ROLES = ['admin', 'unit_head', 'unit_staff', 'leader', 'judge', 'auditor', 'security_admin'] as const;
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

/** 待受理 → 办理中 → 已办结 → 已销号; 转办 = handed back to 考核办 for reassignment (DESIGN §8, lib/problems/rules.ts). */
export const PROBLEM_STATUSES = ['pending', 'in_progress', 'resolved', 'closed', 'transferred'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** 走访 / 座谈会 / 12345热线 / 线上 / 其他 */
export const PROBLEM_SOURCES = ['visit', 'forum', 'hotline', 'online', 'other'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

/** The enterprise's rating: 满意 / 基本满意 / 不满意 (reopens the problem). */
export const PROBLEM_RATINGS = ['satisfied', 'basic', 'dissatisfied'] as const;
export type ProblemRating = (typeof PROBLEM_RATINGS)[number];

export const ARENA_STATES = ['prep', 'live', 'finished'] as const;
export type ArenaState = (typeof ARENA_STATES)[number];

export const PARTICIPANT_STATES = ['waiting', 'speaking', 'closed'] as const;
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];
