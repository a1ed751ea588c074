/**
 * The program over time: the overall score and each dimension per assessment (a line each, the
 * overall bold), and the partners per readiness tier at each scoring (stacked bars, one hue from
 * light to dark as the tier rises — never red to green).
 */
import type { ProgramHistory } from '../api/history.ts';
import { formatDate } from '../format/format.ts';
import { INK } from '../palette.ts';
import type { ChartOption } from './chart-option.ts';

/** Overall and dimension scores (1–5) per assessment, oldest first. */
export const scoreHistoryOption = (h: Pick<ProgramHistory, 'assessments'>): ChartOption => {
  const dates = h.assessments.map((a) => formatDate(a.asOf));
  const dimensions = h.assessments[h.assessments.length - 1]?.dimensions ?? [];
  return {
    legend: { top: 0, type: 'scroll' },
    grid: { top: 40, left: 40, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: dates, boundaryGap: false },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1, name: 'score (1–5)' },
    series: [
      {
        type: 'line',
        name: 'Overall',
        data: h.assessments.map((a) => a.overall?.score ?? null),
        lineStyle: { width: 4, color: INK.brand },
        itemStyle: { color: INK.brand },
        symbolSize: 8,
        label: { show: true, position: 'top', formatter: (p: { value: number }) => p.value.toFixed(1) },
        z: 3,
      },
      ...dimensions.map((d) => ({
        type: 'line',
        name: d.dimension,
        data: h.assessments.map((a) => a.dimensions.find((x) => x.id === d.id)?.score ?? null),
        lineStyle: { width: 1.5 },
        symbolSize: 5,
        connectNulls: false,
      })),
    ],
    tooltip: { trigger: 'axis' },
  };
};

const TIER_SHADES: Record<string, string> = {
  platinum: '#1c3f73',
  gold: '#3f6aa8',
  silver: '#6f93c8',
  bronze: '#a9c0e0',
  none: '#dde3ec',
};

/** Partners per readiness tier at each scoring, oldest first, stacked from none up to Platinum. */
export const tierHistoryOption = (h: Pick<ProgramHistory, 'scorings'>): ChartOption => {
  const tiers = ['none', 'bronze', 'silver', 'gold', 'platinum'].filter((t) =>
    h.scorings.some((s) => (s.tierDistribution[t] ?? 0) > 0),
  );
  return {
    legend: { top: 0 },
    grid: { top: 40, left: 48, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: h.scorings.map((s) => formatDate(s.asOf)) },
    yAxis: { type: 'value', minInterval: 1, name: 'partners' },
    series: tiers.map((t) => ({
      type: 'bar',
      stack: 'tiers',
      name: t === 'none' ? 'No readiness tier' : t.charAt(0).toUpperCase() + t.slice(1),
      itemStyle: { color: TIER_SHADES[t] },
      data: h.scorings.map((s) => s.tierDistribution[t] ?? 0),
      label: { show: true, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
    })),
    tooltip: { trigger: 'axis' },
  };
};
