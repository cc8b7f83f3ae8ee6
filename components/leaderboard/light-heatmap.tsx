// Unit × indicator heat map of lights: one row per unit, one square per indicator (hover names it).
import { getFormatter, getTranslations } from 'next-intl/server';
import type { PublicUnitResult } from '@/lib/leaderboard/present';
import { formatters } from '@/components/ui/format';

const COLOR = { green: 'bg-light-green', yellow: 'bg-light-yellow', red: 'bg-light-red', missing: 'bg-slate-300' } as const;

export async function LightHeatmap({ units }: { units: PublicUnitResult[] }) {
  const t = await getTranslations('leaderboard');
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto" data-testid="heatmap">
      <table className="text-xs">
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId}>
              <th scope="row" className="max-w-[14rem] truncate py-0.5 pr-3 text-left font-normal text-slate-600">
                {u.name}
              </th>
              <td className="py-0.5">
                <div className="flex gap-0.5">
                  {u.indicators.map((i) => (
                    <span
                      key={i.indicatorId}
                      className={`inline-block h-4 w-4 rounded-sm ${COLOR[i.light]}`}
                      title={`${i.name ?? i.key}：${i.missing ? t('bd.missing') : formatters(format).pct(i.c)}`}
                    />
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-500">{t('heatmapHint')}</p>
    </div>
  );
}
