import { describe, expect, it } from 'vitest';
import { drillOf } from './breakdown-drill.ts';
import type { StatsFilter } from './stats-filter.ts';

const MARCH: StatsFilter = {
  period: 'month',
  from: '2026-03-01',
  to: '2026-03-31',
  view: 'place',
  orgId: 'd',
};

describe('drillOf', () => {
  it('narrows to a category, organisation or grid', () => {
    expect(drillOf(MARCH, 'category', 'labour')?.filter).toEqual({ ...MARCH, category: 'labour' });
    expect(drillOf(MARCH, 'org', 'street-a')?.filter.orgId).toBe('street-a');
    expect(drillOf(MARCH, 'grid', 'grid-1')?.filter.orgId).toBe('grid-1');
  });

  it('narrows to a day, a week clipped to the period, or a month', () => {
    expect(drillOf(MARCH, 'day', '2026-03-09')?.filter).toMatchObject({
      from: '2026-03-09',
      to: '2026-03-09',
    });
    expect(drillOf(MARCH, 'week', '2026-02-23')?.filter).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(drillOf(MARCH, 'week', '2026-03-30')?.filter).toMatchObject({
      from: '2026-03-30',
      to: '2026-03-31',
    });
    const year = { ...MARCH, from: '2026-01-01', to: '2026-12-31' };
    expect(drillOf(year, 'month', '2026-02')?.filter).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('keeps the filter and picks a channel on the client', () => {
    expect(drillOf(MARCH, 'channel', 'hotline_12345')).toEqual({ filter: MARCH, channel: 'hotline_12345' });
  });

  it('cannot list an organisation’s own level', () => {
    expect(drillOf(MARCH, 'org', null)).toBeNull();
  });
});
