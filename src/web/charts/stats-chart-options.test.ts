import { describe, expect, it } from 'vitest';
import { barOption, gridMapOption, lineOption, ringOption } from './stats-chart-options.ts';

const rows = [
  { label: '东湖街道', value: 12 },
  { label: '西山街道', value: 7 },
  { label: '南岭街道', value: 0 },
];

describe('chart options', () => {
  it('draws a breakdown as bars in the given order', () => {
    const option = barOption(rows, { name: '排查' }) as any;
    expect(option.xAxis.data).toEqual(['东湖街道', '西山街道', '南岭街道']);
    expect(option.series[0].data).toEqual([12, 7, 0]);
  });

  it('puts the largest at the top of a horizontal ranking', () => {
    const option = barOption(rows, { name: '排查', horizontal: true }) as any;
    expect(option.yAxis.data).toEqual(['南岭街道', '西山街道', '东湖街道']);
    expect(option.series[0].data).toEqual([0, 7, 12]);
  });

  it('shortens day keys on a trend and keeps one line per series', () => {
    const option = lineOption(
      ['2026-03-01', '2026-03-02'],
      [
        { name: '排查', values: [1, 2] },
        { name: '办结', values: [0, 1] },
      ],
    ) as any;
    expect(option.xAxis.data).toEqual(['03-01', '03-02']);
    expect(option.series.map((s: any) => s.name)).toEqual(['排查', '办结']);
  });

  it('leaves empty slices out of a ring', () => {
    const option = ringOption(rows, { name: '类别' }) as any;
    expect(option.series[0].data.map((d: any) => d.name)).toEqual(['东湖街道', '西山街道']);
  });

  it('scales the map from zero to the busiest grid', () => {
    const option = gridMapOption(
      'grids',
      [
        { name: '一网格', value: 4 },
        { name: '二网格', value: 9 },
      ],
      {
        seriesName: '案件',
      },
    ) as any;
    expect(option.visualMap).toMatchObject({ min: 0, max: 9 });
    expect(option.series[0]).toMatchObject({ type: 'map', map: 'grids' });
    expect(gridMapOption('grids', [], { seriesName: '案件' }).visualMap).toMatchObject({ max: 1 });
  });
});
