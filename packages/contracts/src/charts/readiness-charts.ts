/**
 * Partner readiness charts: tiers held, people qualified per role, and one partner's components and
 * what they cost its composite.
 */
import type { ReadinessReport } from '../readiness-report-schema.ts';
import type { ChartOption } from './chart-option.ts';

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

/**
 * Readiness by role: for each role, the people qualified at level 1+, 2+, 3+ and 4+ — one bar per
 * level, light to dark as the level rises (one hue, like the maturity bands).
 */
export const readinessByRoleOption = (readiness: Pick<ReadinessReport, 'readinessByRole'>): ChartOption => {
  const shades = ['#a9c0e0', '#6f93c8', '#3f6aa8', '#1c3f73'];
  return {
    // A wide gap between legend items: browsers may measure the label narrower than they draw it.
    legend: { top: 0, itemGap: 24 },
    grid: { top: 48, left: 48, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: readiness.readinessByRole.map((r) => r.role) },
    yAxis: { type: 'value', minInterval: 1, name: 'qualified people' },
    series: [0, 1, 2, 3].map((i) => ({
      type: 'bar',
      name: `Level ${i + 1}+`,
      itemStyle: { color: shades[i] },
      data: readiness.readinessByRole.map((r) => r.qualifiedPeople[i] ?? 0),
    })),
    tooltip: { trigger: 'axis' },
  };
};

/** One partner's row of a readiness scoring (GET …/partners/:id/readiness answers it). */
type ReadinessPartnerRow = ReadinessReport['partners'][number];
const READINESS_COMPONENTS = ['skills', 'capacity', 'outcomes'] as const;
const READINESS_COMPONENT_NAMES = ['Skills', 'Capacity', 'Outcomes'];
/** One decimal for chart labels (the page's tables print through the format module). */
const chartTenths = (x: number) => Math.round(x * 10) / 10;

/** One partner's readiness components against its tier, as percentages (0–100), one bar each. */
export const readinessComponentsOption = (
  partner: Pick<ReadinessPartnerRow, 'skills' | 'capacity' | 'outcomes'>,
): ChartOption => ({
  grid: { left: 80, right: 56, top: 16, bottom: 44 },
  xAxis: {
    type: 'value',
    min: 0,
    max: 100,
    name: '% of what the tier requires',
    nameLocation: 'middle',
    nameGap: 28,
  },
  yAxis: { type: 'category', data: READINESS_COMPONENT_NAMES, inverse: true },
  series: [
    {
      type: 'bar',
      name: 'Component',
      data: READINESS_COMPONENTS.map((k) => chartTenths(partner[k] * 100)),
      barMaxWidth: 22,
      itemStyle: { color: '#3265a9' },
      label: { show: true, position: 'right', formatter: '{c}%' },
    },
  ],
  tooltip: { trigger: 'axis' },
});

/**
 * Where the composite's points go: one stacked bar of 100 points — the composite, then the points
 * each component costs (its contribution to the shortfall; together they make 100 − composite).
 */
export const compositeContributionsOption = (
  partner: Pick<ReadinessPartnerRow, 'composite' | 'contributions'>,
): ChartOption => {
  const costColors = ['#9a5b13', '#c9974a', '#e6cfa3'];
  return {
    grid: { left: 16, right: 16, top: 40, bottom: 44 },
    legend: { top: 0, itemGap: 24, itemWidth: 14 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: 'points of 100',
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'category', data: ['Composite'], show: false },
    series: [
      {
        type: 'bar',
        name: 'Composite',
        stack: 'points',
        data: [chartTenths(partner.composite)],
        itemStyle: { color: '#2a5a98' },
        label: { show: partner.composite >= 8, color: '#ffffff' },
        barMaxWidth: 40,
      },
      ...READINESS_COMPONENTS.map((k, i) => ({
        type: 'bar',
        name: `${READINESS_COMPONENT_NAMES[i]} costs`,
        stack: 'points',
        data: [chartTenths(partner.contributions[k])],
        itemStyle: { color: costColors[i] },
        label: { show: partner.contributions[k] >= 8, color: i === 0 ? '#ffffff' : '#1c2b40' },
        barMaxWidth: 40,
      })),
    ],
    tooltip: { trigger: 'item' },
  };
};
