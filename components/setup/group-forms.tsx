'use client';
// Contest group forms: add a group, edit one in place, delete an empty one.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createGroupAction, deleteGroupAction, updateGroupAction } from '@/lib/setup/actions/groups';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { dangerBtn, Field, FormButtons, FormError, FormNotice, inputCls, secondaryBtn, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';

export interface GroupValues {
  id?: string;
  name: string;
  description: string;
  sortOrder: string;
}

const EMPTY: GroupValues = { name: '', description: '', sortOrder: '' };

export function GroupForm({ initial, onDone }: { initial?: GroupValues; onDone?: () => void }) {
  const t = useTranslations('setup');
  const [v, setV] = useState<GroupValues>(initial ?? EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const create = useSetupAction(createGroupAction);
  const update = useSetupAction(updateGroupAction);
  const act = initial?.id ? update : create;
  const msg = useFieldMessage(act.failure);
  const set = (k: keyof GroupValues) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [k]: e.target.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const body = { name: v.name, description: v.description, sortOrder: v.sortOrder };
    if (initial?.id) update.run({ ...body, id: initial.id }, () => onDone?.());
    else
      create.run(body, () => {
        setV(EMPTY);
        setNotice(t('groups.created'));
      });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="grid gap-3 sm:grid-cols-[2fr_3fr_1fr]">
        <Field label={t('groups.name')} error={msg('name')}>
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={set('name')} maxLength={40} />}
        </Field>
        <Field label={t('groups.description')} error={msg('description')}>
          {(p) => <input {...p} className={inputCls} value={v.description} onChange={set('description')} maxLength={200} />}
        </Field>
        <Field label={t('groups.sortOrder')} hint={t('groups.sortHint')} error={msg('sortOrder')}>
          {(p) => <input {...p} className={inputCls} inputMode="numeric" value={v.sortOrder} onChange={set('sortOrder')} />}
        </Field>
      </div>
      <FormButtons
        label={initial?.id ? t('save') : t('groups.create')}
        pendingLabel={t('saving')}
        pending={act.pending}
        cancelLabel={t('cancel')}
        onCancel={onDone}
      />
    </form>
  );
}

export function GroupItem({ group, unitCount }: { group: Required<GroupValues>; unitCount: number }) {
  const t = useTranslations('setup');
  const [editing, setEditing] = useState(false);
  const del = useSetupAction(deleteGroupAction);
  if (editing)
    return (
      <li className="py-3">
        <GroupForm initial={group} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="group-item">
      <div className="min-w-0">
        <div className="font-medium">{group.name}</div>
        <div className="text-xs text-slate-500">
          {group.description || t('none')} · {t('groups.unitsCount', { count: unitCount })} · {t('groups.sortOrder')} {group.sortOrder}
        </div>
        {del.failure && (
          <div className="mt-1">
            <FormError failure={del.failure} />
          </div>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryBtn} onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
        {unitCount === 0 && (
          <ConfirmButton
            label={t('delete')}
            question={t('groups.deleteQuestion')}
            confirmLabel={t('confirm')}
            cancelLabel={t('cancel')}
            className={dangerBtn}
            disabled={del.pending}
            onConfirm={() => del.run({ id: group.id })}
          />
        )}
      </div>
    </li>
  );
}
