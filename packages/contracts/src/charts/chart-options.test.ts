import { describe, expect, it } from 'vitest';
import { dimensionRadarOption, portfolioGridOption, tierDistributionOption } from './chart-options.ts';

const dimension = (name: string, score: number | null) =>
  ({ id: name, dimension: name, score, band: 'Developing', weight: 1, findings: [], criteria: [] }) as never;
const health = (engaged: number, passive: number, atRisk: number, dormant: number) => ({
  engaged: { partners: engaged, revenue: engaged * 10 },
  passive: { partners: passive, revenue: 0 },
  'at-risk': { partners: atRisk, revenue: 0 },
  dormant: { partners: dormant, revenue: 0 },
});

describe('chart options from report JSON', () => {
  it('the radar has one axis per dimension and their scores in order (unassessed as 0)', () => {
    const o = dimensionRadarOption({
      scorecard: [dimension('Strategy', 2.8), dimension('Governance', null)],
    });
    expect((o.radar as { indicator: { name: string }[] }).indicator.map((i) => i.name)).toEqual([
      'Strategy',
      'Governance',
    ]);
    expect((o.series as { data: { value: number[] }[] }[])[0]!.data[0]!.value).toEqual([2.8, 0]);
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
    expect((o.visualMap as { max: number }).max).toBe(3);
  });

  it('tier distribution lists the tiers with "none" last', () => {
    const o = tierDistributionOption({
      summary: { tierDistribution: { none: 16, gold: 2, platinum: 1 } } as never,
    });
    expect((o.xAxis as { data: string[] }).data).toEqual(['gold', 'platinum', 'none']);
    expect((o.series as { data: number[] }[])[0]!.data).toEqual([2, 1, 16]);
  });
});
