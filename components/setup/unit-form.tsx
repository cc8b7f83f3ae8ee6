'use client';
// Unit form (参评单位): code, names, kind, contest group, head, whether it is assessed; add or edit.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createUnitAction, updateUnitAction } from '@/lib/setup/actions/units';
import { UNIT_KINDS, type UnitKind } from '@/lib/domain/enums';
import { Field, FormButtons, FormError, FormNotice, inputCls, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';

export interface UnitValues {
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  groupId: string;
  headName: string;
  headTitle: string;
  active: boolean;
}

export function UnitForm({ id, initial, groups }: { id?: string; initial?: UnitValues; groups: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const empty: UnitValues = { code: '', name: '', shortName: '', kind: 'department', groupId: '', headName: '', headTitle: '', active: true };
  const [v, setV] = useState<UnitValues>(initial ?? empty);
  const [notice, setNotice] = useState<string | null>(null);
  const create = useSetupAction(createUnitAction);
  const update = useSetupAction(updateUnitAction);
  const act = id ? update : create;
  const msg = useFieldMessage(act.failure);
  const set = (k: keyof UnitValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV({ ...v, [k]: e.target.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    if (id) update.run({ ...v, id }, () => setNotice(t('setup.saved')));
    else
      create.run(v, (r) => {
        setV(empty);
        setNotice(t('setup.units.created'));
        router.push(`/admin/units/${r.id}`);
      });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="unit-form">
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t('setup.units.code')} hint={t('setup.units.codeHint')} error={msg('code')}>
          {(p) => <input {...p} className={inputCls} value={v.code} onChange={set('code')} maxLength={16} autoCapitalize="off" />}
        </Field>
        <Field label={t('setup.units.name')} error={msg('name')} className="lg:col-span-2">
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={set('name')} maxLength={60} />}
        </Field>
        <Field label={t('setup.units.shortName')} error={msg('shortName')}>
          {(p) => <input {...p} className={inputCls} value={v.shortName} onChange={set('shortName')} maxLength={20} />}
        </Field>
        <Field label={t('setup.units.kind')} error={msg('kind')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.kind} onChange={set('kind')}>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`unitKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.units.group')} error={msg('groupId')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.groupId} onChange={set('groupId')}>
              <option value="">{t('setup.units.chooseGroup')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.units.headName')} error={msg('headName')}>
          {(p) => <input {...p} className={inputCls} value={v.headName} onChange={set('headName')} maxLength={20} />}
        </Field>
        <Field label={t('setup.units.headTitle')} error={msg('headTitle')}>
          {(p) => <input {...p} className={inputCls} value={v.headTitle} onChange={set('headTitle')} maxLength={20} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} />
        {t('setup.units.activeLabel')}
      </label>
      <FormButtons label={id ? t('setup.save') : t('setup.units.create')} pendingLabel={t('setup.saving')} pending={act.pending} />
    </form>
  );
}
