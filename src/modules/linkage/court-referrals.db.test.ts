import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { casePayload } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { listClosedCourtReferrals } from './court-transfers.service.ts';

let t: TestApp;
let tree: OrgTree;
const users: Record<string, { id: string; username: string }> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  users.dispatcher = await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] });
  users.mediator = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
  users.intakeA = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] });
  users.dispatcherA = await buildUser(t.system, { orgId: tree.streetA, roles: ['dispatcher'] });
  users.streetB = await buildUser(t.system, { orgId: tree.streetB, roles: ['dispatcher', 'mediator'] });
  for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
});
afterAll(() => t.close());

const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: cookies[who]! },
    ...(payload ? { payload } : {}),
  });

const auditRows = (action: string) =>
  t.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('seq').execute();

describe('court referrals', () => {
  const referral = (overrides: Record<string, unknown> = {}) => ({
    courtCaseNumber: '（2026）示0101民诉前调12号',
    court: '示范区人民法院',
    referralKind: 'pre_litigation',
    case: { ...casePayload(), channel: undefined },
    ...overrides,
  });
  let transferId: string;
  let caseId: string;

  it('register a case with channel court_referral and its own 30-day clock', async () => {
    const res = await api('intakeA', 'POST', '/court-referrals', referral());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    transferId = body.id;
    caseId = body.caseId;
    expect(body).toMatchObject({
      direction: 'from_court',
      referralKind: 'pre_litigation',
      courtCaseNumber: '（2026）示0101民诉前调12号',
      court: '示范区人民法院',
      outcome: null,
      caseStatus: 'registered',
    });
    // Registered 2026-03-02 local: 30 calendar days from the next midnight, to the end of 1 April.
    expect(body.deadline).toBe('2026-04-01T16:00:00.000Z');
    const view = (await api('intakeA', 'GET', `/cases/${caseId}`)).json();
    expect(view.channel).toBe('court_referral');
    expect(view.events.map((e: { type: string }) => e.type)).toEqual([
      'registered',
      'court_referral_received',
    ]);
    const timers = (await api('intakeA', 'GET', `/cases/${caseId}/timers`)).json().items;
    expect(timers.find((x: { kind: string }) => x.kind === 'court_referral')).toMatchObject({
      profileCode: 'court_referral',
      unit: 'calendar_days',
      amount: 30,
      status: 'running',
      dueAt: '2026-04-01T16:00:00.000Z',
    });
    expect((await auditRows('linkage.court_referral')).at(-1)).toMatchObject({ targetId: caseId });
  });

  it('bad input names the field (nested under #/case) and writes nothing', async () => {
    const count = async () =>
      Number(
        (await t.db
          .selectFrom('courtTransfers')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst())!.n,
      );
    const before = await count();
    const badId = expectProblem(
      await api(
        'intakeA',
        'POST',
        '/court-referrals',
        referral({
          case: {
            ...casePayload(),
            channel: undefined,
            parties: [{ kind: 'person', role: 'applicant', name: '赵六', idNumber: '123' }],
          },
        }),
      ),
      400,
      'validation-failed',
    );
    expect(badId.errors?.map((e) => e.pointer)).toEqual(['#/case/parties/0/idNumber']);
    const badKind = expectProblem(
      await api('intakeA', 'POST', '/court-referrals', referral({ referralKind: 'appeal' })),
      400,
      'validation-failed',
    );
    expect(badKind.errors?.map((e) => e.pointer)).toContain('#/referralKind');
    const badChannel = expectProblem(
      await api('intakeA', 'POST', '/court-referrals', referral({ case: casePayload() })),
      400,
      'validation-failed',
    );
    expect(badChannel.errors?.map((e) => e.pointer)).toContain('#/case/channel');
    expectProblem(await api('mediator', 'POST', '/court-referrals', referral()), 403, 'forbidden');
    expect(await count()).toBe(before);
  });

  it('the holder records the mediation outcome; the clock stops and the referral counts as settled', async () => {
    const url = `/court-transfers/${transferId}/outcome`;
    expectProblem(
      await api('streetB', 'POST', url, { outcome: 'settled', outcomeOn: '2026-03-02' }),
      404,
      'not-found',
    );
    expectProblem(
      await api('intakeA', 'POST', url, { outcome: 'settled', outcomeOn: '2026-03-02' }),
      403,
      'forbidden',
    );
    const early = expectProblem(
      await api('dispatcherA', 'POST', url, { outcome: 'settled', outcomeOn: '2026-03-01' }),
      400,
      'validation-failed',
    );
    expect(early.errors?.map((e) => e.pointer)).toEqual(['#/outcomeOn']);
    const res = await api('dispatcherA', 'POST', url, {
      outcome: 'settled',
      outcomeOn: '2026-03-02',
      note: '双方达成调解协议',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      outcome: 'settled',
      outcomeOn: '2026-03-02',
      outcomeNote: '双方达成调解协议',
    });
    const timers = (await api('dispatcherA', 'GET', `/cases/${caseId}/timers`)).json().items;
    expect(timers.find((x: { kind: string }) => x.kind === 'court_referral')).toMatchObject({
      status: 'stopped',
    });
    const view = (await api('dispatcherA', 'GET', `/cases/${caseId}`)).json();
    expect(view.events.map((e: { type: string }) => e.type)).toContain('court_transfer_outcome');
    expect(
      await listClosedCourtReferrals(t.system, {
        orgIds: [tree.streetA],
        fromDay: '2026-03-01',
        toDay: '2026-03-31',
      }),
    ).toEqual([{ id: transferId, caseId, outcome: 'settled', outcomeOn: '2026-03-02' }]);
    expect(
      await listClosedCourtReferrals(t.system, {
        orgIds: [tree.streetB],
        fromDay: '2026-03-01',
        toDay: '2026-03-31',
      }),
    ).toEqual([]);
  });

  it('the court-linkage list keeps to the caller’s subtree and filters by direction and openness', async () => {
    const ids = async (who: string, query = '') =>
      (await api(who, 'GET', `/court-transfers${query}`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('dispatcherA')).toContain(transferId);
    expect(await ids('dispatcherA', '?direction=from_court&open=false')).toContain(transferId);
    expect(await ids('dispatcherA', '?open=true')).not.toContain(transferId);
    expect(await ids('dispatcherA', '?direction=to_court')).not.toContain(transferId);
    expect(await ids('dispatcher', '?direction=from_court')).toContain(transferId);
    expect(await ids('streetB')).not.toContain(transferId);
    expectProblem(await api('streetB', 'GET', `/cases/${caseId}/court-transfers`), 404, 'not-found');
    expectProblem(
      await api('dispatcherA', 'GET', '/court-transfers?direction=sideways'),
      400,
      'validation-failed',
    );
  });
});
