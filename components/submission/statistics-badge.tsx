// 来源：统计数据 — an actual imported by 考核办 from the statistics bureau (decision 022), wherever the actual shows.
import { useTranslations } from 'next-intl';

export function StatisticsBadge() {
  const t = useTranslations('actualsImport');
  return (
    <span
      className="inline-block whitespace-nowrap rounded bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-800 ring-1 ring-sky-200"
      title={t('sourceHint')}
      data-testid="statistics-source"
    >
      {t('source')}
    </span>
  );
}
