// The problem board's query string (the URL contract shared by the board, its export, the figures page and the homes):
// parsed into filters, and filters written back into a link. Pure; the reads are in board.server.ts.
import { z } from 'zod';
import { PROBLEM_CATEGORIES, PROBLEM_SOURCES, PROBLEM_STATUSES, type ProblemCategory, type ProblemSource, type ProblemStatus } from '../domain/enums';
import { OPEN_PROBLEM_STATUSES } from './rules';

export const BOARD_SORTS = ['raised', 'due', 'age'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** Rows per board page. */
export const BOARD_PAGE_SIZE = 20;

export interface BoardFilters {
  /** the lead unit (主办) */
  unit?: string;
  status?: ProblemStatus[];
  category?: ProblemCategory;
  source?: ProblemSource;
  overdue?: boolean;
  supervised?: boolean;
  /** text in the number, the enterprise's name, the title or the description */
  q?: string;
  /** raised within this period */
  period?: string;
  /** solved (办结) within this period */
  closedIn?: string;
  /** rated within this period */
  rated?: string;
  page: number;
  sort: BoardSort;
}

const id = z.string().trim().min(1).max(64).optional().catch(undefined);
const flag = z
  .string()
  .optional()
  .transform((v) => (v === '1' ? true : undefined))
  .catch(undefined);

/** A query string's filters; anything unreadable is dropped rather than refused (a link never breaks the board). */
export const boardQuerySchema = z.object({
  unit: id,
  status: z
    .string()
    .optional()
    .transform((v) => {
      const list = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s): s is ProblemStatus => (PROBLEM_STATUSES as readonly string[]).includes(s));
      return list.length ? [...new Set(list)] : undefined;
    })
    .catch(undefined),
  category: z.enum(PROBLEM_CATEGORIES).optional().catch(undefined),
  source: z.enum(PROBLEM_SOURCES).optional().catch(undefined),
  overdue: flag,
  supervised: flag,
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  period: id,
  closedIn: id,
  rated: id,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  sort: z.enum(BOARD_SORTS).catch('raised').default('raised'),
});

export function parseBoardQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): BoardFilters {
  const flat: Record<string, string> = {};
  if (params instanceof URLSearchParams) params.forEach((v, k) => (flat[k] ??= v));
  else for (const [k, v] of Object.entries(params)) if (v !== undefined) flat[k] = Array.isArray(v) ? (v[0] ?? '') : v;
  return boardQuerySchema.parse(flat) as BoardFilters;
}

/** The board's link for these filters (defaults left out, so the same filters give the same link). */
export function boardQuery(f: Partial<BoardFilters>): string {
  const p = new URLSearchParams();
  if (f.unit) p.set('unit', f.unit);
  if (f.status?.length) p.set('status', f.status.join(','));
  if (f.category) p.set('category', f.category);
  if (f.source) p.set('source', f.source);
  if (f.overdue) p.set('overdue', '1');
  if (f.supervised) p.set('supervised', '1');
  if (f.q) p.set('q', f.q);
  if (f.period) p.set('period', f.period);
  if (f.closedIn) p.set('closedIn', f.closedIn);
  if (f.rated) p.set('rated', f.rated);
  if (f.sort && f.sort !== 'raised') p.set('sort', f.sort);
  if (f.page && f.page > 1) p.set('page', String(f.page));
  return p.toString();
}

export function boardHref(f: Partial<BoardFilters>): string {
  const q = boardQuery(f);
  return q ? `/problems?${q}` : '/problems';
}

/** The three follow-up links of the homes: open, overdue, open and supervised (the tiles count exactly these boards). */
export const FOLLOW_UP_FILTERS: Readonly<Record<'open' | 'overdue' | 'supervised', Partial<BoardFilters>>> = {
  open: { status: [...OPEN_PROBLEM_STATUSES] },
  overdue: { overdue: true },
  supervised: { status: [...OPEN_PROBLEM_STATUSES], supervised: true },
};
