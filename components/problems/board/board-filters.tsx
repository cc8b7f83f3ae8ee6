// The board's filter form: a plain GET form, so every choice is in the URL (the contract of lib/problems/board.ts) and
// the board, its counts and its export read the same filters.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PROBLEM_CATEGORIES, PROBLEM_SOURCES, PROBLEM_STATUSES } from '@/lib/domain/enums';
import type { BoardFilters } from '@/lib/problems/board';
import { OPEN_PROBLEM_STATUSES } from '@/lib/problems/rules';
import { UnitOptions } from '@/components/ui/unit-options';

const input = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
const OPEN = OPEN_PROBLEM_STATUSES.join(',');

export async function BoardFilterForm({
  f,
  units,
  periods,
}: {
  f: BoardFilters;
  units: { id: string; name: string }[];
  periods: { id: string; name: string }[];
}) {
  const t = await getTranslations('problemBoard.filters');
  const tp = await getTranslations('problem');
  const status = f.status?.join(',') ?? '';
  const statusChoices = [...PROBLEM_STATUSES.map((s) => ({ value: s, label: tp(`status.${s}`) })), { value: OPEN, label: t('openStatuses') }];
  // a status list the select does not offer (from a link) stays chosen
  if (status && !statusChoices.some((c) => c.value === status))
    statusChoices.push({ value: status, label: f.status!.map((s) => tp(`status.${s}`)).join('、') });
  const periodSelect = (name: 'period' | 'closedIn' | 'rated') => (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-slate-600">{t(name)}</span>
      <select name={name} defaultValue={f[name] ?? ''} className={input}>
        <option value="">{t('anyPeriod')}</option>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action="/problems" className="space-y-3 text-sm" aria-label={t('legend')} data-testid="problem-filters">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="flex min-w-0 flex-col gap-1 sm:col-span-2">
          <span className="text-slate-600">{t('q')}</span>
          <input type="search" name="q" defaultValue={f.q ?? ''} maxLength={100} placeholder={t('qPlaceholder')} className={input} />
        </label>
        {units.length > 0 && (
          <label className="flex min-w-0 flex-col gap-1">
            <span className="text-slate-600">{t('unit')}</span>
            <select name="unit" defaultValue={f.unit ?? ''} className={input}>
              <option value="">{t('allUnits')}</option>
              <UnitOptions units={units} />
            </select>
          </label>
        )}
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-slate-600">{t('status')}</span>
          <select name="status" defaultValue={status} className={input}>
            <option value="">{t('allStatuses')}</option>
            {statusChoices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-slate-600">{t('category')}</span>
          <select name="category" defaultValue={f.category ?? ''} className={input}>
            <option value="">{t('allCategories')}</option>
            {PROBLEM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tp(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-slate-600">{t('source')}</span>
          <select name="source" defaultValue={f.source ?? ''} className={input}>
            <option value="">{t('allSources')}</option>
            {PROBLEM_SOURCES.map((s) => (
              <option key={s} value={s}>
                {tp(`source.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {periodSelect('period')}
        {periodSelect('closedIn')}
        {periodSelect('rated')}
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-slate-600">{t('sort')}</span>
          <select name="sort" defaultValue={f.sort} className={input}>
            <option value="raised">{t('sortRaised')}</option>
            <option value="due">{t('sortDue')}</option>
            <option value="age">{t('sortAge')}</option>
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-1.5">
          <input type="checkbox" name="overdue" value="1" defaultChecked={!!f.overdue} />
          <span>{t('overdue')}</span>
        </label>
        <label className="flex items-center gap-1.5">
          <input type="checkbox" name="supervised" value="1" defaultChecked={!!f.supervised} />
          <span>{t('supervised')}</span>
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 font-semibold text-white hover:bg-brand-700">
          {t('apply')}
        </button>
        <Link href="/problems" className="py-1.5 text-slate-600 hover:text-slate-900">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
