// How a ledger-fed actual was computed ("按期办结 18 / 办结 20 = 90%"), or why there is none (DESIGN §8).
// Works in server and client components (the client needs the `ledger` namespace).
import { useFormatter, useTranslations } from 'next-intl';
import { formatters } from '@/components/ui/format';
import { isLedgerFigure, LEDGER_FIGURE_UNIT } from '@/lib/problems/rules';

export interface LedgerDerivationData {
  figure: string;
  numerator: number | null;
  denominator: number | null;
}

export function LedgerDerivation({ ledger, value, className }: { ledger: LedgerDerivationData; value: number | null; className?: string }) {
  const t = useTranslations('ledger');
  const f = formatters(useFormatter());
  if (!isLedgerFigure(ledger.figure)) return null;
  const figure = ledger.figure;
  if (value === null || ledger.numerator === null) {
    return (
      <span className={className} data-testid="ledger-derivation" data-empty="1">
        {t(`noData.${figure}`)}
      </span>
    );
  }
  const shown = `${f.val(value, 2)}${LEDGER_FIGURE_UNIT[figure] === '%' ? '%' : ''}`;
  return (
    <span className={className} data-testid="ledger-derivation">
      {t(`derivation.${figure}`, { numerator: ledger.numerator, denominator: ledger.denominator ?? 0, value: shown })}
    </span>
  );
}
