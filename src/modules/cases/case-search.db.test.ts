import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: OrgTree;
let intake: string;
const ids: Record<string, string> = {};

const person = (name: string) => [{ kind: 'person', role: 'applicant', name }];

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  intake = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['intake'] })).username,
  );
  const register = async (key: string, overrides: Record<string, unknown>) => {
    ids[key] = (await registerViaApi(t.app, intake, overrides)).id;
    t.clock.advance(60_000);
  };
  await register('wages', {
    subject: '工地欠薪',
    description: '包工头拖欠农民工工资三个月，工人多次讨要无果。',
    category: 'wage_arrears',
    parties: person('陈大明'),
  });
  await register('land', {
    subject: '承包地纠纷',
    description: '村民之间因土地流转合同到期后的返还问题发生争执。',
    category: 'land_transfer',
    channel: 'grid_report',
    gridId: tree.gridA,
    parties: person('刘二'),
  });
  await register('noise', {
    subject: '噪音扰民',
    description: '楼上邻居夜间装修，噪音扰民严重，影响老人休息。',
    category: 'noise',
    risk: 'high',
    flags: ['urgent'],
    parties: person('黄三'),
  });
  await register('fee', {
    subject: '物业费争议',
    description: '业主认为物业服务不到位，拒绝缴纳物业费，物业公司起诉前申请调解。',
    category: 'property_fee',
    parties: person('吴四'),
  });
  await register('wages2', {
    subject: '工资纠纷',
    description: '员工离职后公司未结清工资。',
    category: 'labour_contract',
    parties: person('郑五'),
  });
});
afterAll(() => t.close());

const search = async (query: string) => {
  const res = await t.app.inject({ url: `/api/v1/cases?${query}`, headers: { cookie: intake } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { id: string; score: number | null; applicants: string[] }[];
    total: number;
    nextCursor: string | null;
  };
};
const found = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).items.map((c) => c.id);

describe('Chinese text search', () => {
  it('finds 拖欠农民工工资 by 拖欠工资, though the words are apart', async () => {
    expect(await found('拖欠工资')).toEqual([ids.wages]);
  });

  it('finds 土地流转 by 流转, which ICU splits', async () => {
    expect(await found('流转')).toEqual([ids.land]);
  });

  it('finds 农民工 by the single character 工 and by 农民工', async () => {
    expect(await found('农民工')).toEqual([ids.wages]);
    expect(await found('工')).toContain(ids.wages);
  });

  it('searches party names and subjects as well', async () => {
    expect(await found('黄三')).toEqual([ids.noise]);
    expect(await found('物业费争议')).toEqual([ids.fee]);
  });

  it('ranks the better match first and scores every hit', async () => {
    const result = await search(`q=${encodeURIComponent('工资')}`);
    expect(result.items.map((c) => c.id).sort()).toEqual([ids.wages, ids.wages2].sort());
    expect(result.items.every((c) => typeof c.score === 'number')).toBe(true);
    expect(result.items[0]!.score!).toBeGreaterThanOrEqual(result.items[1]!.score!);
  });

  it('finds nothing for text that is nowhere, or for punctuation only', async () => {
    expect(await search(`q=${encodeURIComponent('航天飞机')}`)).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
    expect((await search(`q=${encodeURIComponent('，。！')}`)).total).toBe(0);
  });
});

describe('filters', () => {
  it('matches a first-level category with its children', async () => {
    const labour = (await search('category=labour')).items.map((c) => c.id).sort();
    expect(labour).toEqual([ids.wages, ids.wages2].sort());
  });

  it('filters by channel, grid, risk, flags and status', async () => {
    expect((await search('channel=grid_report')).items.map((c) => c.id)).toEqual([ids.land]);
    expect((await search(`gridId=${tree.gridA}`)).items.map((c) => c.id)).toEqual([ids.land]);
    expect((await search('risk=high')).items.map((c) => c.id)).toEqual([ids.noise]);
    expect((await search('flags=urgent')).items.map((c) => c.id)).toEqual([ids.noise]);
    expect((await search('status=registered')).total).toBe(5);
    expect((await search('status=archived')).total).toBe(0);
  });

  it('filters by the organisation subtree of the case’s path', async () => {
    expect((await search(`orgId=${tree.streetA}`)).items.map((c) => c.id)).toEqual([ids.land]);
    expect((await search(`orgId=${tree.streetB}`)).total).toBe(0);
  });

  it('filters by registration day in Asia/Shanghai', async () => {
    expect((await search('from=2026-03-02&to=2026-03-02')).total).toBe(5);
    expect((await search('from=2026-03-03')).total).toBe(0);
    expect((await search('to=2026-03-01')).total).toBe(0);
  });

  it('refuses an unknown flag and a forged cursor with 400', async () => {
    expectProblem(
      await t.app.inject({ url: '/api/v1/cases?flags=vip', headers: { cookie: intake } }),
      400,
      'validation-failed',
    );
    expectProblem(
      await t.app.inject({ url: '/api/v1/cases?cursor=bm9wZQ', headers: { cookie: intake } }),
      400,
      'validation-failed',
    );
  });
});

describe('keyset pagination', () => {
  it('walks every case once, newest first, with a stable total', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(5);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.wages2, ids.fee, ids.noise, ids.land, ids.wages]);
  });

  it('pages through ranked search results without repeats', async () => {
    const first = await search(`q=${encodeURIComponent('工')}&limit=1`);
    const rest = await search(`q=${encodeURIComponent('工')}&limit=10&cursor=${first.nextCursor}`);
    const all = [...first.items, ...rest.items].map((c) => c.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(first.total);
  });
});
