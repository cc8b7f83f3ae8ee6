// Small pieces shared by the report card and the printable ranking: rank change (↑2 / ↓1 / 新),
// light counts, the 暂定 marker.
import { useTranslations } from 'next-intl';
import type { LightCounts, RankChange } from '@/lib/scoring';
import { formatRankChange } from '@/lib/leaderboard/present';

export function RankChangeBadge({ change }: { change: RankChange }) {
  const t = useTranslations('rankChange');
  const c = formatRankChange(change, t);
  if (c.dir === 'new') {
    return (
      <span className="rc-keep-color whitespace-nowrap rounded bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-700" title={c.title} data-change="new">
        {c.text}
      </span>
    );
  }
  const tone = c.dir === 'up' ? 'text-green-700' : c.dir === 'down' ? 'text-red-600' : 'text-slate-500';
  return (
    <span className={`tabular whitespace-nowrap text-sm font-semibold ${tone}`} title={c.title} data-change={c.dir}>
      {c.text}
    </span>
  );
}

const DOT = { green: 'bg-light-green', yellow: 'bg-light-yellow', red: 'bg-light-red', missing: 'bg-slate-300' } as const;

export function LightCountsView({ lights }: { lights: LightCounts }) {
  const t = useTranslations('lights');
  return (
    <span className="rc-keep-color tabular inline-flex items-center gap-2 whitespace-nowrap text-sm">
      {(['green', 'yellow', 'red', 'missing'] as const).map((k) => (
        <span key={k} className="inline-flex items-center gap-0.5" title={t(k)} data-lights={k}>
          <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-full ${DOT[k]}`} />
          <span className="sr-only">{t(k)}</span>
          {lights[k]}
        </span>
      ))}
    </span>
  );
}

export function ProvisionalTag({ reason }: { reason?: string }) {
  const t = useTranslations('reportCard');
  return (
    <span
      className="rc-keep-color whitespace-nowrap rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-800"
      title={reason}
      data-testid="provisional"
    >
      {t('provisional')}
    </span>
  );
}
