import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts-for-react/esm/types';
import { useTranslation } from 'react-i18next';

// Only what the app draws (echarts/core instead of the whole of echarts). SVG renders the same in
// the browser, in print and in jsdom tests.
echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export type EChartProps = {
  /** What the chart shows: its accessible name (the hidden ECharts title the aria description starts with). */
  title: string;
  /** The ECharts option; `title` and `aria` are set here. */
  option: EChartsOption;
  height: number;
  /** Replace the previous option instead of merging into it (series that come and go). */
  notMerge?: boolean;
};

/** Loaded by `Chart` (./chart.tsx) on first use: the module that pulls in ECharts. */
export default function EChart({ title, option, height, notMerge }: EChartProps) {
  const { i18n } = useTranslation();
  // ECharts' own texts (the aria description, "no data") in the UI language; a new instance when it changes
  const locale = i18n.language === 'en' ? 'EN' : 'ZH';
  return (
    <ReactEChartsCore
      key={locale}
      echarts={echarts}
      opts={{ renderer: 'svg', locale }}
      style={{ height }}
      notMerge={notMerge}
      option={{ ...option, title: { text: title, show: false }, aria: { enabled: true } }}
    />
  );
}
