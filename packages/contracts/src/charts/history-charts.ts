/**
 * The program over time: the overall score and each dimension per assessment (a line each, the
 * overall bold), and the partners per readiness tier at each scoring (stacked bars, one hue from
 * light to dark as the tier rises — never red to green).
 */
import type { ProgramHistory } from '../api/history.ts';
import { formatDate, tierName } from '../format/format.ts';
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

/** One hue, lightest for no tier, darkest for the top tier (the ramp of a four-tier policy). */
const NO_TIER_SHADE = '#dde3ec';
const TIER_SHADES = ['#a9c0e0', '#6f93c8', '#3f6aa8', '#1c3f73'];

/** The shade of the tier at `rank` from the bottom (0) of `count` tiers: the ramp spread over them. */
const shadeOf = (rank: number, count: number): string =>
  TIER_SHADES[
    count <= 1 ? TIER_SHADES.length - 1 : Math.round((rank * (TIER_SHADES.length - 1)) / (count - 1))
  ] ?? NO_TIER_SHADE;

/**
 * Partners per readiness tier at each scoring, oldest first, stacked from none up to the top tier.
 * `tiers`: the published policy's, highest first (their names and order).
 */
export const tierHistoryOption = (
  h: Pick<ProgramHistory, 'scorings'>,
  tiers: readonly { id: string; name: string }[],
): ChartOption => {
  const upward = ['none', ...tiers.map((t) => t.id).reverse()];
  const shades: Record<string, string> = Object.fromEntries(
    upward.map((t, i) => [t, i === 0 ? NO_TIER_SHADE : shadeOf(i - 1, tiers.length)]),
  );
  const shown = upward.filter((t) => h.scorings.some((s) => (s.tierDistribution[t] ?? 0) > 0));
  return {
    legend: { top: 0 },
    grid: { top: 40, left: 48, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: h.scorings.map((s) => formatDate(s.asOf)) },
    yAxis: { type: 'value', minInterval: 1, name: 'partners' },
    series: shown.map((t) => ({
      type: 'bar',
      stack: 'tiers',
      name: t === 'none' ? 'No readiness tier' : tierName(t, tiers),
      itemStyle: { color: shades[t] },
      data: h.scorings.map((s) => s.tierDistribution[t] ?? 0),
      label: { show: true, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
    })),
    tooltip: { trigger: 'axis' },
  };
};
