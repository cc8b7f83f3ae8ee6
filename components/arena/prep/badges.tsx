// Small badges of the arena pages, rendered on the server (their namespaces are not sent to the browser).
import { useTranslations } from 'next-intl';
import { StateBadge } from '@/components/ui/state-badge';
import type { ArenaState } from '@/lib/arena/types';
import type { DisplayState } from '@/lib/domain/deadline';
import type { SubmissionState } from '@/lib/domain/enums';

const ARENA_TONE: Record<ArenaState, string> = {
  prep: 'bg-amber-50 text-amber-800 ring-1 ring-amber-200',
  live: 'bg-green-600 text-white',
  finished: 'bg-slate-200 text-slate-700',
};

/** 筹备中 / 进行中 / 已结束 */
export function ArenaStateBadge({ state }: { state: ArenaState }) {
  const t = useTranslations('arenaState');
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${ARENA_TONE[state]}`}
      data-testid="arena-state"
      data-state={state}
    >
      {state === 'live' && <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-white" aria-hidden />}
      {t(state)}
    </span>
  );
}

/** A unit's submission for the arena's period, without a deadline verdict (the arena does not judge lateness of drafts). */
export function submissionDisplay(state: SubmissionState | 'none'): DisplayState {
  return state === 'none' ? 'not_started' : state;
}

/** 未填报 / 草稿 / 已提交 / 已退回 / 已审核, plus 逾期提交 when handed in late. */
export function SubmissionBadge({ state, late }: { state: SubmissionState | 'none'; late: boolean }) {
  return <StateBadge state={submissionDisplay(state)} late={late} />;
}
