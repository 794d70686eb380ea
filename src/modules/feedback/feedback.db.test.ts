import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: OrgTree;
const cookies: Record<string, string> = {};
const userIds: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const make = async (key: string, orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) => {
    const u = await buildUser(t.system, { orgId, roles });
    userIds[key] = u.id;
    cookies[key] = await signIn(t.app, u.username);
  };
  await make('intake', tree.district, ['intake']);
  await make('dispatcher', tree.district, ['dispatcher']);
  await make('mediator', tree.committee, ['mediator']);
  await make('admin', tree.district, ['admin']);
  await make('streetB', tree.streetB, ['intake', 'dispatcher', 'mediator']);
});
afterAll(() => t.close());

const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
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

async function resolvedCase() {
  const c = await registerViaApi(t.app, cookies.intake!);
  await act('dispatcher', c.id, 'accept');
  await act('dispatcher', c.id, 'dispatch', { orgId: tree.committee });
  await act('mediator', c.id, 'start');
  await act('mediator', c.id, 'resolve');
  return c;
}

async function auditActions(caseId: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('auditLog')
    .select('action')
    .where('targetId', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describe('visits in person (跑动次数)', () => {
  it('are counted on the case, listed, put on the timeline and audited', async () => {
    const c = await registerViaApi(t.app, cookies.intake!);
    const first = await api('intake', 'POST', `/cases/${c.id}/visits`, {
      partyId: c.parties[0]!.id,
      note: '来窗口补交材料',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      visits: 1,
      visit: {
        partyId: c.parties[0]!.id,
        partyName: '张三',
        note: '来窗口补交材料',
        visitedAt: '2026-03-02T01:00:00.000Z',
        recordedBy: { id: userIds.intake },
      },
    });
    t.clock.advance(60_000);
    const second = await api('intake', 'POST', `/cases/${c.id}/visits`, {});
    expect(second.json()).toMatchObject({ visits: 2, visit: { partyId: null, note: null } });

    const caseView = (await api('dispatcher', 'GET', `/cases/${c.id}`)).json();
    expect(caseView.visits).toBe(2);
    expect(caseView.events.filter((e: { type: string }) => e.type === 'visit')).toHaveLength(2);
    const list = (await api('dispatcher', 'GET', `/cases/${c.id}/visits`)).json();
    expect(list.visits).toBe(2);
    expect(list.items.map((v: { note: string | null }) => v.note)).toEqual(['来窗口补交材料', null]);
    expect((await auditActions(c.id)).filter((a) => a === 'case.visit')).toHaveLength(2);
  });

  it('refuses a stranger party by its field and changes nothing', async () => {
    const c = await registerViaApi(t.app, cookies.intake!);
    const res = await api('intake', 'POST', `/cases/${c.id}/visits`, { partyId: 'nobody' });
    expect(expectProblem(res, 400, 'validation-failed').errors![0]!.pointer).toBe('#/partyId');
    expect((await api('intake', 'GET', `/cases/${c.id}`)).json().visits).toBe(0);
  });

  it('are out of reach of another street (404) and of the admin role (403)', async () => {
    const c = await registerViaApi(t.app, cookies.intake!);
    expectProblem(await api('streetB', 'POST', `/cases/${c.id}/visits`, {}), 404, 'not-found');
    expectProblem(await api('streetB', 'GET', `/cases/${c.id}/visits`), 404, 'not-found');
    expectProblem(await api('admin', 'POST', `/cases/${c.id}/visits`, {}), 403, 'forbidden');
    expect((await api('intake', 'GET', `/cases/${c.id}`)).json().visits).toBe(0);
  });
});

describe('satisfaction (评价) on a return call', () => {
  it('is taken only once the case is resolved', async () => {
    const c = await registerViaApi(t.app, cookies.intake!);
    const res = await api('dispatcher', 'POST', `/cases/${c.id}/ratings`, {
      partyId: c.parties[0]!.id,
      rating: 'satisfied',
    });
    expect(expectProblem(res, 409, 'action-not-allowed').currentStatus).toBe('registered');
  });

  it('is one per party per resolution; a reopened and re-resolved case asks again', async () => {
    const c = await resolvedCase();
    const [applicant, respondent] = c.parties;
    const rate = (partyId: string, rating: string) => {
      t.clock.advance(60_000);
      return api('dispatcher', 'POST', `/cases/${c.id}/ratings`, { partyId, rating, comment: '办得好' });
    };
    const first = await rate(applicant!.id, 'satisfied');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      partyId: applicant!.id,
      partyName: '张三',
      resolutionSeq: 1,
      rating: 'satisfied',
      comment: '办得好',
      source: 'staff',
      createdBy: { id: userIds.dispatcher },
    });
    expectProblem(await rate(applicant!.id, 'basically_satisfied'), 409, 'conflict');
    expect((await rate(respondent!.id, 'basically_satisfied')).statusCode).toBe(201);

    await act('dispatcher', c.id, 'reopen', { reason: '协议未履行' });
    expectProblem(await rate(applicant!.id, 'satisfied'), 409, 'action-not-allowed');
    await act('mediator', c.id, 'resolve');
    const again = await rate(applicant!.id, 'basically_satisfied');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().resolutionSeq).toBe(2);

    const list = (await api('mediator', 'GET', `/cases/${c.id}/ratings`)).json().items;
    expect(list.map((r: { resolutionSeq: number; rating: string }) => [r.resolutionSeq, r.rating])).toEqual([
      [1, 'satisfied'],
      [1, 'basically_satisfied'],
      [2, 'basically_satisfied'],
    ]);
    expect((await auditActions(c.id)).filter((a) => a === 'case.rate')).toHaveLength(3);
  });

  it('“不满意” asks the dispatcher to review the case', async () => {
    const c = await resolvedCase();
    const res = await api('mediator', 'POST', `/cases/${c.id}/ratings`, {
      partyId: c.parties[0]!.id,
      rating: 'dissatisfied',
      comment: '钱还没拿到',
    });
    expect(res.statusCode, res.body).toBe(201);
    const inbox = (await api('dispatcher', 'GET', '/notifications')).json().items;
    expect(inbox).toContainEqual(
      expect.objectContaining({ kind: 'rating_review', caseId: c.id, body: '当事人意见：钱还没拿到' }),
    );
    const events = (await api('dispatcher', 'GET', `/cases/${c.id}`)).json().events;
    expect(events.map((e: { type: string }) => e.type).slice(-2)).toEqual(['rated', 'rating_review']);
  });

  it('names a stranger party and refuses unknown ratings', async () => {
    const c = await resolvedCase();
    const stranger = await api('dispatcher', 'POST', `/cases/${c.id}/ratings`, {
      partyId: 'nobody',
      rating: 'satisfied',
    });
    expect(expectProblem(stranger, 400, 'validation-failed').errors![0]!.pointer).toBe('#/partyId');
    const bad = await api('dispatcher', 'POST', `/cases/${c.id}/ratings`, {
      partyId: c.parties[0]!.id,
      rating: 'great',
    });
    expect(expectProblem(bad, 400, 'validation-failed').errors![0]!.pointer).toBe('#/rating');
    expect((await api('dispatcher', 'GET', `/cases/${c.id}/ratings`)).json().items).toEqual([]);
  });

  it('is out of reach of another street (404)', async () => {
    const c = await resolvedCase();
    const body = { partyId: c.parties[0]!.id, rating: 'satisfied' };
    expectProblem(await api('streetB', 'POST', `/cases/${c.id}/ratings`, body), 404, 'not-found');
    expectProblem(await api('streetB', 'GET', `/cases/${c.id}/ratings`), 404, 'not-found');
  });
});
