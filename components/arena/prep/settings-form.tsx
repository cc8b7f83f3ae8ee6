'use client';
// 基本设置: the arena's name, minutes per speaker and planned start (its judges' 30-minute reminder) (changeable until it finishes; while live, from the next speaker on).
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { updateArenaAction } from '@/lib/arena/actions';
import { Field, FormError, FormNotice, inputCls, primaryBtn, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';
import { parseMinutes } from './create-arena-form';
import { useServerState } from './prep-kit';

export function SettingsForm({
  arenaId,
  name,
  minutesPerSpeaker,
  scheduledAt,
  mode,
}: {
  arenaId: string;
  name: string;
  minutesPerSpeaker: number;
  /** the planned start, 'YYYY-MM-DDTHH:MM' China time, '' = not set */
  scheduledAt: string;
  mode: 'prep' | 'live' | 'locked';
}) {
  const t = useTranslations('arenaPrep.settings');
  const tc = useTranslations('arenaPrep');
  const [v, setV] = useServerState(
    { name, minutes: String(minutesPerSpeaker), startsAt: scheduledAt },
    `${name}\u0000${minutesPerSpeaker}\u0000${scheduledAt}`,
  );
  const [saved, setSaved] = useState(false);
  const act = useSetupAction(updateArenaAction);
  const msg = useFieldMessage(act.failure);
  const locked = mode === 'locked';
  const dirty = v.name !== name || v.minutes !== String(minutesPerSpeaker) || v.startsAt !== scheduledAt;
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="prep-settings"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        act.run({ arenaId, name: v.name, minutesPerSpeaker: parseMinutes(v.minutes), scheduledAt: v.startsAt }, () => setSaved(true));
      }}
    >
      {locked && <p className="text-sm text-slate-500">{t('locked')}</p>}
      {mode === 'live' && <p className="text-sm text-amber-700">{t('liveHint')}</p>}
      <FormError failure={act.failure} />
      {saved && !dirty && <FormNotice>{t('saved')}</FormNotice>}
      <fieldset disabled={locked || act.pending} className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field label={t('name')} error={msg('name')}>
          {(p) => (
            <input
              {...p}
              className={inputCls}
              value={v.name}
              maxLength={60}
              data-testid="prep-settings-name"
              onChange={(e) => setV({ ...v, name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('minutes')} hint={tc('create.minutesHint')} error={msg('minutesPerSpeaker') ? tc('create.minutesRange') : null}>
          {(p) => (
            <input
              {...p}
              className={inputCls}
              inputMode="numeric"
              value={v.minutes}
              maxLength={3}
              data-testid="prep-settings-minutes"
              onChange={(e) => setV({ ...v, minutes: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('startsAt')} hint={t('startsAtHint')} error={msg('scheduledAt')}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              className={`${inputCls} max-w-full`}
              value={v.startsAt}
              data-testid="prep-settings-starts-at"
              onChange={(e) => setV({ ...v, startsAt: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
      {!locked && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryBtn} disabled={act.pending} data-testid="prep-settings-save">
            {act.pending ? tc('common.saving') : t('save')}
          </button>
          {dirty && <span className="text-xs text-amber-700">{tc('common.unsaved')}</span>}
        </div>
      )}
    </form>
  );
}
