// The problem board behind a ledger figure of a unit (the URL contract of issue #11: /problems?unit=…&closedIn=…).
import type { LedgerFigure } from '@/lib/problems/rules';

export function ledgerBoardHref(figure: LedgerFigure | string, unitId: string, periodId: string): string {
  const q = new URLSearchParams({ unit: unitId });
  if (figure === 'on_time_rate' || figure === 'closed') q.set('closedIn', periodId);
  else if (figure === 'satisfaction_rate') q.set('rated', periodId);
  else if (figure === 'received') q.set('period', periodId);
  else if (figure === 'overdue') q.set('overdue', '1');
  return `/problems?${q.toString()}`;
}
