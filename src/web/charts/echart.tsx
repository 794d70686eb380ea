/**
 * The one ECharts wrapper (STYLE.md §11): initialises a chart on a div, applies `option` whenever it
 * changes, follows the div's size with a ResizeObserver and disposes the chart on unmount. `onClick`
 * receives the clicked data item (its `name` and `dataIndex`).
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type ChartOption } from './echarts-setup.ts';

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex?: number;
  data?: unknown;
}

interface Props {
  option: ChartOption;
  style?: CSSProperties;
  /** `dark` for the wall dashboard. */
  theme?: 'dark';
  onClick?: (item: ChartClick) => void;
  'aria-label'?: string;
  'data-testid'?: string;
}

export function EChart({
  option,
  style,
  theme,
  onClick,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, theme, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.(params as unknown as ChartClick));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, theme]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height: 300, cursor: onClick ? 'pointer' : undefined, ...style }}
    />
  );
}
