import { describe, expect, it } from 'vitest';
import {
  changeRatio,
  filterFromParams,
  filterToParams,
  formatRate,
  periodAround,
  pointChange,
  shanghaiDay,
} from './stats-filter.ts';

describe('periodAround', () => {
  it.each([
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2024-02-14', '2024-02-01', '2024-02-29'],
    ['quarter', '2026-05-20', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-12-31', '2026-10-01', '2026-12-31'],
    ['year', '2026-07-01', '2026-01-01', '2026-12-31'],
  ] as const)('%s around %s is %s – %s', (kind, day, from, to) => {
    expect(periodAround(kind, day)).toEqual({ from, to });
  });
});

describe('the filter in the URL', () => {
  const today = '2026-11-25';
  it('defaults to this month by place', () => {
    expect(filterFromParams(new URLSearchParams(), today)).toEqual({
      period: 'month',
      from: '2026-11-01',
      to: '2026-11-30',
      view: 'place',
    });
  });

  it('round-trips every part', () => {
    const filter = {
      period: 'custom' as const,
      from: '2026-03-05',
      to: '2026-04-10',
      view: 'handler' as const,
      orgId: 'org-1',
      category: 'labour',
    };
    expect(filterFromParams(new URLSearchParams(filterToParams(filter)), today)).toEqual(filter);
  });

  it('snaps a quarter to whole months and drops a reversed custom range', () => {
    expect(filterFromParams(new URLSearchParams('period=quarter&from=2026-08-17'), today)).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(
      filterFromParams(new URLSearchParams('period=custom&from=2026-05-01&to=2026-04-01'), today),
    ).toMatchObject({ period: 'month', from: '2026-05-01', to: '2026-05-31' });
  });
});

describe('comparisons', () => {
  it('gives the change of a count as a ratio, none from zero', () => {
    expect(changeRatio(150, 100)).toBeCloseTo(0.5);
    expect(changeRatio(50, 100)).toBeCloseTo(-0.5);
    expect(changeRatio(5, 0)).toBeNull();
    expect(changeRatio(5, null)).toBeNull();
  });

  it('gives the change of a rate in percentage points', () => {
    expect(pointChange(0.96, 0.952)).toBe(0.8);
    expect(pointChange(null, 0.5)).toBeNull();
  });

  it('formats rates with one decimal', () => {
    expect(formatRate(0.952)).toBe('95.2%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });

  it('takes the calendar day in Shanghai', () => {
    expect(shanghaiDay(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(shanghaiDay(new Date('2026-03-31T15:30:00Z'))).toBe('2026-03-31');
  });
});
