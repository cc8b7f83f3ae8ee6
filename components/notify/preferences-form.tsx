'use client';
// 消息提醒设置: the notification email and, per channel type, immediate or a daily digest at HH:MM. A user's own, or
// (with `userId`) an account manager's for that user.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, FormButtons, FormNotice, inputCls, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';
import { savePreferencesAction } from '@/lib/notify/actions';
import { PREF_MODES, type PrefChannel, type PreferencesForm as Values } from '@/lib/notify/preferences';
import { NotifyError } from './notify-error';

export function PreferencesForm({ initial, userId, showWebhook }: { initial: Values; userId?: string; showWebhook: boolean }) {
  const t = useTranslations('notifyChannels');
  const [v, setV] = useState<Values>(initial);
  const [saved, setSaved] = useState(false);
  const save = useSetupAction(savePreferencesAction);
  const msg = useFieldMessage(save.failure);
  const setChoice = (ch: PrefChannel, k: 'mode' | 'digestAt') => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV({ ...v, [ch]: { ...v[ch], [k]: e.target.value } });
  const channels: PrefChannel[] = showWebhook ? ['email', 'webhook'] : ['email'];
  return (
    <form
      className="space-y-4"
      noValidate
      data-testid="preferences-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.run({ ...v, userId }, () => setSaved(true));
      }}
    >
      <NotifyError failure={save.failure} />
      {saved && !save.failure && <FormNotice>{t('prefs.saved')}</FormNotice>}
      <Field label={t('prefs.email')} hint={t('prefs.emailHint')} error={msg('notifyEmail')} className="max-w-md">
        {(p) => (
          <input
            {...p}
            type="email"
            className={inputCls}
            value={v.notifyEmail}
            onChange={(e) => setV({ ...v, notifyEmail: e.target.value })}
            name="notifyEmail"
          />
        )}
      </Field>
      {channels.map((ch) => (
        <fieldset key={ch} className="rounded-md border border-slate-200 p-3" data-testid={`pref-${ch}`}>
          <legend className="px-1 text-sm font-medium text-slate-700">{t(`prefs.channel.${ch}`)}</legend>
          {ch === 'webhook' && <p className="mb-2 text-xs text-slate-500">{t('prefs.webhookHint')}</p>}
          <div className="grid gap-3 sm:grid-cols-2 sm:max-w-md">
            <Field label={t('prefs.mode')} error={msg(`${ch}.mode`)}>
              {(p) => (
                <select {...p} className={inputCls} value={v[ch].mode} onChange={setChoice(ch, 'mode')} name={`${ch}.mode`}>
                  {PREF_MODES.map((m) => (
                    <option key={m} value={m}>
                      {t(`modes.${m}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {v[ch].mode === 'digest' && (
              <Field label={t('prefs.digestAt')} hint={t('prefs.digestAtHint')} error={msg(`${ch}.digestAt`)}>
                {(p) => (
                  <input {...p} className={inputCls} value={v[ch].digestAt} onChange={setChoice(ch, 'digestAt')} placeholder="08:30" name={`${ch}.digestAt`} />
                )}
              </Field>
            )}
          </div>
        </fieldset>
      ))}
      <FormButtons label={t('prefs.save')} pendingLabel={t('prefs.saving')} pending={save.pending} />
    </form>
  );
}
