import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: OrgTree;
let admin: string;
let adminId: string;
let streetAAdmin: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const a = await buildUser(t.system, { orgId: tree.district, roles: ['admin'] });
  adminId = a.id;
  admin = await signIn(t.app, a.username);
  streetAAdmin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['admin'] })).username,
  );
});
afterAll(() => t.close());

const post = (cookie: string, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload });
const patch = (cookie: string, id: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: { cookie }, payload });

describe('users', () => {
  it('creates a user who can then sign in, and records it in the audit trail', async () => {
    const res = await post(admin, {
      username: 'mediator_chen',
      displayName: '陈静',
      orgId: tree.committee,
      roles: ['mediator'],
      password: 'long-enough-1',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'mediator_chen',
      orgId: tree.committee,
      roles: ['mediator'],
      isActive: true,
      lockedUntil: null,
    });
    expect(res.body).not.toMatch(/password|scrypt/i);
    await signIn(t.app, 'mediator_chen', 'long-enough-1');
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('targetId', '=', res.json().id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).not.toContain('long-enough-1');
  });

  it('names each bad field and writes nothing', async () => {
    const res = await post(admin, {
      username: '-x',
      displayName: ' ',
      orgId: tree.streetA,
      roles: ['mayor'],
      password: 'short',
    });
    const body = expectProblem(res, 400, 'validation-failed');
    expect(body.errors!.map((e) => e.pointer).sort()).toEqual([
      '#/displayName',
      '#/password',
      '#/roles/0',
      '#/username',
    ]);
  });

  it('answers 409 for a taken username', async () => {
    const existing = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const body = expectProblem(
      await post(admin, {
        username: existing.username,
        displayName: '某',
        orgId: tree.streetA,
        roles: ['intake'],
        password: 'long-enough-1',
      }),
      409,
      'conflict',
    );
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '#/username', code: 'taken' })]);
  });

  it('keeps a street admin inside their street', async () => {
    const inB = await buildUser(t.system, { orgId: tree.streetB, roles: ['intake'] });
    const inA = await buildUser(t.system, { orgId: tree.communityA, roles: ['intake'] });
    const list = (await t.app.inject({ url: '/api/v1/users', headers: { cookie: streetAAdmin } }))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(list).toContain(inA.id);
    expect(list).not.toContain(inB.id);
    expectProblem(
      await t.app.inject({ url: `/api/v1/users/${inB.id}`, headers: { cookie: streetAAdmin } }),
      404,
      'not-found',
    );
    expectProblem(await patch(streetAAdmin, inB.id, { displayName: '改名' }), 404, 'not-found');
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${inB.id}/unlock`,
        headers: { cookie: streetAAdmin },
      }),
      404,
      'not-found',
    );
    const created = await post(streetAAdmin, {
      username: 'sneaky',
      displayName: '某',
      orgId: tree.streetB,
      roles: ['intake'],
      password: 'long-enough-1',
    });
    expect(expectProblem(created, 400, 'validation-failed').errors).toEqual([
      expect.objectContaining({ pointer: '#/orgId' }),
    ]);
    expectProblem(await patch(streetAAdmin, inA.id, { orgId: tree.streetB }), 400, 'validation-failed');
  });

  it('is for admins only', async () => {
    const dispatcher = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] })).username,
    );
    expectProblem(
      await t.app.inject({ url: '/api/v1/users', headers: { cookie: dispatcher } }),
      403,
      'forbidden',
    );
    expectProblem(
      await post(dispatcher, {
        username: 'x1',
        displayName: 'x',
        orgId: tree.district,
        roles: ['admin'],
        password: 'long-enough-1',
      }),
      403,
      'forbidden',
    );
  });

  it('changes roles and organisation; a new password ends the user’s sessions', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const session = await signIn(t.app, user.username);
    const res = await patch(admin, user.id, {
      roles: ['intake', 'grid_worker'],
      orgId: tree.gridA,
      password: 'brand-new-pass',
    });
    expect(res.json()).toMatchObject({ roles: ['grid_worker', 'intake'], orgId: tree.gridA });
    expectProblem(
      await t.app.inject({ url: '/api/v1/me', headers: { cookie: session } }),
      401,
      'unauthenticated',
    );
    await signIn(t.app, user.username, 'brand-new-pass');
  });

  it('deactivating a user ends their sessions and stops sign-in', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const session = await signIn(t.app, user.username);
    expect((await patch(admin, user.id, { isActive: false })).json().isActive).toBe(false);
    expectProblem(
      await t.app.inject({ url: '/api/v1/me', headers: { cookie: session } }),
      401,
      'unauthenticated',
    );
    await expect(signIn(t.app, user.username)).rejects.toThrow(/401/);
  });

  it('refuses to let an admin deactivate themselves or drop their own admin role', async () => {
    expectProblem(await patch(admin, adminId, { isActive: false }), 409, 'conflict');
    expectProblem(await patch(admin, adminId, { roles: ['leader'] }), 409, 'conflict');
  });

  it('unlocks a locked account', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: 'nope-nope' },
      });
    const locked = (
      await t.app.inject({ url: `/api/v1/users/${user.id}`, headers: { cookie: admin } })
    ).json();
    expect(locked.lockedUntil).not.toBeNull();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/unlock`,
      headers: { cookie: admin },
    });
    expect(res.json().lockedUntil).toBeNull();
    await signIn(t.app, user.username);
  });

  it('rejects unknown fields in a change', async () => {
    const user = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
    const body = expectProblem(await patch(admin, user.id, { isAdmin: true }), 400, 'validation-failed');
    expect(body.errors).toContainEqual(expect.objectContaining({ pointer: '#/isAdmin' }));
  });
});

describe('staff directory', () => {
  it('lists colleagues with a role in an organisation of the caller’s subtree, and 404 outside it', async () => {
    const mediator = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
    await buildUser(t.system, { orgId: tree.committee, roles: ['handler'] });
    const dispatcher = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] })).username,
    );
    const res = await t.app.inject({
      url: `/api/v1/staff?orgId=${tree.committee}&role=mediator`,
      headers: { cookie: dispatcher },
    });
    const items = res.json().items as { id: string; roles: string[] }[];
    expect(items.map((u) => u.id)).toContain(mediator.id);
    expect(items.every((u) => u.roles.includes('mediator'))).toBe(true);
    expect(res.body).not.toMatch(/password|lockedUntil/);
    const streetB = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.streetB, roles: ['dispatcher'] })).username,
    );
    expectProblem(
      await t.app.inject({ url: `/api/v1/staff?orgId=${tree.committee}`, headers: { cookie: streetB } }),
      404,
      'not-found',
    );
  });
});
