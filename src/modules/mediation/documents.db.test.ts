import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { expectDocx } from '../../../test/support/docx.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { idNumber, mobile } from '../../../test/support/identities.ts';

let t: TestApp;
let tree: OrgTree;
const cookies: Record<string, string> = {};
let mediatorId: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const make = async (key: string, orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) => {
    const u = await buildUser(t.system, { orgId, roles });
    cookies[key] = await signIn(t.app, u.username);
    return u;
  };
  await make('intake', tree.district, ['intake']);
  await make('dispatcher', tree.district, ['dispatcher']);
  mediatorId = (await make('mediator', tree.committee, ['mediator'])).id;
  await make('streetB', tree.streetB, ['mediator']);
});
afterAll(() => t.close());

const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: cookies[who]! },
    ...(payload ? { payload } : {}),
  });

async function act(who: string, id: string, action: string, extra: Record<string, unknown> = {}) {
  const { version } = (await api(who, 'GET', `/cases/${id}`)).json();
  expect((await api(who, 'POST', `/cases/${id}/actions`, { action, version, ...extra })).statusCode).toBe(
    200,
  );
}

describe('Word documents', () => {
  const applicantId = idNumber('330106', '19800512', 231);
  const phone = mobile();
  let caseId: string;
  let number: string;
  let agreementId: string;
  let sessionId: string;

  beforeAll(async () => {
    const c = await registerViaApi(t.app, cookies.intake!, {
      parties: [
        { kind: 'person', role: 'applicant', name: '张建国', idNumber: applicantId, phone },
        {
          kind: 'organisation',
          role: 'respondent',
          name: '示范建筑劳务有限公司',
          creditCode: '91350100M000100Y43',
          legalRepresentative: '李有财',
        },
      ],
    });
    caseId = c.id;
    number = c.number;
    await act('dispatcher', caseId, 'accept');
    await act('dispatcher', caseId, 'dispatch', { orgId: tree.committee });
    await act('mediator', caseId, 'start');
    sessionId = (
      await api('mediator', 'POST', `/cases/${caseId}/sessions`, {
        startsAt: '2026-03-03T02:00:00.000Z',
        place: '调解室',
        mediatorIds: [mediatorId],
      })
    ).json().id;
    await api('mediator', 'PUT', `/cases/${caseId}/sessions/${sessionId}/record`, {
      attendance: c.parties.map((p) => ({ partyId: p.id, present: true })),
      statements: [{ partyId: c.parties[0]!.id, text: '请求支付工资四万元。' }],
      facts: '欠薪属实。',
      proposals: '分期支付。',
    });
    const res = await api('mediator', 'POST', `/cases/${caseId}/agreements`, {
      form: 'written',
      facts: '被申请人拖欠申请人工资。',
      disputedMatters: '工资数额与支付期限。',
      terms: [
        {
          obligorPartyId: c.parties[1]!.id,
          obligation: '支付第一期工资',
          amountFen: 2_000_000,
          dueDate: '2026-03-15',
        },
        {
          obligorPartyId: c.parties[1]!.id,
          obligation: '支付第二期工资',
          amountFen: 2_000_050,
          dueDate: '2026-04-15',
        },
      ],
    });
    agreementId = res.json().id;
  });

  it('the agreement opens as an Office document holding the parties, the unmasked ID number, the terms and the number, and is audited', async () => {
    const before = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'document.generate')
      .execute();
    const res = await api('mediator', 'GET', `/cases/${caseId}/agreements/${agreementId}/document`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const doc = expectDocx(res.rawPayload);
    expect(doc.text).toContain('张建国');
    expect(doc.text).toContain(applicantId);
    expect(doc.text).toContain('示范建筑劳务有限公司');
    expect(doc.text).toContain('支付第一期工资');
    expect(doc.text).toContain('支付第二期工资');
    expect(doc.text).toContain('贰万元伍角');
    expect(doc.text).toContain(`${tree.prefix}-TW-LD〔2026〕第1号`);
    expect(doc.text).toContain('经调解，自愿达成如下协议');
    const after = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'document.generate')
      .execute();
    expect(after.length).toBe(before.length + 1);
    expect(JSON.parse(after.at(-1)!.detail!)).toMatchObject({
      kind: 'mediation_agreement',
      unmaskedPersonalData: true,
    });
    expect(after.at(-1)!.detail).not.toContain(applicantId);
  });

  it('the session record and the judicial-confirmation application are valid documents', async () => {
    const record = expectDocx(
      (await api('mediator', 'GET', `/cases/${caseId}/sessions/${sessionId}/record/document`)).rawPayload,
    );
    expect(record.text).toContain('请求支付工资四万元');
    expect(record.text).toContain(number);
    const applied = await api('mediator', 'POST', `/cases/${caseId}/judicial-confirmations`, {
      court: '示范区人民法院',
      appliedAt: '2026-03-05',
    });
    const application = expectDocx(
      (
        await api(
          'mediator',
          'GET',
          `/cases/${caseId}/judicial-confirmations/${applied.json().id}/application`,
        )
      ).rawPayload,
    );
    expect(application.text).toContain('示范区人民法院');
    expect(application.text).toContain(applicantId);
  });

  it('another street gets 404 for every document', async () => {
    expectProblem(
      await api('streetB', 'GET', `/cases/${caseId}/agreements/${agreementId}/document`),
      404,
      'not-found',
    );
    expectProblem(
      await api('streetB', 'GET', `/cases/${caseId}/sessions/${sessionId}/record/document`),
      404,
      'not-found',
    );
    expectProblem(
      await api('streetB', 'POST', `/cases/${caseId}/documents/undisputed-facts`, {
        undisputedFacts: ['x'],
        disputedMatters: [],
      }),
      404,
      'not-found',
    );
  });

  it('the record of undisputed facts is for a failed mediation only', async () => {
    expectProblem(
      await api('mediator', 'POST', `/cases/${caseId}/documents/undisputed-facts`, {
        undisputedFacts: ['双方存在劳务关系'],
        disputedMatters: ['欠薪数额'],
      }),
      409,
      'action-not-allowed',
    );
    const failed = await registerViaApi(t.app, cookies.intake!);
    await act('dispatcher', failed.id, 'accept');
    await act('dispatcher', failed.id, 'dispatch', { orgId: tree.committee });
    await act('mediator', failed.id, 'start');
    await act('mediator', failed.id, 'record_outcome', { outcome: 'failure', reason: '双方分歧较大' });
    const res = await api('mediator', 'POST', `/cases/${failed.id}/documents/undisputed-facts`, {
      undisputedFacts: ['双方存在劳务关系'],
      disputedMatters: ['欠薪数额'],
    });
    expect(expectDocx(res.rawPayload).text).toContain('双方存在劳务关系');
  });
});
