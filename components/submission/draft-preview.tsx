// 草稿预览: the unit's own draft scored as if it counted (DESIGN §4 "What counts while a period is open"). Shown
// only to the unit's own users on its submission page; the ranking everyone else sees leaves the draft out.
import { getFormatter, getTranslations } from 'next-intl/server';
import type { DraftPreview } from '@/lib/leaderboard/load.server';
import { formatters } from '@/components/ui/format';

export async function DraftPreviewPanel({ preview, publicRanks }: { preview: DraftPreview; publicRanks: { group: number; overall: number } | null }) {
  const t = await getTranslations('draftPreview');
  const format = await getFormatter();
  const { unit } = preview;
  const figure = (label: string, value: string) => (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="tabular text-lg font-semibold text-slate-900">{value}</dd>
    </div>
  );
  return (
    <section
      className="rounded-lg border border-dashed border-amber-400 bg-amber-50 p-4 sm:p-5"
      data-testid="draft-preview"
      aria-labelledby="draft-preview-title"
    >
      <h2 id="draft-preview-title" className="text-base font-semibold text-amber-900">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('hint')}</p>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        {figure(t('indicatorScore'), formatters(format).n2(unit.indicatorScore))}
        {figure(t('groupRank'), t('rankOf', { rank: unit.groupRank, count: preview.groupCount }))}
        {figure(t('overallRank'), t('rankOf', { rank: unit.overallRank, count: preview.overallCount }))}
      </dl>
      {publicRanks && <p className="mt-2 text-xs text-slate-700">{t('publicNow', publicRanks)}</p>}
    </section>
  );
}
