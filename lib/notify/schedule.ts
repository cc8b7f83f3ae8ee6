// The clock's reminders (issue #14): every 5 minutes (croner, Asia/Shanghai) one runner per deployment (the backups'
// idea: a PostgreSQL advisory lock of its own, or a lock file beside the SQLite backups) loads a snapshot of the world,
// evaluates the time rules (lib/notify/rules.ts) and stores what they owe in one transaction (notify). Idempotent by
// the notices' keys: a second run the same day adds nothing; the next day an overdue thing is reminded again.
import { Cron } from 'croner';
import type { Db } from '../db/client';
import { onBoardWhere } from '../measures/queries.server';
import { OPEN_PROBLEM_STATUSES } from '../problems/rules';
import { withRunnerLock } from '../ops/runner-lock';
import { notify, notifyText, type NotifyResult } from './notify.server';
import { ARENA_START_MINUTES, MEASURE_DUE_DAYS, timeNotices, type World } from './rules';
import { NOTIFY_TIMEZONE } from './types';

/** pg_try_advisory_lock key of the reminder runner ("LTNT") */
export const REMIND_LOCK_KEY = 0x4c544e54;
export const REMIND_PATTERN = '0 */5 * * * *';
const DAY = 86_400_000;

/** What the time rules read at `now`: only rows that could fire (open things due within the widest window or past). */
export async function loadWorld(db: Db, now: Date): Promise<World> {
  const horizon = new Date(now.getTime() + (MEASURE_DUE_DAYS + 1) * DAY);
  const [periods, units, measures, problems, arenas] = await Promise.all([
    db.period.findMany({ where: { state: 'open', deadline: { not: null } }, select: { id: true, name: true, state: true, deadline: true } }),
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true } }),
    db.measure.findMany({
      where: { ...onBoardWhere, status: { not: 'done' }, deadline: { not: null, lt: horizon } },
      select: { id: true, content: true, deadline: true, status: true, responsibleUnitId: true },
    }),
    db.enterpriseProblem.findMany({
      where: { status: { in: [...OPEN_PROBLEM_STATUSES] }, dueAt: { lt: horizon } },
      select: { id: true, code: true, title: true, dueAt: true, status: true, leadUnitId: true, assists: { select: { unitId: true } } },
    }),
    db.arena.findMany({
      where: { state: 'prep', scheduledAt: { gte: now, lte: new Date(now.getTime() + ARENA_START_MINUTES * 60_000) } },
      select: { id: true, name: true, state: true, scheduledAt: true, judges: { select: { userId: true } } },
    }),
  ]);
  const submissions = periods.length
    ? await db.submission.findMany({ where: { periodId: { in: periods.map((p) => p.id) } }, select: { id: true, periodId: true, unitId: true, state: true } })
    : [];
  return {
    periods,
    units,
    submissions,
    measures,
    problems: problems.map(({ assists, ...p }) => ({ ...p, assistUnitIds: assists.map((a) => a.unitId) })),
    arenas: arenas.map(({ judges, ...a }) => ({ ...a, judgeUserIds: judges.map((j) => j.userId) })),
  };
}

/** One evaluation at `now`: the snapshot, the table, the store — in one transaction. Tests call it with their clock. */
export async function runReminders(db: Db, now: Date = new Date()): Promise<NotifyResult & { notices: number }> {
  const notices = timeNotices(await loadWorld(db, now), now, notifyText);
  const res = await db.$transaction((tx) => notify(tx, notices, now), { timeout: 60_000 });
  return { ...res, notices: notices.length };
}

export interface ReminderSchedulerDeps {
  db: Db;
  url: string;
  /** where the SQLite lock file lives (the backups' directory, shared by the instances) */
  dir: string;
  log?: Pick<Console, 'log' | 'error'>;
}

/** One scheduled run under the deployment's runner lock; null when another instance holds it. Never throws. */
export async function runScheduledReminders(deps: ReminderSchedulerDeps, now: Date = new Date()) {
  const log = deps.log ?? console;
  try {
    const res = await withRunnerLock({ url: deps.url, dir: deps.dir, pgKey: REMIND_LOCK_KEY, lockFile: '.leitai-reminders.lock' }, () =>
      runReminders(deps.db, now),
    );
    if (res?.created) log.log(`[reminders] ${res.created} notifications from ${res.notices} notices (${res.queued} queued for channels)`);
    return res;
  } catch (err) {
    log.error('\n[reminders] !!! REMINDER RUN FAILED — 提醒生成失败 !!!', err);
    return null;
  }
}

/** Every 5 minutes, Asia/Shanghai; `protect` skips a tick while the previous run is still going. */
export function startReminderScheduler(deps: ReminderSchedulerDeps): { stop(): void; next(): Date | null } {
  const job = new Cron(REMIND_PATTERN, { timezone: NOTIFY_TIMEZONE, protect: true, name: 'leitai-reminders' }, async () => {
    await runScheduledReminders(deps);
  });
  (deps.log ?? console).log(`[reminders] every 5 minutes; next ${job.nextRun()?.toISOString()}`);
  return { stop: () => job.stop(), next: () => job.nextRun() };
}
