import { describe, expect, it } from 'vitest';
import { filterFromSearch, hasFilter, searchFromFilter } from './case-filter.ts';

describe('filterFromSearch', () => {
  it('reads every filter from the query string', () => {
    const params = new URLSearchParams(
      'q=拖欠工资&status=registered&category=labour&channel=petition&orgId=o1&gridId=g1&risk=high&flags=urgent,repeat&from=2026-01-01&to=2026-01-31',
    );
    expect(filterFromSearch(params)).toEqual({
      q: '拖欠工资',
      status: 'registered',
      category: 'labour',
      channel: 'petition',
      orgId: 'o1',
      gridId: 'g1',
      risk: 'high',
      flags: 'repeat,urgent',
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('drops unknown and malformed values', () => {
    const params = new URLSearchParams(
      'q=%20%20&channel=fax&risk=extreme&flags=bogus&status=x&from=2026-1-1&to=',
    );
    expect(filterFromSearch(params)).toEqual({});
    expect(
      filterFromSearch(new URLSearchParams('flags=bogus,urgent&status=registered,accepted,nope')),
    ).toEqual({
      flags: 'urgent',
      status: 'registered,accepted',
    });
  });
});

describe('searchFromFilter', () => {
  it('writes set filters only and keeps unrelated parameters', () => {
    const params = searchFromFilter(
      { q: '噪音', risk: 'low', channel: undefined, from: '' },
      new URLSearchParams('tab=2&q=old&channel=phone'),
    );
    expect(params.toString()).toBe('tab=2&q=%E5%99%AA%E9%9F%B3&risk=low');
  });

  it('round-trips', () => {
    const filter = { q: '欠薪', flags: 'group_incident,urgent', from: '2026-02-01' };
    expect(filterFromSearch(searchFromFilter(filter))).toEqual(filter);
  });
});

describe('hasFilter', () => {
  it('tells an empty filter from a set one', () => {
    expect(hasFilter({})).toBe(false);
    expect(hasFilter({ q: '' })).toBe(false);
    expect(hasFilter({ risk: 'major' })).toBe(true);
  });
});
