import { describe, expect, it } from 'vitest';
import {
  dimensionRadarOption,
  portfolioGridOption,
  tierDistributionOption,
  tierHistoryOption,
  unassessedDimensions,
} from './chart-options.ts';

const dimension = (name: string, score: number | null) =>
  ({ id: name, dimension: name, score, band: 'Developing', weight: 1, findings: [], criteria: [] }) as never;
const health = (engaged: number, passive: number, atRisk: number, dormant: number) => ({
  engaged: { partners: engaged, revenue: engaged * 10 },
  passive: { partners: passive, revenue: 0 },
  'at-risk': { partners: atRisk, revenue: 0 },
  dormant: { partners: dormant, revenue: 0 },
});

describe('chart options from report JSON', () => {
  it('the radar has one axis per assessed dimension, their scores in order; the unassessed are named apart', () => {
    const report = {
      scorecard: [
        dimension('Strategy', 2.8),
        dimension('Governance', null),
        dimension('Go-to-market execution', 3.4),
      ],
    };
    const o = dimensionRadarOption(report);
    expect((o.radar as { indicator: { name: string }[] }).indicator.map((i) => i.name)).toEqual([
      'Strategy',
      'Go-to-market\nexecution',
    ]);
    // Not 0: a dimension with nothing measured has no score to plot.
    expect((o.series as { data: { value: number[] }[] }[])[0]!.data[0]!.value).toEqual([2.8, 3.4]);
    expect(unassessedDimensions(report)).toEqual(['Governance']);
  });

  it('the portfolio grid has a cell per type × health with its partner count', () => {
    const segments = [
      { type: 'strategic', partners: 5, revenue: 50, health: health(3, 1, 1, 0), launching: 0, stalled: 0 },
      { type: 'channel', partners: 2, revenue: 0, health: health(0, 0, 0, 2), launching: 0, stalled: 0 },
    ];
    const o = portfolioGridOption({ portfolio: { segments } as never });
    const cells = (o.series as { data: number[][] }[])[0]!.data;
    expect(cells).toHaveLength(8);
    expect(cells.filter((c) => c[1] === 0).map((c) => c[2])).toEqual([3, 1, 1, 0]);
    expect(cells.find((c) => c[0] === 3 && c[1] === 1)![2]).toBe(2);
    // Shaded by the count (dimension 2) up to the largest count, never by revenue.
    expect(o.visualMap).toMatchObject({ min: 0, max: 3, dimension: 2 });
    expect((o.yAxis as { data: string[]; inverse: boolean }).data).toEqual(['strategic', 'channel']);
  });

  it('tier distribution lists the tiers with "none" last', () => {
    const o = tierDistributionOption({
      summary: { tierDistribution: { none: 16, gold: 2, platinum: 1 } } as never,
    });
    expect((o.xAxis as { data: string[] }).data).toEqual(['gold', 'platinum', 'none']);
    expect((o.series as { data: number[] }[])[0]!.data).toEqual([2, 1, 16]);
  });
});

describe('readiness by role', () => {
  it('has one bar series per level 1+ … 4+ with each role’s qualified people', async () => {
    const { readinessByRoleOption } = await import('./chart-options.ts');
    const o = readinessByRoleOption({
      readinessByRole: [
        { role: 'sales', qualifiedPeople: [14, 12, 9, 0], partnersWithQualified: [9, 7, 4, 0] },
        { role: 'admin', qualifiedPeople: [1, 1, 1, 0], partnersWithQualified: [1, 1, 1, 0] },
      ],
    });
    expect((o.xAxis as { data: string[] }).data).toEqual(['sales', 'admin']);
    const series = o.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['Level 1+', 'Level 2+', 'Level 3+', 'Level 4+']);
    expect(series[2]!.data).toEqual([9, 1]);
  });
});

