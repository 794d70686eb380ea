import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { expectDocx } from '../../../test/support/docx.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { mobile } from '../../../test/support/identities.ts';
import { newClientIp as newIp, portalPost, portalSubmission } from '../../../test/support/portal.ts';

let t: TestApp;
let tree: OrgTree;
const cookies: Record<string, string> = {};
const users: Record<string, { id: string; displayName: string }> = {};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const make = async (key: string, orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) => {
    const u = await buildUser(t.system, { orgId, roles });
    users[key] = u;
    cookies[key] = await signIn(t.app, u.username);
  };
  await make('intake', tree.district, ['intake']);
  await make('dispatcher', tree.district, ['dispatcher']);
  await make('mediator', tree.committee, ['mediator']);
});
afterAll(() => t.close());

const portal = (path: string, payload: object, ip: string) => portalPost(t.app, path, payload, ip);

const staff = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: cookies[who]! },
    ...(payload ? { payload } : {}),
  });

async function act(who: string, id: string, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await staff(who, 'GET', `/cases/${id}`)).json();
  const res = await staff(who, 'POST', `/cases/${id}/actions`, { action, version, ...extra });
  expect(res.statusCode, res.body).toBe(200);
}

async function submit(phone: string) {
  const res = await portal('/cases', portalSubmission(tree.gridA, phone), newIp());
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { trackingCode: string; caseNumber: string };
}

async function caseIdOf(caseNumber: string): Promise<string> {
  const row = await t.db
    .selectFrom('cases')
    .select('id')
    .where('number', '=', caseNumber)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the citizen’s view through mediation, resolution and rating', () => {
  it('shows progress, the session and the agreement, leaks nothing else, and takes the rating once', async () => {
    const phone = mobile();
    const proof = { trackingCode: '', phoneLast4: phone.slice(-4) };
    const submitted = await submit(phone);
    proof.trackingCode = submitted.trackingCode;
    const id = await caseIdOf(submitted.caseNumber);
    const ip = newIp();
    const track = async () => {
      const res = await portal('/track', proof, ip);
      expect(res.statusCode, res.body).toBe(200);
      return res;
    };

    await act('dispatcher', id, 'accept');
    await act('dispatcher', id, 'dispatch', { orgId: tree.committee, note: '内部提示：该老板曾多次欠薪' });
    await act('mediator', id, 'start');
    await staff('intake', 'POST', `/cases/${id}/visits`, { note: '当事人来电询问进度' });
    const caseView = (await staff('mediator', 'GET', `/cases/${id}`)).json();
    const [applicant, respondent] = caseView.parties;
    const session = await staff('mediator', 'POST', `/cases/${id}/sessions`, {
      startsAt: '2026-03-05T02:00:00.000Z',
      place: '区矛调中心第一调解室',
      mediatorIds: [users.mediator!.id],
    });
    expect(session.statusCode, session.body).toBe(201);

    const during = (await track()).json();
    expect(during).toMatchObject({
      status: 'in_progress',
      statusText: '正在办理',
      handledBy: '区劳动争议人民调解委员会',
      sessions: [
        {
          startsAt: '2026-03-05T02:00:00.000Z',
          place: '区矛调中心第一调解室',
          isOnline: false,
          mediator: users.mediator!.displayName,
        },
      ],
    });
    expect(during.timeline.map((e: { text: string }) => e.text)).toEqual([
      '纠纷已在网上提交登记',
      '已受理',
      '已交由区劳动争议人民调解委员会办理',
      '开始办理',
      `安排调解：2026-03-05 10:00，区矛调中心第一调解室，调解员${users.mediator!.displayName}`,
    ]);

    const agreement = await staff('mediator', 'POST', `/cases/${id}/agreements`, {
      form: 'written',
      facts: '被申请人拖欠申请人工资一万二千元。',
      disputedMatters: '工资支付期限。',
      terms: [
        {
          obligorPartyId: respondent.id,
          obligation: '支付工资',
          amountFen: 1_200_000,
          dueDate: '2026-03-20',
        },
      ],
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const agreementId = agreement.json().id;
    await act('mediator', id, 'resolve');

    const res = await track();
    const after = res.json();
    expect(after).toMatchObject({
      status: 'resolved',
      statusText: '已办结',
      documents: [
        { agreementId, title: '人民调解协议书', url: `/api/v1/portal/agreements/${agreementId}/document` },
      ],
      rating: { canRate: true, given: null },
    });
    expect(after.timeline.slice(-3).map((e: { text: string }) => e.text)).toEqual([
      `达成调解协议（${agreement.json().number}）`,
      '调解成功',
      '已办结',
    ]);
    // Nothing of the other party, no staff but the mediator, no internal notes.
    const revealed = (
      await staff('intake', 'POST', `/cases/${id}/parties/${respondent.id}/reveal`, { reason: '测试核对' })
    ).json();
    for (const secret of [
      '赵老板',
      revealed.idNumber,
      revealed.phone,
      respondent.idNumber,
      respondent.phone,
      '某某小区',
      users.intake!.displayName,
      users.dispatcher!.displayName,
      '内部提示',
      '当事人来电',
    ])
      expect(res.body).not.toContain(secret);
    expect(res.body).toContain(users.mediator!.displayName);
    expect(applicant.name).toBe('王小明');

    const doc = await portal(`/agreements/${agreementId}/document`, proof, ip);
    expect(doc.statusCode, doc.body).toBe(200);
    expect(doc.headers['content-type']).toMatch(/officedocument/);
    expect(expectDocx(doc.rawPayload).text).toContain('支付工资');
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'actorId'])
      .where('targetId', '=', id)
      .where('action', '=', 'document.generate')
      .execute();
    expect(audit).toEqual([{ action: 'document.generate', actorId: `portal:${applicant.id}` }]);
    expectProblem(
      await portal(
        `/agreements/${agreementId}/document`,
        { ...proof, phoneLast4: '0000' === proof.phoneLast4 ? '1111' : '0000' },
        ip,
      ),
      404,
      'not-found',
    );

    const rated = await portal('/rating', { ...proof, rating: 'dissatisfied', comment: '工资还没到账' }, ip);
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ rating: 'dissatisfied', resolutionSeq: 1 });
    expectProblem(await portal('/rating', { ...proof, rating: 'satisfied' }, ip), 409, 'conflict');
    expect((await track()).json().rating).toMatchObject({
      canRate: false,
      given: { rating: 'dissatisfied' },
    });
    const ratings = (await staff('dispatcher', 'GET', `/cases/${id}/ratings`)).json().items;
    expect(ratings).toMatchObject([{ source: 'portal', partyId: applicant.id, createdBy: null }]);
    const inbox = (await staff('dispatcher', 'GET', '/notifications')).json().items;
    expect(inbox).toContainEqual(expect.objectContaining({ kind: 'rating_review', caseId: id }));
  });

  it('refuses a rating before the case is resolved', async () => {
    const phone = mobile();
    const { trackingCode } = await submit(phone);
    const res = await portal(
      '/rating',
      { trackingCode, phoneLast4: phone.slice(-4), rating: 'satisfied' },
      newIp(),
    );
    expectProblem(res, 409, 'action-not-allowed');
  });
});
