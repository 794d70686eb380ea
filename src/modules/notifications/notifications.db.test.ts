/**
 * The inbox routes (own notifications only; anyone else's is 404), notifyOrg's choice
 * of recipients, and the e-mail address on users that notifications are sent to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { notifyOrg, notifyUsers } from './index.ts';

let t: TestApp;
let tree: OrgTree;
let userA: { id: string; cookie: string };
let userB: { id: string; cookie: string };
let admin: string;

async function staff(orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) {
  const user = await buildUser(t.system, { orgId, roles });
  return { id: user.id, cookie: await signIn(t.app, user.username) };
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  userA = await staff(tree.streetA, ['dispatcher']);
  userB = await staff(tree.streetB, ['dispatcher']);
  admin = (await staff(tree.district, ['admin'])).cookie;
  for (const [i, title] of ['新案件待分流', '案件被退回', '案件临近期限'].entries()) {
    t.clock.advance(1000);
    await notifyUsers(t.system, {
      userIds: [userA.id],
      kind: (['assignment', 'returned', 'deadline_yellow'] as const)[i]!,
      title,
      body: `${title}：请及时处理。`,
    });
  }
  await notifyUsers(t.system, { userIds: [userB.id], kind: 'assignment', title: '乙街道的通知', body: '…' });
});
afterAll(() => t.close());

const inbox = (cookie: string, query = '') =>
  t.app.inject({ url: `/api/v1/notifications${query}`, headers: { cookie } });
const read = (cookie: string, id: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/read`, headers: { cookie } });

describe('the inbox', () => {
  it('lists my notifications newest first with the unread count, page by page', async () => {
    const first = (await inbox(userA.cookie, '?limit=2')).json();
    expect(first.items.map((n: { title: string }) => n.title)).toEqual(['案件临近期限', '案件被退回']);
    expect(first.unreadCount).toBe(3);
    expect(first.items[0]).toMatchObject({
      kind: 'deadline_yellow',
      body: '案件临近期限：请及时处理。',
      readAt: null,
    });
    const second = (await inbox(userA.cookie, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((n: { title: string }) => n.title)).toEqual(['新案件待分流']);
    expect(second.nextCursor).toBeNull();
  });

  it('marks one read, shows only unread ones on request, and records it', async () => {
    const [latest] = (await inbox(userA.cookie)).json().items;
    const res = await read(userA.cookie, latest.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().readAt).toBe(t.clock.now().toISOString());
    expect((await read(userA.cookie, latest.id)).json().readAt).toBe(res.json().readAt);
    const unread = (await inbox(userA.cookie, '?unread=true')).json();
    expect(unread.unreadCount).toBe(2);
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(latest.id);
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', latest.id)
      .execute();
    expect(audit).toEqual([{ action: 'notification.read' }]);
  });

  it('answers 404 for another user’s notification and changes nothing', async () => {
    const [ofB] = (await inbox(userB.cookie)).json().items;
    expectProblem(await read(userA.cookie, ofB.id), 404, 'not-found');
    expectProblem(await read(userA.cookie, 'no-such-id'), 404, 'not-found');
    expect((await inbox(userB.cookie)).json()).toMatchObject({ unreadCount: 1, items: [{ readAt: null }] });
    expect((await inbox(userA.cookie)).json().items.map((n: { title: string }) => n.title)).not.toContain(
      '乙街道的通知',
    );
  });

  it('marks all of mine read, and only mine', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: { cookie: userA.cookie },
    });
    expect(res.json()).toEqual({ updated: 2 });
    expect((await inbox(userA.cookie)).json().unreadCount).toBe(0);
    expect((await inbox(userB.cookie)).json().unreadCount).toBe(1);
  });

  it('refuses a forged cursor with 400 and a caller who is not signed in with 401', async () => {
    const body = expectProblem(await inbox(userA.cookie, '?cursor=bm9wZQ'), 400, 'validation-failed');
    expect(body.errors![0]!.pointer).toBe('#/querystring/cursor');
    expectProblem(await t.app.inject({ url: '/api/v1/notifications' }), 401, 'unauthenticated');
  });
});

describe('notifyOrg', () => {
  it('reaches the active users of exactly that organisation holding one of the roles', async () => {
    const dispatcher = await buildUser(t.system, { orgId: tree.communityA, roles: ['dispatcher'] });
    const leader = await buildUser(t.system, { orgId: tree.communityA, roles: ['leader', 'mediator'] });
    await buildUser(t.system, { orgId: tree.communityA, roles: ['mediator'] });
    await buildUser(t.system, { orgId: tree.gridA, roles: ['dispatcher'] });
    const gone = await buildUser(t.system, { orgId: tree.communityA, roles: ['dispatcher'] });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${gone.id}`,
      headers: { cookie: admin },
      payload: { isActive: false },
    });
    const result = await notifyOrg(t.system, {
      orgId: tree.communityA,
      roles: ['dispatcher', 'leader'],
      kind: 'deadline_red',
      title: '案件已超期',
      body: '请督办。',
    });
    expect(result).toEqual({ inbox: 2, emails: 0, webhooks: 0 });
    const rows = await t.db
      .selectFrom('notifications')
      .select('userId')
      .where('title', '=', '案件已超期')
      .execute();
    expect(rows.map((r) => r.userId).sort()).toEqual([dispatcher.id, leader.id].sort());
  });
});

describe('e-mail addresses of users', () => {
  it('are accepted, shown, validated and cleared through the users API', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        username: `li_${tree.prefix}`,
        displayName: '李明',
        orgId: tree.streetA,
        roles: ['dispatcher'],
        password: 'long-enough-1',
        email: ' li.ming@jiedao.example.cn ',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().email).toBe('li.ming@jiedao.example.cn');
    const id = created.json().id;
    const patch = (email: unknown) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${id}`,
        headers: { cookie: admin },
        payload: { email },
      });
    const bad = expectProblem(await patch('li.ming@'), 400, 'validation-failed');
    expect(bad.errors!.map((e) => e.pointer)).toEqual(['#/email']);
    expect((await patch(null)).json().email).toBeNull();
    expect((await patch('li@example.cn')).json().email).toBe('li@example.cn');
    const audit = await t.db.selectFrom('auditLog').select('detail').where('targetId', '=', id).execute();
    expect(audit.map((a) => a.detail).join()).not.toContain('li@example.cn');
  });
});
