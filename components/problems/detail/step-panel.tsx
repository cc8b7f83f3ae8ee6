'use client';
// The steps this viewer may take on a problem (exactly rules.ts `availableSteps`), each a button that opens a small
// form. Every step sends the version the page read; a refused or stale step shows why and keeps what was typed.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, inputCls, primaryBtn, secondaryBtn, useSetupAction } from '@/components/ui/form-kit';
import type { ActionResult } from '@/lib/actions/result';
import { PROBLEM_RATINGS, type ProblemRating } from '@/lib/domain/enums';
import {
  acceptProblemAction,
  addProblemNoteAction,
  closeProblemAction,
  rateProblemAction,
  reassignProblemAction,
  resolveProblemAction,
  superviseProblemAction,
  transferProblemAction,
  unsuperviseProblemAction,
} from '@/lib/problems/actions';
import type { ProblemStep } from '@/lib/problems/rules';
import { AssistPicker, type UnitChoice } from '../record-form';
import { ProblemFormError, useProblemErrors } from '../use-problem-errors';
import { UnitOptions } from '@/components/ui/unit-options';

type AnyStepAction = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

const ACTIONS: Record<ProblemStep, AnyStepAction> = {
  accept: acceptProblemAction as AnyStepAction,
  note: addProblemNoteAction as AnyStepAction,
  resolve: resolveProblemAction as AnyStepAction,
  rate: rateProblemAction as AnyStepAction,
  close: closeProblemAction as AnyStepAction,
  transfer: transferProblemAction as AnyStepAction,
  reassign: reassignProblemAction as AnyStepAction,
  supervise: superviseProblemAction as AnyStepAction,
  unsupervise: unsuperviseProblemAction as AnyStepAction,
};

export interface StepPanelProps {
  problemId: string;
  version: number;
  steps: ProblemStep[];
  today: string;
  units: UnitChoice[];
  current: { leadUnitId: string; assistUnitIds: string[]; responsiblePerson: string; dueDay: string };
}

export function StepPanel(props: StepPanelProps) {
  const t = useTranslations('problemFlow');
  const tp = useTranslations('problem');
  const [open, setOpen] = useState<ProblemStep | null>(null);
  if (!props.steps.length) return <p className="text-sm text-slate-500">{t('detail.noSteps')}</p>;
  return (
    <div className="space-y-3" data-testid="step-panel">
      <div className="flex flex-wrap gap-2">
        {props.steps.map((s) => (
          <button
            key={s}
            type="button"
            className={open === s ? primaryBtn : secondaryBtn}
            aria-expanded={open === s}
            onClick={() => setOpen(open === s ? null : s)}
            data-testid={`step-${s}`}
          >
            {tp(`step.${s}`)}
          </button>
        ))}
      </div>
      {open && <StepForm key={open} step={open} {...props} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />}
    </div>
  );
}

