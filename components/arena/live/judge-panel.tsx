'use client';
// 评委打分 (phone first): follows the host by itself; one control per rubric criterion, bounded by its maximum;
// revisable until the host closes the speaker; a judge of the speaker's own unit is excused. What the judge
// typed survives a failed save and a reload (kept in this browser until it is saved).
import { useTranslations } from 'next-intl';
import { useMemo, useState, useSyncExternalStore, useTransition } from 'react';
import { submitScoreAction } from '@/lib/arena/actions';
import { FormError, primaryBtn, type Failure } from '@/components/ui/form-kit';
import { parseNumberInput } from '@/lib/domain/number-input';
import { SCORE_DECIMALS, type JudgeView, type RubricCriterionView } from '@/lib/arena/types';
import { ConnectionDot, LIGHT_DOT, percent, score2 } from './bits';
import { Countdown } from './countdown';
import { useArenaLive } from './use-arena-live';

const STEP = 1 / 10 ** SCORE_DECIMALS;
const draftKey = (arenaId: string, judgeId: string, participantId: string) => `leitai.arena.${arenaId}.${judgeId}.${participantId}`;
const noSubscription = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

/** What the judge typed for this speaker and did not save, if this browser kept it. */
function storedDraft(key: string): Record<string, string> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Record<string, string>) : null;
  } catch {
    return null; // storage unavailable
  }
}

