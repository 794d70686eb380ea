/**
 * Where a number in a breakdown row leads: the same figure with the filter narrowed to the row's bucket
 * (a category, an organisation or grid, a day, week or month), so the drawer lists exactly the items behind
 * that number. Channels have no server filter: their items are picked from the whole list by `channel`. Pure.
 */
import type { BreakdownBy } from './stats.api.ts';
import type { StatsFilter } from './stats-filter.ts';

export interface Drill {
  filter: StatsFilter;
  /** Keep only items of this channel (client side). */
  channel?: string;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const clip = (filter: StatsFilter, from: string, to: string): StatsFilter => ({
  ...filter,
  period: 'custom',
  from: from < filter.from ? filter.from : from,
  to: to > filter.to ? filter.to : to,
});

/** The drill-down of a row, or null when its bucket cannot be listed on its own (an organisation's own level). */
export function drillOf(filter: StatsFilter, by: BreakdownBy, key: string | null): Drill | null {
  if (key === null) return null;
  switch (by) {
    case 'category':
      return { filter: { ...filter, category: key } };
    case 'org':
    case 'grid':
      return { filter: { ...filter, orgId: key } };
    case 'channel':
      return { filter, channel: key };
    case 'day':
      return { filter: clip(filter, key, key) };
    case 'week':
      return { filter: clip(filter, key, addDays(key, 6)) };
    case 'month': {
      const [year, month] = key.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return { filter: clip(filter, `${key}-01`, `${key}-${String(last).padStart(2, '0')}`) };
    }
  }
}
