// Implausible actuals across the units (DESIGN §4 "Plausibility"), with each unit's reason: what a reviewer checks first.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatters } from '@/components/ui/format';
import type { FlaggedValue } from '@/lib/submissions/queries.server';

export async function FlaggedValues({ rows }: { rows: FlaggedValue[] }) {
  const t = await getTranslations('review.flagged');
  const ts = await getTranslations('submission.plausibility');
  const format = await getFormatter();
  return (
    <Card title={t('title', { n: rows.length })}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="flagged-values">
          {rows.map((r, i) => (
            <li key={i} className="py-2 break-words [overflow-wrap:anywhere]">
              <Link href={`/units/${r.unitId}`} className="font-medium text-brand-700 hover:underline">
                {r.unitName}
              </Link>
              <span className="mx-1 text-slate-400">·</span>
              {r.indicatorName}：
              <span className="tabular font-semibold">
                {formatters(format).val(r.actual, 4)}
                {r.measureUnit}
              </span>
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{t(`flag.${r.flag}`)}</span>
              <div className="mt-0.5 text-xs text-slate-700">{r.note ? ts('note', { note: r.note }) : ts('noNote')}</div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
