'use client';
// Unit × indicator heat map of lights, fetched when it comes into view (the page's HTML stays small).
// A column per indicator the shown units share, labelled with its name (full name on hover); the indicators
// only one unit holds follow in the row's last cell. Every square names its indicator and completion.
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { heatmapModel, type HeatCell } from '@/lib/leaderboard/present';
import { formatters } from '@/components/ui/format';
import { unpackRows, type PackedRow } from './rows';

const COLOR = { green: 'bg-light-green', yellow: 'bg-light-yellow', red: 'bg-light-red', missing: 'bg-slate-400' } as const;

export function LightHeatmap({ periodId, rows }: { periodId: string; rows: PackedRow[] }) {
  const t = useTranslations('leaderboard');
  const format = useFormatter();
  const units = useMemo(() => unpackRows(rows), [rows]);
  const box = useRef<HTMLDivElement>(null);
  const [cells, setCells] = useState<Record<string, HeatCell[]> | 'loading' | 'error'>('loading');

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let done = false;
    const fetchOnce = () => {
      if (done) return;
      done = true;
      fetch(`/leaderboard/${periodId}/heatmap`).then(
        async (res) => setCells(res.ok ? ((await res.json()) as Record<string, HeatCell[]>) : 'error'),
        () => setCells('error'),
      );
    };
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fetchOnce(), { rootMargin: '400px' });
    seen.observe(el);
    return () => seen.disconnect();
  }, [periodId]);

  const model = useMemo(
    () =>
      typeof cells === 'object'
        ? heatmapModel(
            units.map((r) => ({ unitId: r.unit.unitId, name: r.unit.shortName ?? r.unit.name })),
            cells,
          )
        : null,
    [cells, units],
  );
  const fullName = useMemo(() => new Map(units.map((r) => [r.unit.unitId, r.unit.name])), [units]);
  const said = (c: HeatCell) => `${c[1]}：${c[3] === null ? t('heatmapMissing') : formatters(format).pct(c[3])}`;
  const [picked, setPicked] = useState('');
  // a square is a button: a tap on a phone (no hover there) says what it is below the map
  const square = (c: HeatCell) => (
    <button
      key={c[0]}
      type="button"
      aria-label={said(c)}
      title={said(c)}
      onClick={() => setPicked(said(c))}
      className={`block h-4 w-4 rounded-sm ${COLOR[c[2]]}`}
    />
  );

  return (
    <div ref={box} data-testid="heatmap" aria-busy={cells === 'loading'}>
      {cells === 'loading' && <p className="text-sm text-slate-600">{t('heatmapLoading')}</p>}
      {cells === 'error' && (
        <p role="alert" className="text-sm text-red-600">
          {t('heatmapError')}
        </p>
      )}
      {model && (
        <div className="overflow-x-auto">
          <table className="text-xs">
            <thead>
              <tr className="align-bottom text-slate-700">
                <th scope="col" className="pr-2 text-left font-medium">
                  {t('col.unit')}
                </th>
                {model.columns.map((c) => (
                  <th key={c.key} scope="col" title={c.name} className="px-px pb-1 font-normal" data-testid="heatmap-column">
                    <span className="inline-block max-h-28 overflow-hidden text-ellipsis whitespace-nowrap [writing-mode:vertical-rl]">{c.name}</span>
                  </th>
                ))}
                <th scope="col" className="pb-1 pl-2 text-left font-medium">
                  {t('heatmapOwn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr key={r.unitId}>
                  <th scope="row" className="max-w-24 truncate py-0.5 pr-2 text-left font-normal text-slate-700 sm:max-w-56" title={fullName.get(r.unitId)}>
                    {r.name}
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={model.columns[i]!.key} className="px-px">
                      {c ? square(c) : null}
                    </td>
                  ))}
                  <td className="py-0.5 pl-2">
                    <span className="flex flex-wrap gap-0.5">{r.own.map(square)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="mt-2 min-h-4 text-xs font-medium text-slate-800">
        {picked}
      </p>
      <p className="mt-1 text-xs text-slate-600">{t('heatmapHint')}</p>
    </div>
  );
}
