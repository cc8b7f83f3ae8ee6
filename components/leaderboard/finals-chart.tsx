'use client';
// Bar chart of final scores (Chart.js), loaded after the page so the ranking itself ships little JavaScript.
// The value axis starts at zero (see finals-chart-options.ts); its minimum is on the canvas as data-axis-min.
import { useEffect, useMemo, useRef } from 'react';
import { finalsAxisMin, finalsBars, finalsChartConfig } from './finals-chart-options';
import { unpackRows, type PackedRow } from './rows';

export function FinalsChart({ rows, title }: { rows: PackedRow[]; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const bars = useMemo(() => finalsBars(unpackRows(rows)), [rows]);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('chart.js/auto').then(({ default: Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, finalsChartConfig(bars, title));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [bars, title]);
  return (
    <div style={{ height: Math.max(160, bars.length * 22 + 40) }}>
      <canvas ref={canvas} role="img" aria-label={title} data-testid="finals-chart" data-axis-min={finalsAxisMin(bars)} />
    </div>
  );
}
