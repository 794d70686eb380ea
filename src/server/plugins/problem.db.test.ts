import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree, buildUser, signIn } from '../../../test/support/factories.ts';
import { buildTestApp, expectProblem, TEST_SECRET, type TestApp } from '../../../test/support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    extend: (app) => {
      app.get('/api/v1/boom', { config: { public: true } }, async () => {
        throw new Error(`secret database password is ${TEST_SECRET}`);
      });
    },
  });
});
afterAll(() => t.close());

describe('problem details', () => {
  it('answers an unexpected error with a bare 500 that leaks nothing', async () => {
    const res = await t.app.inject({ url: '/api/v1/boom' });
    const body = expectProblem(res, 500, 'internal');
    expect(res.body).not.toContain(TEST_SECRET);
    expect(res.body).not.toMatch(/at .*\.ts/);
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers an unknown API route with a 404 problem once signed in (401 before)', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/nowhere' }), 401, 'unauthenticated');
    const tree = await buildOrgTree(t.system);
    const cookie = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['intake'] })).username,
    );
    expectProblem(await t.app.inject({ url: '/api/v1/nowhere', headers: { cookie } }), 404, 'not-found');
    expectProblem(await t.app.inject({ url: '/api/nowhere' }), 404, 'not-found');
  });

  it('answers a body that is not JSON with a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(expectProblem(res, 400, 'validation-failed').detail).toMatch(/not valid JSON/);
  });

  it('echoes the caller’s x-request-id', async () => {
    const res = await t.app.inject({ url: '/api/v1/nowhere', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.json().requestId).toBe('abc-123');
  });

  it('names the query parameter that is wrong', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'a', password: 'b', extra: 1 },
    });
    expect(expectProblem(res, 400, 'validation-failed').errors).toEqual([
      expect.objectContaining({ pointer: '#/extra', code: 'additionalProperties' }),
    ]);
  });
});

describe('documents', () => {
  it('publishes the OpenAPI document with every route and the problem catalogue', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/orgs',
        '/api/v1/orgs/{id}',
        '/api/v1/orgs/import',
        '/api/v1/users',
        '/api/v1/users/{id}',
      ]),
    );
    expect(doc.info.description).toContain('https://fengqiao.example/problems/validation-failed');
  });

  it('serves the docs page', async () => {
    const res = await t.app.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(res.statusCode);
  });

  it('reports health with the database kind', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({
      status: 'ok',
      database: t.dialect,
    });
  });
});
