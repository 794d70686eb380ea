/** Deadline profiles and case timers over HTTP: admin-only edits, validation, scope, live calendar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import type { Role } from '../../db/tables.ts';
import { pickProfile, startTimer } from './index.ts';

let t: TestApp;
let tree: OrgTree;
let districtAdmin: string;
let streetAdmin: string;
let intakeA: string;
let dispatcherB: string;
let districtDispatcher: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const as = async (orgId: string, role: Role) =>
    signIn(t.app, (await buildUser(t.system, { orgId, roles: [role] })).username);
  districtAdmin = await as(tree.district, 'admin');
  streetAdmin = await as(tree.streetA, 'admin');
  intakeA = await as(tree.streetA, 'intake');
  dispatcherB = await as(tree.streetB, 'dispatcher');
  districtDispatcher = await as(tree.district, 'dispatcher');
});
afterAll(() => t.close());

const post = (cookie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/deadline-profiles', headers: { cookie }, payload });
const patch = (cookie: string, code: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/deadline-profiles/${code}`, headers: { cookie }, payload });
const timers = (cookie: string, caseId: string) =>
  t.app.inject({ url: `/api/v1/cases/${caseId}/timers`, headers: { cookie } });

const wageProfile = {
  code: 'wage_handling',
  nameZh: '欠薪办理时限',
  nameEn: 'Wage arrears handling',
  unit: 'working_days',
  amount: 5,
  warnShares: [0.8, 0.4],
  categoryCode: 'wage_arrears',
  state: 'accepted',
};

describe('deadline profiles', () => {
  it('lists the seeded profiles, petition rules included, to any signed-in user', async () => {
    const res = await t.app.inject({ url: '/api/v1/deadline-profiles', headers: { cookie: intakeA } });
    const items = res.json().items as { code: string }[];
    expect(items.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'acceptance',
        'handling',
        'mediation',
        'labour_handling',
        'petition_acceptance',
        'petition_handling',
        'judicial_confirmation_window',
        'urgent_response',
      ]),
    );
    expect(items.find((p) => p.code === 'petition_handling')).toMatchObject({
      nameZh: '信访办理时限',
      unit: 'calendar_days',
      amount: 60,
      maxExtensionAmount: 30,
      warnShares: [0.5, 0.75],
      isActive: true,
    });
    expect(items.find((p) => p.code === 'acceptance')).toMatchObject({
      unit: 'working_days',
      amount: 3,
      state: 'registered',
    });
    expect(items.find((p) => p.code === 'labour_handling')).toMatchObject({
      categoryCode: 'labour',
      amount: 15,
    });
  });

  it('lets a district admin add one (audited); the more specific category is then picked', async () => {
    const res = await post(districtAdmin, wageProfile);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      code: 'wage_handling',
      warnShares: [0.4, 0.8],
      maxExtensionAmount: null,
    });
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', 'wage_handling')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['deadline_profile.create']);
    const picked = await pickProfile(t.system, {
      categoryCode: 'wage_arrears',
      topCategoryCode: 'labour',
      state: 'accepted',
    });
    expect(picked?.code).toBe('wage_handling');
    expectProblem(await post(districtAdmin, wageProfile), 409, 'conflict');
  });

  it('changes and deactivates a profile; an inactive one is no longer picked', async () => {
    const res = await patch(districtAdmin, 'wage_handling', { amount: 7, isActive: false });
    expect(res.json()).toMatchObject({ amount: 7, isActive: false });
    const picked = await pickProfile(t.system, {
      categoryCode: 'wage_arrears',
      topCategoryCode: 'labour',
      state: 'accepted',
    });
    expect(picked?.code).toBe('labour_handling');
    expectProblem(await patch(districtAdmin, 'no_such_profile', { amount: 3 }), 404, 'not-found');
  });

  it('is edited only by a district admin', async () => {
    expectProblem(await post(streetAdmin, { ...wageProfile, code: 'street_rule' }), 403, 'forbidden');
    expectProblem(await patch(streetAdmin, 'handling', { amount: 1 }), 403, 'forbidden');
    expectProblem(await patch(intakeA, 'handling', { amount: 1 }), 403, 'forbidden');
    const handling = (await t.app.inject({ url: '/api/v1/deadline-profiles', headers: { cookie: intakeA } }))
      .json()
      .items.find((p: { code: string }) => p.code === 'handling');
    expect(handling.amount).toBe(30);
  });

  it.each([
    [{ ...wageProfile, code: 'bad1', warnShares: [0.5, 0.5] }, '#/warnShares', 'duplicate'],
    [{ ...wageProfile, code: 'bad2', warnShares: [1.5] }, '#/warnShares/0', 'exclusiveMaximum'],
    [{ ...wageProfile, code: 'bad3', categoryCode: 'no_such_category' }, '#/categoryCode', 'unknown'],
    [{ ...wageProfile, code: 'bad4', unit: 'weeks' }, '#/unit', undefined],
    [{ ...wageProfile, code: 'bad5', amount: 0 }, '#/amount', 'minimum'],
    [{ ...wageProfile, code: 'Bad Code' }, '#/code', 'pattern'],
  ])('refuses a bad profile, naming the field (%#)', async (payload, pointer, code) => {
    const body = expectProblem(await post(districtAdmin, payload), 400, 'validation-failed');
    expect(
      body.errors?.some((e) => e.pointer === pointer && (!code || e.code === code)),
      JSON.stringify(body.errors),
    ).toBe(true);
    const created = await t.db
      .selectFrom('deadlineProfiles')
      .select('code')
      .where('code', '=', payload.code)
      .execute();
    expect(created).toEqual([]);
  });
});

describe('GET /cases/:id/timers', () => {
  it('shows the case’s timers within scope; another street gets 404', async () => {
    t.clock.set('2026-03-02T01:00:00.000Z');
    const { id } = await registerViaApi(t.app, intakeA);
    await startTimer(t.system, { caseId: id, kind: 'test_acceptance', profileCode: 'acceptance' });
    const res = await timers(intakeA, id);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.find((x: { kind: string }) => x.kind === 'test_acceptance')).toMatchObject({
      profileCode: 'acceptance',
      unit: 'working_days',
      amount: 3,
      level: 'normal',
      usedShare: 0,
      dueAt: '2026-03-05T16:00:00.000Z',
    });
    expect((await timers(districtDispatcher, id)).statusCode).toBe(200);
    expectProblem(await timers(dispatcherB, id), 404, 'not-found');
    expectProblem(await timers(intakeA, 'no-such-case'), 404, 'not-found');
  });

  it('recomputes an open deadline when the admin edits the calendar', async () => {
    t.clock.set('2026-03-02T01:00:00.000Z');
    const { id } = await registerViaApi(t.app, intakeA);
    await startTimer(t.system, { caseId: id, kind: 'test_acceptance', profileCode: 'acceptance' });
    const dueAt = async () =>
      (await timers(intakeA, id)).json().items.find((x: { kind: string }) => x.kind === 'test_acceptance')
        .dueAt;
    expect(await dueAt()).toBe('2026-03-05T16:00:00.000Z');

    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/2026-03-04',
      headers: { cookie: districtAdmin },
      payload: { kind: 'holiday', name: '临时放假' },
    });
    expect(put.statusCode).toBe(200);
    expect(await dueAt()).toBe('2026-03-06T16:00:00.000Z');

    await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/2026-03-04',
      headers: { cookie: districtAdmin },
    });
    expect(await dueAt()).toBe('2026-03-05T16:00:00.000Z');
  });
});
