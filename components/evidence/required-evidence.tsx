// The review page's overview of the indicators marked 佐证材料必传: per unit and indicator, its files (preview links) or
// that it has none yet.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { RequiredEvidenceRow } from '@/lib/evidence/queries.server';
import { FileLinks } from './file-links';

export async function RequiredEvidence({ rows }: { rows: RequiredEvidenceRow[] }) {
  const t = await getTranslations('evidence');
  return (
    <Card title={t('review.title')}>
      <p className="mb-3 text-xs text-slate-500">{t('review.sub')}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('review.empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="block w-full text-sm sm:table" data-testid="required-evidence">
            <thead className="hidden sm:table-header-group">
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th className="py-2 pr-3 font-medium">{t('review.unit')}</th>
                <th className="py-2 pr-3 font-medium">{t('review.indicator')}</th>
                <th className="py-2 font-medium">{t('review.files')}</th>
              </tr>
            </thead>
            <tbody className="block sm:table-row-group">
              {rows.map((r) => (
                <tr key={r.indicatorId} className="block border-b border-slate-100 py-2 align-top sm:table-row sm:py-0">
                  <td className="block pr-3 sm:table-cell sm:py-2 sm:whitespace-nowrap">
                    <Link href={`/units/${r.unitId}`} className="text-brand-700 hover:underline">
                      {r.unitName}
                    </Link>
                  </td>
                  <td className="block pr-3 break-words [overflow-wrap:anywhere] sm:table-cell sm:py-2">
                    {r.indicatorName}
                    <span className="ml-1.5 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800">{t('required')}</span>
                  </td>
                  <td className="block break-words [overflow-wrap:anywhere] sm:table-cell sm:py-2">
                    {r.files.length === 0 ? <span className="text-red-600">{t('missing')}</span> : <FileLinks files={r.files} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
