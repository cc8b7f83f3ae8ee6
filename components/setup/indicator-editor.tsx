'use client';
// A unit's indicator set in one period: table with live weight sum, add/edit form, reorder, delete, copy from another unit.
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { copyIndicatorsAction, createIndicatorAction, deleteIndicatorAction, moveIndicatorAction, updateIndicatorAction } from '@/lib/setup/actions/periods';
import { DIRECTIONS, INDICATOR_CATEGORIES, METHODS, type Direction, type IndicatorCategory, type Method } from '@/lib/domain/enums';
import { parseNumberInput } from '@/lib/domain/number-input';
import { weightsSumTo100 } from '@/lib/domain/schemas';
import type { IndicatorValues } from '@/lib/setup/rules';
import { isLedgerFigure, LEDGER_FIGURE_UNIT, LEDGER_FIGURES, type LedgerFigure } from '@/lib/problems/rules';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, FormButtons, FormError, FormNotice, inputCls, primaryBtn, secondaryBtn, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';
import { formatters } from '@/components/ui/format';

export interface IndicatorRow extends IndicatorValues {
  id: string;
  /** the ledger figure the actual is taken from (DESIGN §8); null = typed by the unit */
  ledgerFigure: string | null;
  pillarIds: string[];
}

type Mode = 'full' | 'fixes' | 'locked';

interface FormValues {
  key: string;
  name: string;
  category: IndicatorCategory;
  measureUnit: string;
  direction: Direction;
  annualTarget: string;
  halfTarget: string;
  plannedPercent: string;
  weight: string;
  method: Method;
  cap: string;
  dataSource: string;
  /** '' = typed by the unit */
  ledgerFigure: LedgerFigure | '';
  pillarIds: string[];
}

const str = (n: number | null) => (n === null ? '' : String(n));

function toForm(r: IndicatorRow): FormValues {
  return {
    key: r.key,
    name: r.name,
    category: r.category,
    measureUnit: r.measureUnit,
    direction: r.direction,
    annualTarget: str(r.annualTarget),
    halfTarget: str(r.halfTarget),
    plannedPercent: str(r.plannedPercent),
    weight: str(r.weight),
    method: r.method,
    cap: str(r.cap),
    dataSource: r.dataSource ?? '',
    ledgerFigure: isLedgerFigure(r.ledgerFigure) ? r.ledgerFigure : '',
    pillarIds: r.pillarIds,
  };
}

function blankForm(suggestedKey: string): FormValues {
  return {
    key: suggestedKey,
    name: '',
    category: 'main',
    measureUnit: '',
    direction: 'higher',
    annualTarget: '',
    halfTarget: '',
    plannedPercent: '',
    weight: '',
    method: 'ratio',
    cap: '',
    dataSource: '',
    ledgerFigure: '',
    pillarIds: [],
  };
}

/** The typed weight as a number, or null while it is not one. */
const typedWeight = (s: string) => {
  const r = parseNumberInput(s);
  return r.ok ? r.value : null;
};

function WeightSum({ sum, count }: { sum: number; count: number }) {
  const t = useTranslations('setup.indicators');
  const format = useFormatter();
  const ok = count > 0 && weightsSumTo100([sum]);
  const f = formatters(format);
  const shown = f.val(sum, 2);
  return (
    <div
      role="status"
      data-testid="weight-sum"
      data-sum={Math.round(sum * 100) / 100}
      className={`rounded-md px-3 py-2 text-sm font-medium ${ok ? 'bg-green-50 text-green-800' : 'bg-amber-50 text-amber-800'}`}
    >
      <span className="tabular text-base">{t('weightSum', { sum: shown })}</span>
      <span className="ml-2">{ok ? t('weightOk') : t('weightWarn', { sum: shown, diff: f.val(Math.abs(100 - sum), 2) })}</span>
    </div>
  );
}

