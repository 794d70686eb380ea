import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { casePayload } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: OrgTree;
let districtAdmin: string;
let streetAdmin: string;
let intake: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  districtAdmin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['admin'] })).username,
  );
  streetAdmin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['admin'] })).username,
  );
  intake = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] })).username,
  );
});
afterAll(() => t.close());

describe('categories', () => {
  it('ships the fifteen statistical categories with wage_arrears under labour', async () => {
    const items = (await t.app.inject({ url: '/api/v1/categories', headers: { cookie: intake } })).json()
      .items as { code: string; parentCode: string | null; nameZh: string }[];
    expect(items.filter((c) => c.parentCode === null).map((c) => c.code)).toEqual([
      'marriage_family',
      'neighbour',
      'housing_homestead',
      'contract',
      'business',
      'damages',
      'forest_land',
      'land_acquisition',
      'environment',
      'labour',
      'consumer',
      'medical',
      'traffic',
      'property_management',
      'other',
    ]);
    expect(items.find((c) => c.code === 'wage_arrears')).toMatchObject({
      parentCode: 'labour',
      nameZh: '拖欠农民工工资',
    });
  });

  it('lets a district admin add a second-level category, refuses a third level', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/categories',
      headers: { cookie: districtAdmin },
      payload: { code: 'pet_dispute', parentCode: 'neighbour', nameZh: '宠物纠纷', nameEn: 'Pets' },
    });
    expect(res.statusCode).toBe(201);
    const deep = await t.app.inject({
      method: 'POST',
      url: '/api/v1/categories',
      headers: { cookie: districtAdmin },
      payload: { code: 'dog_bite', parentCode: 'pet_dispute', nameZh: '犬只伤人', nameEn: 'Dog bites' },
    });
    expect(expectProblem(deep, 400, 'validation-failed').errors).toEqual([
      expect.objectContaining({ pointer: '#/parentCode', code: 'too-deep' }),
    ]);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/categories',
        headers: { cookie: districtAdmin },
        payload: { code: 'pet_dispute', nameZh: '重复', nameEn: 'Dup' },
      }),
      409,
      'conflict',
    );
  });

  it('is edited only by an admin at the top of the tree', async () => {
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/categories/noise',
        headers: { cookie: streetAdmin },
        payload: { nameZh: '噪声' },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/categories/noise',
        headers: { cookie: intake },
        payload: { nameZh: '噪声' },
      }),
      403,
      'forbidden',
    );
  });

  it('a deactivated category can no longer be chosen for a new case', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/categories/prepaid_card',
      headers: { cookie: districtAdmin },
      payload: { isActive: false },
    });
    expect(res.json()).toMatchObject({ code: 'prepaid_card', isActive: false });
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: intake },
      payload: casePayload({ category: 'prepaid_card' }),
    });
    expect(expectProblem(reg, 400, 'validation-failed').errors).toEqual([
      expect.objectContaining({ pointer: '#/category' }),
    ]);
  });
});
