/** An ECharts option object (kept structural so this package needs no chart library). */
export type ChartOption = Record<string, unknown>;
