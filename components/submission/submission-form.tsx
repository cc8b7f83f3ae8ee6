'use client';
// The unit's half-year submission form: live completion and lights, autosave with versions,
// a local backup so nothing typed is lost, and submit (head only) naming every missing piece.
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { saveDraftAction, submitAction } from '@/lib/submissions/actions';
import type { ActionResult, Detail } from '@/lib/actions/result';
import { LIMITS, type GapDraft, type SubmissionContent } from '@/lib/domain/submission-content';
import { evaluateIndicator } from '@/lib/scoring';
import type { PeriodSettings } from '@/lib/scoring';
import { entryUnit } from '@/lib/submissions/rules';
import {
  backupKey,
  checkValues,
  contentFromForm,
  formFromContent,
  overLimits,
  readBackup,
  type FormIndicator,
  type FormState,
  type ValueEntry,
} from './form-model';
import { LedgerActualCell, LedgerSourceLine } from './ledger-actual';
import { StatisticsBadge } from './statistics-badge';
import { LimitedText } from './limited-text';
import { Light } from './light';
import { formatters } from '@/components/ui/format';
import { RecordEvidence } from '@/components/evidence/record-evidence';
import type { InlineEvidence } from '@/components/evidence/view';

type Status = 'idle' | 'dirty' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';

export interface SubmissionFormProps {
  periodId: string;
  unitId: string;
  userId: string;
  version: number;
  indicators: FormIndicator[];
  settings: PeriodSettings;
  content: SubmissionContent;
  pillars: { id: string; name: string; description: string | null }[];
  units: { id: string; name: string }[];
  canSubmit: boolean;
  /** the unit's actuals last period by indicator key (plausibility compares with them) */
  previous: Record<string, number>;
  /** the unit's 佐证材料, shown in each indicator's row and under each saved measure */
  evidence?: InlineEvidence;
}

const AUTOSAVE_MS = 1500;
const RETRY_MS = 5000;

const newId = () => crypto.randomUUID();

