import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { importOrgRecords } from '../orgs/index.ts';

let t: TestApp;
let tree: OrgTree;
const cookies = { district: '', streetA: '' };

const square = (west: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 30],
      [west + 0.01, 30],
      [west + 0.01, 30.01],
      [west, 30.01],
      [west, 30],
    ],
  ],
});

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const p = tree.prefix;
  await importOrgRecords(
    t.system,
    [
      {
        code: `${p}-A-1-G1`,
        name: '甲一社区第一网格',
        type: 'grid',
        parent_code: `${p}-A-1`,
        boundary: JSON.stringify(square(120)),
      },
      {
        code: `${p}-B-1-G1`,
        name: '乙一社区第一网格',
        type: 'grid',
        parent_code: `${p}-B-1`,
        boundary: JSON.stringify(square(120.02)),
      },
    ].map((values, i) => ({ line: i + 2, values })),
    { dryRun: false },
  );
  const district = await buildUser(t.system, { orgId: tree.district, roles: ['intake', 'leader'] });
  const streetA = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake', 'leader'] });
  cookies.district = await signIn(t.app, district.username);
  cookies.streetA = await signIn(t.app, streetA.username);
  // March: three cases in grid A, one in grid B, one with no grid; one in grid A in February.
  t.clock.set('2026-02-20T02:00:00.000Z');
  cookies.district = await signIn(t.app, district.username);
  await registerViaApi(t.app, cookies.district, { gridId: tree.gridA });
  t.clock.set('2026-03-02T01:00:00.000Z');
  cookies.district = await signIn(t.app, district.username);
  cookies.streetA = await signIn(t.app, streetA.username);
  for (let i = 0; i < 3; i++)
    await registerViaApi(t.app, cookies.district, { gridId: tree.gridA, subject: `网格甲纠纷${i}` });
  await registerViaApi(t.app, cookies.district, { gridId: tree.gridB });
  await registerViaApi(t.app, cookies.district, {});
}, 60_000);
afterAll(() => t.close());

const map = (cookie: string, query: string) =>
  t.app.inject({ url: `/api/v1/dashboard/map?${query}`, headers: { cookie } });

type Feature = { id: string; geometry: unknown; properties: { name: string; cases: number } };

describe('GET /dashboard/map', () => {
  it('draws every grid of the subtree with the cases registered there in the period', async () => {
    const res = await map(cookies.district, `orgId=${tree.district}&from=2026-03-01&to=2026-03-31`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      type: 'FeatureCollection',
      orgId: tree.district,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    const byId = new Map((body.features as Feature[]).map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual([tree.gridA, tree.gridB].sort());
    expect(byId.get(tree.gridA)!.properties.cases).toBe(3);
    expect(byId.get(tree.gridB)!.properties.cases).toBe(1);
    expect(byId.get(tree.gridA)!.geometry).toEqual(square(120));
  });

  it('counts the February case in February only', async () => {
    const body = (await map(cookies.district, 'from=2026-02-01&to=2026-02-28')).json();
    const cases = Object.fromEntries((body.features as Feature[]).map((f) => [f.id, f.properties.cases]));
    expect(cases).toEqual({ [tree.gridA]: 1, [tree.gridB]: 0 });
  });

  it('agrees with the statistics’ found figure by grid', async () => {
    const q = `orgId=${tree.district}&from=2026-03-01&to=2026-03-31`;
    const stats = (
      await t.app.inject({
        url: `/api/v1/stats/breakdown?${q}&by=grid&figure=found`,
        headers: { cookie: cookies.district },
      })
    ).json();
    const body = (await map(cookies.district, q)).json();
    for (const f of body.features as Feature[]) {
      const row = stats.rows.find((r: { key: string }) => r.key === f.id);
      expect(f.properties.cases).toBe(row?.values.found ?? 0);
    }
  });

  it('shows a street user only the grids of their street', async () => {
    const res = await map(cookies.streetA, 'from=2026-03-01&to=2026-03-31');
    expect(res.statusCode, res.body).toBe(200);
    const features = res.json().features as Feature[];
    expect(features.map((f) => f.id)).toEqual([tree.gridA]);
    expect(features[0]!.properties.cases).toBe(3);
  });

  it('answers 404 for an organisation outside the caller’s subtree', async () => {
    expectProblem(await map(cookies.streetA, `orgId=${tree.streetB}`), 404, 'not-found');
    expectProblem(await map(cookies.streetA, `orgId=${tree.district}`), 404, 'not-found');
  });

  it('refuses a bad period naming the field, and callers not signed in', async () => {
    const bad = expectProblem(await map(cookies.district, 'from=2026-13-01'), 400, 'validation-failed');
    expect(bad.errors?.[0]?.pointer).toMatch(/from/);
    expectProblem(await t.app.inject({ url: '/api/v1/dashboard/map' }), 401, 'unauthenticated');
  });
});
