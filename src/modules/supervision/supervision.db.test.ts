import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { sweepDeadlines } from './deadline-sweep.ts';

let t: TestApp;
let tree: OrgTree;
const users: Record<string, { id: string; username: string }> = {};
const cookies: Record<string, string> = {};

async function user(key: string, orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) {
  users[key] = await buildUser(t.system, { orgId, roles });
}
async function signInAll() {
  for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  await user('intake', tree.district, ['intake']);
  await user('dispatcher', tree.district, ['dispatcher']);
  await user('leader', tree.district, ['leader']);
  await user('mediator', tree.committee, ['mediator']);
  await user('streetB', tree.streetB, ['leader', 'dispatcher']);
  await signInAll();
});
afterAll(() => t.close());

const act = async (who: string, id: string, action: string, extra: Record<string, unknown> = {}) => {
  const { version } = (
    await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie: cookies[who]! } })
  ).json();
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${id}/actions`,
    headers: { cookie: cookies[who]! },
    payload: { action, version, ...extra },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function dispatchedCase() {
  const { id } = await registerViaApi(t.app, cookies.intake!, {
    category: 'noise',
    description: '楼上噪音。',
  });
  await act('dispatcher', id, 'accept');
  await act('dispatcher', id, 'dispatch', { orgId: tree.committee, userId: users.mediator!.id });
  return id;
}

const inbox = async (who: string) =>
  (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: cookies[who]! } })).json();

describe('deadlines on the case', () => {
  it('accepting starts the handling clock; suspending stops it; an approved extension moves it', async () => {
    const id = await dispatchedCase();
    let c = (
      await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie: cookies.mediator! } })
    ).json();
    expect(c.deadline).toMatchObject({ kind: 'handling', level: 'normal', isPaused: false });
    const due = c.deadline.dueAt;
    await act('mediator', id, 'start');
    c = await act('mediator', id, 'suspend', { reason: '等待伤情鉴定结论' });
    expect(c).toMatchObject({ isSuspended: true, deadline: { isPaused: true } });
    t.clock.advance(5 * 86_400_000);
    await signInAll();
    c = await act('mediator', id, 'resume');
    expect(Date.parse(c.deadline.dueAt)).toBeGreaterThanOrEqual(
      Date.parse(due) + 5 * 86_400_000 - 86_400_000,
    );
    const resumedDue = c.deadline.dueAt;
    c = await act('mediator', id, 'request_extension', { reason: '当事人在外地', extensionAmount: 10 });
    expect(c.extensionRequest).toMatchObject({ amount: 10 });
    expect((await inbox('leader')).items.map((n: { kind: string }) => n.kind)).toContain('extension_request');
    c = await act('leader', id, 'approve_extension', { note: '同意延期' });
    expect(c.extensionRequest).toBeNull();
    expect(Date.parse(c.deadline.dueAt)).toBeGreaterThan(Date.parse(resumedDue));
    expect((await inbox('mediator')).items.map((n: { kind: string }) => n.kind)).toContain(
      'extension_decision',
    );
  });
});

describe('the deadline sweep', () => {
  it('turns an overdue case red, raises one supervision and one notification, not one per sweep', async () => {
    const id = await dispatchedCase();
    const before = (await inbox('mediator')).items.filter(
      (n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'deadline_red',
    ).length;
    expect(before).toBe(0);
    t.clock.advance(120 * 86_400_000);
    await signInAll();
    const first = await sweepDeadlines(t.system);
    expect(first.red).toBeGreaterThanOrEqual(1);
    await sweepDeadlines(t.system);
    await sweepDeadlines(t.system);
    const c = (
      await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie: cookies.dispatcher! } })
    ).json();
    expect(c.deadline.level).toBe('red');
    const sup = (
      await t.app.inject({
        url: `/api/v1/cases/${id}/supervisions`,
        headers: { cookie: cookies.dispatcher! },
      })
    ).json().items;
    expect(sup).toEqual([
      expect.objectContaining({ source: 'deadline_red', isOpen: true, orgId: tree.committee }),
    ]);
    const red = (await inbox('mediator')).items.filter(
      (n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'deadline_red',
    );
    expect(red).toHaveLength(1);
    const overdue = (
      await t.app.inject({
        url: '/api/v1/cases?overdue=true&limit=200',
        headers: { cookie: cookies.dispatcher! },
      })
    ).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toContain(id);
    const supervised = (
      await t.app.inject({
        url: '/api/v1/cases?supervised=true&limit=200',
        headers: { cookie: cookies.dispatcher! },
      })
    ).json();
    expect(supervised.items.map((x: { id: string }) => x.id)).toContain(id);
  });
});

describe('supervision by a leader', () => {
  it('is raised by a leader, answered by the holder, and closed', async () => {
    const id = await dispatchedCase();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/supervisions`,
      headers: { cookie: cookies.leader! },
      payload: { urgency: 'urgent', note: '请三日内反馈调解进展', replyBy: '2027-01-10' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const sup = res.json();
    expect(sup).toMatchObject({ source: 'leader', urgency: 'urgent', isOpen: true, orgId: tree.committee });
    expect((await inbox('mediator')).items.map((n: { kind: string }) => n.kind)).toContain('supervision');
    const list = (
      await t.app.inject({ url: '/api/v1/supervisions', headers: { cookie: cookies.mediator! } })
    ).json().items;
    expect(list.map((s: { id: string }) => s.id)).toContain(sup.id);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/supervisions/${sup.id}/reply`,
      headers: { cookie: cookies.mediator! },
      payload: { reply: '已约双方周五到场调解' },
    });
    expect(reply.json()).toMatchObject({ isOpen: false, reply: '已约双方周五到场调解' });
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/supervisions/${sup.id}/reply`,
        headers: { cookie: cookies.mediator! },
        payload: { reply: '再次回复' },
      }),
      409,
      'conflict',
    );
    const c = (
      await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie: cookies.dispatcher! } })
    ).json();
    expect(c.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['supervised', 'supervision_replied']),
    );
  });

  it('is for leaders; another street gets 404', async () => {
    const id = await dispatchedCase();
    const body = { urgency: 'normal', note: '请关注', replyBy: '2027-01-10' };
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/supervisions`,
        headers: { cookie: cookies.mediator! },
        payload: body,
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/supervisions`,
        headers: { cookie: cookies.streetB! },
        payload: body,
      }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({ url: `/api/v1/cases/${id}/supervisions`, headers: { cookie: cookies.streetB! } }),
      404,
      'not-found',
    );
    const sup = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${id}/supervisions`,
        headers: { cookie: cookies.leader! },
        payload: body,
      })
    ).json();
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/supervisions/${sup.id}/reply`,
        headers: { cookie: cookies.streetB! },
        payload: { reply: '越权回复' },
      }),
      404,
      'not-found',
    );
    expect(
      (await t.app.inject({ url: '/api/v1/supervisions', headers: { cookie: cookies.streetB! } }))
        .json()
        .items.map((s: { id: string }) => s.id),
    ).not.toContain(sup.id);
  });
});

