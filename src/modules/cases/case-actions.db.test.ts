import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../db/tables.ts';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { ACTIONS, STATUSES, type CaseAction } from './case-lifecycle.ts';

let t: TestApp;
let tree: OrgTree;
let intake: string;
let dispatcher: string;
let leader: string;
let mediator: string;
let mediatorId: string;
let streetB: string;
let everyone: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  intake = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['intake'] })).username,
  );
  dispatcher = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] })).username,
  );
  leader = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['leader'] })).username,
  );
  const m = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
  mediatorId = m.id;
  mediator = await signIn(t.app, m.username);
  streetB = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetB, roles: ['dispatcher', 'intake'] })).username,
  );
  everyone = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: [...ROLES] })).username,
  );
});
afterAll(() => t.close());

const act = (cookie: string, id: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions`, headers: { cookie }, payload: body });
const read = async (cookie: string, id: string) =>
  (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie } })).json();

async function step(cookie: string, id: string, action: CaseAction, extra: Record<string, unknown> = {}) {
  const current = await read(everyone, id);
  const res = await act(cookie, id, { action, version: current.version, ...extra });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const full = () => ({
  orgId: tree.committee,
  reason: '理由',
  outcome: 'success',
  extensionAmount: 3,
  note: '说明',
});

/** Builds a case in the given status through the real actions. */
async function caseIn(status: (typeof STATUSES)[number]): Promise<string> {
  const { id } = await registerViaApi(t.app, intake);
  const path: Record<string, [CaseAction, Record<string, unknown>?][]> = {
    registered: [],
    accepted: [['accept']],
    rejected: [['reject', { reason: '不属于受理范围' }]],
    dispatched: [['accept'], ['dispatch', { orgId: tree.committee }]],
    returned: [['accept'], ['dispatch', { orgId: tree.committee }], ['return', { reason: '不属本单位职责' }]],
    in_progress: [['accept'], ['dispatch', { orgId: tree.committee }], ['start']],
    mediated_success: [
      ['accept'],
      ['dispatch', { orgId: tree.committee }],
      ['start'],
      ['record_outcome', { outcome: 'success' }],
    ],
    mediated_failed: [
      ['accept'],
      ['dispatch', { orgId: tree.committee }],
      ['start'],
      ['record_outcome', { outcome: 'failure' }],
    ],
    resolved: [['accept'], ['dispatch', { orgId: tree.committee }], ['start'], ['resolve']],
    archived: [['accept'], ['dispatch', { orgId: tree.committee }], ['start'], ['resolve'], ['archive']],
  };
  for (const [action, extra] of path[status]!) await step(everyone, id, action, extra ?? {});
  return id;
}

describe('the state machine over HTTP', () => {
  const cases = new Map<string, string>();
  beforeAll(async () => {
    for (const status of STATUSES) cases.set(status, await caseIn(status));
  }, 60_000);

  it.each(STATUSES.flatMap((s) => ACTIONS.map((a) => [s, a] as const)))(
    '%s × %s: a disallowed action answers 409 and changes nothing',
    async (status, action) => {
      const id = cases.get(status)!;
      const before = await read(everyone, id);
      expect(before.status).toBe(status);
      if (before.allowedActions.includes(action)) return; // allowed pairs are exercised by the flows below
      const res = await act(everyone, id, { action, version: before.version, ...full() });
      const problem = expectProblem(res, 409, 'action-not-allowed');
      expect(problem).toMatchObject({ currentStatus: status, allowedActions: before.allowedActions });
      const after = await read(everyone, id);
      expect(after.version).toBe(before.version);
      expect(after.events.length).toBe(before.events.length);
    },
  );
});

describe('a case’s way through the centre', () => {
  it('is accepted, dispatched to the committee with a handler, started, mediated and resolved', async () => {
    const { id } = await registerViaApi(t.app, intake);
    let c = await read(dispatcher, id);
    expect(c.allowedActions).toEqual(['accept', 'reject']);
    c = await step(dispatcher, id, 'accept');
    expect(c.status).toBe('accepted');
    c = await step(dispatcher, id, 'dispatch', {
      orgId: tree.committee,
      userId: mediatorId,
      note: '请尽快联系双方调解',
    });
    expect(c).toMatchObject({
      status: 'dispatched',
      currentOrg: { id: tree.committee },
      assignedUserId: mediatorId,
    });
    const mine = await read(mediator, id);
    expect(mine.allowedActions).toEqual(expect.arrayContaining(['start', 'return', 'escalate']));
    c = await step(mediator, id, 'start');
    expect(c.status).toBe('in_progress');
    c = await step(mediator, id, 'record_outcome', { outcome: 'success', note: '双方达成协议' });
    expect(c).toMatchObject({ status: 'mediated_success', outcome: 'success' });
    c = await step(mediator, id, 'resolve');
    expect(c.status).toBe('resolved');
    expect(c.events.map((e: { type: string }) => e.type)).toEqual([
      'registered',
      'accept',
      'dispatch',
      'start',
      'record_outcome',
      'resolve',
    ]);
  });

  it('answers 409 stale-version to the second of two dispatchers', async () => {
    const id = await caseIn('accepted');
    const { version } = await read(dispatcher, id);
    const first = await act(dispatcher, id, { action: 'dispatch', version, orgId: tree.committee });
    expect(first.statusCode).toBe(200);
    const second = await act(dispatcher, id, { action: 'dispatch', version, orgId: tree.department });
    expectProblem(second, 409, 'stale-version');
    expect((await read(dispatcher, id)).currentOrg.id).toBe(tree.committee);
  });

  it('requires a reason to return, and a return sends the case back to the dispatching organisation', async () => {
    const id = await caseIn('dispatched');
    const { version } = await read(mediator, id);
    expect(
      expectProblem(await act(mediator, id, { action: 'return', version }), 400, 'validation-failed').errors,
    ).toEqual([expect.objectContaining({ pointer: '#/reason' })]);
    const c = await step(mediator, id, 'return', { reason: '不属本委员会受理范围' });
    expect(c).toMatchObject({ status: 'returned', currentOrg: { id: tree.district } });
    // The committee that handled it keeps reading its record, but can no longer act.
    expect((await read(mediator, id)).allowedActions).toEqual([]);
  });

  it('escalates to the parent level', async () => {
    const gridWorker = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.gridA, roles: ['grid_worker', 'intake'] })).username,
    );
    const { id } = await registerViaApi(t.app, gridWorker, { gridId: tree.gridA });
    await step(gridWorker, id, 'accept');
    const c = await step(gridWorker, id, 'escalate', { reason: '涉及多个社区，网格无法化解' });
    expect(c).toMatchObject({ status: 'accepted', currentOrg: { id: tree.communityA } });
  });

  it('refuses to dispatch outside the dispatcher’s subtree and to a handler of another organisation', async () => {
    const streetDispatcher = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.streetA, roles: ['dispatcher', 'intake'] })).username,
    );
    const { id } = await registerViaApi(t.app, streetDispatcher);
    await step(streetDispatcher, id, 'accept');
    const { version } = await read(streetDispatcher, id);
    expectProblem(
      await act(streetDispatcher, id, { action: 'dispatch', version, orgId: tree.committee }),
      400,
      'validation-failed',
    );
    expectProblem(
      await act(streetDispatcher, id, {
        action: 'dispatch',
        version,
        orgId: tree.communityA,
        userId: mediatorId,
      }),
      400,
      'validation-failed',
    );
  });

  it('gives 404 to another street, and 403 to a role that may not act', async () => {
    const id = await caseIn('registered');
    const { version } = await read(dispatcher, id);
    expectProblem(await act(streetB, id, { action: 'accept', version }), 404, 'not-found');
    expectProblem(await act(leader, id, { action: 'accept', version }), 403, 'forbidden');
  });

  it('co-handling adds an organisation that can see but not move the case', async () => {
    const id = await caseIn('dispatched');
    const handlerDept = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.department, roles: ['handler'] })).username,
    );
    expectProblem(
      await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie: handlerDept } }),
      404,
      'not-found',
    );
    await step(dispatcher, id, 'co_handle', { orgId: tree.department });
    const seen = await read(handlerDept, id);
    expect(seen.allowedActions).toEqual([]);
  });
});
