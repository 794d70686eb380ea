import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { expectDocx } from '../../../test/support/docx.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { idNumber, mobile } from '../../../test/support/identities.ts';

let t: TestApp;
let tree: OrgTree;
const users: Record<string, { id: string; username: string }> = {};
const cookies: Record<string, string> = {};

/** Sessions expire after 12 idle hours: moving the clock means signing in again. */
async function signInAll() {
  for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  users.intake = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
  users.dispatcher = await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] });
  users.handler = await buildUser(t.system, { orgId: tree.department, roles: ['handler'] });
  users.streetB = await buildUser(t.system, { orgId: tree.streetB, roles: ['dispatcher', 'handler'] });
  await signInAll();
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

async function handledCase(overrides: Record<string, unknown>) {
  const c = await registerViaApi(t.app, cookies.intake!, overrides);
  await act('dispatcher', c.id, 'accept');
  await act('dispatcher', c.id, 'dispatch', { orgId: tree.department });
  await act('handler', c.id, 'start');
  return c;
}

const timerOf = async (caseId: string, kind: string) =>
  (await api('dispatcher', 'GET', `/cases/${caseId}/timers`))
    .json()
    .items.filter((x: { kind: string }) => x.kind === kind)
    .at(-1);

const auditRows = (action: string) =>
  t.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('seq').execute();

const replyBody = {
  factsFound: '经调查，信访人反映的欠薪问题属实。',
  opinion: '支持信访人的请求，责成用人单位于十日内支付拖欠工资。',
  basis: '《信访工作条例》《保障农民工工资支付条例》',
  reviewBody: '示范区人民政府',
};

