'use client';
// 新建擂台赛: pick a period that can hold one, name it (defaults to "<period>部长擂台"), set minutes per speaker.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createArenaAction } from '@/lib/arena/actions';
import { Field, FormError, inputCls, primaryBtn, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';

export const DEFAULT_MINUTES = 8;

/** "8" → 8; anything that is not a plain whole number → NaN, which the action refuses with a field error. */
export function parseMinutes(text: string): number {
  const s = text.trim();
  return /^\d{1,3}$/.test(s) ? Number(s) : Number.NaN;
}

export function CreateArenaForm({ periods }: { periods: { id: string; name: string; state: string }[] }) {
  const t = useTranslations('arenaPrep.create');
  const tState = useTranslations('periodState');
  const router = useRouter();
  const first = periods[0];
  const defaultName = (periodName: string) => t('defaultName', { period: periodName });
  const [periodId, setPeriodId] = useState(first?.id ?? '');
  const [name, setName] = useState(first ? defaultName(first.name) : '');
  const [nameTouched, setNameTouched] = useState(false);
  const [minutes, setMinutes] = useState(String(DEFAULT_MINUTES));
  const act = useSetupAction(createArenaAction);
  const msg = useFieldMessage(act.failure);
  if (!first)
    return (
      <p className="text-sm text-slate-500" data-testid="arena-create-none">
        {t('noPeriods')}
      </p>
    );
  const minutesError = msg('minutesPerSpeaker') ? t('minutesRange') : null;
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="arena-create"
      onSubmit={(e) => {
        e.preventDefault();
        act.run({ periodId, name, minutesPerSpeaker: parseMinutes(minutes) }, (r) => router.push(`/arena/${r.id}`));
      }}
    >
      <p className="text-sm text-slate-500">{t('hint')}</p>
      <FormError failure={act.failure} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_2fr_1fr]">
        <Field label={t('period')} error={msg('periodId')}>
          {(p) => (
            <select
              {...p}
              className={inputCls}
              value={periodId}
              data-testid="arena-create-period"
              onChange={(e) => {
                setPeriodId(e.target.value);
                const chosen = periods.find((x) => x.id === e.target.value);
                if (chosen && !nameTouched) setName(defaultName(chosen.name));
              }}
            >
              {periods.map((x) => (
                <option key={x.id} value={x.id}>
                  {t('periodOption', { name: x.name, state: tState.has(x.state) ? tState(x.state) : x.state })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('name')} error={msg('name')}>
          {(p) => (
            <input
              {...p}
              className={inputCls}
              value={name}
              maxLength={60}
              data-testid="arena-create-name"
              onChange={(e) => {
                setNameTouched(true);
                setName(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('minutes')} hint={t('minutesHint')} error={minutesError}>
          {(p) => (
            <input
              {...p}
              className={inputCls}
              inputMode="numeric"
              value={minutes}
              maxLength={3}
              data-testid="arena-create-minutes"
              onChange={(e) => setMinutes(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className={primaryBtn} disabled={act.pending} data-testid="arena-create-submit">
        {act.pending ? t('creating') : t('submit')}
      </button>
    </form>
  );
}
