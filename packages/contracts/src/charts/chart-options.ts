/**
 * Chart options as plain functions of the report JSON: the same option objects drive ECharts in
 * the browser and ECharts' SVG renderer on the server, so a chart looks the same in the web app and
 * in a document. No ECharts import here: an option is plain data.
 */
import type { ProgramReport } from '../program-report-schema.ts';
import type { ReadinessReport } from '../readiness-report-schema.ts';

/** An ECharts option object (kept structural so this package needs no chart library). */
export type ChartOption = Record<string, unknown>;

const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'] as const;

/** The dimension scorecard as a radar: one axis per dimension, 1–5. */
export const dimensionRadarOption = (report: Pick<ProgramReport, 'scorecard'>): ChartOption => ({
  radar: {
    indicator: report.scorecard.map((d) => ({ name: d.dimension, min: 0, max: 5 })),
    radius: '65%',
  },
  series: [
    {
      type: 'radar',
      name: 'Dimension scores',
      data: [{ name: 'Score', value: report.scorecard.map((d) => d.score ?? 0) }],
      areaStyle: { opacity: 0.15 },
    },
  ],
  tooltip: {},
});

/** The partner portfolio map: partner type × health, each cell the number of partners (and revenue). */
export const portfolioGridOption = (report: Pick<ProgramReport, 'portfolio'>): ChartOption => {
  const types = report.portfolio.segments.map((s) => s.type);
  const cells = report.portfolio.segments.flatMap((s, y) =>
    HEALTH.map((h, x) => [x, y, s.health[h]?.partners ?? 0, s.health[h]?.revenue ?? 0]),
  );
  return {
    xAxis: { type: 'category', data: [...HEALTH], name: 'health' },
    yAxis: { type: 'category', data: types, name: 'type' },
    visualMap: { min: 0, max: Math.max(1, ...cells.map((c) => c[2]!)), show: false },
    series: [{ type: 'heatmap', name: 'Partners', data: cells, label: { show: true } }],
    tooltip: {},
  };
};

/** Tier distribution of a readiness scoring: partners per tier in effect, "none" last. */
export const tierDistributionOption = (readiness: Pick<ReadinessReport, 'summary'>): ChartOption => {
  const entries = Object.entries(readiness.summary.tierDistribution);
  const ordered = [...entries.filter(([t]) => t !== 'none'), ...entries.filter(([t]) => t === 'none')];
  return {
    xAxis: { type: 'category', data: ordered.map(([t]) => t) },
    yAxis: { type: 'value', minInterval: 1, name: 'partners' },
    series: [
      {
        type: 'bar',
        name: 'Partners',
        data: ordered.map(([, n]) => n),
        label: { show: true, position: 'top' },
      },
    ],
    tooltip: {},
  };
};
