'use client';
// 加减分 forms: add an item (the typed points read back as 加分/减分 before saving) and delete one after a second click (确认删除).
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createAdjustmentAction, deleteAdjustmentAction } from '@/lib/adjustments/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { dangerBtn, Field, FormButtons, FormError, FormNotice, inputCls, useFieldMessage, useSetupAction } from '@/components/ui/form-kit';
import { parseNumberInput } from '@/lib/domain/number-input';
import { formatters } from '@/components/ui/format';

export interface UnitOption {
  id: string;
  name: string;
  groupName: string;
}

interface Values {
  unitId: string;
  points: string;
  reason: string;
  evidence: string;
}

export function AdjustmentForm({ periodId, units }: { periodId: string; units: UnitOption[] }) {
  const t = useTranslations('adjustments');
  const format = useFormatter();
  const [v, setV] = useState<Values>({ unitId: '', points: '', reason: '', evidence: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(createAdjustmentAction);
  const msg = useFieldMessage(act.failure);
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV({ ...v, [k]: e.target.value });
  const groups = [...new Set(units.map((u) => u.groupName))];
  // how the server will read what was typed: the sign decides bonus or penalty, so say it before saving
  const parsed = parseNumberInput(v.points, { allowNegative: true });
  const preview =
    parsed.ok && parsed.value !== null && parsed.value !== 0
      ? t(parsed.value > 0 ? 'pointsPreviewBonus' : 'pointsPreviewPenalty', { points: formatters(format).val(Math.abs(parsed.value), 2) })
      : null;
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="adjustment-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        act.run({ periodId, ...v }, (r) => {
          setNotice(
            t('created', {
              unit: r.unit,
              kind: t(r.points > 0 ? 'kindBonus' : 'kindPenalty'),
              points: formatters(format).val(Math.abs(r.points), 2),
            }),
          );
          // the unit stays chosen: several items for one unit are usually entered together
          setV({ ...v, points: '', reason: '', evidence: '' });
        });
      }}
    >
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <div className="grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Field label={t('unit')} error={msg('unitId')}>
          {(p) => (
            <select {...p} className={inputCls} value={v.unitId} onChange={set('unitId')}>
              <option value="">{t('chooseUnit')}</option>
              {groups.map((g) => (
                <optgroup key={g} label={g}>
                  {units
                    .filter((u) => u.groupName === g)
                    .map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('points')} hint={preview ? null : t('pointsHint')} error={msg('points')}>
          {(p) => (
            <>
              <input {...p} className={inputCls} inputMode="decimal" value={v.points} onChange={set('points')} maxLength={20} />
              {/* shown even beside an error from the last attempt: it answers what is typed now */}
              {preview && (
                <span
                  className={`text-xs font-medium ${parsed.ok && (parsed.value ?? 0) < 0 ? 'text-red-700' : 'text-green-700'}`}
                  data-testid="points-preview"
                  aria-live="polite"
                >
                  {preview}
                </span>
              )}
            </>
          )}
        </Field>
        <Field label={t('reason')} hint={t('reasonHint')} error={msg('reason')}>
          {(p) => <input {...p} className={inputCls} value={v.reason} onChange={set('reason')} maxLength={200} />}
        </Field>
        <Field label={t('evidence')} hint={t('evidenceHint')} error={msg('evidence')}>
          {(p) => <input {...p} className={inputCls} value={v.evidence} onChange={set('evidence')} maxLength={500} />}
        </Field>
      </div>
      <FormButtons label={t('save')} pendingLabel={t('saving')} pending={act.pending} />
    </form>
  );
}

export function DeleteAdjustmentButton({ id }: { id: string }) {
  const t = useTranslations('adjustments');
  const act = useSetupAction(deleteAdjustmentAction);
  return (
    <div className="space-y-1">
      <ConfirmButton
        label={t('delete')}
        confirmLabel={t('confirm')}
        cancelLabel={t('cancel')}
        className={dangerBtn}
        disabled={act.pending}
        onConfirm={() => act.run({ id })}
      />
      <FormError failure={act.failure} />
    </div>
  );
}
