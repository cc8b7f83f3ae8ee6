'use client';
// The settings page's form (系统设置): every setting by group, with its unit, one-line help and its error beside it.
// Numbers are kept as typed (strings) so nothing is lost when the server refuses a value.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { SettingField, SettingGroup } from '@/lib/settings/form';
import { saveSettingsAction } from '@/lib/settings/actions';
import { Field, FormButtons, FormError, FormNotice, inputCls, useSetupAction } from '@/components/ui/form-kit';

type Value = string | boolean;

function Switch({
  id,
  checked,
  onChange,
  label,
  ...aria
}: {
  id: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}) {
  return (
    <button
      id={id}
      type="button"
      role="switch"
      aria-checked={checked}
      aria-invalid={aria['aria-invalid']}
      aria-describedby={aria['aria-describedby']}
      onClick={() => onChange(!checked)}
      className="flex w-fit items-center gap-2 rounded-md py-1 text-sm text-slate-700"
    >
      <span className={`relative inline-flex h-6 w-11 shrink-0 rounded-full transition-colors ${checked ? 'bg-brand-600' : 'bg-slate-300'}`}>
        <span className={`absolute top-0.5 h-5 w-5 rounded-full bg-white shadow transition-transform ${checked ? 'translate-x-5' : 'translate-x-0.5'}`} />
      </span>
      <span>{label}</span>
    </button>
  );
}

export function SettingsForm({
  groups,
  initial,
  defaults,
  securityAdmins,
}: {
  groups: { group: SettingGroup; fields: SettingField[] }[];
  initial: Record<string, Value>;
  defaults: Record<string, Value>;
  securityAdmins: number;
}) {
  const t = useTranslations('settings');
  const [v, setV] = useState<Record<string, Value>>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(saveSettingsAction);
  const fieldKey = (key: string) => `fields.${key}`;
  const label = (key: string) => (t.has(`${fieldKey(key)}.label`) ? t(`${fieldKey(key)}.label`) : key);
  const help = (key: string) => (t.has(`${fieldKey(key)}.help`) ? t(`${fieldKey(key)}.help`) : null);
  const error = (f: SettingField): string | null => {
    const code = act.failure?.fieldErrors?.[f.key]?.[0];
    if (!code) return null;
    if (code === 'range' && f.kind === 'number' && f.min !== null && f.max !== null) return t('errors.range', { min: f.min, max: f.max });
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.invalid');
  };
  const shown = (value: Value) => (typeof value === 'boolean' ? (value ? t('on') : t('off')) : value);
  return (
    <form
      noValidate
      className="space-y-5"
      data-testid="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        act.run(v, () => setNotice(t('saved')));
      }}
    >
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      {groups.map(({ group, fields }) => (
        <section key={group} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid={`settings-group-${group}`}>
          <h2 className="mb-3 text-base font-semibold text-slate-800">{t(`groups.${group}`)}</h2>
          <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
            {fields.map((f) => {
              const err = error(f);
              const value = v[f.key];
              const hint = (
                <>
                  {help(f.key)}
                  <span className="text-slate-400">
                    {' '}
                    （{f.kind === 'number' && f.min !== null && f.max !== null ? `${t('rangeHint', { min: f.min, max: f.max })}，` : ''}
                    {t('defaultValue', { value: shown(defaults[f.key] ?? '') })}）
                  </span>
                </>
              );
              return (
                <div key={f.key} data-setting={f.key}>
                  <Field label={label(f.key)} hint={hint} error={err}>
                    {(p) =>
                      f.kind === 'switch' ? (
                        <Switch {...p} checked={value === true} label={value === true ? t('on') : t('off')} onChange={(b) => setV({ ...v, [f.key]: b })} />
                      ) : f.kind === 'number' ? (
                        <span className="flex items-center gap-2">
                          <input
                            {...p}
                            inputMode="numeric"
                            className={`${inputCls} max-w-[8rem]`}
                            value={String(value ?? '')}
                            maxLength={12}
                            onChange={(e) => setV({ ...v, [f.key]: e.target.value })}
                          />
                          {f.unit && <span className="text-sm text-slate-600">{t(`units.${f.unit}`)}</span>}
                        </span>
                      ) : (
                        <input
                          {...p}
                          type={f.kind === 'time' ? 'time' : 'text'}
                          className={`${inputCls} ${f.kind === 'time' ? 'max-w-[10rem]' : ''}`}
                          value={String(value ?? '')}
                          maxLength={200}
                          onChange={(e) => setV({ ...v, [f.key]: e.target.value })}
                        />
                      )
                    }
                  </Field>
                  {f.key === 'accounts.separateSecurityAdmin' && (
                    <p className="mt-1 text-xs text-slate-600" data-testid="security-admin-count">
                      {t('separation.securityAdmins', { count: securityAdmins })}
                      {value === true && initial[f.key] !== true && <span className="block text-amber-700">{t('separation.onWarning')}</span>}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </section>
      ))}
      <FormButtons label={t('save')} pendingLabel={t('saving')} pending={act.pending} />
    </form>
  );
}
