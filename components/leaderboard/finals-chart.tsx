'use client';
// Bar chart of final scores (Chart.js), loaded after the page so the ranking itself ships little JavaScript.
import { useEffect, useRef } from 'react';

export interface Bar {
  label: string;
  value: number;
  provisional: boolean;
}

export function FinalsChart({ bars, title }: { bars: Bar[]; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('chart.js/auto').then(({ default: Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: bars.map((b) => b.label),
          datasets: [
            {
              label: title,
              data: bars.map((b) => b.value),
              backgroundColor: bars.map((b) => (b.provisional ? 'rgba(192,38,45,0.45)' : 'rgba(192,38,45,0.85)')),
              borderRadius: 3,
            },
          ],
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: false, ticks: { font: { size: 11 } } }, y: { ticks: { autoSkip: false, font: { size: 11 } } } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [bars, title]);
  return (
    <div style={{ height: Math.max(160, bars.length * 22 + 40) }}>
      <canvas ref={canvas} role="img" aria-label={title} data-testid="finals-chart" />
    </div>
  );
}
