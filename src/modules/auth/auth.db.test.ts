import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, TEST_PASSWORD } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('sign-in', () => {
  it('sets an httpOnly SameSite=Lax session cookie and answers with the user', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['dispatcher'] });
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      username: user.username,
      roles: ['dispatcher'],
      org: { id: tree.streetA, name: '甲街道', type: 'street' },
    });
    const cookie = res.cookies.find((c) => c.name === 'fq_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: `fq_session=${cookie.value}` } });
    expect(me.json()).toMatchObject({ username: user.username });
  });

  it('answers 401 problem+json for a wrong password and for an unknown user alike', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const wrong = expectProblem(await login(user.username, 'not-the-password'), 401, 'unauthenticated');
    const unknown = expectProblem(await login('nobody-here', 'whatever-pass'), 401, 'unauthenticated');
    expect(wrong.detail).toBe(unknown.detail);
  });

  it('locks the account after five wrong passwords: the sixth attempt answers 423, even with the right password', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    for (let i = 0; i < 5; i++)
      expectProblem(await login(user.username, `wrong-${i}`), 401, 'unauthenticated');
    const locked = expectProblem(await login(user.username, 'wrong-again'), 423, 'account-locked');
    expect(locked.lockedUntil).toBe(new Date(t.clock.now().getTime() + 15 * 60_000).toISOString());
    expectProblem(await login(user.username, TEST_PASSWORD), 423, 'account-locked');
    t.clock.advance(15 * 60_000 + 1);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts wrong passwords sent at the same time one by one: a burst gets five tries, not more', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(user.username, `burst-${i}`)),
    );
    const statuses = answers.map((res) => res.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423, 423, 423]);
    expectProblem(await login(user.username, TEST_PASSWORD), 423, 'account-locked');
  });

  it('counts only wrong passwords in a row: a success resets the count', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    for (let i = 0; i < 4; i++) await login(user.username, 'wrong-pass');
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await login(user.username, 'wrong-pass');
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('rejects a malformed body with 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x' } });
    const body = expectProblem(res, 400, 'validation-failed');
    expect(body.errors).toContainEqual(expect.objectContaining({ pointer: '#/password', code: 'required' }));
  });

  it('signs out: the cookie no longer works', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const cookie = await signIn(t.app, user.username);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(204);
    expectProblem(await t.app.inject({ url: '/api/v1/me', headers: { cookie } }), 401, 'unauthenticated');
  });

  it('expires an idle session after the configured hours', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const cookie = await signIn(t.app, user.username);
    t.clock.advance(t.config.security.sessionTtlHours * 3_600_000 + 1000);
    expectProblem(await t.app.inject({ url: '/api/v1/me', headers: { cookie } }), 401, 'unauthenticated');
  });

  it('ignores a forged cookie whose signature does not hold', async () => {
    expectProblem(
      await t.app.inject({ url: '/api/v1/me', headers: { cookie: 'fq_session=abc.def' } }),
      401,
      'unauthenticated',
    );
  });

  it('requires sign-in for every /api/v1 route but the public ones', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/orgs' }), 401, 'unauthenticated');
    expectProblem(await t.app.inject({ url: '/api/v1/users' }), 401, 'unauthenticated');
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, work as Bearer, are listed without the secret and can be revoked', async () => {
    const user = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
    const cookie = await signIn(t.app, user.username);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { cookie },
      payload: { name: '12345热线对接' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^fq_/);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().username).toBe(user.username);
    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: { cookie } });
    expect(list.body).not.toContain(token);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id, name: '12345热线对接', revokedAt: null }),
    ]);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers: { cookie } }))
        .statusCode,
    ).toBe(204);
    expectProblem(
      await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } }),
      401,
      'unauthenticated',
    );
  });

  it('cannot revoke another user’s token (404)', async () => {
    const owner = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
    const other = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { cookie: await signIn(t.app, owner.username) },
      payload: { name: 'x' },
    });
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${created.json().id}`,
      headers: { cookie: await signIn(t.app, other.username) },
    });
    expectProblem(res, 404, 'not-found');
  });
});
