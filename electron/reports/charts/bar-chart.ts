import * as echarts from 'echarts';
import { textWidthEm } from '../document/text-measure';
import type { ChartImage } from './chart-image';
import { chartFontFamilies } from './chart-fonts';
import { okabeIto } from './okabe-ito';
import { rasteriseSvg } from './rasterise-svg';

export interface ChartBar {
  /** The row's name, as the table beside the chart prints it. */
  readonly category: string;
  /** The published value; null when the disclosure audit hides it: a marker is drawn, never a bar. */
  readonly value: number | null;
  /** As the table prints it: "42", "<10", "x", "1 613,31 $". */
  readonly label: string;
  /** Migrant workers' rows stand out in their own colour (and legend entry). */
  readonly emphasised?: boolean;
}

export interface BarChartSpec {
  readonly bars: readonly ChartBar[];
  /** Legend entries, in the document's language. */
  readonly legend: { readonly emphasised?: string; readonly others: string; readonly hidden: string };
  /** The value axis' ticks as the document writes numbers or money. */
  axisLabel(value: number): string;
  readonly altText: string;
}

/**
 * ECharts names the SVG's CSS classes (hover styles) with counters global to the process, so the
 * same chart drawn twice would differ: numbered by first appearance instead, equal data draws equal bytes.
 */
function stableClassNames(svg: string): string {
  const names = new Map<string, string>();
  return svg.replace(/zr\d+-cls-\d+/g, (name) => {
    let stable = names.get(name);
    if (!stable) {
      stable = `chart-${names.size}`;
      names.set(name, stable);
    }
    return stable;
  });
}

const fontSize = 12;
const rowHeight = 26;
const width = 640;
const fontFamily = chartFontFamilies.map((family) => (family.includes(' ') ? `'${family}'` : family)).join(', ');

/** One bar series per colour, each with a value only in its own rows, overlaid in the same slot. */
function barData(bars: readonly ChartBar[], emphasised: boolean, emphasisShown: boolean) {
  return bars.map((bar) =>
    bar.value !== null && (emphasisShown ? !!bar.emphasised : false) === emphasised ? bar.value : '-',
  );
}

function seriesLabel(bars: readonly ChartBar[]) {
  return {
    show: true,
    position: 'right' as const,
    color: okabeIto.black,
    fontSize,
    formatter: (item: { dataIndex: number }) => bars[item.dataIndex]?.label ?? '',
  };
}

/**
 * A horizontal bar chart in the order of the table it illustrates, with each row's name on the axis
 * and its value as printed in the table. Drawn by Apache ECharts' server-side SVG renderer, then
 * rasterised by resvg. A hidden value is never given to ECharts at all: its row gets a marker at
 * zero labelled "<10" or "x", so neither a bar's length nor the axis' range depends on it.
 */
export function renderBarChart(spec: BarChartSpec): ChartImage {
  const { bars } = spec;
  const hidden = bars.flatMap((bar, index) => (bar.value === null ? [{ value: [0, index], label: bar.label }] : []));
  const hasEmphasis: boolean = !!spec.legend.emphasised && bars.some((bar) => bar.emphasised && bar.value !== null);
  // Measured for the widest face a reader may draw the labels in, so none is cut at the edge.
  const labelRoom = Math.ceil(Math.max(0, ...bars.map((bar) => textWidthEm(bar.category))) * fontSize) + 12;
  const valueRoom = Math.ceil(Math.max(0, ...bars.map((bar) => textWidthEm(bar.label))) * fontSize) + 16;
  const legendItems = (hasEmphasis ? 1 : 0) + 1 + (hidden.length > 0 ? 1 : 0);
  // One legend entry a line: a reader's wider face can never make a row of them overlap the axis.
  const legendHeight = legendItems * 20;
  const height = Math.max(1, bars.length) * rowHeight + 40 + legendHeight;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily, fontSize, color: okabeIto.black },
      grid: { left: labelRoom, right: valueRoom, top: 8, bottom: 32 + legendHeight },
      legend: {
        orient: 'vertical',
        left: 8,
        bottom: 0,
        itemGap: 6,
        textStyle: { fontFamily, fontSize },
        data: [
          ...(hasEmphasis ? [spec.legend.emphasised!] : []),
          spec.legend.others,
          ...(hidden.length > 0 ? [spec.legend.hidden] : []),
        ],
      },
      xAxis: {
        type: 'value',
        min: 0,
        axisLabel: { formatter: (value: number) => spec.axisLabel(value), color: '#333333', fontFamily, fontSize: 11 },
        splitLine: { lineStyle: { color: '#D9D9D9' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((bar) => bar.category),
        axisTick: { show: false },
        axisLabel: { color: okabeIto.black, fontFamily, fontSize, interval: 0 },
      },
      series: [
        ...(hasEmphasis
          ? [
              {
                name: spec.legend.emphasised,
                type: 'bar' as const,
                data: barData(bars, true, hasEmphasis),
                barWidth: 16,
                barGap: '-100%',
                itemStyle: { color: okabeIto.vermillion },
                label: seriesLabel(bars),
              },
            ]
          : []),
        {
          name: spec.legend.others,
          type: 'bar' as const,
          data: barData(bars, false, hasEmphasis),
          barWidth: 16,
          barGap: '-100%',
          itemStyle: { color: okabeIto.blue },
          label: seriesLabel(bars),
        },
        ...(hidden.length > 0
          ? [
              {
                name: spec.legend.hidden,
                type: 'scatter' as const,
                data: hidden.map((marker) => marker.value),
                symbol: 'diamond',
                symbolSize: 12,
                itemStyle: { color: okabeIto.black },
                label: {
                  show: true,
                  position: 'right' as const,
                  color: okabeIto.black,
                  fontSize,
                  formatter: (item: { dataIndex: number }) => hidden[item.dataIndex]?.label ?? '',
                },
              },
            ]
          : []),
      ],
    });
    const svg = stableClassNames(chart.renderToSVGString());
    return { svg, png: rasteriseSvg(svg), width, height, altText: spec.altText };
  } finally {
    chart.dispose();
  }
}
