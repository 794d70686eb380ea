/**
 * Pure ECharts option builders for the statistics page and the wall dashboard: bars (a breakdown or a
 * ranking), lines (trends), a ring (shares) and the grid map. Colours read well on the light page and,
 * with `dark`, on the dashboard's dark background.
 */
import type { ChartOption } from './echarts-setup.ts';

export interface LabelledValue {
  label: string;
  value: number;
}

export interface LineSeries {
  name: string;
  values: (number | null)[];
}

const PALETTE = ['#3b82f6', '#22c55e', '#f59e0b', '#ef4444', '#a855f7', '#06b6d4', '#ec4899', '#84cc16'];
const text = (dark?: boolean) => (dark ? '#cbd5e1' : '#334155');
const split = (dark?: boolean) => (dark ? 'rgba(148,163,184,0.15)' : '#e5e7eb');
const FONT = { fontSize: 13 };

/** Bars of a breakdown; `horizontal` for a ranking (largest at the top). */
export function barOption(
  rows: readonly LabelledValue[],
  opts: { name: string; horizontal?: boolean; dark?: boolean; fontSize?: number },
): ChartOption {
  const ordered = opts.horizontal ? [...rows].reverse() : rows;
  const font = { color: text(opts.dark), fontSize: opts.fontSize ?? FONT.fontSize };
  const categoryAxis = {
    type: 'category',
    data: ordered.map((r) => r.label),
    axisLabel: { ...font, interval: 0, ...(opts.horizontal ? {} : { rotate: rows.length > 6 ? 30 : 0 }) },
    axisLine: { lineStyle: { color: split(opts.dark) } },
  };
  const valueAxis = {
    type: 'value',
    minInterval: 1,
    axisLabel: font,
    splitLine: { lineStyle: { color: split(opts.dark) } },
  };
  return {
    color: PALETTE,
    backgroundColor: 'transparent',
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: opts.horizontal ? 40 : 16, top: 16, bottom: 8, containLabel: true },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        name: opts.name,
        data: ordered.map((r) => r.value),
        barMaxWidth: 28,
        label: { show: true, position: opts.horizontal ? 'right' : 'top', ...font },
        itemStyle: { borderRadius: opts.horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0] },
      },
    ],
  };
}

/** Lines over time buckets (`keys` on the x axis). */
export function lineOption(
  keys: readonly string[],
  series: readonly LineSeries[],
  opts: { dark?: boolean; fontSize?: number } = {},
): ChartOption {
  const font = { color: text(opts.dark), fontSize: opts.fontSize ?? FONT.fontSize };
  return {
    color: PALETTE,
    backgroundColor: 'transparent',
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: font },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: keys.map((k) => (k.length === 10 ? k.slice(5) : k)),
      axisLabel: font,
      axisLine: { lineStyle: { color: split(opts.dark) } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: font,
      splitLine: { lineStyle: { color: split(opts.dark) } },
    },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      smooth: true,
      showSymbol: false,
      areaStyle: { opacity: 0.12 },
    })),
  };
}

/** A ring of shares; empty slices are left out. */
export function ringOption(
  rows: readonly LabelledValue[],
  opts: { name: string; dark?: boolean; fontSize?: number },
): ChartOption {
  const font = { color: text(opts.dark), fontSize: opts.fontSize ?? FONT.fontSize };
  return {
    color: PALETTE,
    backgroundColor: 'transparent',
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    series: [
      {
        type: 'pie',
        name: opts.name,
        radius: ['42%', '68%'],
        data: rows.filter((r) => r.value > 0).map((r) => ({ name: r.label, value: r.value })),
        label: { ...font, formatter: '{b}\n{d}%' },
        itemStyle: { borderColor: opts.dark ? '#0b1733' : '#fff', borderWidth: 2 },
      },
    ],
  };
}

/** The grids on a registered map, coloured by their cases (a continuous scale from 0 to the largest count). */
export function gridMapOption(
  mapName: string,
  grids: readonly { name: string; value: number }[],
  opts: { dark?: boolean; seriesName: string; fontSize?: number },
): ChartOption {
  const max = Math.max(1, ...grids.map((g) => g.value));
  const font = { color: text(opts.dark), fontSize: opts.fontSize ?? FONT.fontSize };
  return {
    backgroundColor: 'transparent',
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    visualMap: {
      min: 0,
      max,
      right: 8,
      top: 'middle',
      itemHeight: 160,
      calculable: true,
      text: [String(max), '0'],
      textStyle: font,
      inRange: {
        color: opts.dark
          ? ['#12305c', '#1e6fd9', '#f59e0b', '#ef4444']
          : ['#e0f2fe', '#3b82f6', '#f59e0b', '#dc2626'],
      },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        name: opts.seriesName,
        roam: false,
        layoutCenter: ['50%', '50%'],
        layoutSize: '88%',
        label: {
          show: true,
          formatter: '{c}',
          ...font,
          fontSize: (opts.fontSize ?? FONT.fontSize) + 4,
          fontWeight: 'bold',
          color: opts.dark ? '#f8fafc' : '#1f2937',
        },
        itemStyle: { borderColor: opts.dark ? '#93c5fd' : '#ffffff', borderWidth: 1 },
        emphasis: {
          label: { show: true, formatter: '{b}\n{c}', color: '#0f172a' },
          itemStyle: { areaColor: '#fde047' },
        },
        data: grids.map((g) => ({ name: g.name, value: g.value })),
      },
    ],
  };
}
