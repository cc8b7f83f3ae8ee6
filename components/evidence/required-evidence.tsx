// The review page's overview of the indicators marked 佐证材料必传: per unit and indicator, its files (preview links) or
// that it has none yet.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { RequiredEvidenceRow } from '@/lib/evidence/queries.server';
import { formatSize } from '@/lib/evidence/rules';

export async function RequiredEvidence({ rows }: { rows: RequiredEvidenceRow[] }) {
  const t = await getTranslations('evidence');
  return (
    <Card title={t('review.title')}>
      <p className="mb-3 text-xs text-slate-500">{t('review.sub')}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('review.empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[560px] text-sm" data-testid="required-evidence">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th className="py-2 pr-3 font-medium">{t('review.unit')}</th>
                <th className="py-2 pr-3 font-medium">{t('review.indicator')}</th>
                <th className="py-2 font-medium">{t('review.files')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.indicatorId} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Link href={`/units/${r.unitId}`} className="text-brand-700 hover:underline">
                      {r.unitName}
                    </Link>
                  </td>
                  <td className="py-2 pr-3 break-words [overflow-wrap:anywhere]">
                    {r.indicatorName}
                    <span className="ml-1.5 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800">{t('required')}</span>
                  </td>
                  <td className="py-2 break-words [overflow-wrap:anywhere]">
                    {r.files.length === 0 ? (
                      <span className="text-red-600">{t('missing')}</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {r.files.map((f) => (
                          <li key={f.id}>
                            <a
                              href={`/api/evidence/${f.id}${f.inline ? '' : '?download=1'}`}
                              target="_blank"
                              rel="noopener"
                              className="text-brand-700 hover:underline"
                            >
                              {f.fileName}
                            </a>
                            <span className="ml-1.5 text-xs text-slate-500">{formatSize(f.size)}</span>
                          </li>
                        ))}
                      </ul>
                    )}
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
