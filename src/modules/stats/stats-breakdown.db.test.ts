import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import {
  EXPECTED,
  MARCH,
  buildStatsScenario,
  type StatsScenario,
} from '../../../test/support/stats-scenario.ts';
import { COUNT_KEYS, RATE_KEYS } from './figure-definitions.ts';

let t: TestApp;
let s: StatsScenario;

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildStatsScenario(t);
}, 120_000);
afterAll(() => t.close());

interface Breakdown {
  rows: { key: string | null; label: string; values: Record<string, number | null> }[];
  total: Record<string, number | null>;
}

async function breakdown(cookie: string, params: Record<string, string>): Promise<Breakdown> {
  const query = new URLSearchParams({ ...MARCH, ...params }).toString();
  const res = await t.app.inject({ url: `/api/v1/stats/breakdown?${query}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const sum = (b: Breakdown, key: string) => b.rows.reduce((n, r) => n + (r.values[key] ?? 0), 0);
const row = (b: Breakdown, key: string | null) => b.rows.find((r) => r.key === key)!;

describe('breakdowns by place', () => {
  it.each(['category', 'channel', 'org', 'grid', 'day', 'week', 'month'])(
    'by %s: the rows add up to the summary for every count figure',
    async (by) => {
      const b = await breakdown(s.district, { by });
      const keys = ['day', 'week', 'month'].includes(by)
        ? COUNT_KEYS.filter((k) => k !== 'overdue')
        : COUNT_KEYS;
      for (const key of keys) {
        expect(b.total[key], key).toBe(EXPECTED[key as keyof typeof EXPECTED]);
        expect(sum(b, key), `${by} ${key}`).toBe(b.total[key]);
      }
      if (['day', 'week', 'month'].includes(by)) expect(b.total).not.toHaveProperty('overdue');
    },
  );

  it('by organisation: one row per street with its own figures and rates', async () => {
    const b = await breakdown(s.district, { by: 'org' });
    const a = row(b, s.tree.streetA);
    expect(a.label).toBe('甲街道');
    expect(a.values).toMatchObject({
      found: 5,
      resolved: 3,
      resolvedOnTime: 3,
      onTimeRate: 1,
      successRate: 0.5,
    });
    expect(row(b, s.tree.streetB).values).toMatchObject({ found: 3, resolved: 1, onTimeRate: 0 });
    expect(b.rows.map((r) => r.key)).toContain(s.tree.committee);
    expect(b.rows.find((r) => r.key === null)).toBeUndefined(); // nothing placed at the district itself
  });

  it('by category: first-level categories with Chinese labels', async () => {
    const b = await breakdown(s.district, { by: 'category' });
    expect(b.rows.map((r) => [r.key, r.label])).toEqual([
      ['neighbour', '邻里'],
      ['contract', '合同'],
      ['labour', '劳动争议'],
    ]);
    expect(row(b, 'labour').values).toMatchObject({ found: 2, overdue: 1, resolvedOnTime: 0 });
  });

  it('by day: every day of the month, zeros included', async () => {
    const b = await breakdown(s.district, { by: 'day', figure: 'found' });
    expect(b.rows).toHaveLength(31);
    expect(row(b, '2026-03-02').values).toEqual({ found: 5 });
    expect(row(b, '2026-03-04').values).toEqual({ found: 3 });
    expect(row(b, '2026-03-05').values).toEqual({ found: 0 });
  });

  it('by week: Mondays in Asia/Shanghai', async () => {
    const b = await breakdown(s.district, { by: 'week', figure: 'resolved' });
    expect(b.rows[0]!.key).toBe('2026-02-23');
    expect(row(b, '2026-03-02').values).toEqual({ resolved: 3 });
    expect(row(b, '2026-03-23').values).toEqual({ resolved: 1 });
  });

  it('one rate: only that rate per row, computed from the row’s own counts', async () => {
    const b = await breakdown(s.district, { by: 'grid', figure: 'onTimeRate' });
    expect(row(b, s.tree.gridA).values).toEqual({ onTimeRate: 1 });
    expect(row(b, s.tree.gridB).values).toEqual({ onTimeRate: 0 });
    expect(row(b, null)).toBeUndefined(); // C5, the one case without a grid, is not resolved
    expect(b.total).toEqual({ onTimeRate: 0.75 });
  });

  it('a street user’s breakdown shows only their street', async () => {
    const b = await breakdown(s.streetA, { by: 'grid' });
    expect(b.rows.map((r) => r.key)).toEqual([s.tree.gridA, null]);
    expect(row(b, null)).toMatchObject({ label: '未标注网格', values: { found: 1 } }); // C5
    expect(sum(b, 'found')).toBe(5);
    const byOrg = await breakdown(s.streetA, { by: 'org' });
    expect(byOrg.rows.map((r) => r.key)).toEqual([s.tree.communityA, null]); // C5 sits at the street itself
  });
});

describe('breakdowns by handler', () => {
  it('by organisation: the committee handled the mediated cases', async () => {
    const b = await breakdown(s.district, { by: 'org', view: 'handler' });
    expect(row(b, s.tree.committee).values).toMatchObject({ mediated: 3, resolved: 4 });
    for (const key of RATE_KEYS) expect(b.total).toHaveProperty(key);
  });

  it('by category: the rows still add up (each case has one category)', async () => {
    const b = await breakdown(s.district, { by: 'category', view: 'handler' });
    for (const key of COUNT_KEYS) expect(sum(b, key), key).toBe(b.total[key]);
  });
});
