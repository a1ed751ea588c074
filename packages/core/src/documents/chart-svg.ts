/**
 * A chart as inline SVG, drawn on the server by ECharts' SSR renderer from the same option objects
 * the web app draws (@trellis/contracts' builders): no browser, no animation, the documents' font.
 * ECharts escapes the labels it writes into the SVG, so data stays text.
 */
import { createRequire } from 'node:module';
import type { ChartOption } from '@trellis/contracts';

type ECharts = typeof import('echarts');
let loaded: ECharts | undefined;
/** ECharts is required on the first chart drawn: commands that draw none start ~0.7 s sooner. */
const echartsLib = (): ECharts => {
  loaded ??= createRequire(import.meta.url)('echarts') as ECharts;
  return loaded;
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const chartSvg = (option: ChartOption, width: number, height: number): string => {
  const chart = echartsLib().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option, tooltip: undefined });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