function IndicatorForm({
  periodId,
  unitId,
  editing,
  values,
  setValues,
  mode,
  pillars,
  keys,
  defaultCap,
  onDone,
}: {
  periodId: string;
  unitId: string;
  editing: IndicatorRow | null;
  values: FormValues;
  setValues: (v: FormValues) => void;
  mode: Mode;
  pillars: { id: string; code: string; name: string; active: boolean }[];
  keys: { key: string; name: string }[];
  defaultCap: number;
  onDone: (created: boolean) => void;
}) {
  const t = useTranslations();
  const create = useSetupAction(createIndicatorAction);
  const update = useSetupAction(updateIndicatorAction);
  const act = editing ? update : create;
  const msg = useFieldMessage(act.failure);
  const v = values;
  const set = (k: keyof FormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...v, [k]: e.target.value });
  const milestone = v.direction === 'milestone';
  const structureLocked = mode === 'fixes';
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = { ...v, dataSource: v.dataSource, ledgerFigure: v.ledgerFigure || null };
    if (editing) update.run({ ...body, id: editing.id }, () => onDone(false));
    else create.run({ ...body, periodId, unitId }, () => onDone(true));
  };
  const togglePillar = (id: string) => setValues({ ...v, pillarIds: v.pillarIds.includes(id) ? v.pillarIds.filter((p) => p !== id) : [...v.pillarIds, id] });
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border-2 border-brand-100 bg-white p-4" data-testid="indicator-form">
      <h3 className="text-base font-semibold">{editing ? t('setup.indicators.editTitle', { name: editing.name }) : t('setup.indicators.addTitle')}</h3>
      <FormError failure={act.failure} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t('setup.indicators.name')} error={msg('name')} className="sm:col-span-2">
          {(p) => <input {...p} className={inputCls} value={v.name} onChange={set('name')} maxLength={60} />}
        </Field>
        <Field
          label={t('setup.indicators.key')}
          hint={structureLocked ? t('setup.indicators.lockedField') : t('setup.indicators.keyHint')}
          error={msg('key')}
          className="sm:col-span-2"
        >
          {(p) => (
            <>
              <input
                {...p}
                className={`${inputCls} font-mono`}
                value={v.key}
                onChange={set('key')}
                maxLength={48}
                list="indicator-keys"
                disabled={structureLocked}
                autoCapitalize="off"
              />
              <datalist id="indicator-keys">
                {keys.map((k) => (
                  <option key={k.key} value={k.key}>
                    {k.name}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('setup.indicators.category')} error={msg('category')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.category} onChange={set('category')}>
              {INDICATOR_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`indicator.categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.indicators.direction')} hint={structureLocked ? t('setup.indicators.lockedField') : undefined} error={msg('direction')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.direction} onChange={set('direction')} disabled={structureLocked}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`indicator.directions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.indicators.measureUnit')} hint={t('setup.indicators.measureUnitHint')} error={msg('measureUnit')}>
          {(p) => <input {...p} className={inputCls} value={v.measureUnit} onChange={set('measureUnit')} maxLength={10} />}
        </Field>
        <Field label={t('setup.indicators.weight')} error={msg('weight')}>
          {(p) => <input {...p} className={inputCls} inputMode="decimal" value={v.weight} onChange={set('weight')} maxLength={20} />}
        </Field>
        {milestone ? (
          <Field label={t('setup.indicators.plannedPercent')} hint={t('setup.indicators.plannedPercentHint')} error={msg('plannedPercent')}>
            {(p) => <input {...p} className={inputCls} inputMode="decimal" value={v.plannedPercent} onChange={set('plannedPercent')} maxLength={20} />}
          </Field>
        ) : (
          <>
            <Field label={t('setup.indicators.annualTarget')} error={msg('annualTarget')}>
              {(p) => <input {...p} className={inputCls} inputMode="decimal" value={v.annualTarget} onChange={set('annualTarget')} maxLength={30} />}
            </Field>
            <Field label={t('setup.indicators.halfTarget')} hint={t('setup.indicators.halfTargetHint')} error={msg('halfTarget')}>
              {(p) => <input {...p} className={inputCls} inputMode="decimal" value={v.halfTarget} onChange={set('halfTarget')} maxLength={30} />}
            </Field>
          </>
        )}
        <Field label={t('setup.indicators.method')} error={msg('method')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.method} onChange={set('method')}>
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`indicator.methods.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.indicators.cap')} hint={t('setup.indicators.capHint', { cap: defaultCap })} error={msg('cap')}>
          {(p) => <input {...p} className={inputCls} inputMode="decimal" value={v.cap} onChange={set('cap')} maxLength={20} />}
        </Field>
        <Field label={t('setup.indicators.dataSource')} error={msg('dataSource')} className="sm:col-span-2">
          {(p) => <input {...p} className={inputCls} value={v.dataSource} onChange={set('dataSource')} maxLength={60} />}
        </Field>
        <Field label={t('ledger.editor.label')} hint={t('ledger.editor.hint')} error={msg('ledgerFigure')} className="sm:col-span-2">
          {(p) => (
            <select
              {...p}
              className={inputCls}
              value={v.ledgerFigure}
              data-testid="ledger-figure"
              onChange={(e) => {
                const figure = e.target.value as LedgerFigure | '';
                // the unit of measure follows the figure when it was empty or another figure's
                const fillUnit = figure && (v.measureUnit.trim() === '' || Object.values(LEDGER_FIGURE_UNIT).includes(v.measureUnit.trim()));
                setValues({ ...v, ledgerFigure: figure, measureUnit: fillUnit ? LEDGER_FIGURE_UNIT[figure] : v.measureUnit });
              }}
            >
              <option value="">{t('ledger.editor.typed')}</option>
              {LEDGER_FIGURES.map((f) => (
                <option key={f} value={f}>
                  {t('ledger.editor.option', { figure: t(`ledger.figure.${f}`) })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {pillars.length > 0 && (
        <fieldset className="text-sm">
          <legend className="mb-1 font-medium text-slate-700">{t('setup.indicators.pillars')}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {pillars
              .filter((p) => p.active || v.pillarIds.includes(p.id))
              .map((p) => (
                <label key={p.id} className="flex items-center gap-1.5">
                  <input type="checkbox" checked={v.pillarIds.includes(p.id)} onChange={() => togglePillar(p.id)} />
                  <span className="font-mono text-xs text-slate-500">{p.code}</span> {p.name}
                </label>
              ))}
          </div>
          {msg('pillarIds') && <span className="text-xs text-red-600">{msg('pillarIds')}</span>}
        </fieldset>
      )}
      <div className="flex gap-2">
        <FormButtons
          label={t('setup.save')}
          pendingLabel={t('setup.saving')}
          pending={act.pending}
          cancelLabel={t('setup.cancel')}
          onCancel={() => onDone(false)}
        />
      </div>
    </form>
  );
}

function CopyForm({ periodId, unitId, sources }: { periodId: string; unitId: string; sources: { id: string; name: string; count: number }[] }) {
  const t = useTranslations('setup');
  const [fromUnitId, setFrom] = useState('');
  const [replace, setReplace] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(copyIndicatorsAction);
  const msg = useFieldMessage(act.failure);
  if (sources.length === 0) return <p className="text-sm text-slate-500">{t('indicators.noSources')}</p>;
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="copy-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        act.run({ periodId, fromUnitId, toUnitId: unitId, replace }, (r) => setNotice(t('indicators.copied', r)));
      }}
    >
      <p className="text-sm text-slate-500">{t('indicators.copyHint')}</p>
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('indicators.copyFrom')} error={msg('fromUnitId')} className="w-full sm:w-72">
          {(p) => (
            <select {...p} className={inputCls} value={fromUnitId} onChange={(e) => setFrom(e.target.value)}>
              <option value="">{t('indicators.chooseUnit')}</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('indicators.sourceOption', { name: s.name, count: s.count })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className={secondaryBtn} disabled={act.pending}>
          {t('indicators.copyButton')}
        </button>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        {t('indicators.replace')}
      </label>
    </form>
  );
}

export function IndicatorEditor({
  periodId,
  unit,
  mode,
  stateLabel,
  defaultCap,
  rows,
  pillars,
  keys,
  sources,
}: {
  periodId: string;
  unit: { id: string; code: string; active: boolean };
  mode: Mode;
  stateLabel: string;
  defaultCap: number;
  rows: IndicatorRow[];
  pillars: { id: string; code: string; name: string; active: boolean }[];
  keys: { key: string; name: string }[];
  sources: { id: string; name: string; count: number }[];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [values, setValues] = useState<FormValues>(blankForm(''));
  const [notice, setNotice] = useState<string | null>(null);
  const move = useSetupAction(moveIndicatorAction);
  const del = useSetupAction(deleteIndicatorAction);
  const editingRow = editing && editing !== 'new' ? (rows.find((r) => r.id === editing) ?? null) : null;

  // live sum: the saved weights, with what is being typed in place of the edited (or new) indicator's weight
  const typed = editing ? typedWeight(values.weight) : null;
  const liveSum = rows.reduce((a, r) => a + (editing === r.id ? (typed ?? 0) : r.weight), 0) + (editing === 'new' ? (typed ?? 0) : 0);
  const liveCount = rows.length + (editing === 'new' ? 1 : 0);

  const startEdit = (r: IndicatorRow) => {
    setNotice(null);
    setValues(toForm(r));
    setEditing(r.id);
  };
  const startNew = () => {
    setNotice(null);
    let n = rows.length + 1;
    const taken = new Set(rows.map((r) => r.key));
    while (taken.has(`${unit.code}_${n}`)) n++;
    setValues(blankForm(`${unit.code}_${n}`));
    setEditing('new');
  };
  const num = (n: number | null) => formatters(format).val(n);
  const pillarName = new Map(pillars.map((p) => [p.id, p.code]));
  const failure = move.failure ?? del.failure;

  return (
    <div className="space-y-4">
      {mode === 'fixes' && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{t('setup.indicators.modeOpen')}</p>}
      {mode === 'locked' && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t('setup.indicators.modeLocked', { state: stateLabel })}</p>
      )}
      {!unit.active && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t('setup.indicators.inactiveUnit')}</p>}
      <WeightSum sum={liveSum} count={liveCount} />
      <FormError failure={failure} />
      {notice && <FormNotice>{notice}</FormNotice>}

      {editing && (editing === 'new' || editingRow) && (
        <IndicatorForm
          key={editing}
          periodId={periodId}
          unitId={unit.id}
          editing={editingRow}
          values={values}
          setValues={setValues}
          mode={mode}
          pillars={pillars}
          keys={keys}
          defaultCap={defaultCap}
          onDone={(created) => {
            setEditing(null);
            if (created) setNotice(t('setup.indicators.created'));
          }}
        />
      )}

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[880px] text-sm" data-testid="indicator-set">
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.order')}</th>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.name')}</th>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.category')}</th>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.direction')}</th>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.target')}</th>
              <th className="px-2 py-2 text-right font-medium">{t('setup.indicators.weight')}</th>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.method')}</th>
              <th className="px-2 py-2 font-medium">{t('setup.indicators.pillars')}</th>
              {mode !== 'locked' && <th className="px-2 py-2 font-medium">{t('setup.actions')}</th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={9} className="px-2 py-6 text-center text-slate-500">
                  {t('setup.indicators.empty')}
                </td>
              </tr>
            )}
            {rows.map((r, i) => (
              <tr key={r.id} className={editing === r.id ? 'bg-brand-50' : ''} data-testid="indicator-row" data-key={r.key}>
                <td className="tabular px-2 py-2 text-slate-500">{i + 1}</td>
                <td className="px-2 py-2">
                  <div className="font-medium">{r.name}</div>
                  <div className="font-mono text-xs text-slate-400">{r.key}</div>
                  {isLedgerFigure(r.ledgerFigure) && (
                    <div className="text-xs text-brand-700" data-testid="ledger-source">
                      {t('ledger.source', { figure: t(`ledger.figure.${r.ledgerFigure}`) })}
                    </div>
                  )}
                </td>
                <td className="whitespace-nowrap px-2 py-2">{t(`indicator.categories.${r.category}`)}</td>
                <td className="whitespace-nowrap px-2 py-2">{t(`indicator.directions.${r.direction}`)}</td>
                <td className="tabular whitespace-nowrap px-2 py-2">
                  {r.direction === 'milestone' ? (
                    t('setup.indicators.plannedShort', { value: num(r.plannedPercent) })
                  ) : (
                    <>
                      {r.annualTarget !== null && <div>{t('setup.indicators.annualShort', { value: num(r.annualTarget) })}</div>}
                      {r.halfTarget !== null && <div>{t('setup.indicators.halfShort', { value: num(r.halfTarget) })}</div>}
                    </>
                  )}
                  {r.measureUnit && r.direction !== 'milestone' && <span className="text-xs text-slate-500"> {r.measureUnit}</span>}
                </td>
                <td className="tabular px-2 py-2 text-right font-medium" data-testid="indicator-weight">
                  {num(r.weight)}
                </td>
                <td className="whitespace-nowrap px-2 py-2">{t(`indicator.methods.${r.method}`)}</td>
                <td className="px-2 py-2 font-mono text-xs text-slate-500">{r.pillarIds.map((p) => pillarName.get(p) ?? '').join(' ')}</td>
                {mode !== 'locked' && (
                  <td className="px-2 py-2">
                    <div className="flex flex-wrap gap-1">
                      <button
                        type="button"
                        className="rounded border border-slate-200 px-1.5 py-0.5 text-xs disabled:opacity-40"
                        disabled={i === 0 || move.pending}
                        onClick={() => move.run({ id: r.id, direction: 'up' })}
                        aria-label={t('setup.indicators.moveUp')}
                        title={t('setup.indicators.moveUp')}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="rounded border border-slate-200 px-1.5 py-0.5 text-xs disabled:opacity-40"
                        disabled={i === rows.length - 1 || move.pending}
                        onClick={() => move.run({ id: r.id, direction: 'down' })}
                        aria-label={t('setup.indicators.moveDown')}
                        title={t('setup.indicators.moveDown')}
                      >
                        ↓
                      </button>
                      <button type="button" className="rounded border border-slate-200 px-2 py-0.5 text-xs text-brand-700" onClick={() => startEdit(r)}>
                        {t('setup.edit')}
                      </button>
                      {mode === 'full' && (
                        <ConfirmButton
                          label={t('setup.delete')}
                          question={t('setup.indicators.deleteQuestion')}
                          confirmLabel={t('setup.confirm')}
                          cancelLabel={t('setup.cancel')}
                          className="rounded border border-red-200 px-2 py-0.5 text-xs text-red-700"
                          disabled={del.pending}
                          onConfirm={() => del.run({ id: r.id }, () => editing === r.id && setEditing(null))}
                        />
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {mode === 'full' && !editing && (
        <button type="button" className={primaryBtn} onClick={startNew}>
          {t('setup.indicators.add')}
        </button>
      )}

      {mode === 'full' && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-2 text-base font-semibold">{t('setup.indicators.copyTitle')}</h3>
          <CopyForm periodId={periodId} unitId={unit.id} sources={sources} />
        </section>
      )}
    </div>
  );
}
