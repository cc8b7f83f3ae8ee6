// Badges of the problem ledger: status (待受理/办理中/已办结/已销号/转办), 已超期 and 挂牌督办. Shared by the board, the
// detail page, the report card and the homes; overdue comes from lib/problems/rules.ts, never from the caller.
import { useTranslations } from 'next-intl';
import type { ProblemStatus } from '@/lib/domain/enums';

const TONE: Record<ProblemStatus, string> = {
  pending: 'bg-sky-50 text-sky-800',
  in_progress: 'bg-amber-50 text-amber-800',
  resolved: 'bg-green-50 text-green-800',
  closed: 'bg-slate-700 text-white',
  transferred: 'bg-violet-50 text-violet-800',
};

export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  const t = useTranslations('problem.status');
  return (
    <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}

export function ProblemFlags({ overdue, supervised }: { overdue: boolean; supervised: boolean }) {
  const t = useTranslations('problem.flag');
  return (
    <>
      {overdue && <span className="whitespace-nowrap rounded bg-red-700 px-1.5 py-0.5 text-xs font-medium text-white">{t('overdue')}</span>}
      {supervised && (
        <span className="whitespace-nowrap rounded border border-red-700 px-1.5 py-0.5 text-xs font-medium text-red-800" data-supervised>
          {t('supervised')}
        </span>
      )}
    </>
  );
}