describe('petitions', () => {
  const petitionerId = idNumber('330106', '19750301', 417);
  let caseId: string;
  let replyId: string;
  let reviewId: string;

  beforeAll(async () => {
    const c = await handledCase({
      channel: 'petition',
      petitionType: 'appeal',
      parties: [
        { kind: 'person', role: 'applicant', name: '刘信访', idNumber: petitionerId, phone: mobile() },
        {
          kind: 'organisation',
          role: 'respondent',
          name: '示范建筑劳务有限公司',
          legalRepresentative: '李有财',
        },
      ],
    });
    caseId = c.id;
  });

  it('the written reply is recorded for a petition only, names bad fields, and stops the handling clock', async () => {
    const other = await handledCase({});
    expectProblem(
      await api('handler', 'POST', `/cases/${other.id}/petition-reply`, replyBody),
      409,
      'action-not-allowed',
    );
    const bad = expectProblem(
      await api('handler', 'POST', `/cases/${caseId}/petition-reply`, { ...replyBody, opinion: '' }),
      400,
      'validation-failed',
    );
    expect(bad.errors?.map((e) => e.pointer)).toEqual(['#/opinion']);
    expect((await timerOf(caseId, 'handling')).status).toBe('running');

    const res = await api('handler', 'POST', `/cases/${caseId}/petition-reply`, replyBody);
    expect(res.statusCode, res.body).toBe(201);
    const reply = res.json();
    replyId = reply.id;
    expect(reply).toMatchObject({
      number: `${tree.prefix}-RSJ信复〔2026〕第1号`,
      issuer: { id: tree.department, name: '区人社局' },
      repliedOn: '2026-03-02',
      reviewWindowEndsOn: '2026-04-01',
      reviewBody: '示范区人民政府',
    });
    expect((await timerOf(caseId, 'handling')).status).toBe('stopped');
    expect((await auditRows('petition.reply')).at(-1)).toMatchObject({ targetId: caseId });
    const events = (await api('handler', 'GET', `/cases/${caseId}`)).json().events;
    expect(events.map((e: { type: string }) => e.type)).toContain('petition_replied');
  });

  it('the reply document (信访事项处理意见书) is a valid .docx with full particulars, and is audited', async () => {
    const before = (await auditRows('document.generate')).length;
    const res = await api('dispatcher', 'GET', `/cases/${caseId}/petition-replies/${replyId}/document`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = expectDocx(res.rawPayload);
    expect(doc.text).toContain('信访事项处理意见书');
    expect(doc.text).toContain(`${tree.prefix}-RSJ信复〔2026〕第1号`);
    expect(doc.text).toContain('刘信访');
    expect(doc.text).toContain(petitionerId);
    expect(doc.text).toContain('责成用人单位于十日内支付拖欠工资');
    expect(doc.text).toContain('向示范区人民政府书面提出复查申请');
    expect(doc.text).toContain('2026年3月2日');
    const after = await auditRows('document.generate');
    expect(after.length).toBe(before + 1);
    expect(JSON.parse(after.at(-1)!.detail!)).toMatchObject({
      kind: 'petition_reply',
      unmaskedPersonalData: true,
    });
    expectProblem(
      await api('dispatcher', 'GET', `/cases/${caseId}/petition-replies/nope/document`),
      404,
      'not-found',
    );
  });

  it('a review must be asked within 30 days of the reply, and runs its own clock until decided', async () => {
    t.clock.set('2026-04-10T02:00:00.000Z');
    await signInAll();
    const url = `/cases/${caseId}/petition-reviews`;
    expectProblem(
      await api('handler', 'POST', url, { level: 'rereview', requestedOn: '2026-04-01', body: '市人民政府' }),
      409,
      'action-not-allowed',
    );
    const late = expectProblem(
      await api('handler', 'POST', url, {
        level: 'review',
        requestedOn: '2026-04-02',
        body: '示范区人民政府',
      }),
      400,
      'validation-failed',
    );
    expect(late.errors).toMatchObject([{ pointer: '#/requestedOn', code: 'too-late' }]);
    const future = expectProblem(
      await api('handler', 'POST', url, {
        level: 'review',
        requestedOn: '2026-04-11',
        body: '示范区人民政府',
      }),
      400,
      'validation-failed',
    );
    expect(future.errors).toMatchObject([{ pointer: '#/requestedOn', code: 'future' }]);

    const res = await api('handler', 'POST', url, {
      level: 'review',
      requestedOn: '2026-04-01',
      body: '示范区人民政府',
    });
    expect(res.statusCode, res.body).toBe(201);
    reviewId = res.json().id;
    expect(res.json()).toMatchObject({
      level: 'review',
      replyId,
      reviewOfId: null,
      windowEndsOn: '2026-04-01',
      decision: null,
      deadline: '2026-05-01T16:00:00.000Z',
    });
    expect(await timerOf(caseId, 'petition_review')).toMatchObject({
      profileCode: 'petition_review',
      amount: 30,
      status: 'running',
      startedAt: '2026-03-31T16:00:00.000Z',
    });
    expectProblem(
      await api('handler', 'POST', url, {
        level: 'review',
        requestedOn: '2026-04-01',
        body: '示范区人民政府',
      }),
      409,
      'conflict',
    );
  });

  it('the decision stops the review clock and opens the 30-day window for a re-review', async () => {
    const url = `/cases/${caseId}/petition-reviews/${reviewId}/decision`;
    const early = expectProblem(
      await api('dispatcher', 'POST', url, {
        decision: 'upheld',
        note: '维持原处理意见',
        decidedOn: '2026-03-31',
      }),
      400,
      'validation-failed',
    );
    expect(early.errors?.map((e) => e.pointer)).toEqual(['#/decidedOn']);
    const res = await api('dispatcher', 'POST', url, {
      decision: 'upheld',
      note: '维持原处理意见',
      decidedOn: '2026-04-05',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'upheld', decidedOn: '2026-04-05' });
    expect((await timerOf(caseId, 'petition_review')).status).toBe('stopped');
    expectProblem(
      await api('dispatcher', 'POST', url, { decision: 'changed', note: '改变', decidedOn: '2026-04-06' }),
      409,
      'conflict',
    );

    const rereview = await api('handler', 'POST', `/cases/${caseId}/petition-reviews`, {
      level: 'rereview',
      requestedOn: '2026-04-08',
      body: '市人民政府',
    });
    expect(rereview.statusCode, rereview.body).toBe(201);
    expect(rereview.json()).toMatchObject({
      level: 'rereview',
      reviewOfId: reviewId,
      windowEndsOn: '2026-05-05',
    });
    expect((await timerOf(caseId, 'petition_rereview')).status).toBe('running');
    const list = (await api('dispatcher', 'GET', `/cases/${caseId}/petition-reviews`)).json().items;
    expect(list.map((r: { level: string }) => r.level)).toEqual(['review', 'rereview']);
    expect((await auditRows('petition.review_decide')).at(-1)).toMatchObject({ targetId: caseId });
  });

  it('another street gets 404 on every petition route', async () => {
    for (const [method, url, body] of [
      ['POST', `/cases/${caseId}/petition-reply`, replyBody],
      ['GET', `/cases/${caseId}/petition-replies`],
      ['GET', `/cases/${caseId}/petition-replies/${replyId}/document`],
      [
        'POST',
        `/cases/${caseId}/petition-reviews`,
        { level: 'review', requestedOn: '2026-04-01', body: '乙' },
      ],
      ['GET', `/cases/${caseId}/petition-reviews`],
      [
        'POST',
        `/cases/${caseId}/petition-reviews/${reviewId}/decision`,
        { decision: 'changed', note: '改变', decidedOn: '2026-04-06' },
      ],
    ] as const)
      expectProblem(await api('streetB', method, url, body), 404, 'not-found');
  });
});
