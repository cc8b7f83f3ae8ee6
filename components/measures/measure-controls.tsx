'use client';
// For the responsible unit: change a measure's status and add a dated progress note.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { addProgressAction, updateStatusAction } from '@/lib/measures/actions';
import type { ActionResult } from '@/lib/actions/result';
import { MEASURE_STATUSES, type MeasureStatus } from '@/lib/domain/enums';

export function MeasureControls({ measureId, status, today }: { measureId: string; status: MeasureStatus; today: string }) {
  const t = useTranslations('measures');
  const ts = useTranslations('measureStatus');
  const te = useTranslations('actionErrors');
  const tv = useTranslations('validation');
  const router = useRouter();
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    start(async () => {
      setError(null);
      try {
        const res = await action();
        if (res.ok) {
          after?.();
          router.refresh();
          return;
        }
        const field = res.fieldErrors && Object.values(res.fieldErrors)[0]?.[0];
        setError(field ? tv(field) : te.has(res.error) ? te(res.error) : te('serverError'));
      } catch {
        setError(te('serverError'));
      }
    });

  const input = 'rounded-md border border-slate-300 px-2 py-1 text-sm';
  return (
    <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-2.5" data-testid="measure-controls">
      <label className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t('setStatus')}</span>
        <select
          className={input}
          value={status}
          disabled={pending}
          onChange={(e) => run(() => updateStatusAction({ measureId, status: e.target.value as MeasureStatus }))}
        >
          {MEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () => addProgressAction({ measureId, date, note }),
            () => setNote(''),
          );
        }}
      >
        <label className="sr-only" htmlFor={`date-${measureId}`}>
          {t('progressDate')}
        </label>
        <input id={`date-${measureId}`} type="date" className={input} value={date} max={today} onChange={(e) => setDate(e.target.value)} />
        <label className="sr-only" htmlFor={`note-${measureId}`}>
          {t('progressNote')}
        </label>
        <input
          id={`note-${measureId}`}
          className={`${input} min-w-0 flex-1`}
          maxLength={500}
          value={note}
          placeholder={t('progressPlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t('addProgress')}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
