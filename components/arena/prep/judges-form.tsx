'use client';
// 评委: tick the panel among active leaders and judges; a judge with a unit abstains when that unit speaks.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setJudgesAction } from '@/lib/arena/actions';
import { FormError, FormNotice, primaryBtn, useSetupAction } from '@/components/ui/form-kit';
import type { PrepJudge } from '@/lib/arena/types';
import { useServerState } from './prep-kit';

const ROLES: PrepJudge['role'][] = ['leader', 'judge'];
const linkBtn = 'rounded px-1.5 py-0.5 text-xs text-brand-700 hover:bg-brand-50 hover:underline disabled:opacity-50';

/** The conflict-of-interest line under a judge: their own unit, stronger when that unit is speaking in this arena. */
export function ConflictHint({ unitName, speaking }: { unitName: string; speaking: boolean }) {
  const t = useTranslations('arenaPrep.judges');
  return (
    <span className={`text-xs ${speaking ? 'font-medium text-amber-700' : 'text-slate-500'}`} data-testid="judge-conflict">
      {speaking ? t('conflictActive', { unit: unitName }) : t('conflict', { unit: unitName })}
    </span>
  );
}

export function JudgesForm({
  arenaId,
  candidates,
  selectedIds,
  participantUnitIds,
}: {
  arenaId: string;
  candidates: PrepJudge[];
  selectedIds: string[];
  /** units currently speaking in this arena (saved participants) */
  participantUnitIds: string[];
}) {
  const t = useTranslations('arenaPrep');
  const tr = useTranslations('roles');
  const savedKey = [...selectedIds].sort().join(',');
  const [selected, setSelected] = useServerState<ReadonlySet<string>>(new Set(selectedIds), savedKey);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const act = useSetupAction(setJudgesAction);
  const speaking = new Set(participantUnitIds);
  const dirty = [...selected].sort().join(',') !== savedKey;
  const setMany = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
    setSavedCount(null);
  };
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="prep-judges"
      onSubmit={(e) => {
        e.preventDefault();
        setSavedCount(null);
        act.run({ arenaId, userIds: [...selected] }, (r) => setSavedCount(r.count));
      }}
    >
      <p className="text-sm text-slate-500">{t('judges.hint')}</p>
      <FormError failure={act.failure} />
      {savedCount !== null && !dirty && <FormNotice>{t('judges.saved', { count: savedCount })}</FormNotice>}
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-500">{t('judges.noCandidates')}</p>
      ) : (
        <fieldset disabled={act.pending} className="space-y-4">
          <legend className="sr-only">{t('judges.title')}</legend>
          {ROLES.map((role) => {
            const list = candidates.filter((j) => j.role === role);
            if (list.length === 0) return null;
            const ids = list.map((j) => j.userId);
            const label = tr(role);
            return (
              <div key={role} data-testid="judge-group" data-role={role}>
                <div className="mb-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
                  <h3 className="text-sm font-semibold text-slate-700">{label}</h3>
                  <span className="tabular text-xs text-slate-500">
                    {t('participants.groupCount', { selected: ids.filter((id) => selected.has(id)).length, total: ids.length })}
                  </span>
                  <span className="flex gap-1">
                    <button type="button" className={linkBtn} aria-label={t('common.selectAllIn', { group: label })} onClick={() => setMany(ids, true)}>
                      {t('common.selectAll')}
                    </button>
                    <button type="button" className={linkBtn} aria-label={t('common.selectNoneIn', { group: label })} onClick={() => setMany(ids, false)}>
                      {t('common.selectNone')}
                    </button>
                  </span>
                </div>
                <ul className="grid gap-1.5 md:grid-cols-2">
                  {list.map((j) => {
                    const on = selected.has(j.userId);
                    return (
                      <li key={j.userId}>
                        <label
                          className={`flex cursor-pointer items-start gap-2 rounded-md border px-2.5 py-1.5 text-sm ${on ? 'border-brand-600/40 bg-brand-50/40' : 'border-slate-200 bg-white'}`}
                          data-testid="judge-row"
                          data-user-id={j.userId}
                          data-username={j.username}
                          data-selected={on}
                        >
                          <input
                            type="checkbox"
                            className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
                            checked={on}
                            onChange={(e) => setMany([j.userId], e.target.checked)}
                            data-testid="judge-checkbox"
                          />
                          <span className="flex min-w-0 flex-col">
                            <span className="flex flex-wrap items-center gap-x-2">
                              <span className="font-medium text-slate-800">{j.name}</span>
                              {j.title && <span className="text-xs text-slate-500">{j.title}</span>}
                              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{label}</span>
                            </span>
                            {j.unitName && j.unitId && <ConflictHint unitName={j.unitName} speaking={speaking.has(j.unitId)} />}
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-3 bg-white/95 px-1 py-2">
        <button type="submit" className={primaryBtn} disabled={act.pending || candidates.length === 0} data-testid="judges-save">
          {act.pending ? t('common.saving') : t('judges.save')}
        </button>
        <span className="tabular text-sm text-slate-600" data-testid="judges-selected-count">
          {t('judges.selectedCount', { count: selected.size, total: candidates.length })}
        </span>
        {dirty && <span className="text-xs text-amber-700">{t('common.unsaved')}</span>}
      </div>
    </form>
  );
}
