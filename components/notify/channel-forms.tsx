'use client';
// The admin's reminder channels: add or edit one (secrets never shown: "已设置", type to replace), enable/disable,
// delete, and 发送测试消息 with its outcome.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { dangerBtn, Field, FormButtons, FormNotice, inputCls, secondaryBtn, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';
import { deleteChannelAction, saveChannelAction, setChannelEnabledAction, testChannelAction } from '@/lib/notify/actions';
import { CHANNEL_TYPES, SMTP_SECURITY, type ChannelForm as FormValues } from '@/lib/notify/channels';
import { NotifyError } from './notify-error';
import { UnitOptions } from '@/components/ui/unit-options';

export interface ChannelItemView {
  id: string;
  type: (typeof CHANNEL_TYPES)[number];
  name: string;
  unitId: string | null;
  unitName: string | null;
  enabled: boolean;
  webhookHost: string | null;
  smtp: { host: string; port: string; security: (typeof SMTP_SECURITY)[number]; user: string; from: string } | null;
  secrets: { webhookUrl: boolean; signSecret: boolean; password: boolean };
  secretUnreadable: boolean;
}

type Values = Required<Omit<FormValues, 'clearSignSecret'>> & { clearSignSecret: boolean };

const EMPTY: Values = {
  type: 'dingtalk',
  name: '',
  unitId: null,
  enabled: true,
  webhookUrl: '',
  signSecret: '',
  clearSignSecret: false,
  smtpHost: '',
  smtpPort: '465',
  smtpSecurity: 'tls',
  smtpUser: '',
  smtpPassword: '',
  smtpFrom: '',
};

function valuesOf(c: ChannelItemView): Values {
  return {
    ...EMPTY,
    type: c.type,
    name: c.name,
    unitId: c.unitId,
    enabled: c.enabled,
    ...(c.smtp ? { smtpHost: c.smtp.host, smtpPort: c.smtp.port, smtpSecurity: c.smtp.security, smtpUser: c.smtp.user, smtpFrom: c.smtp.from } : {}),
  };
}

