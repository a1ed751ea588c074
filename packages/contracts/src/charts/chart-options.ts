/**
 * Chart options as plain functions of the report JSON: the same option objects drive ECharts in
 * the browser and ECharts' SVG renderer on the server, so a chart looks the same in the web app and
 * in a document. No ECharts import here: an option is plain data. One file per report.
 */
export type { ChartOption } from './chart-option.ts';
export * from './history-charts.ts';
export * from './program-charts.ts';
export * from './readiness-charts.ts';
