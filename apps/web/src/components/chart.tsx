/**
 * An ECharts chart from an option object built by @trellis/contracts (the same builders draw the
 * documents' SVG on the server). ECharts is loaded on first use, so pages without charts do not
 * pay for it; the SVG renderer keeps text crisp and selectable.
 */
import { Box } from '@mantine/core';
import type { ChartOption } from '@trellis/contracts';
import { useEffect, useRef } from 'react';

/** A named font stack: with `inherit`, ECharts measures labels narrower than it draws them (legends clip). */
const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

type ECharts = typeof import('./echarts-setup.ts');
let loading: Promise<ECharts> | undefined;
const loadECharts = () => {
  loading ??= import('./echarts-setup.ts');
  return loading;
};

export interface ChartProps {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the data is also in a table beside it). */
  label: string;
  onClick?: (params: { data: unknown; name: string; seriesName?: string }) => void;
}

export const Chart = ({ option, height = 320, label, onClick }: ChartProps) => {
  const el = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ echarts }) => {
      if (disposed || !el.current) return;
      const c = echarts.init(el.current, null, { renderer: 'svg' });
      c.setOption({ textStyle: { fontFamily: CHART_FONT }, animationDuration: 300, ...option });
      c.on('click', (p) => clickRef.current?.(p as never));
      chart = c;
      observer = new ResizeObserver(() => c.resize());
      observer.observe(el.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return <Box ref={el} h={height} role="img" aria-label={label} />;
};
