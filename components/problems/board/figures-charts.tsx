'use client';
// The ledger figures' charts (Chart.js via react-chartjs-2): received and solved per lead unit, per category, and month
// by month. Counts start at 0; the canvas carries an accessible label, and the same numbers are in the tables beside.
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, PointElement, LineElement, Tooltip, Legend);

const BRAND = '#c0262d';
const SLATE = '#475569';
const FONT = { family: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' };

export interface CountsChartProps {
  kind: 'bar' | 'line';
  labels: string[];
  received: number[];
  closed: number[];
  text: { title: string; received: string; closed: string; axis: string };
  /** horizontal bars (many units with long names) */
  horizontal?: boolean;
  testId: string;
}

export function CountsChart({ kind, labels, received, closed, text, horizontal = false, testId }: CountsChartProps) {
  const data = {
    labels,
    datasets: [
      { label: text.received, data: received, backgroundColor: SLATE, borderColor: SLATE },
      { label: text.closed, data: closed, backgroundColor: BRAND, borderColor: BRAND },
    ],
  };
  const count = { beginAtZero: true, min: 0, ticks: { font: FONT, precision: 0 }, title: { display: true, text: text.axis, font: FONT } };
  const names = { ticks: { font: FONT, autoSkip: false } };
  const common = {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { position: 'bottom' as const, labels: { font: FONT, boxWidth: 14 } } },
  };
  const height = horizontal ? Math.max(240, labels.length * 26 + 80) : 260;
  const aria = `${text.title}：${labels.map((l, i) => `${l} ${text.received} ${received[i]}、${text.closed} ${closed[i]}`).join('；')}`;
  return (
    <div className="relative w-full min-w-0" style={{ height }} data-testid={testId}>
      {kind === 'line' ? (
        <Line
          role="img"
          aria-label={aria}
          data={{ ...data, datasets: data.datasets.map((d) => ({ ...d, cubicInterpolationMode: 'monotone' as const, pointRadius: 4 })) }}
          options={{ ...common, scales: { x: names, y: count } }}
        />
      ) : (
        <Bar
          role="img"
          aria-label={aria}
          data={data}
          options={{ ...common, indexAxis: horizontal ? 'y' : 'x', scales: horizontal ? { x: count, y: names } : { x: names, y: count } }}
        />
      )}
    </div>
  );
}
