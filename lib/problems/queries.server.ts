// Reads of one problem for its detail page (facts, assisting units, timeline, the steps this viewer may take) and
// the unit options of the record and reassign forms. A problem the viewer may not see reads as missing.
import 'server-only';
import type { Tx } from '../db/client';
import type { ProblemCategory, ProblemRating, ProblemSource, ProblemStatus } from '../domain/enums';
import { availableSteps, canSee, daysOpen, isOverdue, relationTo, type ProblemRelation, type ProblemStep } from './rules';

export interface ProblemEventView {
  id: string;
  kind: string;
  fromStatus: ProblemStatus | null;
  toStatus: ProblemStatus | null;
  note: string | null;
  data: Record<string, unknown> | null;
  actorName: string;
  at: Date;
}

export interface ProblemDetail {
  id: string;
  code: string;
  category: ProblemCategory;
  source: ProblemSource;
  enterpriseName: string;
  creditCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
  title: string;
  description: string;
  leadUnit: { id: string; name: string };
  assistUnits: { id: string; name: string }[];
  responsiblePerson: string;
  raisedAt: Date;
  dueAt: Date;
  status: ProblemStatus;
  resolution: string | null;
  resolvedAt: Date | null;
  rating: ProblemRating | null;
  ratingNote: string | null;
  ratedAt: Date | null;
  closedAt: Date | null;
  reopenCount: number;
  supervised: boolean;
  supervisedAt: Date | null;
  supervisionNote: string | null;
  transferReason: string | null;
  version: number;
  overdue: boolean;
  daysOpen: number;
  relation: ProblemRelation;
  steps: ProblemStep[];
  events: ProblemEventView[];
}

function parseData(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** One problem as `user` may see it, or null (missing and not theirs look the same). */
export async function problemDetail(db: Tx, user: { role: string; unitId: string | null }, id: string, now: Date): Promise<ProblemDetail | null> {
  const p = await db.enterpriseProblem.findUnique({
    where: { id },
    include: {
      leadUnit: { select: { id: true, name: true } },
      assists: { select: { unit: { select: { id: true, name: true, sortOrder: true } } } },
      events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!p) return null;
  const assistUnits = p.assists.map((a) => a.unit).sort((a, b) => a.sortOrder - b.sortOrder);
  const relation = relationTo(user, { leadUnitId: p.leadUnitId, assistUnitIds: assistUnits.map((u) => u.id) });
  if (!canSee(relation)) return null;
  return {
    id: p.id,
    code: p.code,
    category: p.category as ProblemCategory,
    source: p.source as ProblemSource,
    enterpriseName: p.enterpriseName,
    creditCode: p.creditCode,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    title: p.title,
    description: p.description,
    leadUnit: p.leadUnit,
    assistUnits: assistUnits.map(({ id: unitId, name }) => ({ id: unitId, name })),
    responsiblePerson: p.responsiblePerson,
    raisedAt: p.raisedAt,
    dueAt: p.dueAt,
    status: p.status as ProblemStatus,
    resolution: p.resolution,
    resolvedAt: p.resolvedAt,
    rating: p.rating as ProblemRating | null,
    ratingNote: p.ratingNote,
    ratedAt: p.ratedAt,
    closedAt: p.closedAt,
    reopenCount: p.reopenCount,
    supervised: p.supervised,
    supervisedAt: p.supervisedAt,
    supervisionNote: p.supervisionNote,
    transferReason: p.transferReason,
    version: p.version,
    overdue: isOverdue(p, now),
    daysOpen: daysOpen(p, now),
    relation,
    steps: availableSteps(relation, p),
    events: p.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.fromStatus as ProblemStatus | null,
      toStatus: e.toStatus as ProblemStatus | null,
      note: e.note,
      data: parseData(e.data),
      actorName: e.actorName,
      at: e.at,
    })),
  };
}

export interface UnitOption {
  id: string;
  name: string;
}

/** The active units, in the district's order: the lead / assisting unit choices of the record and reassign forms. */
export async function problemUnitOptions(db: Tx): Promise<UnitOption[]> {
  return db.unit.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
}
