import { lazy, Suspense } from 'react';

import type { EChartProps } from './echart';

// ECharts (about 170 KB gzip even trimmed to the parts used) loads with the first chart drawn, not
// with the app: pages without charts never fetch it.
const EChart = lazy(() => import('./echart'));

export type ChartProps = EChartProps;

/**
 * A chart of the app: ECharts (SVG) loaded on first use, with the chart types the app draws, an
 * accessible name and a description of its data for screen readers (ECharts `aria`), in the UI
 * language. Holds its height while ECharts loads, so the page does not jump.
 */
export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<div style={{ height: props.height }} aria-busy="true" data-testid="chart-loading" />}>
      <EChart {...props} />
    </Suspense>
  );
}
