import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { countAllOrgs } from './orgs.service.ts';

let t: TestApp;
let tree: OrgTree;
let admin: string;
let streetAUser: string;
let streetAAdmin: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  admin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['admin'] })).username,
  );
  streetAUser = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['dispatcher'] })).username,
  );
  streetAAdmin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['admin'] })).username,
  );
});
afterAll(() => t.close());

const importFile = (cookie: string, body: string | Buffer, contentType: string, query = '') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/import${query}`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });

describe('GET /api/v1/orgs', () => {
  it('gives the district user the whole tree, parents first', async () => {
    const res = await t.app.inject({ url: '/api/v1/orgs', headers: { cookie: admin } });
    const items = res.json().items as { id: string; parentId: string | null; name: string }[];
    expect(items[0]).toMatchObject({ id: tree.district, parentId: null, depth: 0, type: 'district' });
    expect(items.map((o) => o.id)).toEqual(
      expect.arrayContaining([tree.streetA, tree.streetB, tree.gridA, tree.gridB, tree.committee]),
    );
    expect(items.find((o) => o.id === tree.committee)).toMatchObject({
      specialty: 'labour',
      type: 'mediation_committee',
    });
  });

  it('gives a street user only their street’s subtree', async () => {
    const res = await t.app.inject({ url: '/api/v1/orgs', headers: { cookie: streetAUser } });
    expect(
      res
        .json()
        .items.map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([tree.streetA, tree.communityA, tree.gridA].sort());
  });
});

describe('GET /api/v1/orgs/:id', () => {
  it('returns an organisation in scope with its child count', async () => {
    const res = await t.app.inject({ url: `/api/v1/orgs/${tree.streetA}`, headers: { cookie: streetAUser } });
    expect(res.json()).toMatchObject({ id: tree.streetA, name: '甲街道', childCount: 1, boundary: null });
  });

  it('answers 404 — not 403 — for street B’s organisation to a street-A user', async () => {
    expectProblem(
      await t.app.inject({ url: `/api/v1/orgs/${tree.streetB}`, headers: { cookie: streetAUser } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({ url: `/api/v1/orgs/${tree.gridB}`, headers: { cookie: streetAUser } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({ url: `/api/v1/orgs/${tree.district}`, headers: { cookie: streetAUser } }),
      404,
      'not-found',
    );
  });

  it('answers 404 for an id that does not exist', async () => {
    expectProblem(
      await t.app.inject({ url: '/api/v1/orgs/no-such-id', headers: { cookie: admin } }),
      404,
      'not-found',
    );
  });
});

describe('POST /api/v1/orgs/import', () => {
  const p = () => tree.prefix;

  it('imports a CSV file: new grids with boundaries under an existing community', async () => {
    const ring = JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [120, 30],
          [120.01, 30],
          [120.01, 30.01],
          [120, 30],
        ],
      ],
    });
    const csv = `code,name,type,parent_code,specialty,boundary\n${p()}-A-1-G2,甲一社区第二网格,grid,${p()}-A-1,,"${ring.replace(/"/g, '""')}"\n${p()}-A-1-G3,甲一社区第三网格,grid,${p()}-A-1,,\n`;
    const res = await importFile(admin, csv, 'text/csv');
    expect(res.json()).toEqual({ created: 2, updated: 0, dryRun: false });
    const orgs = (await t.app.inject({ url: '/api/v1/orgs', headers: { cookie: streetAUser } })).json().items;
    expect(orgs.find((o: { code: string }) => o.code === `${p()}-A-1-G2`)).toMatchObject({
      hasBoundary: true,
      depth: 3,
      parentId: tree.communityA,
    });
  });

  it('imports JSON and updates existing codes (renames)', async () => {
    const res = await importFile(
      admin,
      JSON.stringify([
        {
          code: `${p()}-TW-LD`,
          name: '区劳动人事争议调解委员会',
          type: 'mediation_committee',
          parentCode: p(),
          specialty: 'labour',
        },
      ]),
      'application/json',
    );
    expect(res.json()).toEqual({ created: 0, updated: 1, dryRun: false });
    const org = (
      await t.app.inject({ url: `/api/v1/orgs/${tree.committee}`, headers: { cookie: admin } })
    ).json();
    expect(org.name).toBe('区劳动人事争议调解委员会');
  });

  it('imports an XLSX workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('orgs');
    sheet.addRow(['code', 'name', 'type', 'parent_code', 'specialty']);
    sheet.addRow([`${p()}-B-2`, '乙二社区', 'community', `${p()}-B`, '']);
    sheet.addRow([`${p()}-B-2-G1`, '乙二社区第一网格', 'grid', `${p()}-B-2`, '']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importFile(
      admin,
      buffer,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.json()).toEqual({ created: 2, updated: 0, dryRun: false });
  });

  it('validates only on a dry run', async () => {
    const before = await countAllOrgs(t.system);
    const res = await importFile(
      admin,
      `code,name,type,parent_code\n${p()}-C,丙街道,street,${p()}\n`,
      'text/csv',
      '?dryRun=true',
    );
    expect(res.json()).toEqual({ created: 1, updated: 0, dryRun: true });
    expect(await countAllOrgs(t.system)).toBe(before);
  });

  it('imports nothing when one row is bad, and names the line', async () => {
    const before = await countAllOrgs(t.system);
    const auditBefore = await t.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const csv = `code,name,type,parent_code\n${p()}-D,丁街道,street,${p()}\n${p()}-D-1,丁一社区,community,${p()}-D\n${p()}-D-2,,community,${p()}-D\n${p()}-D-3,丁三社区,hamlet,${p()}-D\n`;
    const body = expectProblem(await importFile(admin, csv, 'text/csv'), 400, 'validation-failed');
    expect(body.errors!.map((e) => [e.line, e.pointer])).toEqual([
      [4, '#/rows/2/name'],
      [5, '#/rows/3/type'],
    ]);
    expect(body.detail).toMatch(/nothing was imported/);
    expect(await countAllOrgs(t.system)).toBe(before);
    const auditAfter = await t.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  it('refuses an unsupported content type with 415', async () => {
    expectProblem(await importFile(admin, 'hello', 'text/plain'), 415, 'unsupported-media-type');
  });

  it('is for admins only (403 for a dispatcher)', async () => {
    expectProblem(
      await importFile(
        streetAUser,
        `code,name,type,parent_code\n${p()}-A-9,x,community,${p()}-A\n`,
        'text/csv',
      ),
      403,
      'forbidden',
    );
  });

  it('keeps a street admin inside their street: a row under street B is unknown', async () => {
    const before = await countAllOrgs(t.system);
    const csv = `code,name,type,parent_code\n${p()}-A-5,甲五社区,community,${p()}-A\n${p()}-B-5,乙五社区,community,${p()}-B\n`;
    const body = expectProblem(await importFile(streetAAdmin, csv, 'text/csv'), 400, 'validation-failed');
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, code: 'unknown' })]);
    expect(await countAllOrgs(t.system)).toBe(before);
  });
});
