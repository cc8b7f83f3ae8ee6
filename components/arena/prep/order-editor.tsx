'use client';
// 发言顺序: move speakers up or down with buttons (keyboard-friendly: focus follows the moved unit), save; or 抽签.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { drawOrderAction, setOrderAction } from '@/lib/arena/actions';
import { FormError, FormNotice, primaryBtn, secondaryBtn, useSetupAction } from '@/components/ui/form-kit';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useServerState } from './prep-kit';

export interface OrderItem {
  id: string;
  unitName: string;
  unitCode: string;
  groupName: string;
}

type Dir = 'up' | 'down';
const moveBtn =
  'inline-flex h-8 min-w-8 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-40';

export function OrderEditor({
  arenaId,
  items,
  drawSeed,
  editable,
  drawActive,
}: {
  arenaId: string;
  items: OrderItem[];
  drawSeed: string | null;
  editable: boolean;
  drawActive: boolean;
}) {
  const t = useTranslations('arenaPrep');
  const savedIds = items.map((p) => p.id);
  const [order, setOrder] = useServerState<string[]>(savedIds, `${savedIds.join(',')}|${drawSeed ?? ''}`);
  const [announce, setAnnounce] = useState('');
  const [saved, setSaved] = useState(false);
  const act = useSetupAction(setOrderAction);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<{ id: string; dir: Dir } | null>(null);
  const byId = new Map(items.map((p) => [p.id, p]));
  const rows = order.map((id) => byId.get(id)).filter((p): p is OrderItem => p !== undefined);
  const dirty = order.join(',') !== savedIds.join(',');

  // keep the keyboard on the unit just moved; at the top or bottom its button disables, so use the other one
  useEffect(() => {
    const f = focusNext.current;
    if (!f) return;
    focusNext.current = null;
    const same = buttons.current.get(`${f.id}:${f.dir}`);
    const other = buttons.current.get(`${f.id}:${f.dir === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [order]);

  const move = (index: number, dir: Dir) => {
    const to = dir === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= order.length) return;
    const next = order.slice();
    [next[index], next[to]] = [next[to] as string, next[index] as string];
    focusNext.current = { id: order[index] as string, dir };
    setOrder(next);
    setSaved(false);
    setAnnounce(t('order.moved', { unit: byId.get(order[index] as string)?.unitName ?? '', n: to + 1 }));
  };

  if (rows.length === 0) return <p className="text-sm text-slate-500">{t('order.empty')}</p>;
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="prep-order"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        act.run({ arenaId, participantIds: order }, () => setSaved(true));
      }}
    >
      {editable && <p className="text-sm text-slate-500">{t('order.hint')}</p>}
      <FormError failure={act.failure} />
      {saved && !dirty && <FormNotice>{t('order.saved')}</FormNotice>}
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <ol className="space-y-1.5" aria-label={t('order.listLabel')}>
        {rows.map((p, i) => (
          <li
            key={p.id}
            className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-sm"
            data-testid="order-row"
            data-participant-id={p.id}
            data-unit-code={p.unitCode}
            data-order={i + 1}
          >
            <span className="tabular w-8 shrink-0 text-center text-base font-bold text-brand-700" aria-hidden>
              {i + 1}
            </span>
            <span className="sr-only">{t('order.position', { n: i + 1 })}</span>
            <span className="min-w-0 flex-1">
              <span className="font-medium text-slate-800">{p.unitName}</span> <span className="font-mono text-xs text-slate-400">{p.unitCode}</span>
              <span className="block text-xs text-slate-500">{p.groupName}</span>
            </span>
            {editable && (
              <span className="flex shrink-0 gap-1">
                {(['up', 'down'] as const).map((dir) => (
                  <button
                    key={dir}
                    type="button"
                    ref={(el) => {
                      const k = `${p.id}:${dir}`;
                      if (el) buttons.current.set(k, el);
                      else buttons.current.delete(k);
                    }}
                    className={moveBtn}
                    disabled={act.pending || (dir === 'up' ? i === 0 : i === rows.length - 1)}
                    aria-label={t(dir === 'up' ? 'order.upLabel' : 'order.downLabel', { unit: p.unitName })}
                    title={t(dir === 'up' ? 'order.up' : 'order.down')}
                    data-testid={`order-${dir}`}
                    onClick={() => move(i, dir)}
                  >
                    <span aria-hidden>{dir === 'up' ? '↑' : '↓'}</span>
                    <span className="hidden text-xs sm:inline" aria-hidden>
                      {t(dir === 'up' ? 'order.up' : 'order.down')}
                    </span>
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <>
          {drawActive && dirty && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" role="status" data-testid="order-voids-draw">
              {t('order.voidsDraw')}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" className={primaryBtn} disabled={act.pending || !dirty} data-testid="order-save">
              {act.pending ? t('common.saving') : t('order.save')}
            </button>
            {dirty && (
              <button
                type="button"
                className={secondaryBtn}
                disabled={act.pending}
                data-testid="order-reset"
                onClick={() => {
                  setOrder(savedIds);
                  act.clear();
                }}
              >
                {t('order.reset')}
              </button>
            )}
            {dirty && <span className="text-xs text-amber-700">{t('common.unsaved')}</span>}
          </div>
        </>
      )}
    </form>
  );
}

/** 抽签 / 重新抽签: a redraw asks first, since it replaces the order and stays in the audit log. */
export function DrawButton({ arenaId, drawnBefore, disabled }: { arenaId: string; drawnBefore: boolean; disabled: boolean }) {
  const t = useTranslations('arenaPrep.draw');
  const tc = useTranslations('arenaPrep.common');
  const [seed, setSeed] = useState<string | null>(null);
  const act = useSetupAction(drawOrderAction);
  return (
    <div className="space-y-2">
      <FormError failure={act.failure} />
      {seed && <FormNotice>{t('done', { seed })}</FormNotice>}
      <ConfirmButton
        testId="draw-button"
        className={drawnBefore ? secondaryBtn : primaryBtn}
        label={drawnBefore ? t('redraw') : t('button')}
        pendingLabel={t('drawing')}
        question={t('confirmQuestion')}
        confirmLabel={t('confirm')}
        cancelLabel={tc('cancel')}
        ask={drawnBefore}
        pending={act.pending}
        disabled={disabled}
        onConfirm={() => {
          setSeed(null);
          act.run({ arenaId }, (r) => setSeed(r.seed));
        }}
      />
    </div>
  );
}
