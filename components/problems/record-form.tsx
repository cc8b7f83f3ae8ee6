'use client';
// 登记企业诉求: every field of DESIGN §8. The credit code is checked as it is typed (the same GB 32100 rule the server
// applies); a refused save keeps everything typed and marks the fields. On success, the new problem's page.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, inputCls, primaryBtn, useSetupAction } from '@/components/ui/form-kit';
import { PROBLEM_CATEGORIES, PROBLEM_SOURCES } from '@/lib/domain/enums';
import { recordProblemAction } from '@/lib/problems/actions';
import { creditCodeProblem } from '@/lib/problems/rules';
import { ProblemFormError, useProblemErrors } from './use-problem-errors';
import { UnitOptions } from '@/components/ui/unit-options';

export interface UnitChoice {
  id: string;
  name: string;
}

export function RecordForm({ units, today, defaultLeadUnitId }: { units: UnitChoice[]; today: string; defaultLeadUnitId: string | null }) {
  const t = useTranslations('problemFlow');
  const tp = useTranslations('problem');
  const router = useRouter();
  const { pending, failure, run } = useSetupAction(recordProblemAction);
  const errors = useProblemErrors(failure);
  const [v, setV] = useState({
    category: '',
    source: 'visit',
    enterpriseName: '',
    creditCode: '',
    contactName: '',
    contactPhone: '',
    title: '',
    description: '',
    raisedAt: today,
    dueAt: '',
    leadUnitId: defaultLeadUnitId ?? '',
    responsiblePerson: '',
  });
  const [assists, setAssists] = useState<string[]>([]);
  const [navigating, setNavigating] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [k]: e.target.value }));

  // typed credit code: checked once it is long enough to judge, so a half-typed code is not scolded
  // (once complete, the live check replaces the server's word on an older value)
  const code = v.creditCode.trim();
  const complete = code.replace(/\s+/g, '').length >= 18;
  const codeWhy = complete ? creditCodeProblem(code) : null;
  const codeError = complete ? (codeWhy ? tp(`errors.creditCode.${codeWhy}`) : null) : errors.field('creditCode');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      {
        ...v,
        category: v.category as (typeof PROBLEM_CATEGORIES)[number],
        source: v.source as (typeof PROBLEM_SOURCES)[number],
        assistUnitIds: assists.filter((id) => id !== v.leadUnitId),
      },
      (r) => {
        setNavigating(true);
        router.push(`/problems/${r.id}`);
      },
    );
  };
  const busy = pending || navigating;

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="record-form" noValidate>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-800">{t('section.enterprise')}</legend>
        <Field label={t('field.enterpriseName')} error={errors.field('enterpriseName')} className="sm:col-span-2">
          {(p) => <input {...p} name="enterpriseName" className={inputCls} value={v.enterpriseName} onChange={set('enterpriseName')} maxLength={60} required />}
        </Field>
        <Field
          label={`${t('field.creditCode')} ${t('optional')}`}
          error={codeError}
          hint={complete && !codeWhy ? t('hint.creditCodeOk') : t('hint.creditCode')}
          className="sm:col-span-2"
        >
          {(p) => (
            <input
              {...p}
              name="creditCode"
              className={`${inputCls} font-mono uppercase`}
              value={v.creditCode}
              onChange={set('creditCode')}
              maxLength={40}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={`${t('field.contactName')} ${t('optional')}`} error={errors.field('contactName')}>
          {(p) => <input {...p} name="contactName" className={inputCls} value={v.contactName} onChange={set('contactName')} maxLength={20} />}
        </Field>
        <Field label={`${t('field.contactPhone')} ${t('optional')}`} error={errors.field('contactPhone')}>
          {(p) => <input {...p} name="contactPhone" type="tel" className={inputCls} value={v.contactPhone} onChange={set('contactPhone')} maxLength={30} />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-800">{t('section.problem')}</legend>
        <Field label={t('field.category')} error={errors.field('category', 'required')}>
          {(p) => (
            <select {...p} name="category" className={inputCls} value={v.category} onChange={set('category')} required>
              <option value="">{t('choose')}</option>
              {PROBLEM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {tp(`category.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('field.source')} error={errors.field('source', 'required')}>
          {(p) => (
            <select {...p} name="source" className={inputCls} value={v.source} onChange={set('source')}>
              {PROBLEM_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {tp(`source.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('field.title')} error={errors.field('title')} className="sm:col-span-2">
          {(p) => <input {...p} name="title" className={inputCls} value={v.title} onChange={set('title')} maxLength={80} required />}
        </Field>
        <Field label={t('field.description')} error={errors.field('description')} className="sm:col-span-2">
          {(p) => (
            <textarea {...p} name="description" rows={4} className={inputCls} value={v.description} onChange={set('description')} maxLength={2000} required />
          )}
        </Field>
        <Field label={t('field.raisedAt')} error={errors.field('raisedAt')}>
          {(p) => <input {...p} name="raisedAt" type="date" className={inputCls} value={v.raisedAt} max={today} onChange={set('raisedAt')} required />}
        </Field>
        <Field label={t('field.dueAt')} error={errors.field('dueAt')} hint={t('hint.dueAt')}>
          {(p) => <input {...p} name="dueAt" type="date" className={inputCls} value={v.dueAt} min={v.raisedAt || undefined} onChange={set('dueAt')} required />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-800">{t('section.assignment')}</legend>
        <Field label={t('field.leadUnitId')} error={errors.field('leadUnitId', 'required')}>
          {(p) => (
            <select {...p} name="leadUnitId" className={inputCls} value={v.leadUnitId} onChange={set('leadUnitId')} required>
              <option value="">{t('choose')}</option>
              <UnitOptions units={units} />
            </select>
          )}
        </Field>
        <Field label={t('field.responsiblePerson')} error={errors.field('responsiblePerson')} hint={t('hint.responsiblePerson')}>
          {(p) => (
            <input
              {...p}
              name="responsiblePerson"
              className={inputCls}
              value={v.responsiblePerson}
              onChange={set('responsiblePerson')}
              maxLength={40}
              required
            />
          )}
        </Field>
        <AssistPicker
          units={units}
          leadUnitId={v.leadUnitId}
          value={assists}
          onChange={setAssists}
          label={`${t('field.assistUnitIds')} ${t('optional')}`}
          hint={t('hint.assistUnitIds', { count: assists.filter((id) => id !== v.leadUnitId).length })}
          error={errors.field('assistUnitIds')}
        />
      </fieldset>

      <ProblemFormError text={errors.general} />
      <button type="submit" className={`${primaryBtn} w-full sm:w-auto`} disabled={busy} data-testid="record-submit">
        {busy ? t('recording') : t('record')}
      </button>
    </form>
  );
}

/** 协办单位: checkboxes in a scrolling box (a multi-select that works by thumb at 390 px); the lead unit is not offered. */
export function AssistPicker({
  units,
  leadUnitId,
  value,
  onChange,
  label,
  hint,
  error,
}: {
  units: UnitChoice[];
  leadUnitId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
  hint: string;
  error: string | null;
}) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <fieldset className="flex min-w-0 flex-col gap-1 text-sm sm:col-span-2" aria-invalid={Boolean(error)}>
      <legend className="mb-1 font-medium text-slate-700">{label}</legend>
      <div
        className="grid max-h-48 grid-cols-2 gap-x-3 gap-y-1 overflow-y-auto rounded-md border border-slate-300 p-2 sm:grid-cols-3"
        data-testid="assist-picker"
      >
        {units
          .filter((u) => u.id !== leadUnitId)
          .map((u) => (
            <label key={u.id} className="flex min-w-0 items-center gap-1.5 py-0.5">
              <input type="checkbox" name="assistUnitIds" value={u.id} checked={value.includes(u.id)} onChange={(e) => toggle(u.id, e.target.checked)} />
              <span className="truncate">{u.name}</span>
            </label>
          ))}
      </div>
      {error ? (
        <span className="text-xs text-red-600" data-testid="field-error">
          {error}
        </span>
      ) : (
        <span className="text-xs text-slate-500">{hint}</span>
      )}
    </fieldset>
  );
}
