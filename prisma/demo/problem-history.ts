// Turns a demo problem's story (prisma/demo/problems.ts) into the row and the timeline the app would have written,
// replaying every step through the flow of lib/problems/rules.ts: a step the rules refuse, a date out of order or
// after the demo's last day fails the seed loudly. Pure: prisma/seed.ts maps unit codes and usernames to ids.
import { stepRefusal, statusAfter, type ProblemRelation, type ProblemStep } from '../../lib/problems/rules';
import type { ProblemRating, ProblemStatus } from '../../lib/domain/enums';
import type { DemoProblem, DemoStep } from './problems';

/** Who acted, as a demo username (`${unit}_head`, `${unit}_staff`, `admin`, `leader2` …). */
export interface HistoryEvent {
  kind: 'record' | 'reopen' | ProblemStep;
  fromStatus: ProblemStatus | null;
  toStatus: ProblemStatus | null;
  note: string | null;
  data: Record<string, unknown> | null;
  actor: string;
  at: Date;
}

export interface ProblemHistory {
  /** unit codes, final state */
  leadUnit: string;
  assistUnits: string[];
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
  createdBy: string;
  updatedAt: Date;
  events: HistoryEvent[];
}

const HOUR = 3_600_000;

/** The last second of a day in China time (承诺时限). */
export function endOfChinaDay(day: string): Date {
  return new Date(`${day}T23:59:59+08:00`);
}

/** The time of the i-th step (from 1) of a problem on `day`: from 10:30 China time, half an hour apart. */
function stepTime(day: string, i: number): Date {
  return new Date(new Date(`${day}T10:00:00+08:00`).getTime() + i * 0.5 * HOUR);
}

function relationOf(step: DemoStep): ProblemRelation {
  switch (step.k) {
    case 'accept':
    case 'resolve':
    case 'transfer':
      return 'lead';
    case 'note':
      return step.assist ? 'assist' : 'lead';
    case 'rate':
    case 'close':
    case 'reassign':
      return 'office';
    case 'supervise':
    case 'unsupervise':
      return 'leader';
  }
}

/**
 * Replays the story; throws when a step breaks the flow or the dates do not run forward up to `lastDay`. The n-th
 * problem raised on a day (`sameDay`, from 0) is recorded at 09:00 + 10 minutes × n, so numbers follow raising order.
 */
export function replayProblem(p: DemoProblem, lastDay: string, sameDay = 0): ProblemHistory {
  const fail = (why: string): never => {
    throw new Error(`demo problem «${p.title}»: ${why}`);
  };
  const h: ProblemHistory = {
    leadUnit: p.lead,
    assistUnits: [...(p.assist ?? [])],
    responsiblePerson: p.responsiblePerson,
    raisedAt: new Date(new Date(`${p.raisedAt}T09:00:00+08:00`).getTime() + Math.min(sameDay, 5) * 10 * 60_000),
    dueAt: endOfChinaDay(p.dueAt),
    status: 'pending',
    resolution: null,
    resolvedAt: null,
    rating: null,
    ratingNote: null,
    ratedAt: null,
    closedAt: null,
    reopenCount: 0,
    supervised: false,
    supervisedAt: null,
    supervisionNote: null,
    transferReason: null,
    version: 1,
    createdBy: p.recordedBy === 'office' ? 'admin' : `${p.lead}_staff`,
    updatedAt: new Date(0),
    events: [],
  };
  if (p.dueAt < p.raisedAt) fail('due before raised');
  h.events.push({ kind: 'record', fromStatus: null, toStatus: 'pending', note: null, data: null, actor: h.createdBy, at: h.raisedAt });
  let prevDay = p.raisedAt;
  for (const [i, step] of p.steps.entries()) {
    if (step.on < prevDay) fail(`step ${step.k} on ${step.on} before ${prevDay}`);
    if (step.on > lastDay) fail(`step ${step.k} on ${step.on} after the demo's last day ${lastDay}`);
    prevDay = step.on;
    const at = stepTime(step.on, i + 1);
    const refusal = stepRefusal(step.k, relationOf(step), h);
    if (refusal) fail(`step ${step.k} on ${step.on} refused: ${refusal} (status ${h.status})`);
    const from = h.status;
    const to = statusAfter(step.k, from, step.k === 'rate' ? step.rating : undefined);
    const lead = h.leadUnit;
    let actor: string;
    let note: string | null = null;
    let data: Record<string, unknown> | null = null;
    switch (step.k) {
      case 'accept':
        actor = `${lead}_staff`;
        note = step.note ?? null;
        break;
      case 'note':
        actor = `${step.assist ?? lead}_staff`;
        if (step.assist && !h.assistUnits.includes(step.assist)) fail(`note by ${step.assist}, not an assisting unit`);
        note = step.note;
        break;
      case 'resolve':
        actor = `${lead}_head`;
        note = step.resolution;
        h.resolution = step.resolution;
        h.resolvedAt = at;
        // a new resolution waits for a new return visit
        h.rating = null;
        h.ratingNote = null;
        h.ratedAt = null;
        break;
      case 'rate':
        actor = 'admin';
        note = step.note ?? null;
        data = { rating: step.rating };
        h.rating = step.rating;
        h.ratingNote = step.note ?? null;
        h.ratedAt = at;
        break;
      case 'close':
        actor = 'admin';
        note = step.note ?? null;
        h.closedAt = at;
        break;
      case 'transfer':
        actor = `${lead}_head`;
        note = step.reason;
        h.transferReason = step.reason;
        break;
      case 'reassign':
        actor = 'admin';
        note = step.note ?? null;
        data = {
          fromLeadUnit: lead,
          toLeadUnit: step.lead,
          assistUnits: step.assist ?? [],
          responsiblePerson: step.person,
          dueAt: step.dueAt,
        };
        if (step.lead === lead) fail('reassigned to the same unit');
        h.leadUnit = step.lead;
        h.assistUnits = [...(step.assist ?? [])];
        h.responsiblePerson = step.person;
        h.dueAt = endOfChinaDay(step.dueAt);
        break;
      case 'supervise':
        actor = step.leader;
        note = step.note;
        h.supervised = true;
        h.supervisedAt = at;
        h.supervisionNote = step.note;
        break;
      case 'unsupervise':
        actor = step.leader;
        note = step.note ?? null;
        h.supervised = false;
        break;
    }
    h.status = to;
    h.version++;
    h.events.push({ kind: step.k, fromStatus: from, toStatus: to, note, data, actor, at });
    if (step.k === 'rate' && step.rating === 'dissatisfied') {
      // 不满意 reopens it: back to 办理中, no longer solved, counted
      h.resolvedAt = null;
      h.reopenCount++;
      // a second after the rating, so the timeline reads rate → reopen on every database
      h.events.push({
        kind: 'reopen',
        fromStatus: from,
        toStatus: to,
        note: step.note ?? null,
        data: { reopenCount: h.reopenCount },
        actor,
        at: new Date(at.getTime() + 1000),
      });
    }
    h.updatedAt = at;
  }
  if (h.updatedAt.getTime() === 0) h.updatedAt = h.raisedAt;
  return h;
}
