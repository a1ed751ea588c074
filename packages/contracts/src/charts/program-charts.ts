/**
 * The program report's charts: the dimension radar, the type × health grid, enablement against its
 * target, the change per dimension, where partner revenue comes from, the plan as a timeline.
 */
import { formatDelta, formatScore, roundHalfUp1 } from '../format/format.ts';
import type { ProgramReport } from '../program-report-schema.ts';
import type { ChartOption } from './chart-option.ts';

const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'] as const;

/** Breaks a long axis name into lines of about `width` characters at spaces. */
const wrap = (name: string, width = 16) =>
  name
    .split(' ')
    .reduce<string[]>((lines, word) => {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + word.length < width)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      return lines;
    }, [])
    .join('\n');

/**
 * The dimension scorecard as a radar: one axis per assessed dimension, 0–5. A dimension with
 * nothing measured or scored has no point to plot (a radar cannot leave a gap, and 0 would read as
 * a score): it is left off, and whoever shows the radar names it beside it (`unassessedDimensions`).
 */
export const dimensionRadarOption = (report: Pick<ProgramReport, 'scorecard'>): ChartOption => {
  const assessed = report.scorecard.filter((d) => d.score !== null);
  return {
    radar: {
      indicator: assessed.map((d) => ({ name: wrap(d.dimension), min: 0, max: 5 })),
      radius: '55%',
      axisName: { color: '#1c2b40', lineHeight: 14 },
    },
    series: [
      {
        type: 'radar',
        name: 'Dimension scores',
        data: [{ name: 'Score', value: assessed.map((d) => d.score!) }],
        itemStyle: { color: '#3f6aa8' },
        areaStyle: { opacity: 0.18 },
      },
    ],
    tooltip: {},
  };
};

/** The dimensions the radar leaves off: nothing in them was measured or scored. */
export const unassessedDimensions = (report: Pick<ProgramReport, 'scorecard'>): string[] =>
  report.scorecard.filter((d) => d.score === null).map((d) => d.dimension);

/**
 * The partner portfolio map: partner type × health, each cell the number of partners (and their
 * revenue, for the tooltip), shaded by the count. Types top-down in the report's order, as tables list them.
 */
export const portfolioGridOption = (report: Pick<ProgramReport, 'portfolio'>): ChartOption => {
  const types = report.portfolio.segments.map((s) => s.type);
  const cells = report.portfolio.segments.flatMap((s, y) =>
    HEALTH.map((h, x) => [x, y, s.health[h]?.partners ?? 0, s.health[h]?.revenue ?? 0]),
  );
  return {
    grid: { left: 100, right: 56, top: 32, bottom: 32, outerBoundsMode: 'none' },
    xAxis: { type: 'category', data: [...HEALTH], name: 'health' },
    yAxis: {
      type: 'category',
      data: types,
      name: 'type',
      inverse: true,
      nameLocation: 'start',
      axisLabel: { width: 90, overflow: 'truncate' },
    },
    // Shade by the count (dimension 2), not by the cell's last value (revenue), on the band hue.
    visualMap: {
      min: 0,
      max: Math.max(1, ...cells.map((c) => c[2]!)),
      dimension: 2,
      inRange: { color: ['#eef3fa', '#3f6aa8'] },
      show: false,
    },
    series: [{ type: 'heatmap', name: 'Partners', data: cells, label: { show: true } }],
    tooltip: {},
  };
};

/**
 * Enablement gaps: each survey area's mean score (0–10) against the framework's target (a dashed
 * line). Areas below the target are the darker bars and say "below target" in their label, so
 * colour is never the only cue; an area nobody answered is left empty and labelled "not measured".
 */
export const enablementGapsOption = (report: Pick<ProgramReport, 'enablement'>): ChartOption => {
  const { feedback, target } = report.enablement;
  return {
    grid: { left: 96, right: 150, top: 24, bottom: 48 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 10,
      name: 'mean survey score (0–10)',
      nameLocation: 'middle',
      nameGap: 30,
    },
    yAxis: { type: 'category', data: feedback.map((f) => f.area), inverse: true },
    series: [
      {
        type: 'bar',
        name: 'Mean score',
        barMaxWidth: 28,
        data: feedback.map((f) =>
          f.mean === null
            ? { value: 0, itemStyle: { color: '#d1d5db' }, label: { formatter: 'not measured' } }
            : {
                value: f.mean,
                itemStyle: { color: f.belowTarget ? '#3f6aa8' : '#a9c0e0' },
                label: {
                  formatter: `${formatScore(f.mean)}${f.belowTarget ? ' · below target' : ''} (n = ${f.n})`,
                },
              },
        ),
        label: { show: true, position: 'right' },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: '#1c2b40' },
          // The category axis runs top-down, so 'start' puts the label above the bars.
          label: { formatter: `target ${formatScore(target)}`, position: 'start' },
          data: [{ xAxis: target }],
        },
      },
    ],
    tooltip: {},
  };
};

/**
 * The change of each dimension between two assessments as diverging bars around zero: gains to the
 * right, drops to the left, each labelled with its signed change (colour is not the only cue). A
 * dimension not assessed in one of the two has no bar and says so.
 */
