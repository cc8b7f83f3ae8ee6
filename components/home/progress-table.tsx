// Submission progress: counts per state and (optionally) every unit's row.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Stat } from '@/components/ui/card';
import { StateBadge } from '@/components/ui/state-badge';
import { DISPLAY_STATES, type DisplayState } from '@/lib/domain/deadline';
import type { UnitProgressRow } from '@/lib/submissions/queries.server';

const TONE: Partial<Record<DisplayState, 'good' | 'warn' | 'bad'>> = { approved: 'good', submitted: 'good', returned: 'warn', overdue: 'bad' };

export async function ProgressCounts({ counts }: { counts: Record<DisplayState, number> }) {
  const t = await getTranslations('displayState');
  return (
    <div className="grid grid-cols-3 gap-3 sm:grid-cols-6" data-testid="progress-counts">
      {DISPLAY_STATES.map((s) => (
        <Stat key={s} label={t(s)} value={counts[s]} tone={counts[s] ? TONE[s] : 'default'} />
      ))}
    </div>
  );
}

export async function ProgressTable({ rows, linkUnits }: { rows: UnitProgressRow[]; linkUnits: boolean }) {
  const t = await getTranslations();
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[520px] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th className="py-2 pr-3 font-medium">{t('units.group')}</th>
            <th className="py-2 pr-3 font-medium">{t('units.name')}</th>
            <th className="py-2 pr-3 font-medium">{t('units.kind')}</th>
            <th className="py-2 font-medium">{t('home.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className="border-b border-slate-100">
              <td className="py-2 pr-3 text-slate-500">{r.groupName}</td>
              <td className="py-2 pr-3">
                {linkUnits ? (
                  <Link className="text-brand-700 hover:underline" href={`/units/${r.unitId}`}>
                    {r.unitName}
                  </Link>
                ) : (
                  r.unitName
                )}
              </td>
              <td className="py-2 pr-3 text-slate-500">{t(`unitKind.${r.kind}`)}</td>
              <td className="py-2">
                <StateBadge state={r.state} late={r.late} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
