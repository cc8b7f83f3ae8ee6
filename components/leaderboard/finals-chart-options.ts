// The final-score bar chart's Chart.js configuration, built from the ranking rows. Pure (unit-tested).
// The value axis starts at zero: bars compare scores by their length, so an axis starting at 85 would draw
// 85.17 as nearly nothing.
import type { Row } from './rows';

export interface Bar {
  label: string;
  value: number;
  provisional: boolean;
}

/** One bar per row, in the rows' order, labelled with the unit's short name where it has one. */
export function finalsBars(rows: readonly Row[]): Bar[] {
  return rows.map((r) => ({ label: r.unit.shortName ?? r.unit.name, value: r.unit.final, provisional: r.unit.provisional }));
}

/** Where the value axis starts: zero, or below zero when a score is negative (large 减分). */
export function finalsAxisMin(bars: readonly Bar[]): number {
  return Math.min(0, ...bars.map((b) => Math.floor(b.value / 10) * 10));
}

export function finalsChartConfig(bars: readonly Bar[], title: string) {
  return {
    type: 'bar' as const,
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
      indexAxis: 'y' as const,
      maintainAspectRatio: false,
      animation: false as const,
      plugins: { legend: { display: false } },
      scales: {
        x: { beginAtZero: true, min: finalsAxisMin(bars), ticks: { font: { size: 11 } } },
        y: { ticks: { autoSkip: false, font: { size: 11 } } },
      },
    },
  };
}