function StepForm({
  step,
  problemId,
  version,
  today,
  units,
  current,
  onDone,
  onCancel,
}: StepPanelProps & { step: ProblemStep; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations('problemFlow');
  const tp = useTranslations('problem');
  const { pending, failure, run } = useSetupAction(ACTIONS[step]);
  const errors = useProblemErrors(failure);
  const [v, setV] = useState({
    note: '',
    date: today,
    resolution: '',
    rating: '',
    reason: '',
    leadUnitId: current.leadUnitId,
    responsiblePerson: current.responsiblePerson,
    dueAt: current.dueDay,
  });
  const [assists, setAssists] = useState<string[]>(current.assistUnitIds);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [k]: e.target.value }));

  const input = (): Record<string, unknown> => {
    const base = { problemId, version };
    switch (step) {
      case 'note':
        return { ...base, date: v.date, note: v.note };
      case 'resolve':
        return { ...base, resolution: v.resolution };
      case 'rate':
        return { ...base, rating: v.rating, note: v.note };
      case 'transfer':
        return { ...base, reason: v.reason };
      case 'reassign':
        return {
          ...base,
          leadUnitId: v.leadUnitId,
          assistUnitIds: assists.filter((id) => id !== v.leadUnitId),
          responsiblePerson: v.responsiblePerson,
          dueAt: v.dueAt,
          note: v.note,
        };
      default:
        return { ...base, note: v.note };
    }
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(input(), onDone);
  };

  const noteRequired = step === 'note' || step === 'supervise';
  const noteLabel =
    step === 'note' ? t('form.progress') : step === 'supervise' ? t('form.supervisionNote') : step === 'rate' ? t('form.ratingNote') : t('form.noteOptional');

  return (
    <form onSubmit={submit} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`step-form-${step}`} noValidate>
      <p className="text-sm text-slate-600">{t(`stepHint.${step}`)}</p>
      {step === 'note' && (
        <Field label={t('form.date')} error={errors.field('date')}>
          {(p) => <input {...p} type="date" name="date" className={`${inputCls} sm:max-w-[12rem]`} value={v.date} max={today} onChange={set('date')} />}
        </Field>
      )}
      {step === 'resolve' && (
        <Field label={t('form.resolution')} error={errors.field('resolution')}>
          {(p) => <textarea {...p} name="resolution" rows={3} className={inputCls} value={v.resolution} onChange={set('resolution')} maxLength={2000} />}
        </Field>
      )}
      {step === 'rate' && (
        <fieldset className="text-sm" aria-invalid={Boolean(errors.field('rating', 'required'))}>
          <legend className="mb-1 font-medium text-slate-700">{t('form.rating')}</legend>
          <div className="flex flex-wrap gap-4">
            {PROBLEM_RATINGS.map((r: ProblemRating) => (
              <label key={r} className="flex items-center gap-1.5">
                <input type="radio" name="rating" value={r} checked={v.rating === r} onChange={set('rating')} />
                {tp(`rating.${r}`)}
              </label>
            ))}
          </div>
          {errors.field('rating', 'required') && (
            <span className="text-xs text-red-600" data-testid="field-error">
              {errors.field('rating', 'required')}
            </span>
          )}
        </fieldset>
      )}
      {step === 'transfer' && (
        <Field label={t('form.reason')} error={errors.field('reason')}>
          {(p) => <textarea {...p} name="reason" rows={2} className={inputCls} value={v.reason} onChange={set('reason')} maxLength={500} />}
        </Field>
      )}
      {step === 'reassign' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('form.leadUnitId')} error={errors.field('leadUnitId', 'required')}>
            {(p) => (
              <select {...p} name="leadUnitId" className={inputCls} value={v.leadUnitId} onChange={set('leadUnitId')}>
                <UnitOptions units={units} />
              </select>
            )}
          </Field>
          <Field label={t('field.responsiblePerson')} error={errors.field('responsiblePerson')}>
            {(p) => (
              <input {...p} name="responsiblePerson" className={inputCls} value={v.responsiblePerson} onChange={set('responsiblePerson')} maxLength={40} />
            )}
          </Field>
          <Field label={t('form.dueAt')} error={errors.field('dueAt')}>
            {(p) => <input {...p} type="date" name="dueAt" className={inputCls} value={v.dueAt} onChange={set('dueAt')} />}
          </Field>
          <AssistPicker
            units={units}
            leadUnitId={v.leadUnitId}
            value={assists}
            onChange={setAssists}
            label={t('field.assistUnitIds')}
            hint={t('hint.assistUnitIds', { count: assists.filter((id) => id !== v.leadUnitId).length })}
            error={errors.field('assistUnitIds')}
          />
        </div>
      )}
      {step !== 'resolve' && step !== 'transfer' && (
        <Field label={noteLabel} error={errors.field('note')}>
          {(p) => <textarea {...p} name="note" rows={2} className={inputCls} value={v.note} onChange={set('note')} maxLength={noteRequired ? 1000 : 500} />}
        </Field>
      )}
      <ProblemFormError text={errors.general} />
      <div className="flex gap-2">
        <button type="submit" className={primaryBtn} disabled={pending} data-testid="step-submit">
          {pending ? t('form.saving') : `${t('form.submit')}${tp(`step.${step}`)}`}
        </button>
        <button type="button" className={secondaryBtn} onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
