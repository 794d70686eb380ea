import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: OrgTree;
const users: Record<string, { id: string; username: string }> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  users.intake = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
  users.dispatcher = await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] });
  users.mediator = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
  users.second = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
  users.streetB = await buildUser(t.system, { orgId: tree.streetB, roles: ['mediator', 'dispatcher'] });
  for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
});
afterAll(() => t.close());

const api = (who: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: cookies[who]! },
    ...(payload ? { payload } : {}),
  });

async function act(who: string, id: string, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await api(who, 'GET', `/cases/${id}`)).json();
  const res = await api(who, 'POST', `/cases/${id}/actions`, { action, version, ...extra });
  expect(res.statusCode, res.body).toBe(200);
}

async function caseInProgress() {
  const c = await registerViaApi(t.app, cookies.intake!);
  await act('dispatcher', c.id, 'accept');
  await act('dispatcher', c.id, 'dispatch', { orgId: tree.committee });
  await act('mediator', c.id, 'start');
  return c;
}

async function schedule(caseId: string) {
  const res = await api('mediator', 'POST', `/cases/${caseId}/sessions`, {
    startsAt: '2026-03-05T02:00:00.000Z',
    place: '第一调解室',
    mediatorIds: [users.mediator!.id, users.second!.id],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

const auditRows = (action: string) =>
  t.db.selectFrom('auditLog').selectAll().where('action', '=', action).execute();
const notices = async (who: string, caseId: string) =>
  (await api(who, 'GET', '/notifications'))
    .json()
    .items.filter(
      (n: { kind: string; caseId: string }) => n.kind === 'session_changed' && n.caseId === caseId,
    );

describe('cancelling and rescheduling sessions', () => {
  it('reschedules: new time and place, mediators told, one event and audit row', async () => {
    const c = await caseInProgress();
    const s = await schedule(c.id);
    const url = `/cases/${c.id}/sessions/${s.id}/reschedule`;
    expectProblem(await api('mediator', 'POST', url, { startsAt: 'tomorrow' }), 400, 'validation-failed');
    const res = await api('mediator', 'POST', url, { startsAt: '2026-03-06T06:30:00+08:00' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'scheduled',
      startsAt: '2026-03-05T22:30:00.000Z',
      place: '第一调解室',
      isOnline: false,
    });
    const online = (
      await api('mediator', 'POST', url, { startsAt: '2026-03-07T02:00:00Z', online: true })
    ).json();
    expect(online).toMatchObject({ isOnline: true, place: null, startsAt: '2026-03-07T02:00:00.000Z' });
    const noPlace = expectProblem(
      await api('mediator', 'POST', url, { startsAt: '2026-03-08T02:00:00.000Z', online: false, place: ' ' }),
      400,
      'validation-failed',
    );
    expect(noPlace.errors?.map((e) => e.pointer)).toEqual(['#/place']);
    const events = (await api('mediator', 'GET', `/cases/${c.id}`)).json().events;
    expect(events.filter((e: { type: string }) => e.type === 'session_rescheduled')).toHaveLength(2);
    expect(await notices('second', c.id)).toHaveLength(2);
    expect(await notices('mediator', c.id)).toHaveLength(0);
    expect((await auditRows('mediation.reschedule')).filter((a) => a.targetId === c.id)).toHaveLength(2);
  });

  it('cancels with a reason; a cancelled, recorded or decided session cannot change (409)', async () => {
    const c = await caseInProgress();
    const s = await schedule(c.id);
    const cancelUrl = `/cases/${c.id}/sessions/${s.id}/cancel`;
    const noReason = expectProblem(await api('mediator', 'POST', cancelUrl, {}), 400, 'validation-failed');
    expect(noReason.errors?.map((e) => e.pointer)).toEqual(['#/reason']);
    const res = await api('mediator', 'POST', cancelUrl, { reason: '被申请人出差' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: '被申请人出差' });
    expect(res.json().cancelledAt).toBe(t.clock.now().toISOString());
    expect(await notices('second', c.id)).toEqual([
      expect.objectContaining({ title: expect.stringMatching(/取消/) }),
    ]);
    const cancelEvents = (await api('mediator', 'GET', `/cases/${c.id}`))
      .json()
      .events.filter((e: { type: string }) => e.type === 'session_cancelled');
    expect(cancelEvents).toEqual([expect.objectContaining({ note: '被申请人出差' })]);
    expect((await auditRows('mediation.cancel')).filter((a) => a.targetId === c.id)).toHaveLength(1);
    expectProblem(await api('mediator', 'POST', cancelUrl, { reason: '再次' }), 409, 'conflict');
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/sessions/${s.id}/reschedule`, {
        startsAt: '2026-03-09T02:00:00Z',
      }),
      409,
      'conflict',
    );

    const held = await schedule(c.id);
    await api('mediator', 'PUT', `/cases/${c.id}/sessions/${held.id}/record`, {
      attendance: [],
      statements: [],
      facts: '查明',
      proposals: '建议',
    });
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/sessions/${held.id}/cancel`, { reason: '晚了' }),
      409,
      'conflict',
    );
    const decided = await schedule(c.id);
    await api('mediator', 'POST', `/cases/${c.id}/sessions/${decided.id}/outcome`, {
      outcome: 'partly_agreed',
    });
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/sessions/${decided.id}/reschedule`, {
        startsAt: '2026-03-09T02:00:00Z',
      }),
      409,
      'conflict',
    );
    expect((await auditRows('mediation.cancel')).filter((a) => a.targetId === c.id)).toHaveLength(1);
  });

  it('out of scope: 404, and nothing changes', async () => {
    const c = await caseInProgress();
    const s = await schedule(c.id);
    for (const [url, body] of [
      [`/cases/${c.id}/sessions/${s.id}/cancel`, { reason: '越权' }],
      [`/cases/${c.id}/sessions/${s.id}/reschedule`, { startsAt: '2026-03-09T02:00:00Z' }],
    ] as const)
      expectProblem(await api('streetB', 'POST', url, body), 404, 'not-found');
    const [session] = (await api('mediator', 'GET', `/cases/${c.id}/sessions`)).json().items;
    expect(session).toMatchObject({ status: 'scheduled', startsAt: '2026-03-05T02:00:00.000Z' });
  });
});

async function writtenAgreement(caseId: string, obligorPartyId: string) {
  const res = await api('mediator', 'POST', `/cases/${caseId}/agreements`, {
    form: 'written',
    facts: '拖欠工资四万元。',
    disputedMatters: '支付期限。',
    terms: [{ obligorPartyId, obligation: '支付工资', amountFen: 4_000_000, dueDate: '2026-03-20' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string; terms: { id: string }[] };
}

describe('voiding agreements', () => {
  it('keeps the number, drops the document, the follow-ups and the confirmation window', async () => {
    const c = await caseInProgress();
    const a = await writtenAgreement(c.id, c.parties[1]!.id);
    await act('mediator', c.id, 'resolve');
    const visits = async () =>
      (await api('mediator', 'GET', `/cases/${c.id}/followups`))
        .json()
        .items.map((v: { status: string }) => v.status);
    expect(await visits()).toEqual(['pending', 'pending']);
    const url = `/cases/${c.id}/agreements/${a.id}/void`;
    expectProblem(await api('mediator', 'POST', url, { reason: '' }), 400, 'validation-failed');
    const res = await api('mediator', 'POST', url, { reason: '当事人身份信息有误' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      number: a.number,
      voidReason: '当事人身份信息有误',
      voidedAt: t.clock.now().toISOString(),
      documentUrl: null,
    });
    expect(await visits()).toEqual(['cancelled', 'cancelled']);
    const timers = (await api('mediator', 'GET', `/cases/${c.id}/timers`)).json().items;
    expect(timers.find((x: { kind: string }) => x.kind === 'judicial_confirmation').status).toBe('stopped');
    expectProblem(
      await api('mediator', 'GET', `/cases/${c.id}/agreements/${a.id}/document`),
      409,
      'conflict',
    );
    const judicial = expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/judicial-confirmations`, {
        court: '示范区人民法院',
        appliedAt: '2026-03-02',
        agreementId: a.id,
      }),
      400,
      'validation-failed',
    );
    expect(judicial.errors?.map((e) => e.pointer)).toEqual(['#/agreementId']);
    expectProblem(
      await api('mediator', 'PATCH', `/cases/${c.id}/agreements/${a.id}/terms/${a.terms[0]!.id}`, {
        status: 'fulfilled',
      }),
      409,
      'conflict',
    );
    expectProblem(await api('mediator', 'POST', url, { reason: '再次' }), 409, 'conflict');
    const view = (await api('mediator', 'GET', `/cases/${c.id}`)).json();
    expect(view.status).toBe('resolved');
    expect(view.events.at(-1)).toMatchObject({ type: 'agreement_voided' });
    expect((await auditRows('agreement.void')).filter((r) => r.targetId === c.id)).toHaveLength(1);
  });

  it('refuses once performance started or confirmation was applied for (409)', async () => {
    const c = await caseInProgress();
    const a = await writtenAgreement(c.id, c.parties[1]!.id);
    await api('mediator', 'PATCH', `/cases/${c.id}/agreements/${a.id}/terms/${a.terms[0]!.id}`, {
      status: 'partly',
    });
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/agreements/${a.id}/void`, { reason: '写错了' }),
      409,
      'conflict',
    );
    const b = await writtenAgreement(c.id, c.parties[1]!.id);
    const applied = await api('mediator', 'POST', `/cases/${c.id}/judicial-confirmations`, {
      court: '示范区人民法院',
      appliedAt: '2026-03-02',
      agreementId: b.id,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/agreements/${b.id}/void`, { reason: '写错了' }),
      409,
      'conflict',
    );
    expect((await auditRows('agreement.void')).filter((r) => r.targetId === c.id)).toHaveLength(0);
  });

  it('out of scope: 404, and the agreement stays valid', async () => {
    const c = await caseInProgress();
    const a = await writtenAgreement(c.id, c.parties[1]!.id);
    expectProblem(
      await api('streetB', 'POST', `/cases/${c.id}/agreements/${a.id}/void`, { reason: '越权' }),
      404,
      'not-found',
    );
    const [agreement] = (await api('mediator', 'GET', `/cases/${c.id}/agreements`)).json().items;
    expect(agreement).toMatchObject({ voidedAt: null, documentUrl: expect.stringMatching(/document$/) });
  });
});
