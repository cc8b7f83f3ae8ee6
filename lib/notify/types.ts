// The shapes shared by the reminder rules (lib/notify/rules.ts), the in-app store (notify.server.ts) and the outbox
// (outbox.server.ts) — issue #14, DESIGN §10. Pure types and constants: no I/O.

/** Every kind of reminder; its Chinese wording lives in messages (namespace `notify`). */
export const NOTIFY_KINDS = [
  'submission.due_soon', // deadline in 3 days and not submitted → unit head + staff
  'submission.overdue', // past the deadline, daily until submitted → unit head + staff
  'submission.returned', // returned with a comment → unit head + staff
  'submission.approved', // approved → unit head + staff
  'measure.due_soon', // measure due in 7 days → responsible unit
  'measure.overdue', // measure overdue → responsible unit
  'problem.assigned', // ledger problem assigned → lead and assisting units
  'problem.due_soon', // ledger problem due soon → lead and assisting units
  'problem.overdue', // ledger problem overdue → lead and assisting units + 考核办
  'problem.supervised', // 督办 placed → lead and assisting units
  'problem.unsatisfied', // enterprise rated 不满意 → lead and assisting units
  'arena.starting', // arena starts in 30 minutes → its judges
  'arena.judge', // you are a judge of an arena → that judge
  'results.published', // the period's results published → everyone
] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];

/**
 * One reminder about one thing, before it is addressed to people: the rule that fired (`kind`), the thing it is about
 * (`targetId`, e.g. a submission id), who gets it (users and/or every active user of some units, with roles), the
 * words and where to act. `day` (YYYY-MM-DD, Asia/Shanghai) is part of the exactly-once key: the same rule about the
 * same target reaches the same recipient at most once a day.
 */
export interface Notice {
  kind: NotifyKind;
  targetId: string;
  day: string;
  /** users addressed by id */
  userIds?: readonly string[];
  /** every enabled user of these units whose role is in `roles` (default: unit_head and unit_staff) */
  unitIds?: readonly string[];
  roles?: readonly string[];
  /** every enabled user with one of these roles, whatever their unit (e.g. admin = 考核办) */
  allOfRoles?: readonly string[];
  /** the unit a webhook message goes to (its channel, else the district's); null = the district's channel */
  channelUnitIds?: readonly (string | null)[];
  title: string;
  body: string;
  /** app path of the thing to act on, e.g. /submissions/<id> */
  href: string;
}

export const NOTIFY_TIMEZONE = 'Asia/Shanghai';

/** `YYYY-MM-DD` of `at` in Asia/Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: NOTIFY_TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The in-app key of a notice: unique per user. */
export const noticeKey = (n: Pick<Notice, 'kind' | 'targetId' | 'day'>) => `${n.kind}:${n.targetId}:${n.day}`;
