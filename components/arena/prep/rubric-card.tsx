// 评分标准 of the arena's period, read-only here: it is edited with the period's setup.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { RubricCriterionView } from '@/lib/arena/types';
import { formatters } from '@/components/ui/format';

export async function RubricCard({ periodId, rubric, locked }: { periodId: string; rubric: RubricCriterionView[]; locked: boolean }) {
  const t = await getTranslations('arenaPrep.rubric');
  const format = await getFormatter();
  const num = (n: number) => formatters(format).val(n, 2);
  const total = rubric.reduce((s, c) => s + c.maxScore, 0);
  return (
    <Card
      title={t('title')}
      action={
        locked ? (
          <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="rubric-locked">
            <span aria-hidden>🔒</span> {t('locked')}
          </span>
        ) : undefined
      }
    >
      <div data-testid="prep-rubric">
        {rubric.length === 0 ? (
          <p className="text-sm text-amber-700">{t('empty')}</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
              <tr>
                <th className="py-1.5 pr-3 font-medium">{t('criterion')}</th>
                <th className="py-1.5 text-right font-medium">{t('max')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rubric.map((c) => (
                <tr key={c.id} data-testid="rubric-row">
                  <td className="py-1.5 pr-3">{c.name}</td>
                  <td className="tabular py-1.5 text-right">{t('points', { max: num(c.maxScore) })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-slate-300 font-semibold">
              <tr>
                <td className="py-1.5 pr-3">{t('total')}</td>
                <td className="tabular py-1.5 text-right" data-testid="rubric-total">
                  {t('points', { max: num(total) })}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
        {locked && <p className="mt-2 text-xs text-slate-500">{t('lockedHint')}</p>}
        {!locked && (
          <p className="mt-3 text-sm">
            <Link href={`/admin/periods/${periodId}`} className="text-brand-700 hover:underline" data-testid="rubric-edit-link">
              {t('edit')} →
            </Link>
          </p>
        )}
      </div>
    </Card>
  );
}
