'use client';
// 参赛单位: tick the speaking units by contest group, each with its submission state; select all / none per group.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setParticipantsAction } from '@/lib/arena/actions';
import { FormError, FormNotice, primaryBtn, useSetupAction } from '@/components/ui/form-kit';
import type { UnitKind } from '@/lib/domain/enums';
import { useServerState } from './prep-kit';

export interface CandidateRow {
  unitId: string;
  code: string;
  name: string;
  kind: UnitKind;
  /** the submission badge, rendered on the server */
  badge: React.ReactNode;
  /** has not handed in (none, draft): the big screen will have little to show */
  noContent: boolean;
}

export interface CandidateGroup {
  groupId: string;
  groupName: string;
  units: CandidateRow[];
}

const linkBtn = 'rounded px-1.5 py-0.5 text-xs text-brand-700 hover:bg-brand-50 hover:underline disabled:opacity-50';

export function ParticipantsForm({
  arenaId,
  groups,
  inactive,
  selectedIds,
  drawActive,
}: {
  arenaId: string;
  groups: CandidateGroup[];
  /** current participants whose unit is no longer active (not among the candidates) */
  inactive: { unitId: string; code: string; name: string }[];
  selectedIds: string[];
  /** a draw is in force: changing the set voids it */
  drawActive: boolean;
}) {
  const t = useTranslations('arenaPrep');
  const tk = useTranslations('unitKind');
  const savedKey = [...selectedIds].sort().join(',');
  const [selected, setSelected] = useServerState<ReadonlySet<string>>(new Set(selectedIds), savedKey);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const act = useSetupAction(setParticipantsAction);
  const total = groups.reduce((n, g) => n + g.units.length, 0) + inactive.length;
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
  const row = (u: { unitId: string; code: string; name: string }, extra: React.ReactNode) => {
    const on = selected.has(u.unitId);
    return (
      <li key={u.unitId}>
        <label
          className={`flex cursor-pointer flex-wrap items-center gap-x-2 gap-y-1 rounded-md border px-2.5 py-1.5 text-sm ${on ? 'border-brand-600/40 bg-brand-50/40' : 'border-slate-200 bg-white'}`}
          data-testid="participant-row"
          data-unit-id={u.unitId}
          data-unit-code={u.code}
          data-selected={on}
        >
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-600"
            checked={on}
            onChange={(e) => setMany([u.unitId], e.target.checked)}
            data-testid="participant-checkbox"
          />
          <span className="min-w-0 font-medium text-slate-800">{u.name}</span>
          <span className="font-mono text-xs text-slate-400">{u.code}</span>
          <span className="ml-auto flex flex-wrap items-center gap-1.5">{extra}</span>
        </label>
      </li>
    );
  };
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="prep-participants"
      onSubmit={(e) => {
        e.preventDefault();
        setSavedCount(null);
        act.run({ arenaId, unitIds: [...selected] }, (r) => setSavedCount(r.count));
      }}
    >
      <p className="text-sm text-slate-500">{t('participants.hint')}</p>
      <FormError failure={act.failure} />
      {savedCount !== null && !dirty && <FormNotice>{t('participants.saved', { count: savedCount })}</FormNotice>}
      {total === 0 ? (
        <p className="text-sm text-slate-500">{t('participants.noCandidates')}</p>
      ) : (
        <fieldset disabled={act.pending} className="space-y-4">
          <legend className="sr-only">{t('participants.title')}</legend>
          {groups.map((g) => {
            const ids = g.units.map((u) => u.unitId);
            const n = ids.filter((id) => selected.has(id)).length;
            return (
              <div key={g.groupId} data-testid="participant-group" data-group-id={g.groupId}>
                <div className="mb-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
                  <h3 className="text-sm font-semibold text-slate-700">{g.groupName}</h3>
                  <span className="tabular text-xs text-slate-500">{t('participants.groupCount', { selected: n, total: ids.length })}</span>
                  <span className="flex gap-1">
                    <button
                      type="button"
                      className={linkBtn}
                      aria-label={t('common.selectAllIn', { group: g.groupName })}
                      onClick={() => setMany(ids, true)}
                      data-testid="participant-group-all"
                    >
                      {t('common.selectAll')}
                    </button>
                    <button
                      type="button"
                      className={linkBtn}
                      aria-label={t('common.selectNoneIn', { group: g.groupName })}
                      onClick={() => setMany(ids, false)}
                      data-testid="participant-group-none"
                    >
                      {t('common.selectNone')}
                    </button>
                  </span>
                </div>
                <ul className="grid gap-1.5 md:grid-cols-2">
                  {g.units.map((u) =>
                    row(
                      u,
                      <>
                        <span className="text-xs text-slate-500">{tk(u.kind)}</span>
                        {u.badge}
                      </>,
                    ),
                  )}
                </ul>
              </div>
            );
          })}
          {inactive.length > 0 && (
            <div data-testid="participant-group" data-group-id="inactive">
              <h3 className="mb-1 text-sm font-semibold text-slate-700">{t('participants.inactiveGroup')}</h3>
              <p className="mb-1.5 text-xs text-amber-700">{t('participants.inactiveHint')}</p>
              <ul className="grid gap-1.5 md:grid-cols-2">
                {inactive.map((u) => row(u, <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-600">{t('participants.inactive')}</span>))}
              </ul>
            </div>
          )}
        </fieldset>
      )}
      {groups.some((g) => g.units.some((u) => u.noContent && selected.has(u.unitId))) && (
        <p className="text-xs text-slate-500">{t('participants.noSubmissionHint')}</p>
      )}
      {drawActive && dirty && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" role="status" data-testid="participants-voids-draw">
          {t('participants.voidsDraw')}
        </p>
      )}
      <div className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-3 bg-white/95 px-1 py-2">
        <button type="submit" className={primaryBtn} disabled={act.pending || total === 0} data-testid="participants-save">
          {act.pending ? t('common.saving') : t('participants.save')}
        </button>
        <span className="tabular text-sm text-slate-600" data-testid="participants-selected-count">
          {t('participants.selectedCount', { count: selected.size, total })}
        </span>
        {dirty && <span className="text-xs text-amber-700">{t('common.unsaved')}</span>}
      </div>
    </form>
  );
}