describe('to-do lists', () => {
  it('held=true lists what the caller’s own organisation holds', async () => {
    const id = await dispatchedCase();
    const mine = (
      await t.app.inject({ url: '/api/v1/cases?held=true&limit=200', headers: { cookie: cookies.mediator! } })
    ).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(id);
    const district = (
      await t.app.inject({
        url: '/api/v1/cases?held=true&limit=200',
        headers: { cookie: cookies.dispatcher! },
      })
    ).json();
    expect(district.items.map((x: { id: string }) => x.id)).not.toContain(id);
  });
});

describe('the dispatcher’s desk', () => {
  it('heldBelow=true lists cases held anywhere in the caller’s subtree; held=true only their own organisation’s', async () => {
    const gridWorker = await buildUser(t.system, { orgId: tree.gridA, roles: ['grid_worker'] });
    const streetDispatcher = await buildUser(t.system, { orgId: tree.streetA, roles: ['dispatcher'] });
    const { id } = await registerViaApi(t.app, await signIn(t.app, gridWorker.username), {
      gridId: tree.gridA,
    });
    const cookie = await signIn(t.app, streetDispatcher.username);
    const below = (
      await t.app.inject({ url: '/api/v1/cases?heldBelow=true&status=registered', headers: { cookie } })
    ).json();
    expect(below.items.map((x: { id: string }) => x.id)).toContain(id);
    const own = (
      await t.app.inject({ url: '/api/v1/cases?held=true&status=registered', headers: { cookie } })
    ).json();
    expect(own.items.map((x: { id: string }) => x.id)).not.toContain(id);
  });
});
