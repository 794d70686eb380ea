/**
 * TRUST_PROXY: by default X-Forwarded-For is ignored, so a client cannot name a new address on
 * each request to dodge the portal's per-address limits; behind a named proxy (here the
 * loopback address app.inject() connects from) the header names the client, in the limits
 * and in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../test/support/app.ts';
import { TEST_PASSWORD, buildOrgTree, buildUser, type OrgTree } from '../../test/support/factories.ts';
import { newClientIp, portalSubmission } from '../../test/support/portal.ts';

let plain: TestApp;
let proxied: TestApp;
const trees = new Map<TestApp, OrgTree>();

beforeAll(async () => {
  plain = await buildTestApp();
  proxied = await buildTestApp({ env: { TRUST_PROXY: 'loopback' } });
  for (const t of [plain, proxied]) trees.set(t, await buildOrgTree(t.system));
});
afterAll(async () => {
  await plain?.close();
  await proxied?.close();
});

/** A submission the portal refuses (400) after counting it against the address's limit. */
const refusedSubmission = (t: TestApp, spoofed: string) => {
  const body = portalSubmission(trees.get(t)!.gridA, '13912345678');
  body.parties[0]!.idNumber = '';
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/portal/cases',
    headers: { 'x-forwarded-for': spoofed },
    payload: body,
  });
};

describe('TRUST_PROXY', () => {
  it('off by default: a new X-Forwarded-For on every request does not dodge the limit', async () => {
    for (let i = 0; i < 10; i++) expect((await refusedSubmission(plain, newClientIp())).statusCode).toBe(400);
    expectProblem(await refusedSubmission(plain, newClientIp()), 429, 'too-many-requests');
  });

  it('behind a trusted proxy the forwarded address is the client’s, in the limit and the audit log', async () => {
    for (let i = 0; i < 11; i++)
      expect((await refusedSubmission(proxied, newClientIp())).statusCode).toBe(400);
    const user = await buildUser(proxied.system, { orgId: trees.get(proxied)!.district, roles: ['intake'] });
    const res = await proxied.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': '198.51.100.23' },
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    const audit = await proxied.db
      .selectFrom('auditLog')
      .select('ip')
      .where('action', '=', 'auth.login')
      .executeTakeFirstOrThrow();
    expect(audit.ip).toBe('198.51.100.23');
  });
});
