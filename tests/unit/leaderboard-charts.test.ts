// The leaderboard's charts: the final-score bars start at zero (85.17 must not look like nothing), labels come
// from the units' short names (no hard-coded district prefix), and the heat map's columns are real indicators.
import { describe, expect, it } from 'vitest';
import { finalsAxisMin, finalsBars, finalsChartConfig } from '@/components/leaderboard/finals-chart-options';
import { packRows, rowUnit, unpackRows, type Row } from '@/components/leaderboard/rows';
import { heatmapModel, heatmapPayload, type HeatCell } from '@/lib/leaderboard/present';

const row = (name: string, final: number, shortName?: string): Row => ({
  unit: {
    unitId: name,
    name,
    ...(shortName ? { shortName } : {}),
    indicatorScore: final,
    panelScore: null,
    adjustmentsTotal: 0,
    adjustmentCount: 0,
    final,
    provisional: true,
    lights: { green: 1, yellow: 0, red: 0, missing: 0 },
  },
  kind: 'department',
  rank: 1,
  change: { kind: 'new', reason: 'absent' },
});

describe('final-score bar chart', () => {
  it('starts the value axis at zero even when every score is far above it', () => {
    const bars = finalsBars([row('甲', 91.4), row('乙', 85.17), row('丙', 88)]);
    const config = finalsChartConfig(bars, '最终得分');
    expect(config.options.scales.x.min).toBe(0);
    expect(config.options.scales.x.beginAtZero).toBe(true);
    expect(finalsAxisMin(bars)).toBe(0);
  });

  it('goes below zero only for a negative score', () => {
    expect(finalsAxisMin(finalsBars([row('甲', 12), row('乙', -3.5)]))).toBe(-10);
  });

  it('labels bars with the short name where a unit has one, else the full name', () => {
    const bars = finalsBars([row('泰和高新区经济发展局', 90, '经发局'), row('城投集团', 80)]);
    expect(bars.map((b) => b.label)).toEqual(['经发局', '城投集团']);
    expect(finalsChartConfig(bars, 'x').data.labels).toEqual(['经发局', '城投集团']);
  });
});

describe('light heat map', () => {
  const cells: Record<string, HeatCell[]> = {
    a: [
      ['esc', '对企服务问题办结率', 'green', 1],
      ['a_own', '甲独有', 'red', 0.5],
    ],
    b: [
      ['esc', '对企服务问题办结率', 'yellow', 0.9],
      ['hotline', '12345热线诉求满意率', 'missing', null],
    ],
    c: [
      ['esc', '对企服务问题办结率', 'red', 0.2],
      ['hotline', '12345热线诉求满意率', 'green', 1],
    ],
  };
  const units = [
    { unitId: 'a', name: '甲' },
    { unitId: 'b', name: '乙' },
    { unitId: 'c', name: '丙' },
  ];

  it('makes one labelled column per shared indicator, most widely held first', () => {
    const m = heatmapModel(units, cells);
    expect(m.columns).toEqual([
      { key: 'esc', name: '对企服务问题办结率', count: 3 },
      { key: 'hotline', name: '12345热线诉求满意率', count: 2 },
    ]);
    // a column always means the same indicator; a unit without it has an empty cell there
    expect(m.rows.map((r) => r.cells.map((c) => c?.[0] ?? null))).toEqual([
      ['esc', null],
      ['esc', 'hotline'],
      ['esc', 'hotline'],
    ]);
    expect(m.rows[0]!.own.map((c) => c[1])).toEqual(['甲独有']);
  });

  it('counts only the units shown (a group view has its own columns)', () => {
    const m = heatmapModel([units[0]!, units[1]!], cells);
    expect(m.columns.map((c) => c.key)).toEqual(['esc']);
    expect(m.rows[1]!.own.map((c) => c[0])).toEqual(['hotline']);
  });

  it('fetches names, lights and completion (null when missing) per unit', () => {
    const payload = heatmapPayload({
      units: [{ unitId: 'u', indicators: [{ key: 'k', name: null, light: 'missing', missing: true, c: 0 }] }],
    } as never);
    expect(payload).toEqual({ u: [['k', 'k', 'missing', null]] });
  });
});

