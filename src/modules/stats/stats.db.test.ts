import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import {
  EXPECTED,
  EXPECTED_STREET_A,
  MARCH,
  buildStatsScenario,
  type StatsScenario,
} from '../../../test/support/stats-scenario.ts';
import { COUNT_KEYS, FIGURE_DEFINITIONS, RATE_KEYS } from './figure-definitions.ts';

let t: TestApp;
let s: StatsScenario;

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildStatsScenario(t);
}, 120_000);
afterAll(() => t.close());

const get = (cookie: string, url: string) => t.app.inject({ url: `/api/v1${url}`, headers: { cookie } });
const qs = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

async function summary(cookie: string, params: Record<string, string | undefined> = {}) {
  const res = await get(cookie, `/stats/summary?${qs({ ...MARCH, ...params })}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Every item of a figure, following the keyset pages. */
async function allItems(cookie: string, params: Record<string, string | undefined>, limit = 2) {
  const items: { id: string; caseId: string }[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const res = await get(cookie, `/stats/cases?${qs({ ...MARCH, ...params, limit, cursor })}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    items.push(...body.items);
    if (!body.nextCursor) return { items, total: body.total as number };
    cursor = body.nextCursor;
  }
  throw new Error('too many pages');
}

describe('the March figures of the scenario', () => {
  it('equal the values worked out by hand', async () => {
    const body = await summary(s.district, { orgId: s.tree.district });
    for (const [key, value] of Object.entries(EXPECTED)) {
      if (RATE_KEYS.includes(key as never)) expect(body[key], key).toBeCloseTo(value, 10);
      else expect(body[key], key).toBe(value);
    }
    expect(body).toMatchObject({ orgId: s.tree.district, view: 'place', from: MARCH.from, to: MARCH.to });
  });

  it('compare with the previous month and last year’s March', async () => {
    const body = await summary(s.district);
    expect(body.previousPeriod).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
      found: 2, // C6, C7
      accepted: 1, // C6
      resolved: 0,
      successRate: null,
      onTimeRate: null,
      overdue: null,
    });
    expect(body.lastYear).toMatchObject({ from: '2025-03-01', to: '2025-03-31', found: 1, accepted: 0 });
  });

  it('for every figure, the count equals the length of its list, page by page', async () => {
    for (const cookie of [s.district, s.streetA]) {
      const body = await summary(cookie);
      for (const figure of COUNT_KEYS) {
        const { items, total } = await allItems(cookie, { figure });
        expect(items.length, figure).toBe(body[figure]);
        expect(total, figure).toBe(body[figure]);
        expect(new Set(items.map((i) => i.id)).size, figure).toBe(items.length);
      }
    }
  });

  it('lists exactly the cases behind a figure', async () => {
    const ids = async (figure: string) =>
      (await allItems(s.district, { figure }, 50)).items.map((i) => i.caseId).sort();
    const { C1, C2, C3, C4, C5, C6, C7, C8 } = s.cases;
    expect(await ids('resolved')).toEqual([C1, C2, C3, C6].sort());
    expect(await ids('resolvedOnTime')).toEqual([C1, C2, C6].sort());
    expect(await ids('mediatedSuccess')).toEqual([C1, C3].sort());
    expect(await ids('overdue')).toEqual([C4, C5, C7, C8].sort());
    expect(await ids('oneVisit')).toEqual([C2]);
    expect(await ids('courtReferralsSettled')).toEqual([s.cases.R1]);
  });
});

describe('scope', () => {
  it('a street user’s figures include only their street', async () => {
    const body = await summary(s.streetA);
    expect(body.orgId).toBe(s.tree.streetA);
    expect(body).toMatchObject(EXPECTED_STREET_A);
    const streetB = await summary(s.streetB);
    for (const key of COUNT_KEYS) expect(body[key] + streetB[key], key).toBe(EXPECTED[key]);
    const found = (await allItems(s.streetA, { figure: 'found' }, 100)).items.map((i) => i.caseId);
    expect(found).not.toContain(s.cases.C3);
    expect(found).not.toContain(s.cases.R2);
  });

  it('answers 404 to a street user asking for another street, on every route', async () => {
    for (const url of [
      `/stats/summary?orgId=${s.tree.streetA}`,
      `/stats/breakdown?by=category&orgId=${s.tree.streetA}`,
      `/stats/cases?figure=found&orgId=${s.tree.streetA}`,
      `/stats/summary?orgId=${s.tree.district}`,
    ])
      expectProblem(await get(s.streetB, url), 404, 'not-found');
  });

  it('by handler counts what the organisations handled', async () => {
    const committee = await summary(s.district, { orgId: s.tree.committee, view: 'handler' });
    expect(committee).toMatchObject({ found: 4, resolved: 4, mediated: 3, overdue: 1 });
    const streetA = await summary(s.streetA, { view: 'handler' });
    expect(streetA).toMatchObject({ found: 1, resolved: 0, overdue: 1 }); // C5, still held by street A
    const byPlace = await summary(s.district, { orgId: s.tree.committee });
    expect(byPlace.found).toBe(0);
  });

  it('filters by category, first level taking its children', async () => {
    const labour = await summary(s.district, { category: 'labour' });
    expect(labour).toMatchObject({ found: 2, mediated: 1, resolved: 1, resolvedOnTime: 0, overdue: 1 });
    expectProblem(await get(s.district, '/stats/summary?category=nope'), 400, 'validation-failed');
  });
});

describe('bad input', () => {
  it.each([
    ['/stats/summary?from=2026-03-31&to=2026-03-01', '#/querystring/from'],
    ['/stats/summary?view=street', '#/querystring/view'],
    ['/stats/cases?figure=successRate', '#/querystring/figure'],
    ['/stats/cases?figure=found&cursor=garbage', '#/querystring/cursor'],
    ['/stats/breakdown?by=street', '#/querystring/by'],
  ])('%s names %s', async (url, pointer) => {
    const problem = expectProblem(await get(s.district, url), 400, 'validation-failed');
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  });

  it('needs a signed-in user', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/stats/summary' }), 401, 'unauthenticated');
  });
});

describe('definitions', () => {
  it('are served for tooltips and written into the OpenAPI document', async () => {
    const res = await get(s.district, '/stats/definitions');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((f: { key: string }) => f.key)).toEqual(FIGURE_DEFINITIONS.map((f) => f.key));
    const openapi = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const text = JSON.stringify(openapi.paths['/api/v1/stats/summary']);
    expect(text).toContain('调解成功 ÷ 调处');
    expect(text).toContain('cases.created_at');
  });
});