export function JudgePanel({ initial }: { initial: JudgeView }) {
  const t = useTranslations('arena');
  // the judge's own sheet and eligibility change with the speaker: refetch the view on those events
  const { view, connection, offset, refetch } = useArenaLive(initial, {
    kind: 'judge',
    refetchOn: ['speaker.started', 'speaker.closed', 'arena.started', 'arena.finished'],
  });
  const { arena, current, scoring } = view;
  // the form remounts with the saved sheet's version: the confirmation lives here so it outlasts that
  const [lastSaved, setLastSaved] = useState<{ participantId: string; version: number } | null>(null);

  return (
    <div className="mx-auto max-w-xl space-y-4" data-testid="judge-panel" data-state={arena.state}>
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-lg font-bold text-slate-900">{arena.name}</h1>
          <p className="text-xs text-slate-500">{t('judge.me', { name: view.me.name })}</p>
        </div>
        <ConnectionDot connection={connection} />
      </div>

      {arena.state === 'finished' ? (
        <p className="rounded-lg bg-slate-100 p-4 text-sm text-slate-700" data-testid="judge-finished">
          {t('judge.finished')}
        </p>
      ) : !current ? (
        <p className="rounded-lg bg-slate-100 p-4 text-sm text-slate-700" data-testid="judge-waiting">
          {arena.state === 'prep' ? t('judge.notStarted') : t('judge.waitNext')}
        </p>
      ) : (
        <>
          <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="judge-speaker">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <div className="text-xs text-slate-500">{t('screen.order', { order: current.order, total: view.participants.length })}</div>
                <div className="text-xl font-bold text-slate-900" data-testid="judge-unit">
                  {current.unitName}
                </div>
                <div className="text-sm text-slate-600">
                  {current.headTitle ? `${current.headTitle} ` : ''}
                  {current.headName}
                </div>
              </div>
              {current.state === 'speaking' && <Countdown timer={view.timer} offset={offset} size="sm" className="text-right" />}
            </div>
            <Brief view={view} />
          </section>

          {scoring.canScore && scoring.participantId ? (
            <ScoreForm
              key={`${scoring.participantId}:${scoring.sheet?.version ?? 0}`}
              view={view}
              justSaved={lastSaved !== null && lastSaved.participantId === scoring.participantId && lastSaved.version === scoring.sheet?.version}
              onSaved={async (saved) => {
                setLastSaved(saved);
                await refetch();
              }}
            />
          ) : (
            <p className="rounded-lg bg-amber-50 p-4 text-sm text-amber-900" data-testid="judge-blocked" data-reason={scoring.reason}>
              {scoring.reason === 'own_unit' ? t('judge.ownUnit') : scoring.reason === 'closed' ? t('judge.closed') : t('judge.waitNext')}
              {scoring.sheet && <span className="mt-1 block text-amber-800">{t('judge.yourTotal', { total: score2(scoring.sheet.total) })}</span>}
            </p>
          )}
        </>
      )}

      {view.mySheets.length > 0 && (
        <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <h2 className="font-semibold text-slate-700">{t('judge.history')}</h2>
          <ul className="mt-2 divide-y divide-slate-100" data-testid="judge-history">
            {view.mySheets.map((s) => {
              const p = view.participants.find((x) => x.id === s.participantId);
              return (
                <li key={s.participantId} className="flex justify-between gap-2 py-1.5">
                  <span className="min-w-0 truncate">{p?.unitName ?? ''}</span>
                  <span className="tabular shrink-0">
                    {score2(s.total)}
                    <span className="ml-2 text-xs text-slate-500">{p?.state === 'closed' ? t('judge.locked') : t('judge.revisable')}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

/** What the speaker's unit submitted: headline indicators with lights, gaps, second-half goals. */
function Brief({ view }: { view: JudgeView }) {
  const t = useTranslations('arena');
  const brief = view.current?.brief;
  if (!brief) return null;
  return (
    <details className="mt-3 rounded-md bg-slate-50 p-3 text-sm" data-testid="judge-brief">
      <summary className="cursor-pointer font-medium text-slate-700">{t('judge.brief', { count: brief.indicatorTotal })}</summary>
      <ul className="mt-2 space-y-1.5">
        {brief.indicators.map((i) => (
          <li key={i.id} className="flex items-center gap-2">
            <span className={`inline-block h-2.5 w-2.5 shrink-0 rounded-full ${LIGHT_DOT[i.light]}`} />
            <span className="min-w-0 flex-1 truncate">{i.name}</span>
            <span className="tabular shrink-0 text-slate-600">{i.c === null ? t('screen.missing') : percent(i.c)}</span>
          </li>
        ))}
      </ul>
      {brief.gaps.length > 0 && (
        <>
          <h3 className="mt-3 font-medium text-slate-700">{t('screen.gaps')}</h3>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-700">
            {brief.gaps.map((g, n) => (
              <li key={n}>{g.description}</li>
            ))}
          </ol>
        </>
      )}
      {brief.h2Goals && (
        <>
          <h3 className="mt-3 font-medium text-slate-700">{t('judge.h2Goals')}</h3>
          <p className="mt-1 whitespace-pre-line text-slate-700">{brief.h2Goals}</p>
        </>
      )}
    </details>
  );
}

function ScoreForm({
  view,
  justSaved,
  onSaved,
}: {
  view: JudgeView;
  justSaved: boolean;
  onSaved: (saved: { participantId: string; version: number }) => Promise<void>;
}) {
  const t = useTranslations('arena');
  const participantId = view.scoring.participantId as string;
  const sheet = view.scoring.sheet;
  const key = draftKey(view.arena.id, view.me.userId, participantId);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(view.rubric.map((c) => [c.id, sheet ? String(sheet.scores[c.id] ?? '') : ''])),
  );
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [edited, setEdited] = useState(false);
  const [pending, start] = useTransition();

  // a draft typed before a reload comes back, once the page is live in the browser (the server has no storage)
  const inBrowser = useSyncExternalStore(noSubscription, isBrowser, isServer);
  const [restoredKey, setRestoredKey] = useState<string | null>(null);
  if (inBrowser && restoredKey !== key) {
    setRestoredKey(key);
    const draft = storedDraft(key);
    if (draft) setValues((v) => ({ ...v, ...draft }));
  }
  const update = (id: string, value: string) => {
    setSaved(false);
    setEdited(true);
    setValues((v) => {
      const next = { ...v, [id]: value };
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        /* storage full or blocked: the form still holds it */
      }
      return next;
    });
  };

  const parsed = useMemo(() => view.rubric.map((c) => ({ c, ...check(c, values[c.id] ?? '') })), [view.rubric, values]);
  const total = parsed.reduce((s, p) => s + (p.value ?? 0), 0);
  const max = view.rubric.reduce((s, c) => s + c.maxScore, 0);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const firstBad = parsed.find((p) => p.value === null || p.error !== null);
    if (firstBad) {
      setFailure(
        firstBad.error === null
          ? { error: 'scoreMissing', params: { criterion: firstBad.c.name } }
          : { error: 'scoreOutOfRange', params: { criterion: firstBad.c.name, max: firstBad.c.maxScore } },
      );
      return;
    }
    const scores = Object.fromEntries(parsed.map((p) => [p.c.id, p.value as number]));
    start(async () => {
      try {
        const r = await submitScoreAction({ arenaId: view.arena.id, participantId, scores, expectedVersion: sheet?.version ?? 0 });
        if (r.ok) {
          setFailure(null);
          setSaved(true);
          try {
            localStorage.removeItem(key);
          } catch {
            /* ignore */
          }
          await onSaved({ participantId, version: r.data.version });
        } else setFailure(r);
      } catch {
        setFailure({ error: 'serverError' });
      }
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="score-form" noValidate>
      <div className="flex items-baseline justify-between">
        <h2 className="font-semibold text-slate-800">{sheet ? t('judge.revise', { version: sheet.version }) : t('judge.score')}</h2>
        <span className="tabular text-sm text-slate-500" data-testid="score-total">
          {t('judge.total', { total: score2(total), max })}
        </span>
      </div>
      {parsed.map(({ c, error }) => (
        <Criterion key={c.id} c={c} value={values[c.id] ?? ''} error={error} onChange={(v) => update(c.id, v)} />
      ))}
      <FormError failure={failure} />
      {(saved || (justSaved && !edited)) && !failure && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="score-saved">
          {t('judge.saved')}
        </p>
      )}
      <button type="submit" className={`${primaryBtn} w-full py-3 text-base`} disabled={pending} data-testid="score-submit">
        {pending ? t('judge.saving') : sheet ? t('judge.submitRevision') : t('judge.submit')}
      </button>
      <p className="text-xs text-slate-500">{t('judge.revisableHint')}</p>
    </form>
  );
}

/** A typed score: its number, or why it is not one (Chinese message key). */
function check(c: RubricCriterionView, raw: string): { value: number | null; error: string | null } {
  if (raw.trim() === '') return { value: null, error: null };
  const parsed = parseNumberInput(raw);
  if (!parsed.ok || parsed.value === null) return { value: null, error: !parsed.ok && parsed.error !== 'notNumber' ? 'outOfRange' : 'notNumber' };
  const x = parsed.value;
  if (x < 0 || x > c.maxScore) return { value: null, error: 'outOfRange' };
  if (Math.abs(x * 10 ** SCORE_DECIMALS - Math.round(x * 10 ** SCORE_DECIMALS)) > 1e-6) return { value: null, error: 'precision' };
  return { value: x, error: null };
}

function Criterion({ c, value, error, onChange }: { c: RubricCriterionView; value: string; error: string | null; onChange: (v: string) => void }) {
  const t = useTranslations('arena.judge');
  const id = `crit-${c.id}`;
  const n = Number(value);
  return (
    <div className="space-y-1.5" data-testid="criterion">
      <label htmlFor={id} className="flex items-baseline justify-between text-sm font-medium text-slate-700">
        <span>{c.name}</span>
        <span className="text-xs font-normal text-slate-500">{t('max', { max: c.maxScore })}</span>
      </label>
      <div className="flex items-center gap-3">
        <input
          type="range"
          min={0}
          max={c.maxScore}
          step={STEP}
          value={Number.isFinite(n) && value !== '' ? Math.min(c.maxScore, Math.max(0, n)) : 0}
          onChange={(e) => onChange(e.target.value)}
          className="min-w-0 flex-1 accent-red-700"
          aria-label={c.name}
          tabIndex={-1}
        />
        <input
          id={id}
          name={c.id}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="tabular w-20 rounded-md border border-slate-300 px-2 py-2 text-right text-base aria-[invalid=true]:border-red-500"
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-err` : undefined}
          data-testid="criterion-input"
        />
      </div>
      {error && (
        <p id={`${id}-err`} className="text-xs text-red-600" data-testid="field-error">
          {t(`errors.${error}`, { max: c.maxScore, decimals: SCORE_DECIMALS })}
        </p>
      )}
    </div>
  );
}
