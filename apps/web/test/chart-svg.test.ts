/**
 * One source for charts: every option builder of @trellis/contracts, fed the demo org's report
 * JSON from the API, renders to SVG on the server with ECharts' SSR renderer (no browser) — the
 * path the server-side documents take — and the SVG carries the data's own labels.
 */
import {
  compositeContributionsOption,
  dimensionDeltaOption,
  dimensionRadarOption,
  enablementGapsOption,
  planTimelineOption,
  portfolioGridOption,
  readinessByRoleOption,
  readinessComponentsOption,
  revenueParetoOption,
  tierDistributionOption,
} from '@trellis/contracts';
import * as echarts from 'echarts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.ts';

let s: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: report JSON as the API sends it
let report: any, readiness: any, partner: any;

beforeAll(async () => {
  s = await startTestServer();
  const owner = await s.signIn('owner@demo.trellis.test');
  report = (await owner.get('/api/v1/orgs/demo/assessments/latest/report')).data;
  readiness = (await owner.get('/api/v1/orgs/demo/readiness')).data;
  partner = (await owner.get('/api/v1/orgs/demo/partners/P-A/readiness')).data;
}, 120_000);
afterAll(() => s?.close());

const svgOf = (option: Record<string, unknown>) => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 400 });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
};

describe('chart options render to SVG on the server', () => {
  it.each([
    // Long axis names are wrapped into lines: the first word is on the first line.
    [
      'dimension radar',
      () => dimensionRadarOption(report),
      () => report.scorecard[0].dimension.split(' ')[0],
    ],
    ['portfolio grid', () => portfolioGridOption(report), () => report.portfolio.segments[0].type],
    ['enablement gaps', () => enablementGapsOption(report), () => 'training'],
    [
      'dimension deltas',
      () => dimensionDeltaOption(report, report),
      () => report.scorecard[1].dimension.split(' ')[0],
    ],
    ['tier distribution', () => tierDistributionOption(readiness), () => 'platinum'],
    ['revenue Pareto', () => revenueParetoOption(report), () => report.portfolio.topPerformers[0].name],
    ['plan timeline', () => planTimelineOption(report), () => 'days from today'],
    ['readiness by role', () => readinessByRoleOption(readiness), () => readiness.readinessByRole[0].role],
    ['readiness components', () => readinessComponentsOption(partner), () => 'Skills'],
    ['composite contributions', () => compositeContributionsOption(partner), () => 'Composite'],
  ])('%s', (_name, option, label) => {
    const svg = svgOf(option());
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(label().replaceAll('&', '&amp;'));
    expect(svg.length).toBeGreaterThan(1000);
  });
});