describe('enablement gaps', () => {
  it('has a bar per survey area with its mean, the target as a line, and unanswered areas marked', async () => {
    const { enablementGapsOption } = await import('./chart-options.ts');
    const area = (name: string, mean: number | null, belowTarget: boolean) => ({
      area: name,
      n: mean === null ? 0 : 12,
      mean,
      distribution: Array(11).fill(0),
      belowTarget,
    });
    const o = enablementGapsOption({
      enablement: {
        target: 7,
        feedback: [area('training', 5, true), area('support', 7.2, false), area('resources', null, false)],
        trainingCompletion: { partners: 0, share: null, completions: 0 },
        recommendations: [],
      } as never,
    });
    expect((o.yAxis as { data: string[] }).data).toEqual(['training', 'support', 'resources']);
    const s = (
      o.series as { data: { value: number; label: { formatter: string } }[]; markLine: unknown }[]
    )[0]!;
    expect(s.data.map((d) => d.value)).toEqual([5, 7.2, 0]);
    expect(s.data.map((d) => d.label.formatter)).toEqual([
      '5.0 · below target (n = 12)',
      '7.2 (n = 12)',
      'not measured',
    ]);
    expect(s.markLine).toMatchObject({ data: [{ xAxis: 7 }] });
  });
});

describe('dimension deltas', () => {
  it('has a signed, rounded change per dimension, "not assessed" where either score is missing', async () => {
    const { dimensionDeltaOption } = await import('./chart-options.ts');
    const card = (...dims: [string, number | null][]) => ({
      scorecard: dims.map(([id, score]) => ({ id, dimension: id, score })) as never,
    });
    const o = dimensionDeltaOption(
      card(['strategy', 3.1], ['gtm', 2.3], ['governance', null]),
      card(['strategy', 2.8], ['gtm', 2.4], ['governance', 2]),
    );
    const s = (o.series as { data: { value: number; label: { formatter: string } }[] }[])[0]!;
    expect(s.data.map((d) => d.value)).toEqual([0.3, -0.1, 0]);
    expect(s.data.map((d) => d.label.formatter)).toEqual(['+0.3', '−0.1', 'not assessed']);
    expect(o.xAxis).toMatchObject({ min: -0.5, max: 0.5 });
  });
});

describe('one partner’s readiness components and contributions', () => {
  const partner = {
    skills: 0.5,
    capacity: 1,
    outcomes: 0.8,
    composite: 70.86,
    contributions: { skills: 23.46, capacity: 0, outcomes: 5.68 },
  };

  it('draws the three components as percentages in order', async () => {
    const { readinessComponentsOption } = await import('./chart-options.ts');
    const o = readinessComponentsOption(partner);
    expect((o.yAxis as { data: string[] }).data).toEqual(['Skills', 'Capacity', 'Outcomes']);
    expect((o.series as { data: number[] }[])[0]!.data).toEqual([50, 100, 80]);
    expect(o.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('stacks the composite and what each component costs to 100 points', async () => {
    const { compositeContributionsOption } = await import('./chart-options.ts');
    const series = compositeContributionsOption(partner).series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual([
      'Composite',
      'Skills costs',
      'Capacity costs',
      'Outcomes costs',
    ]);
    expect(series.map((s) => s.data[0])).toEqual([70.9, 23.5, 0, 5.7]);
    expect(series.reduce((sum, s) => sum + s.data[0]!, 0)).toBeCloseTo(100, 0);
  });
});

describe('tierHistoryOption', () => {
  it('stacks the policy’s tiers from none up, by their names, darkest at the top', () => {
    const scorings = [
      { asOf: '2026-06-30', tierDistribution: { none: 2, member: 3, elite: 1 } },
      { asOf: '2026-09-30', tierDistribution: { none: 1, member: 3, gold: 1, elite: 1 } },
    ] as never;
    const option = tierHistoryOption({ scorings }, [
      { id: 'elite', name: 'Elite Partner' },
      { id: 'gold', name: 'Gold' },
      { id: 'member', name: 'Member' },
    ]);
    const series = option.series as { name: string; data: number[]; itemStyle: { color: string } }[];
    expect(series.map((s) => s.name)).toEqual(['No readiness tier', 'Member', 'Gold', 'Elite Partner']);
    expect(series[1]!.data).toEqual([3, 3]);
    expect(series[3]!.itemStyle.color).toBe('#1c3f73');
  });
});
