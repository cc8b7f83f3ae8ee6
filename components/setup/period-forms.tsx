'use client';
// Period forms: create a period from an earlier one, move it through its states (with blockers), edit its settings and rubric.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  addCriterionAction,
  createPeriodAction,
  removeCriterionAction,
  transitionPeriodAction,
  updateCriterionAction,
  updateSettingsAction,
} from '@/lib/setup/actions/periods';
import type { PeriodState } from '@/lib/domain/enums';
import { ConfirmButton } from '@/components/ui/confirm-button';
import {
  dangerBtn,
  Field,
  FormButtons,
  FormError,
  FormNotice,
  inputCls,
  primaryBtn,
  secondaryBtn,
  useFieldMessage,
  useSetupAction,
} from '@/components/ui/form-kit';

// ───────────── create ─────────────

export function CreatePeriodForm({ sources, suggestion }: { sources: { id: string; name: string }[]; suggestion: { year: number; half: 1 | 2 } }) {
  const t = useTranslations('setup.periods');
  const ts = useTranslations('setup');
  const autoName = (year: string, half: string) => t('autoName', { year, half: t(`halves.h${half === '2' ? 2 : 1}`) });
  const [year, setYear] = useState(String(suggestion.year));
  const [half, setHalf] = useState(String(suggestion.half));
  const [name, setName] = useState(autoName(String(suggestion.year), String(suggestion.half)));
  const [nameTouched, setNameTouched] = useState(false);
  const [sourcePeriodId, setSource] = useState(sources[0]?.id ?? '');
  const [created, setCreated] = useState<{ id: string; name: string; units: number; indicators: number; halfTargetsCleared: number } | null>(null);
  const act = useSetupAction(createPeriodAction);
  const msg = useFieldMessage(act.failure);
  const changeYearHalf = (y: string, h: string) => {
    setYear(y);
    setHalf(h);
    if (!nameTouched) setName(autoName(y, h));
  };
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="create-period-form"
      onSubmit={(e) => {
        e.preventDefault();
        setCreated(null);
        act.run({ year, half, name, sourcePeriodId }, (r) => setCreated({ ...r, name }));
      }}
    >
      <p className="text-sm text-slate-500">{t('createHint')}</p>
      <FormError failure={act.failure} />
      {created && (
        <FormNotice>
          {t('created', { name: created.name, units: created.units, indicators: created.indicators })}
          {created.halfTargetsCleared > 0 && <> {t('createdCleared', { cleared: created.halfTargetsCleared })}</>}{' '}
          <Link href={`/admin/periods/${created.id}`} className="font-semibold underline">
            {t('goTo')}
          </Link>
        </FormNotice>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t('source')} error={msg('sourcePeriodId')}>
          {(p) => (
            <select {...p} className={inputCls} value={sourcePeriodId} onChange={(e) => setSource(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value="">{t('noSource')}</option>
            </select>
          )}
        </Field>
        <Field label={t('year')} error={msg('year')}>
          {(p) => <input {...p} className={inputCls} inputMode="numeric" value={year} onChange={(e) => changeYearHalf(e.target.value, half)} maxLength={4} />}
        </Field>
        <Field label={t('half')} error={msg('half')}>
          {(p) => (
            <select {...p} className={inputCls} value={half} onChange={(e) => changeYearHalf(year, e.target.value)}>
              <option value="1">{t('halves.h1')}</option>
              <option value="2">{t('halves.h2')}</option>
            </select>
          )}
        </Field>
        <Field label={t('name')} hint={t('nameHint')} error={msg('name')}>
          {(p) => (
            <input
              {...p}
              className={inputCls}
              value={name}
              maxLength={40}
              onChange={(e) => {
                setNameTouched(true);
                setName(e.target.value);
              }}
            />
          )}
        </Field>
      </div>
      <FormButtons label={t('create')} pendingLabel={ts('saving')} pending={act.pending} />
    </form>
  );
}

// ───────────── transitions ─────────────

export interface TransitionOption {
  to: PeriodState;
  ok: boolean;
  /** blockers already turned into sentences on the server */
  blockers: string[];
}

export function PeriodTransitions({ periodId, options }: { periodId: string; options: TransitionOption[] }) {
  const t = useTranslations('setup');
  const ts = useTranslations('periodState');
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(transitionPeriodAction);
  if (options.length === 0) return <p className="text-sm text-slate-500">{t('period.noTransitions')}</p>;
  return (
    <div className="space-y-4" data-testid="period-transitions">
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      {options.map((o) => (
        <div key={o.to} className="rounded-md border border-slate-200 p-3" data-testid={`transition-${o.to}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className={`text-sm ${o.ok ? 'text-green-700' : 'text-amber-700'}`}>
              {o.ok ? t('period.ready', { state: ts(o.to) }) : t('period.blockedTitle', { state: ts(o.to) })}
            </span>
            <ConfirmButton
              label={t('period.moveTo', { state: ts(o.to) })}
              question={t('period.moveQuestion', { state: ts(o.to) })}
              confirmLabel={t('confirm')}
              cancelLabel={t('cancel')}
              className={o.ok ? primaryBtn : secondaryBtn}
              disabled={act.pending}
              onConfirm={() => {
                setNotice(null);
                act.run({ periodId, to: o.to }, () => setNotice(t('period.moved', { state: ts(o.to) })));
              }}
            />
          </div>
          {o.blockers.length > 0 && (
            <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700" data-testid="blockers">
              {o.blockers.map((b, i) => (
                <li key={i}>{b}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

// ───────────── settings ─────────────

export interface SettingsValues {
  deadlineDate: string;
  deadlineTime: string;
  alpha: string;
  beta: string;
  bonusCap: string;
  greenThreshold: string;
  yellowThreshold: string;
  timeProgress: string;
  defaultCap: string;
  rankFloor: string;
}

export function SettingsForm({ periodId, initial, locked }: { periodId: string; initial: SettingsValues; locked: boolean }) {
  const t = useTranslations('setup');
  const [v, setV] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(updateSettingsAction);
  const msg = useFieldMessage(act.failure);
  const num = (k: Exclude<keyof SettingsValues, 'deadlineDate' | 'deadlineTime'>, hint?: string) => (
    <Field label={t(`period.${k}`)} hint={hint} error={msg(k)}>
      {(p) => (
        <input
          {...p}
          className={inputCls}
          inputMode="decimal"
          value={v[k]}
          disabled={locked}
          onChange={(e) => setV({ ...v, [k]: e.target.value })}
          maxLength={20}
        />
      )}
    </Field>
  );
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        act.run({ periodId, ...v }, () => setNotice(t('saved')));
      }}
    >
      {locked && <p className="text-sm text-slate-500">{t('period.settingsLocked')}</p>}
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t('period.deadlineDate')} hint={t('period.deadlineHint')} error={msg('deadlineDate')}>
          {(p) => (
            <input
              {...p}
              type="date"
              className={inputCls}
              value={v.deadlineDate}
              disabled={locked}
              onChange={(e) => setV({ ...v, deadlineDate: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('period.deadlineTime')} error={msg('deadlineTime')}>
          {(p) => (
            <input
              {...p}
              type="time"
              className={inputCls}
              value={v.deadlineTime}
              disabled={locked}
              onChange={(e) => setV({ ...v, deadlineTime: e.target.value })}
            />
          )}
        </Field>
        {num('alpha', t('period.weightsHint'))}
        {num('beta')}
        {num('greenThreshold', t('period.thresholdHint'))}
        {num('yellowThreshold')}
        {num('timeProgress', t('period.timeProgressHint'))}
        {num('bonusCap', t('period.bonusCapHint'))}
        {num('defaultCap', t('period.defaultCapHint'))}
        {num('rankFloor', t('period.rankFloorHint'))}
      </div>
      {!locked && <FormButtons label={t('save')} pendingLabel={t('saving')} pending={act.pending} />}
    </form>
  );
}

// ───────────── rubric ─────────────

export interface CriterionRow {
  id: string;
  name: string;
  maxScore: number;
}

function CriterionLine({ row, locked }: { row: CriterionRow; locked: boolean }) {
  const t = useTranslations('setup');
  const [name, setName] = useState(row.name);
  const [max, setMax] = useState(String(row.maxScore));
  const update = useSetupAction(updateCriterionAction);
  const remove = useSetupAction(removeCriterionAction);
  const msg = useFieldMessage(update.failure);
  const dirty = name !== row.name || max !== String(row.maxScore);
  return (
    <li className="py-2" data-testid="criterion">
      <FormError failure={update.failure ?? remove.failure} />
      <form
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          update.run({ id: row.id, name, maxScore: max });
        }}
      >
        <Field label={t('period.criterion')} error={msg('name')} className="w-40 grow sm:grow-0">
          {(p) => <input {...p} className={inputCls} value={name} disabled={locked} maxLength={20} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('period.maxScore')} error={msg('maxScore')} className="w-24">
          {(p) => <input {...p} className={inputCls} inputMode="decimal" value={max} disabled={locked} onChange={(e) => setMax(e.target.value)} />}
        </Field>
        {!locked && (
          <>
            <button type="submit" className={secondaryBtn} disabled={!dirty || update.pending}>
              {t('save')}
            </button>
            <ConfirmButton
              label={t('delete')}
              question={t('period.removeQuestion')}
              confirmLabel={t('confirm')}
              cancelLabel={t('cancel')}
              className={dangerBtn}
              disabled={remove.pending}
              onConfirm={() => remove.run({ id: row.id })}
            />
          </>
        )}
      </form>
    </li>
  );
}

export function RubricEditor({ periodId, rows, locked }: { periodId: string; rows: CriterionRow[]; locked: boolean }) {
  const t = useTranslations('setup');
  const [name, setName] = useState('');
  const [max, setMax] = useState('');
  const add = useSetupAction(addCriterionAction);
  const msg = useFieldMessage(add.failure);
  const total = rows.reduce((a, r) => a + r.maxScore, 0);
  return (
    <div className="space-y-3" data-testid="rubric-editor">
      <p className="text-sm text-slate-500">
        {locked ? t('period.rubricLocked') : t('period.rubricHint')}{' '}
        <span className="tabular font-medium text-slate-700">{t('period.rubricTotal', { total })}</span>
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-amber-700">{t('period.noRubric')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map((r) => (
            <CriterionLine key={`${r.id}-${r.name}-${r.maxScore}`} row={r} locked={locked} />
          ))}
        </ul>
      )}
      {!locked && (
        <form
          noValidate
          className="space-y-2 border-t border-slate-100 pt-3"
          onSubmit={(e) => {
            e.preventDefault();
            add.run({ periodId, name, maxScore: max }, () => {
              setName('');
              setMax('');
            });
          }}
        >
          <FormError failure={add.failure} />
          <div className="flex flex-wrap items-end gap-2">
            <Field label={t('period.criterion')} error={msg('name')} className="w-40 grow sm:grow-0">
              {(p) => <input {...p} className={inputCls} value={name} maxLength={20} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field label={t('period.maxScore')} error={msg('maxScore')} className="w-24">
              {(p) => <input {...p} className={inputCls} inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} />}
            </Field>
            <button type="submit" className={primaryBtn} disabled={add.pending}>
              {t('period.addCriterion')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
