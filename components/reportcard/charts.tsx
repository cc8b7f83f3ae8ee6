'use client';
// The report card's two charts (Chart.js via react-chartjs-2). Imported only by the report card page,
// so the leaderboard pages do not load Chart.js. Animation is off: the canvas is complete at once,
// for printing and PDF. All text arrives translated in props; numbers are formatted with next-intl.
import { CategoryScale, Chart as ChartJS, Filler, Legend, LinearScale, LineElement, PointElement, RadialLinearScale, Tooltip } from 'chart.js';
import { useFormatter } from 'next-intl';
import { Line, Radar } from 'react-chartjs-2';
import { formatters } from '@/components/ui/format';

ChartJS.register(CategoryScale, LinearScale, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

const BRAND = '#c0262d';
const SLATE = '#475569';
const FONT = { family: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' };

export interface TrendChartProps {
  labels: string[];
  finals: (number | null)[];
  groupRanks: (number | null)[];
  text: { final: string; groupRank: string; scoreAxis: string; rankAxis: string };
}

export function TrendChart({ labels, finals, groupRanks, text }: TrendChartProps) {
  const format = useFormatter();
  const maxRank = Math.max(1, ...groupRanks.filter((r): r is number => r !== null));
  return (
    <div className="rc-chart relative h-64 w-full min-w-0" data-testid="trend-chart">
      <Line
        aria-label={`${text.final} / ${text.groupRank}`}
        role="img"
        data={{
          labels,
          datasets: [
            { label: text.final, data: finals, yAxisID: 'y', borderColor: BRAND, backgroundColor: BRAND, tension: 0.2, spanGaps: true, pointRadius: 4 },
            {
              label: text.groupRank,
              data: groupRanks,
              yAxisID: 'rank',
              borderColor: SLATE,
              backgroundColor: SLATE,
              borderDash: [5, 4],
              tension: 0.2,
              spanGaps: true,
              pointRadius: 4,
            },
          ],
        }}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          devicePixelRatio: 2,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { position: 'bottom', labels: { font: FONT, boxWidth: 14 } },
            tooltip: {
              callbacks: {
                label: (ctx) =>
                  ctx.dataset.yAxisID === 'rank'
                    ? `${ctx.dataset.label}: ${formatters(format).val(ctx.parsed.y ?? 0)}`
                    : `${ctx.dataset.label}: ${formatters(format).n2(ctx.parsed.y ?? 0)}`,
              },
            },
          },
          scales: {
            x: { ticks: { font: FONT } },
            y: {
              position: 'left',
              title: { display: true, text: text.scoreAxis, font: FONT },
              ticks: { font: FONT, callback: (v) => formatters(format).val(Number(v)) },
            },
            rank: {
              position: 'right',
              reverse: true,
              min: 1,
              max: maxRank + 1,
              grid: { drawOnChartArea: false },
              title: { display: true, text: text.rankAxis, font: FONT },
              ticks: { font: FONT, stepSize: 1, precision: 0 },
            },
          },
        }}
      />
    </div>
  );
}

export interface CriteriaRadarProps {
  labels: string[];
  unitShare: (number | null)[];
  groupShare: (number | null)[];
  text: { unit: string; group: string };
}

export function CriteriaRadar({ labels, unitShare, groupShare, text }: CriteriaRadarProps) {
  const format = useFormatter();
  // start the radial scale a little below the lowest value so differences stay visible (the ticks show the scale)
  const shown = [...unitShare, ...groupShare].filter((v): v is number => v !== null);
  const min = Math.max(0, Math.floor((Math.min(100, ...shown) - 10) / 10) * 10);
  return (
    <div className="rc-chart relative mx-auto h-72 w-full max-w-md" data-testid="radar-chart">
      <Radar
        aria-label={`${text.unit} / ${text.group}`}
        role="img"
        data={{
          labels,
          datasets: [
            { label: text.unit, data: unitShare, borderColor: BRAND, backgroundColor: 'rgba(192, 38, 45, 0.18)', fill: true, pointRadius: 3 },
            {
              label: text.group,
              data: groupShare,
              borderColor: SLATE,
              backgroundColor: 'rgba(71, 85, 105, 0.10)',
              borderDash: [5, 4],
              fill: true,
              pointRadius: 3,
            },
          ],
        }}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          devicePixelRatio: 2,
          plugins: {
            legend: { position: 'bottom', labels: { font: FONT, boxWidth: 14 } },
            tooltip: {
              callbacks: {
                label: (ctx) => `${ctx.dataset.label}: ${formatters(format).pct((ctx.parsed.r ?? 0) / 100)}`,
              },
            },
          },
          scales: {
            r: {
              min,
              max: 100,
              ticks: { stepSize: min >= 50 ? 10 : 20, font: FONT, backdropColor: 'transparent', callback: (v) => `${v}%` },
              pointLabels: { font: { ...FONT, size: 13 } },
            },
          },
        }}
      />
    </div>
  );
}
