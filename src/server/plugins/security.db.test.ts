import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn } from '../../../test/support/factories.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildOrgTree(t.system);
  const u = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
  cookie = await signIn(t.app, u.username);
});
afterAll(() => t.close());

describe('security headers', () => {
  it.each([
    ['a public route', 'GET', '/api/health'],
    ['a refused request', 'GET', '/api/v1/cases'],
    ['an unknown route', 'GET', '/nowhere'],
    ['the portal', 'POST', '/api/v1/portal/track'],
  ] as const)('are on every response: %s', async (_name, method, url) => {
    const res = await t.app.inject({ method, url, payload: method === 'POST' ? {} : undefined });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('cross-site writes', () => {
  it('refuse a cross-site POST that carries the session cookie, and write nothing', async () => {
    const c = await registerViaApi(t.app, cookie);
    const post = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/visits`,
        headers: { cookie, ...headers },
        payload: {},
      });
    expectProblem(await post({ origin: 'https://evil.example' }), 403, 'forbidden');
    expectProblem(await post({ 'sec-fetch-site': 'cross-site' }), 403, 'forbidden');
    expectProblem(
      await post({ 'sec-fetch-site': 'cross-site', origin: 'http://localhost:80' }),
      403,
      'forbidden',
    );
    const view = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${c.id}`, headers: { cookie } });
    expect(view.json().visits).toBe(0);
    // The web client's own requests: same origin, as a browser labels them.
    expect((await post({ origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(
      201,
    );
    expect((await post({})).statusCode).toBe(201);
  });

  it('refuse a cross-site sign-in and portal submission too', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'x', password: 'y' },
    });
    expectProblem(login, 403, 'forbidden');
    const portal = await t.app.inject({
      method: 'POST',
      url: '/api/v1/portal/track',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { trackingCode: 'ABCDEFGHJK', phoneLast4: '1234' },
    });
    expectProblem(portal, 403, 'forbidden');
  });
});
