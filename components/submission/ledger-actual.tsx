'use client';
// A ledger-fed indicator in the submission form (DESIGN §8): the value computed from the ledger now, read-only, with
// its derivation and the note that it is taken when submitting.
import { useFormatter, useTranslations } from 'next-intl';
import { LedgerDerivation } from '@/components/ledger/derivation';
import { formatters } from '@/components/ui/format';
import { isLedgerFigure } from '@/lib/problems/rules';
import type { FormIndicator } from './form-model';

export function LedgerSourceLine({ figure }: { figure: string }) {
  const t = useTranslations('ledger');
  if (!isLedgerFigure(figure)) return null;
  return (
    <div className="mt-0.5 text-xs font-medium text-brand-700" data-testid="ledger-source">
      {t('source', { figure: t(`figure.${figure}`) })}
    </div>
  );
}

export function LedgerActualCell({ ledger, unit }: { ledger: NonNullable<FormIndicator['ledger']>; unit: string }) {
  const t = useTranslations('ledger');
  const f = formatters(useFormatter());
  return (
    <div className="col-span-2 lg:col-span-1" data-testid="ledger-actual">
      <div className="flex items-baseline gap-1 rounded-md border border-dashed border-slate-300 bg-slate-50 px-2.5 py-1.5 text-sm">
        <span className="sr-only">{t('currentValue')}</span>
        <span className="tabular font-semibold" data-testid="ledger-value">
          {ledger.value === null ? '—' : f.val(ledger.value, 2)}
        </span>
        <span className="text-xs text-slate-500">{unit}</span>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        <LedgerDerivation ledger={ledger} value={ledger.value} />
      </p>
      <p className="mt-0.5 text-xs text-slate-500">{t('takenOnSubmit')}</p>
    </div>
  );
}