export const dimensionDeltaOption = (
  current: Pick<ProgramReport, 'scorecard'>,
  previous: Pick<ProgramReport, 'scorecard'>,
): ChartOption => {
  const before = new Map(previous.scorecard.map((d) => [d.id, d.score]));
  const rows = current.scorecard.map((d) => {
    const b = before.get(d.id);
    return { name: d.dimension, delta: d.score === null || b == null ? null : roundHalfUp1(d.score - b) };
  });
  // A symmetric axis, at least ±0.5, in half points, so zero sits in the middle.
  const span = Math.max(0.5, Math.ceil(Math.max(...rows.map((r) => Math.abs(r.delta ?? 0))) * 2) / 2);
  return {
    // Fixed margins: dimension names break into lines of at most 120 px (with slack for the page's
    // font, wider than the one ECharts measures with) instead of being cut.
    grid: { left: 180, right: 48, top: 16, bottom: 48, outerBoundsMode: 'none' },
    xAxis: {
      type: 'value',
      min: -span,
      max: span,
      name: 'change in score (of 5)',
      nameLocation: 'middle',
      nameGap: 30,
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      inverse: true,
      axisLabel: { width: 120, overflow: 'break', lineHeight: 14 },
    },
    series: [
      {
        type: 'bar',
        name: 'Change',
        barMaxWidth: 24,
        data: rows.map((r) =>
          r.delta === null
            ? { value: 0, label: { formatter: 'not assessed', position: 'right', color: '#6b7280' } }
            : {
                value: r.delta,
                itemStyle: { color: r.delta >= 0 ? '#3f6aa8' : '#8a94a6' },
                label: { formatter: formatDelta(r.delta), position: r.delta >= 0 ? 'right' : 'left' },
              },
        ),
        label: { show: true },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: '#1c2b40', type: 'solid' },
          data: [{ xAxis: 0 }],
        },
      },
    ],
    tooltip: {},
  };
};

/**
 * Where partner revenue comes from: the top partners by revenue in the period as bars (dollars) and
 * the running share of all partner revenue they add up to as a line (0–100%) — the Pareto view
 * ("the top 3 bring 74%"). Partners without revenue are left out; `top` caps the bars.
 */
export const revenueParetoOption = (report: Pick<ProgramReport, 'performance'>, top = 15): ChartOption => {
  const earning = report.performance.partners
    .filter((p) => p.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue);
  const total = earning.reduce((n, p) => n + p.revenue, 0);
  const shown = earning.slice(0, top);
  let running = 0;
  const cumulative = shown.map((p) => {
    running += p.revenue;
    return total > 0 ? Math.round((running / total) * 1000) / 10 : 0;
  });
  return {
    legend: { bottom: 0, itemGap: 24 },
    grid: { left: 64, right: 56, top: 36, bottom: 110 },
    xAxis: {
      type: 'category',
      data: shown.map((p) => p.name),
      axisLabel: { rotate: 40, width: 110, overflow: 'truncate', interval: 0 },
    },
    yAxis: [
      { type: 'value', name: '$K', nameTextStyle: { align: 'right' } },
      {
        type: 'value',
        name: 'cumulative',
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%' },
        nameTextStyle: { align: 'left' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: 'Revenue in the period ($K)',
        data: shown.map((p) => Math.round(p.revenue / 100) / 10),
        itemStyle: { color: '#3f6aa8' },
      },
      {
        type: 'line',
        name: 'Share of partner revenue, cumulative',
        yAxisIndex: 1,
        data: cumulative,
        itemStyle: { color: '#b45309' },
        label: { show: true, formatter: '{c}%', fontSize: 10, position: 'top' },
        labelLayout: { hideOverlap: true },
      },
    ],
    tooltip: { trigger: 'axis' },
  };
};

/**
 * The 30/60/90-day plan as a timeline: one bar per action across its 30-day window (days 1–30,
 * 31–60, 61–90), first actions on top, each labelled with its effort; the status is in the bar's
 * shade (done darkest) and in its label, so colour is never the only cue.
 */
export const planTimelineOption = (report: Pick<ProgramReport, 'plan'>): ChartOption => {
  const windows = [
    ['days30', 0],
    ['days60', 30],
    ['days90', 60],
  ] as const;
  const items = windows.flatMap(([bucket, start]) => report.plan[bucket].map((a) => ({ a, start })));
  const shade: Record<string, string> = { todo: '#a9c0e0', in_progress: '#6f93c8', done: '#1c3f73' };
  const words: Record<string, string> = { todo: 'to do', in_progress: 'in progress', done: 'done' };
  return {
    grid: { left: 250, right: 24, top: 16, bottom: 40 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 90,
      interval: 30,
      name: 'days from today',
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map(({ a }) => a.title),
      axisLabel: { width: 190, overflow: 'truncate', fontSize: 11 },
    },
    series: [
      // An invisible bar up to the window's start, then the window itself: a stacked Gantt.
      {
        type: 'bar',
        stack: 'plan',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: items.map(({ start }) => start),
      },
      {
        type: 'bar',
        stack: 'plan',
        name: 'Action window',
        barMaxWidth: 18,
        data: items.map(({ a }) => ({
          value: 30,
          itemStyle: { color: shade[a.status] ?? shade.todo },
          label: {
            show: true,
            position: 'insideLeft',
            color: a.status === 'done' ? '#ffffff' : '#1c2b40',
            formatter: `${a.effort} effort · ${words[a.status] ?? a.status}`,
          },
        })),
      },
    ],
  };
};
