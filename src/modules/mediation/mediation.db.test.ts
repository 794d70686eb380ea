import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { notifyDueFollowups } from './followups.service.ts';

let t: TestApp;
let tree: OrgTree;
const users: Record<string, { id: string; username: string }> = {};
const cookies: Record<string, string> = {};

async function signInAll() {
  for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  users.intake = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
  users.dispatcher = await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] });
  users.mediator = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
  users.second = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
  users.streetB = await buildUser(t.system, { orgId: tree.streetB, roles: ['mediator', 'dispatcher'] });
  await signInAll();
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
  return res.json();
}

async function caseInProgress() {
  const c = await registerViaApi(t.app, cookies.intake!);
  await act('dispatcher', c.id, 'accept');
  await act('dispatcher', c.id, 'dispatch', { orgId: tree.committee });
  await act('mediator', c.id, 'start');
  return c;
}

describe('sessions', () => {
  it('are scheduled, recorded and closed with an outcome; co-mediators are invited', async () => {
    const c = await caseInProgress();
    const res = await api('mediator', 'POST', `/cases/${c.id}/sessions`, {
      startsAt: '2026-03-05T02:00:00.000Z',
      place: '区矛调中心第一调解室',
      mediatorIds: [users.mediator!.id, users.second!.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const session = res.json();
    expect(session).toMatchObject({
      status: 'scheduled',
      mediators: [
        { userId: users.mediator!.id, isLead: true },
        { userId: users.second!.id, isLead: false },
      ],
      inviteePartyIds: c.parties.map((p) => p.id),
    });
    expect((await api('second', 'GET', '/notifications')).json().items).toContainEqual(
      expect.objectContaining({ kind: 'session_invitation', caseId: c.id }),
    );
    const [applicant, respondent] = c.parties;
    const recorded = await api('mediator', 'PUT', `/cases/${c.id}/sessions/${session.id}/record`, {
      attendance: [
        { partyId: applicant!.id, present: true },
        { partyId: respondent!.id, present: true },
      ],
      statements: [
        { partyId: applicant!.id, text: '要求支付拖欠工资四万元。' },
        { partyId: respondent!.id, text: '同意分两期支付。' },
      ],
      facts: '双方确认欠付工资四万元。',
      proposals: '建议分两期支付。',
    });
    expect(recorded.json()).toMatchObject({ status: 'held', record: { facts: '双方确认欠付工资四万元。' } });
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/sessions/${session.id}/outcome`, { outcome: 'failed' }),
      400,
      'validation-failed',
    );
    expect(
      (
        await api('mediator', 'POST', `/cases/${c.id}/sessions/${session.id}/outcome`, { outcome: 'agreed' })
      ).json().outcome,
    ).toBe('agreed');
    const calendar = (
      await api('second', 'GET', `/mediation/calendar?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z`)
    ).json().items;
    expect(calendar).toContainEqual(
      expect.objectContaining({ id: session.id, caseNumber: c.number, isLead: false }),
    );
  });

  it('refuses unknown mediators and parties, naming them', async () => {
    const c = await caseInProgress();
    const res = await api('mediator', 'POST', `/cases/${c.id}/sessions`, {
      startsAt: '2026-03-05T02:00:00.000Z',
      online: true,
      mediatorIds: [users.mediator!.id, users.dispatcher!.id],
      inviteePartyIds: ['nope'],
    });
    expect(expectProblem(res, 400, 'validation-failed').errors!.map((e) => e.pointer)).toEqual([
      '#/mediatorIds/1',
      '#/inviteePartyIds/0',
    ]);
  });

  it('a refusal ends the mediation path with the notice of other routes', async () => {
    const c = await caseInProgress();
    const res = await api('mediator', 'POST', `/cases/${c.id}/mediation/refusal`, {
      partyId: c.parties[1]!.id,
      reason: '坚持起诉',
    });
    expect(res.json().notice).toMatch(/提起诉讼/);
    expect(res.json().case.status).toBe('mediated_failed');
  });
});

describe('agreements, resolution and follow-up visits', () => {
  it('records a written agreement with two terms, opens the 30-day confirmation window, and checks the agreement later', async () => {
    const c = await caseInProgress();
    const [applicant, respondent] = c.parties;
    const res = await api('mediator', 'POST', `/cases/${c.id}/agreements`, {
      form: 'written',
      facts: '被申请人拖欠申请人工资四万元。',
      disputedMatters: '工资支付数额与期限。',
      terms: [
        {
          obligorPartyId: respondent!.id,
          obligation: '支付第一期工资',
          amountFen: 2_000_000,
          dueDate: '2026-03-15',
        },
        {
          obligorPartyId: respondent!.id,
          obligation: '支付第二期工资',
          amountFen: 2_000_000,
          dueDate: '2026-04-15',
        },
      ],
      performanceCheck: '申请人收款后告知调解委员会。',
    });
    expect(res.statusCode, res.body).toBe(201);
    const agreement = res.json();
    expect(agreement.number).toMatch(new RegExp(`^${tree.prefix}-TW-LD〔2026〕第1号$`));
    expect(agreement.terms).toHaveLength(2);
    expect(agreement.documentUrl).toMatch(/document$/);
    const afterAgreement = (await api('mediator', 'GET', `/cases/${c.id}`)).json();
    expect(afterAgreement.status).toBe('mediated_success');
    const timers = (await api('mediator', 'GET', `/cases/${c.id}/timers`)).json();
    const window = timers.items.find((x: { kind: string }) => x.kind === 'judicial_confirmation');
    expect(window.dueAt).toBe(new Date('2026-04-01T24:00:00+08:00').toISOString());
    void applicant;

    // Judicial confirmation: a late application is refused; one in time is recorded.
    expectProblem(
      await api('mediator', 'POST', `/cases/${c.id}/judicial-confirmations`, {
        court: '示范区人民法院',
        appliedAt: '2026-04-02',
      }),
      400,
      'validation-failed',
    );
    const applied = await api('mediator', 'POST', `/cases/${c.id}/judicial-confirmations`, {
      court: '示范区人民法院',
      appliedAt: '2026-03-10',
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json().deadline).toBe('2026-04-01');

    await act('mediator', c.id, 'resolve');
    const visits = (await api('mediator', 'GET', `/cases/${c.id}/followups`)).json().items;
    expect(visits.map((v: { dueOn: string }) => v.dueOn)).toEqual(['2026-04-01', '2026-05-31']);
    expect(
      (await api('mediator', 'GET', '/followups')).json().items.map((v: { caseId: string }) => v.caseId),
    ).not.toContain(c.id);

    t.clock.advance(31 * 86_400_000);
    await signInAll();
    const due = (await api('mediator', 'GET', '/followups'))
      .json()
      .items.filter((v: { caseId: string }) => v.caseId === c.id);
    expect(due).toHaveLength(1);
    expect((await notifyDueFollowups(t.system)).notified).toBeGreaterThanOrEqual(1);
    expect((await api('mediator', 'GET', '/notifications')).json().items).toContainEqual(
      expect.objectContaining({ kind: 'followup_due', caseId: c.id }),
    );
    expectProblem(
      await api('streetB', 'POST', `/followups/${due[0].id}`, { result: 'fulfilled', note: '越权' }),
      404,
      'not-found',
    );

    // The agreement was broken: the visit reopens the case and cancels the other visit.
    const visit = await api('mediator', 'POST', `/followups/${due[0].id}`, {
      result: 'not_fulfilled',
      note: '第二期工资未支付',
    });
    expect(visit.statusCode, visit.body).toBe(200);
    const reopened = (await api('mediator', 'GET', `/cases/${c.id}`)).json();
    expect(reopened.status).toBe('in_progress');
    expect(reopened.events.at(-1)).toMatchObject({
      type: 'reopen',
      note: '回头看发现协议未履行：第二期工资未支付',
    });
    const after = (await api('mediator', 'GET', `/cases/${c.id}/followups`)).json().items;
    expect(after.map((v: { status: string }) => v.status)).toEqual(['done', 'cancelled']);
  });

  it('records an oral agreement without a document', async () => {
    const c = await caseInProgress();
    const res = await api('mediator', 'POST', `/cases/${c.id}/agreements`, {
      form: 'oral',
      facts: '邻里噪音。',
      disputedMatters: '夜间装修时间。',
      terms: [{ obligation: '晚八点后不施工' }],
    });
    expect(res.json()).toMatchObject({ form: 'oral', documentUrl: null });
  });
});

describe('scope', () => {
  it('another street gets 404 on every mediation route of the case', async () => {
    const c = await caseInProgress();
    const session = (
      await api('mediator', 'POST', `/cases/${c.id}/sessions`, {
        startsAt: '2026-03-05T02:00:00.000Z',
        online: true,
        mediatorIds: [users.mediator!.id],
      })
    ).json();
    for (const [method, url, body] of [
      ['GET', `/cases/${c.id}/sessions`],
      [
        'POST',
        `/cases/${c.id}/sessions`,
        { startsAt: '2026-03-05T02:00:00.000Z', online: true, mediatorIds: [users.streetB!.id] },
      ],
      [
        'PUT',
        `/cases/${c.id}/sessions/${session.id}/record`,
        { attendance: [], statements: [], facts: 'x', proposals: 'y' },
      ],
      ['POST', `/cases/${c.id}/sessions/${session.id}/outcome`, { outcome: 'agreed' }],
      ['POST', `/cases/${c.id}/agreements`, { form: 'oral', facts: 'x', disputedMatters: 'y', terms: [] }],
      ['GET', `/cases/${c.id}/agreements`],
      ['GET', `/cases/${c.id}/followups`],
      ['GET', `/cases/${c.id}/judicial-confirmations`],
      ['POST', `/cases/${c.id}/mediation/refusal`, { partyId: c.parties[0]!.id }],
    ] as const) {
      expectProblem(await api('streetB', method, url, body), 404, 'not-found');
    }
  });
});