export function ChannelForm({ units, initial, onDone }: { units: { id: string; name: string }[]; initial?: ChannelItemView; onDone?: () => void }) {
  const t = useTranslations('notifyChannels');
  const [v, setV] = useState<Values>(initial ? valuesOf(initial) : EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSetupAction(saveChannelAction);
  const msg = useFieldMessage(save.failure);
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV({ ...v, [k]: e.target instanceof HTMLInputElement && e.target.type === 'checkbox' ? e.target.checked : e.target.value });
  const secretHint = (isSet: boolean | undefined, hint?: string) => (initial && isSet ? t('secretSet') : hint);
  // a secret is typed, never shown: empty keeps the stored one
  const secretInput = (p: object, k: 'smtpPassword' | 'signSecret') => (
    <input {...p} type="password" className={inputCls} value={v[k]} onChange={set(k)} autoComplete="new-password" name={k} />
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    save.run({ ...v, id: initial?.id }, () => {
      if (initial) onDone?.();
      else {
        setV(EMPTY);
        setNotice(t('created'));
      }
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="channel-form">
      <NotifyError failure={save.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      {initial?.secretUnreadable && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('secretUnreadable')}</p>}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('fields.type')} error={msg('type')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.type} onChange={set('type')} disabled={Boolean(initial)} name="type">
              {CHANNEL_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`types.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.name')} error={msg('name')}>
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={set('name')} maxLength={40} name="name" />}
        </Field>
        <Field label={t('fields.scope')} error={msg('unitId')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.unitId ?? ''} onChange={(e) => setV({ ...v, unitId: e.target.value || null })} name="unitId">
              <option value="">{t('fields.district')}</option>
              <UnitOptions units={units} />
            </select>
          )}
        </Field>
      </div>
      {v.type === 'email' ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label={t('fields.smtpHost')} error={msg('smtpHost')}>
            {(p) => <input {...p} className={inputCls} value={v.smtpHost} onChange={set('smtpHost')} name="smtpHost" placeholder="smtp.example.gov.cn" />}
          </Field>
          <Field label={t('fields.smtpPort')} error={msg('smtpPort')}>
            {(p) => <input {...p} className={inputCls} value={v.smtpPort} onChange={set('smtpPort')} inputMode="numeric" name="smtpPort" />}
          </Field>
          <Field label={t('fields.smtpSecurity')} error={msg('smtpSecurity')}>
            {(p) => (
              <select {...p} className={inputCls} value={v.smtpSecurity} onChange={set('smtpSecurity')} name="smtpSecurity">
                {SMTP_SECURITY.map((x) => (
                  <option key={x} value={x}>
                    {t(`security.${x}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fields.smtpUser')} hint={t('fields.smtpUserHint')} error={msg('smtpUser')}>
            {(p) => <input {...p} className={inputCls} value={v.smtpUser} onChange={set('smtpUser')} autoComplete="off" name="smtpUser" />}
          </Field>
          <Field label={t('fields.smtpPassword')} hint={secretHint(initial?.secrets.password)} error={msg('smtpPassword')}>
            {(p) => secretInput(p, 'smtpPassword')}
          </Field>
          <Field label={t('fields.smtpFrom')} hint={t('fields.smtpFromHint')} error={msg('smtpFrom')}>
            {(p) => <input {...p} className={inputCls} value={v.smtpFrom} onChange={set('smtpFrom')} name="smtpFrom" />}
          </Field>
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-[3fr_2fr]">
          <Field label={t('fields.webhookUrl')} hint={secretHint(initial?.secrets.webhookUrl, t('fields.webhookHint'))} error={msg('webhookUrl')}>
            {(p) => (
              <input
                {...p}
                className={inputCls}
                value={v.webhookUrl}
                onChange={set('webhookUrl')}
                autoComplete="off"
                name="webhookUrl"
                placeholder={
                  v.type === 'wecom' ? 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…' : 'https://oapi.dingtalk.com/robot/send?access_token=…'
                }
              />
            )}
          </Field>
          {v.type === 'dingtalk' && (
            <Field label={t('fields.signSecret')} hint={secretHint(initial?.secrets.signSecret, t('fields.signSecretHint'))} error={msg('signSecret')}>
              {(p) => secretInput(p, 'signSecret')}
            </Field>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={v.enabled} onChange={set('enabled')} name="enabled" />
          {t('fields.enabled')}
        </label>
        {initial?.secrets.signSecret && v.type === 'dingtalk' && (
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={v.clearSignSecret} onChange={set('clearSignSecret')} />
            {t('fields.clearSignSecret')}
          </label>
        )}
      </div>
      <FormButtons label={initial ? t('save') : t('create')} pendingLabel={t('saving')} pending={save.pending} cancelLabel={t('cancel')} onCancel={onDone} />
    </form>
  );
}

function TestButton({ channel }: { channel: ChannelItemView }) {
  const t = useTranslations('notifyChannels');
  const test = useSetupAction(testChannelAction);
  const [sent, setSent] = useState(false);
  const [toEmail, setToEmail] = useState('');
  const msg = useFieldMessage(test.failure);
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        {channel.type === 'email' && (
          <Field label={t('testEmail')} hint={t('testEmailHint')} error={msg('toEmail')} className="w-64 max-w-full">
            {(p) => <input {...p} className={inputCls} value={toEmail} onChange={(e) => setToEmail(e.target.value)} type="email" />}
          </Field>
        )}
        <button
          type="button"
          className={secondaryBtn}
          disabled={test.pending}
          data-testid="channel-test"
          onClick={() => {
            setSent(false);
            test.run({ id: channel.id, toEmail: toEmail || undefined }, () => setSent(true));
          }}
        >
          {test.pending ? t('testing') : t('test')}
        </button>
      </div>
      {sent && !test.pending && !test.failure && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="channel-test-result">
          {t('testSent')}
        </p>
      )}
      {test.failure && !test.failure.fieldErrors && <NotifyError failure={test.failure} />}
    </div>
  );
}

export function ChannelItem({ channel, units }: { channel: ChannelItemView; units: { id: string; name: string }[] }) {
  const t = useTranslations('notifyChannels');
  const [editing, setEditing] = useState(false);
  const toggle = useSetupAction(setChannelEnabledAction);
  const del = useSetupAction(deleteChannelAction);
  if (editing)
    return (
      <li className="py-3">
        <ChannelForm units={units} initial={channel} onDone={() => setEditing(false)} />
      </li>
    );
  const where =
    channel.type === 'email' && channel.smtp
      ? t('smtp', { host: channel.smtp.host, port: channel.smtp.port, from: channel.smtp.from })
      : channel.webhookHost
        ? t('host', { host: channel.webhookHost })
        : t('secretNotSet');
  return (
    <li className="py-3" data-testid="channel-item">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium break-all">{channel.name}</span>
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`types.${channel.type}`)}</span>
            <span
              className={`rounded px-1.5 py-0.5 text-xs ${channel.enabled ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-500'}`}
              data-testid="channel-state"
            >
              {channel.enabled ? t('enabled') : t('disabled')}
            </span>
          </div>
          <div className="mt-0.5 text-xs break-all text-slate-500">
            {channel.unitName ?? t('district')} · {where}
            {channel.type === 'dingtalk' && channel.secrets.signSecret ? ` · ${t('fields.signSecret')}：${t('secretSetShort')}` : ''}
          </div>
          {channel.secretUnreadable && <p className="mt-1 text-xs text-amber-800">{t('secretUnreadable')}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={secondaryBtn} onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
          <button type="button" className={secondaryBtn} disabled={toggle.pending} onClick={() => toggle.run({ id: channel.id, enabled: !channel.enabled })}>
            {channel.enabled ? t('disable') : t('enable')}
          </button>
          <ConfirmButton
            label={t('delete')}
            question={t('deleteQuestion')}
            confirmLabel={t('confirm')}
            cancelLabel={t('cancel')}
            className={dangerBtn}
            disabled={del.pending}
            onConfirm={() => del.run({ id: channel.id })}
          />
        </div>
      </div>
      <NotifyError failure={toggle.failure ?? del.failure} />
      <TestButton channel={channel} />
    </li>
  );
}