const noSubscription = () => () => {};
/** false while rendering on the server and hydrating, true after: when the browser's local backup can be read. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function SubmissionForm(props: SubmissionFormProps) {
  const t = useTranslations('submission');
  const tv = useTranslations('validation');
  const te = useTranslations('actionErrors');
  const format = useFormatter();
  const router = useRouter();
  const storageKey = backupKey(props.periodId, props.unitId, props.userId);

  const [form, setForm] = useState<FormState>(() => formFromContent(props.content, props.indicators));
  const [status, setStatus] = useState<Status>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [missing, setMissing] = useState<Detail[] | null>(null);
  const [restored, setRestored] = useState<'restored' | 'stale' | null>(null);
  const [backupChecked, setBackupChecked] = useState(false);
  /** failed attempts to reach the server; each schedules another try */
  const [retries, setRetries] = useState(0);
  const [submitting, startSubmit] = useTransition();
  /** measures the server has (evidence attaches to a saved measure only) */
  const [savedMeasures, setSavedMeasures] = useState(() => measureIds(props.content));

  const version = useRef(props.version);
  const lastSaved = useRef<SubmissionContent>(props.content);
  const latest = useRef(form);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const paused = useRef(false);

  const checks = useMemo(() => checkValues(form, props.indicators, props.previous, props.settings), [form, props.indicators, props.previous, props.settings]);
  const pillarNames = useMemo(() => new Map(props.pillars.map((p) => [p.id, p.name])), [props.pillars]);
  const tooLong = useMemo(() => overLimits(form, props.indicators, pillarNames), [form, props.indicators, pillarNames]);

  // Once, as soon as the browser's storage can be read: a backup of this very version comes back; one based on
  // an older version is offered, not forced. (State adjusted during render, not in an effect: no flash of the old form.)
  const hydrated = useHydrated();
  if (hydrated && !backupChecked) {
    setBackupChecked(true);
    const backup = readBackup(window.localStorage.getItem(storageKey));
    if (backup?.dirty) {
      if (backup.baseVersion === props.version) {
        setForm(backup.form);
        setStatus('dirty');
        setRestored('restored');
      } else setRestored('stale');
    }
  }

  useEffect(() => {
    latest.current = form;
  }, [form]);

  const writeBackup = useCallback(
    (state: FormState, dirty: boolean) => {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify({ baseVersion: version.current, form: state, dirty, at: new Date().toISOString() }));
      } catch {
        // storage full or disabled: the form still holds the text
      }
    },
    [storageKey],
  );

  const explain = useCallback(
    (res: Extract<ActionResult<unknown>, { ok: false }>) => (te.has(res.error) ? te(res.error, res.params as Record<string, string>) : te('serverError')),
    [te],
  );

  /** Save what is on screen now. Resolves true when the server has it. */
  const save = useCallback(async (): Promise<boolean> => {
    if (paused.current) return false;
    if (inFlight.current) await inFlight.current;
    const state = latest.current;
    const over = overLimits(state, props.indicators, pillarNames);
    if (over.length) {
      // the server would refuse it too: nothing is cut, the local backup keeps every character until it is shortened
      writeBackup(state, true);
      setStatus('error');
      setMessage(t('overLimitNotSaved', { count: over.length }));
      return false;
    }
    const { content, numbers } = contentFromForm(state, props.indicators, lastSaved.current);
    const saved = { ...content, values: numbers };
    setStatus('saving');
    const run = (async () => {
      try {
        const res = await saveDraftAction({ periodId: props.periodId, unitId: props.unitId, version: version.current, content });
        if (res.ok) {
          version.current = res.data.version;
          lastSaved.current = saved;
          setSavedMeasures(measureIds(content));
          setSavedAt(new Date(res.data.savedAt));
          const stillSame = latest.current === state;
          setStatus(stillSame ? 'saved' : 'dirty');
          // a number that did not parse is not on the server: keep the backup dirty so a reload brings it back
          const unparsed = Object.keys(contentFromForm(latest.current, props.indicators, saved).errors).length > 0;
          writeBackup(latest.current, !stillSame || unparsed);
          setMessage(null);
          return true;
        }
        if (res.error === 'conflict') {
          paused.current = true; // never overwrite the newer version; the user decides
          setStatus('conflict');
        } else setStatus('error');
        setMessage(explain(res));
        return false;
      } catch {
        // network down or server gone: keep the local copy and try again
        setStatus('offline');
        setMessage(t('offline'));
        setRetries((n) => n + 1);
        return false;
      }
    })();
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    return ok;
  }, [explain, pillarNames, props.indicators, props.periodId, props.unitId, t, writeBackup, setStatus, setMessage, setSavedAt, setRetries, setSavedMeasures]);

  // network down or server gone: try again a little later, for as long as it takes
  useEffect(() => {
    if (retries === 0) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), RETRY_MS);
  }, [retries, save]);

  // a restored backup is saved like any other change
  useEffect(() => {
    if (restored !== 'restored') return;
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [restored, save]);

  const update = (change: (f: FormState) => FormState) => {
    setForm((f) => {
      const next = change(f);
      latest.current = next;
      writeBackup(next, true);
      return next;
    });
    setMissing(null);
    if (paused.current) return;
    setStatus('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  // leaving with unsaved text: the browser asks first (the local backup still has it)
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (status === 'dirty' || status === 'saving' || status === 'offline' || status === 'conflict') e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status]);

  const submit = () =>
    startSubmit(async () => {
      if (timer.current) clearTimeout(timer.current);
      if (tooLong.length) {
        setMessage(t('overLimitNotSaved', { count: tooLong.length }));
        return;
      }
      if (status !== 'saved' && status !== 'idle' && !(await save())) return;
      if (Object.values(checks).some((c) => !c.parsed.ok)) {
        setMessage(t('fixNumbers'));
        return;
      }
      const unconfirmed = props.indicators.filter((ind) => checks[ind.id]?.needsNote).map((ind) => ind.name);
      if (unconfirmed.length) {
        setMessage(t('plausibility.submitRefused', { names: unconfirmed.join('、') }));
        return;
      }
      try {
        const res = await submitAction({ periodId: props.periodId, unitId: props.unitId, version: version.current });
        if (res.ok) {
          window.localStorage.removeItem(storageKey);
          setMissing(null);
          setMessage(null);
          router.refresh();
          return;
        }
        setMissing(res.details ?? null);
        setMessage(explain(res));
      } catch {
        setMessage(t('offline'));
      }
    });

  const setValue = (id: string, patch: Partial<ValueEntry>) =>
    update((f) => ({ ...f, values: { ...f.values, [id]: { ...(f.values[id] ?? { raw: '', evidence: '' }), ...patch } } }));
  const setGap = (gi: number, change: (g: GapDraft) => GapDraft) => update((f) => ({ ...f, gaps: f.gaps.map((g, i) => (i === gi ? change(g) : g)) }));

  const statusText = {
    idle: t('status.idle'),
    dirty: t('status.dirty'),
    saving: t('status.saving'),
    saved: savedAt ? t('status.savedAt', { time: formatters(format).time(savedAt) }) : t('status.saved'),
    offline: t('status.offline'),
    conflict: t('status.conflict'),
    error: t('status.error'),
  }[status];

  const input = 'w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100';
  const area = `${input} min-h-[5.5rem] leading-relaxed`;

  return (
    <div className="space-y-5 pb-24">
      {restored === 'restored' && <Banner tone="info">{t('restored')}</Banner>}
      {restored === 'stale' && (
        <Banner tone="warn">
          {t('staleBackup')}{' '}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => {
              const b = readBackup(window.localStorage.getItem(storageKey));
              if (b) update(() => b.form);
              setRestored(null);
            }}
          >
            {t('useBackup')}
          </button>{' '}
          <button
            type="button"
            className="underline"
            onClick={() => {
              window.localStorage.removeItem(storageKey);
              setRestored(null);
            }}
          >
            {t('discardBackup')}
          </button>
        </Banner>
      )}

      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 className="mb-1 text-base font-semibold">{t('indicators')}</h2>
        <p className="mb-3 text-xs text-slate-500">{t('indicatorsHint')}</p>
        <div className="hidden grid-cols-[minmax(0,2.2fr)_6rem_9rem_5.5rem_minmax(0,1.6fr)] gap-3 border-b border-slate-200 pb-2 text-xs font-medium text-slate-500 lg:grid">
          <span>{t('col.indicator')}</span>
          <span className="text-right">{t('col.target')}</span>
          <span>{t('col.actual')}</span>
          <span className="text-right">{t('col.completion')}</span>
          <span>{t('col.evidence')}</span>
        </div>
        <ul className="divide-y divide-slate-100" data-testid="indicator-rows">
          {props.indicators.map((ind) => {
            const entry = form.values[ind.id] ?? { raw: '', evidence: '' };
            const check = checks[ind.id];
            const parsed = check?.parsed ?? { ok: true as const, value: null };
            const error = parsed.ok ? null : parsed.error;
            const unit = entryUnit(ind);
            // the same pure function the server scores with, on what is typed right now
            const result = evaluateIndicator({ ...ind, actual: parsed.ok ? parsed.value : null }, props.settings);
            const flag = check?.flag ?? null;
            return (
              <li
                key={ind.id}
                className="grid grid-cols-2 gap-x-3 gap-y-2 py-3 lg:grid-cols-[minmax(0,2.2fr)_6rem_9rem_5.5rem_minmax(0,1.6fr)] lg:items-start"
                data-testid="indicator-row"
              >
                <div className="col-span-2 lg:col-span-1">
                  <div className="text-sm font-medium">{ind.name}</div>
                  <div className="mt-0.5 text-xs text-slate-500">
                    {t(`category.${ind.category}`)} · {t('weight', { w: formatters(format).val(ind.weight) })} · {t(`method.${ind.method}`)}
                    {ind.dataSource ? ` · ${ind.dataSource}` : ''}
                  </div>
                  {ind.ledger && <LedgerSourceLine figure={ind.ledger.figure} />}
                  {ind.statistics && (
                    <div className="mt-1">
                      <StatisticsBadge />
                    </div>
                  )}
                </div>
                <div className="text-sm lg:text-right">
                  <span className="text-xs text-slate-500 lg:hidden">{t('col.target')} </span>
                  <span className="tabular">{formatters(format).val(result.target.value, 2)}</span>
                  <span className="ml-0.5 text-xs text-slate-500">{unit}</span>
                  {ind.direction === 'lower' && <div className="text-xs text-slate-400">{t('lowerIsBetter')}</div>}
                </div>
                {ind.ledger ? (
                  <LedgerActualCell ledger={ind.ledger} unit={unit} />
                ) : (
                  <div>
                    <label className="sr-only" htmlFor={`actual-${ind.id}`}>
                      {t('actualOf', { name: ind.name })}
                    </label>
                    <div className="flex items-center gap-1">
                      <input
                        id={`actual-${ind.id}`}
                        inputMode="decimal"
                        autoComplete="off"
                        value={entry.raw}
                        readOnly={ind.statistics}
                        onChange={(e) => setValue(ind.id, { raw: e.target.value })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `err-${ind.id}` : undefined}
                        maxLength={40}
                        className={`${input} tabular ${error ? 'border-red-500 bg-red-50' : ''} ${ind.statistics ? 'bg-slate-50 text-slate-600' : ''}`}
                        placeholder={t('actualPlaceholder')}
                      />
                      <span className="shrink-0 text-xs text-slate-500">{unit}</span>
                    </div>
                    {error && (
                      <p id={`err-${ind.id}`} role="alert" className="mt-1 text-xs text-red-600">
                        {tv(error, { unit: !parsed.ok && parsed.expected ? parsed.expected : unit })}
                      </p>
                    )}
                    {parsed.ok && parsed.converted && parsed.value !== null && (
                      <p className="mt-1 text-xs text-slate-600" data-testid="converted">
                        = {formatters(format).val(parsed.value, 6)} {unit}
                      </p>
                    )}
                  </div>
                )}
                <div className="flex items-center gap-2 lg:justify-end" data-testid="completion">
                  <Light light={result.light} />
                  <span className="tabular text-sm font-semibold">{result.missing ? t('notFilled') : formatters(format).pct(result.c)}</span>
                </div>
                <div className="col-span-2 lg:col-span-1">
                  <label className="sr-only" htmlFor={`evidence-${ind.id}`}>
                    {t('col.evidence')}
                  </label>
                  <LimitedText
                    id={`evidence-${ind.id}`}
                    value={entry.evidence}
                    max={LIMITS.evidence}
                    onChange={(v) => setValue(ind.id, { evidence: v })}
                    className={input}
                    placeholder={t('evidencePlaceholder')}
                  />
                </div>
                {props.evidence && (
                  <div className="col-span-2 lg:col-span-5">
                    <RecordEvidence kind="indicator" id={ind.id} label={ind.name} evidence={props.evidence} />
                  </div>
                )}
                {flag && (
                  <div className="col-span-2 rounded-md border border-amber-300 bg-amber-50 p-3 lg:col-span-5" data-testid="plausibility" data-flag={flag}>
                    <p className="text-sm text-amber-900">
                      <span className="font-semibold">{t('plausibility.title')}</span>
                      {t(`plausibility.${flag}`, {
                        c: formatters(format).pct(result.cRaw),
                        prev: `${formatters(format).val(props.previous[ind.key] ?? 0, 2)}${unit}`,
                      })}
                      {t('plausibility.ask')}
                    </p>
                    <label className="mt-2 block text-sm" htmlFor={`note-${ind.id}`}>
                      <span className="mb-1 block text-xs font-medium text-amber-900">{t('plausibility.noteLabel')}</span>
                    </label>
                    <LimitedText
                      id={`note-${ind.id}`}
                      value={entry.note ?? ''}
                      max={LIMITS.plausibilityNote}
                      onChange={(v) => setValue(ind.id, { note: v })}
                      className={`${input} bg-white ${check?.needsNote ? 'border-amber-500' : ''}`}
                      placeholder={t('plausibility.notePlaceholder')}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <TextSection
        title={t('highlights')}
        hint={t('highlightsHint')}
        id="highlights"
        value={form.highlights}
        max={LIMITS.highlights}
        className={area}
        onChange={(v) => update((f) => ({ ...f, highlights: v }))}
      />

      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 className="mb-1 text-base font-semibold">{t('gaps')}</h2>
        <p className="mb-3 text-xs text-slate-500">{t('gapsHint')}</p>
        <ol className="space-y-4">
          {form.gaps.map((g, gi) => (
            <li key={g.id} className="rounded-md border border-slate-200 p-3" data-testid="gap">
              <div className="mb-2 flex items-center justify-between">
                <span className="text-sm font-semibold">{t('gapN', { n: gi + 1 })}</span>
                <button
                  type="button"
                  className="text-xs text-red-600 hover:underline"
                  onClick={() => update((f) => ({ ...f, gaps: f.gaps.filter((_, i) => i !== gi) }))}
                >
                  {t('removeGap')}
                </button>
              </div>
              <div className="grid gap-3 md:grid-cols-2">
                <label className="block text-sm">
                  <span className="mb-1 block text-slate-600">{t('gapDescription')}</span>
                  <LimitedText
                    multiline
                    className={area}
                    max={LIMITS.gapDescription}
                    value={g.description}
                    onChange={(v) => setGap(gi, (x) => ({ ...x, description: v }))}
                  />
                </label>
                <label className="block text-sm">
                  <span className="mb-1 block text-slate-600">{t('rootCause')}</span>
                  <LimitedText
                    multiline
                    className={area}
                    max={LIMITS.rootCause}
                    value={g.rootCause}
                    onChange={(v) => setGap(gi, (x) => ({ ...x, rootCause: v }))}
                  />
                </label>
              </div>
              <div className="mt-3 space-y-3 border-l-2 border-brand-100 pl-3">
                {g.measures.map((m, mi) => (
                  <div
                    key={m.id}
                    className="grid gap-2 md:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_minmax(0,1fr)_9.5rem_auto] md:items-end"
                    data-testid="measure"
                  >
                    <label className="block text-sm">
                      <span className="mb-1 block text-xs text-slate-600">{t('measureN', { n: mi + 1 })}</span>
                      <LimitedText
                        className={input}
                        max={LIMITS.measure}
                        value={m.content}
                        onChange={(v) => setGap(gi, (x) => ({ ...x, measures: x.measures.map((y, j) => (j === mi ? { ...y, content: v } : y)) }))}
                      />
                    </label>
                    <label className="block text-sm">
                      <span className="mb-1 block text-xs text-slate-600">{t('responsibleUnit')}</span>
                      <select
                        className={input}
                        value={m.responsibleUnitId || props.unitId}
                        onChange={(e) =>
                          setGap(gi, (x) => ({ ...x, measures: x.measures.map((y, j) => (j === mi ? { ...y, responsibleUnitId: e.target.value } : y)) }))
                        }
                      >
                        {props.units.map((u) => (
                          <option key={u.id} value={u.id}>
                            {u.name}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="block text-sm">
                      <span className="mb-1 block text-xs text-slate-600">{t('responsiblePerson')}</span>
                      <LimitedText
                        className={input}
                        max={LIMITS.person}
                        placeholder={t('personPlaceholder')}
                        value={m.responsiblePerson}
                        onChange={(v) => setGap(gi, (x) => ({ ...x, measures: x.measures.map((y, j) => (j === mi ? { ...y, responsiblePerson: v } : y)) }))}
                      />
                    </label>
                    <label className="block text-sm">
                      <span className="mb-1 block text-xs text-slate-600">{t('deadline')}</span>
                      <input
                        type="date"
                        className={input}
                        value={m.deadline}
                        onChange={(e) => setGap(gi, (x) => ({ ...x, measures: x.measures.map((y, j) => (j === mi ? { ...y, deadline: e.target.value } : y)) }))}
                      />
                    </label>
                    <button
                      type="button"
                      className="justify-self-start pb-1.5 text-xs text-red-600 hover:underline"
                      onClick={() => setGap(gi, (x) => ({ ...x, measures: x.measures.filter((_, j) => j !== mi) }))}
                    >
                      {t('removeMeasure')}
                    </button>
                    {props.evidence && (
                      <div className="md:col-span-5">
                        <RecordEvidence
                          kind="measure"
                          id={m.id}
                          label={m.content || t('measureN', { n: mi + 1 })}
                          evidence={props.evidence}
                          saved={savedMeasures.has(m.id)}
                        />
                      </div>
                    )}
                  </div>
                ))}
                {g.measures.length < LIMITS.measuresPerGap && (
                  <button
                    type="button"
                    className="text-sm font-medium text-brand-700 hover:underline"
                    onClick={() =>
                      setGap(gi, (x) => ({
                        ...x,
                        measures: [...x.measures, { id: newId(), content: '', responsibleUnitId: props.unitId, responsiblePerson: '', deadline: '' }],
                      }))
                    }
                  >
                    + {t('addMeasure')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
        {form.gaps.length < LIMITS.gaps && (
          <button
            type="button"
            className="mt-3 rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
            onClick={() =>
              update((f) => ({
                ...f,
                gaps: [
                  ...f.gaps,
                  {
                    id: newId(),
                    description: '',
                    rootCause: '',
                    measures: [{ id: newId(), content: '', responsibleUnitId: props.unitId, responsiblePerson: '', deadline: '' }],
                  },
                ],
              }))
            }
          >
            + {t('addGap')}
          </button>
        )}
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 className="mb-1 text-base font-semibold">{t('pillarMeasures')}</h2>
        <p className="mb-3 text-xs text-slate-500">{t('pillarMeasuresHint')}</p>
        <div className="grid gap-3 md:grid-cols-2">
          {props.pillars.map((p) => (
            <label key={p.id} className="block text-sm">
              <span className="mb-1 block font-medium text-slate-700">{p.name}</span>
              <LimitedText
                multiline
                className={area}
                max={LIMITS.pillarMeasure}
                value={form.pillars[p.id] ?? ''}
                placeholder={p.description ?? ''}
                onChange={(v) => update((f) => ({ ...f, pillars: { ...f.pillars, [p.id]: v } }))}
              />
            </label>
          ))}
        </div>
      </section>

      <TextSection
        title={t('h2Goals')}
        hint={t('h2GoalsHint')}
        id="h2Goals"
        value={form.h2Goals}
        max={LIMITS.h2Goals}
        className={area}
        onChange={(v) => update((f) => ({ ...f, h2Goals: v }))}
      />

      <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white/95 shadow-[0_-2px_8px_rgba(0,0,0,0.05)] backdrop-blur">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
          <span
            data-testid="save-status"
            data-status={status}
            className={`text-sm ${status === 'conflict' || status === 'error' || status === 'offline' ? 'text-red-600' : 'text-slate-500'}`}
          >
            {statusText}
          </span>
          <div className="ml-auto flex items-center gap-2">
            <button
              type="button"
              onClick={() => void save()}
              disabled={status === 'saving' || status === 'conflict'}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50"
            >
              {t('saveNow')}
            </button>
            {props.canSubmit && (
              <button
                type="button"
                onClick={submit}
                disabled={submitting || status === 'conflict'}
                className="rounded-md bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
              >
                {submitting ? t('submitting') : t('submit')}
              </button>
            )}
          </div>
        </div>
      </div>

      {(message || missing) && (
        <div role="alert" data-testid="form-message" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {message && <p className="font-medium">{message}</p>}
          {status === 'conflict' && (
            <button type="button" className="mt-2 underline" onClick={() => window.location.reload()}>
              {t('reloadLatest')}
            </button>
          )}
          {status === 'error' && tooLong.length > 0 && (
            <ul className="mt-2 list-disc space-y-0.5 pl-5" data-testid="over-limit-list">
              {tooLong.map((d, i) => (
                <li key={i}>{t(`overLimit.${d.code}`, d.params)}</li>
              ))}
            </ul>
          )}
          {missing && (
            <ul className="mt-2 list-disc space-y-0.5 pl-5" data-testid="missing-list">
              {missing.map((d, i) => (
                <li key={i}>{t(`missing.${d.code}`, d.params as Record<string, string>)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function measureIds(content: { gaps: readonly { measures: readonly { id: string }[] }[] }): Set<string> {
  return new Set(content.gaps.flatMap((g) => g.measures.map((m) => m.id)));
}

function TextSection(props: { title: string; hint: string; id: string; value: string; max: number; className: string; onChange: (v: string) => void }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <label htmlFor={props.id} className="mb-1 block text-base font-semibold">
        {props.title}
      </label>
      <p className="mb-2 text-xs text-slate-500">{props.hint}</p>
      <LimitedText multiline id={props.id} className={props.className} rows={5} max={props.max} value={props.value} onChange={props.onChange} />
    </section>
  );
}

function Banner({ tone, children }: { tone: 'info' | 'warn'; children: React.ReactNode }) {
  return <div className={`rounded-md px-4 py-2.5 text-sm ${tone === 'info' ? 'bg-sky-50 text-sky-800' : 'bg-amber-50 text-amber-800'}`}>{children}</div>;
}
