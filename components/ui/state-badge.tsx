// Coloured badge for a submission's displayed state (未填报/草稿/已提交/已退回/已审核/逾期).
import { useTranslations } from 'next-intl';
import type { DisplayState } from '@/lib/domain/deadline';

const TONE: Record<DisplayState, string> = {
  not_started: 'bg-slate-100 text-slate-600',
  draft: 'bg-sky-50 text-sky-700',
  submitted: 'bg-green-50 text-green-700',
  returned: 'bg-amber-50 text-amber-700',
  approved: 'bg-emerald-700 text-white',
  overdue: 'bg-red-50 text-red-700',
};

export function StateBadge({ state, late = false }: { state: DisplayState; late?: boolean }) {
  const t = useTranslations('displayState');
  return (
    <span className="inline-flex items-center gap-1">
      <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${TONE[state]}`} data-state={state}>
        {t(state)}
      </span>
      {late && <span className="whitespace-nowrap rounded bg-red-600 px-1.5 py-0.5 text-xs font-medium text-white">{t('late')}</span>}
    </span>
  );
}