describe('ranking rows', () => {
  const unit = (reportState?: 'approved' | 'submitted' | 'unreported') =>
    ({
      unitId: 'u',
      name: '泰和高新区经济发展局',
      indicatorScore: 63.123456,
      panelScore: null,
      adjustments: { total: 1.005, items: [{}] },
      final: { value: 64.128456, provisionalReason: 'no_panel' },
      provisional: true,
      lights: { green: 1, yellow: 2, red: 0, missing: 1, redForTieBreak: 0 },
      ...(reportState ? { reportState } : {}),
    }) as never;

  it('carries 待审核 and 未填报 to the table, and nothing for an approved report', () => {
    expect(rowUnit(unit('submitted')).reportState).toBe('submitted');
    expect(rowUnit(unit('unreported')).reportState).toBe('unreported');
    expect(rowUnit(unit('approved')).reportState).toBeUndefined();
    expect(rowUnit(unit()).reportState).toBeUndefined();
  });

  it('rounds the figures for display only once, on the server, and keeps the short name', () => {
    const r = rowUnit(unit(), '经发局');
    expect([r.indicatorScore, r.adjustmentsTotal, r.final, r.shortName]).toEqual([63.12, 1.01, 64.13, '经发局']);
    expect(r.lights).toEqual({ green: 1, yellow: 2, red: 0, missing: 1 });
  });
});

describe('ranking rows on the wire', () => {
  const rows: Row[] = [
    { ...row('泰和高新区行政审批局', 108.9, '行政审批局'), rank: 1, change: { kind: 'ranked', previousRank: 14, delta: 13 } },
    {
      unit: {
        unitId: '6ebf842c-fdbf-4ec7-8eda-db0e7e4e82f9',
        name: '泰和市公安局高新技术产业开发区分局',
        indicatorScore: 100.45,
        panelScore: 88.2,
        adjustmentsTotal: -2,
        adjustmentCount: 2,
        final: 98.5,
        provisional: false,
        lights: { green: 7, yellow: 1, red: 1, missing: 2 },
        reportState: 'submitted',
      },
      kind: 'agency',
      rank: 2,
      change: { kind: 'new', reason: 'group_changed' },
    },
    { ...row('经发局', 90), rank: 2, change: { kind: 'ranked', previousRank: 2, delta: 0 } },
  ];

  it('packs each row into a key-less tuple and unpacks it to the same row', () => {
    const packed = packRows(rows);
    expect(unpackRows(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(rows);
  });

  it('sends no key names: a row of the page weighs little more than its values', () => {
    const json = JSON.stringify(packRows(rows));
    for (const key of ['unitId', 'indicatorScore', 'adjustmentsTotal', 'provisional', 'previousRank', 'shortName', 'lights']) expect(json).not.toContain(key);
    // the full rows (27 on the demo ranking) spent ~400 bytes each, mostly on repeated keys
    expect(json.length / rows.length).toBeLessThan(130);
  });
});

describe('the ranking page carries the first screen’s strings only', () => {
  it('ships the breakdown’s wording with the breakdown, not inside every ranking page', async () => {
    const { messages } = await import('@/messages');
    for (const locale of ['zh-CN', 'en'] as const) {
      const first = messages[locale].leaderboard as Record<string, unknown>;
      // the formulas, judge-card and indicator-table wording are only read once a number is opened
      for (const key of ['finalWeighted', 'bonusCapNote', 'panelRule', 'exclusion', 'bd']) expect(first, `${locale} ${key}`).not.toHaveProperty(key);
      expect(messages[locale].leaderboardBreakdown).toHaveProperty('bd.total');
    }
  });
});
