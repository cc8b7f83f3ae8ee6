'use client';
// Strategy pillar forms (战略举措): add one, edit one in place (code, name, description, order, active).
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createPillarAction, updatePillarAction } from '@/lib/setup/actions/pillars';
import { Field, FormButtons, FormError, FormNotice, inputCls, secondaryBtn, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';

export interface PillarValues {
  id?: string;
  code: string;
  name: string;
  description: string;
  sortOrder: string;
  active: boolean;
}

const EMPTY: PillarValues = { code: '', name: '', description: '', sortOrder: '', active: true };

export function PillarForm({ initial, onDone }: { initial?: PillarValues; onDone?: () => void }) {
  const t = useTranslations('setup');
  const [v, setV] = useState<PillarValues>(initial ?? EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const create = useSetupAction(createPillarAction);
  const update = useSetupAction(updatePillarAction);
  const act = initial?.id ? update : create;
  const msg = useFieldMessage(act.failure);
  const set = (k: 'code' | 'name' | 'description' | 'sortOrder') => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setV({ ...v, [k]: e.target.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const body = { code: v.code, name: v.name, description: v.description, sortOrder: v.sortOrder, active: v.active };
    if (initial?.id) update.run({ ...body, id: initial.id }, () => onDone?.());
    else
      create.run(body, () => {
        setV(EMPTY);
        setNotice(t('pillars.created'));
      });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_1fr]">
        <Field label={t('pillars.code')} hint={t('pillars.codeHint')} error={msg('code')}>
          {(p) => <input {...p} className={inputCls} value={v.code} onChange={set('code')} maxLength={16} autoCapitalize="off" />}
        </Field>
        <Field label={t('pillars.name')} error={msg('name')}>
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={set('name')} maxLength={40} />}
        </Field>
        <Field label={t('pillars.sortOrder')} error={msg('sortOrder')}>
          {(p) => <input {...p} className={inputCls} inputMode="numeric" value={v.sortOrder} onChange={set('sortOrder')} />}
        </Field>
        <Field label={t('pillars.description')} error={msg('description')} className="sm:col-span-3">
          {(p) => <textarea {...p} className={inputCls} rows={2} value={v.description} onChange={set('description')} maxLength={300} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} />
        {t('pillars.activeLabel')}
      </label>
      <FormButtons
        label={initial?.id ? t('save') : t('pillars.create')}
        pendingLabel={t('saving')}
        pending={act.pending}
        cancelLabel={t('cancel')}
        onCancel={onDone}
      />
    </form>
  );
}

export function PillarItem({ pillar, indicatorCount }: { pillar: Required<PillarValues>; indicatorCount: number }) {
  const t = useTranslations('setup');
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <li className="py-3">
        <PillarForm initial={pillar} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li className={`flex flex-wrap items-start justify-between gap-2 py-3 ${pillar.active ? '' : 'text-slate-400'}`}>
      <div className="min-w-0">
        <div className="font-medium">
          <span className="mr-2 font-mono text-xs text-slate-500">{pillar.code}</span>
          {pillar.name}
          {!pillar.active && <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t('inactive')}</span>}
        </div>
        {pillar.description && <p className="mt-0.5 text-xs text-slate-500">{pillar.description}</p>}
        <p className="mt-0.5 text-xs text-slate-500">{t('pillars.indicatorCount', { count: indicatorCount })}</p>
      </div>
      <button type="button" className={secondaryBtn} onClick={() => setEditing(true)}>
        {t('edit')}
      </button>
    </li>
  );
}
