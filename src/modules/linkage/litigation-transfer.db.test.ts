import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { readDocx, unzip } from '../../../test/support/docx.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { idNumber, mobile } from '../../../test/support/identities.ts';

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
  users.streetB = await buildUser(t.system, { orgId: tree.streetB, roles: ['dispatcher', 'mediator'] });
  for (const [key, u] of Object.entries(users)) cookies[key] = await signIn(t.app, u.username);
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
  const res = await api(who, 'POST', `/cases/${id}/actions`, { action, version, ...extra });
  expect(res.statusCode, res.body).toBe(200);
}

async function upload(caseId: string, name: string, data: Buffer) {
  const boundary = '----linkage' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/attachments`,
    headers: { cookie: cookies.intake!, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
}

const auditRows = (action: string) =>
  t.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('seq').execute();

async function caseInProgress(overrides: Record<string, unknown> = {}) {
  const c = await registerViaApi(t.app, cookies.intake!, overrides);
  await act('dispatcher', c.id, 'accept');
  await act('dispatcher', c.id, 'dispatch', { orgId: tree.committee });
  await act('mediator', c.id, 'start');
  return c;
}

describe('litigation transfer and package', () => {
  const applicantId = idNumber('330106', '19800512', 231);
  const png = (body: string) =>
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(body)]);
  const photo1 = png('first photo of the site');
  const photo2 = png('second photo, same name');
  const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
  let caseId: string;
  let number: string;

  beforeAll(async () => {
    const c = await caseInProgress({
      parties: [
        { kind: 'person', role: 'applicant', name: '王建军', idNumber: applicantId, phone: mobile() },
        {
          kind: 'organisation',
          role: 'respondent',
          name: '示范建筑劳务有限公司',
          legalRepresentative: '李有财',
        },
      ],
    });
    caseId = c.id;
    number = c.number;
    const session = await api('mediator', 'POST', `/cases/${caseId}/sessions`, {
      startsAt: '2026-03-02T02:00:00.000Z',
      place: '调解室',
      mediatorIds: [users.mediator!.id],
    });
    const sid = session.json().id;
    await api('mediator', 'PUT', `/cases/${caseId}/sessions/${sid}/record`, {
      attendance: c.parties.map((p) => ({ partyId: p.id, present: true })),
      statements: [{ partyId: c.parties[0]!.id, text: '要求支付工资。' }],
      facts: '双方存在劳务关系。\n申请人于2025年工作八个月。',
      proposals: '分期支付。',
    });
    await api('mediator', 'POST', `/cases/${caseId}/sessions/${sid}/outcome`, {
      outcome: 'failed',
      reason: '双方对欠款数额分歧较大',
    });
    // A second apart, so the attachments keep their upload order.
    for (const [name, data] of [
      ['现场照片.png', photo1],
      ['现场照片.png', photo2],
      ['欠条.pdf', pdf],
    ] as const) {
      await upload(caseId, name, data);
      t.clock.advance(1000);
    }
  });

  it('needs a failed mediation held by the caller, and a court', async () => {
    expectProblem(
      await api('mediator', 'POST', `/cases/${caseId}/litigation-transfer`, { court: '示范区人民法院' }),
      409,
      'action-not-allowed',
    );
    await act('mediator', caseId, 'record_outcome', { outcome: 'failure', reason: '调解不成' });
    const bad = expectProblem(
      await api('mediator', 'POST', `/cases/${caseId}/litigation-transfer`, { court: '' }),
      400,
      'validation-failed',
    );
    expect(bad.errors?.map((e) => e.pointer)).toEqual(['#/court']);
    expectProblem(
      await api('mediator', 'GET', `/cases/${caseId}/litigation-package`),
      409,
      'action-not-allowed',
    );
  });

  it('records the transfer with an event and an audit row, once while it is open', async () => {
    const res = await api('mediator', 'POST', `/cases/${caseId}/litigation-transfer`, {
      court: '示范区人民法院诉调对接中心',
      note: '调解不成，移送诉讼',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      caseId,
      caseNumber: number,
      direction: 'to_court',
      court: '示范区人民法院诉调对接中心',
      outcome: null,
    });
    const view = (await api('mediator', 'GET', `/cases/${caseId}`)).json();
    expect(view.events.map((e: { type: string }) => e.type)).toContain('litigation_transferred');
    const audits = await auditRows('linkage.transfer_to_court');
    expect(audits.at(-1)).toMatchObject({ targetId: caseId });
    expectProblem(
      await api('mediator', 'POST', `/cases/${caseId}/litigation-transfer`, { court: '另一法院' }),
      409,
      'conflict',
    );
  });

  it('the package is a zip with the letter (parties, ID number, undisputed facts, materials) and the original files', async () => {
    const before = (await auditRows('document.generate')).length;
    const res = await api('dispatcher', 'GET', `/cases/${caseId}/litigation-package`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`诉调对接材料-${number}.zip`));
    const files = unzip(res.rawPayload);
    const letterName = `诉调对接案件移送函-${number}.docx`;
    expect(files.get('附件/现场照片.png')!.equals(photo1)).toBe(true);
    expect(files.get('附件/现场照片 (2).png')!.equals(photo2)).toBe(true);
    expect(files.get('附件/欠条.pdf')!.equals(pdf)).toBe(true);
    const letter = readDocx(files.get(letterName)!);
    expect(letter.text).toContain('诉调对接案件移送函');
    expect(letter.text).toContain('示范区人民法院诉调对接中心');
    expect(letter.text).toContain('王建军');
    expect(letter.text).toContain(applicantId);
    expect(letter.text).toContain('示范建筑劳务有限公司');
    expect(letter.text).toContain('双方存在劳务关系');
    expect(letter.text).toContain('申请人于2025年工作八个月');
    expect(letter.text).toContain('双方对欠款数额分歧较大');
    expect(letter.text).toContain('附件/现场照片 (2).png');
    expect(letter.text).toContain('调解笔录（2026年3月2日）');
    const after = await auditRows('document.generate');
    expect(after.length).toBe(before + 1);
    expect(JSON.parse(after.at(-1)!.detail!)).toMatchObject({
      kind: 'litigation_package',
      unmaskedPersonalData: true,
      attachments: 3,
    });
    expect(after.at(-1)!.detail).not.toContain(applicantId);
  });

  it('the court’s outcome is recorded once, by a holder, on a day that has come', async () => {
    const [transfer] = (await api('mediator', 'GET', `/cases/${caseId}/court-transfers`)).json().items;
    const url = `/court-transfers/${transfer.id}/outcome`;
    const future = expectProblem(
      await api('mediator', 'POST', url, { outcome: 'not_settled', outcomeOn: '2026-03-09' }),
      400,
      'validation-failed',
    );
    expect(future.errors?.map((e) => e.pointer)).toEqual(['#/outcomeOn']);
    const missing = expectProblem(
      await api('mediator', 'POST', url, { outcomeOn: '2026-03-02' }),
      400,
      'validation-failed',
    );
    expect(missing.errors?.map((e) => e.pointer)).toEqual(['#/outcome']);
    expectProblem(
      await api('intake', 'POST', url, { outcome: 'not_settled', outcomeOn: '2026-03-02' }),
      403,
      'forbidden',
    );
    const res = await api('mediator', 'POST', url, {
      outcome: 'not_settled',
      outcomeOn: '2026-03-02',
      courtCaseNumber: '（2026）示0101民初88号',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'not_settled', courtCaseNumber: '（2026）示0101民初88号' });
    expectProblem(
      await api('mediator', 'POST', url, { outcome: 'settled', outcomeOn: '2026-03-02' }),
      409,
      'conflict',
    );
  });

  it('another street gets 404 on every route of the case', async () => {
    const [transfer] = (await api('mediator', 'GET', `/cases/${caseId}/court-transfers`)).json().items;
    for (const [method, url, body] of [
      ['POST', `/cases/${caseId}/litigation-transfer`, { court: '乙法院' }],
      ['GET', `/cases/${caseId}/litigation-package`],
      ['GET', `/cases/${caseId}/court-transfers`],
      ['POST', `/court-transfers/${transfer.id}/outcome`, { outcome: 'settled', outcomeOn: '2026-03-02' }],
    ] as const)
      expectProblem(await api('streetB', method, url, body), 404, 'not-found');
    const list = (await api('streetB', 'GET', '/court-transfers')).json().items;
    expect(list.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);
  });

  it('a case resolved after a failed mediation may go to court; a successful one may not', async () => {
    const failed = await caseInProgress();
    await act('mediator', failed.id, 'record_outcome', { outcome: 'failure', reason: '拒绝调解' });
    await act('mediator', failed.id, 'resolve');
    const res = await api('mediator', 'POST', `/cases/${failed.id}/litigation-transfer`, {
      court: '示范区人民法院',
    });
    expect(res.statusCode, res.body).toBe(201);
    const pkg = unzip((await api('mediator', 'GET', `/cases/${failed.id}/litigation-package`)).rawPayload);
    const letter = readDocx(pkg.get(`诉调对接案件移送函-${failed.number}.docx`)!);
    expect(letter.text).toContain('拒绝调解');
    expect([...pkg.keys()].filter((n) => n.startsWith('附件/') && !n.endsWith('/'))).toEqual([]);

    const settled = await caseInProgress();
    await act('mediator', settled.id, 'record_outcome', { outcome: 'success' });
    await act('mediator', settled.id, 'resolve');
    expectProblem(
      await api('mediator', 'POST', `/cases/${settled.id}/litigation-transfer`, { court: '示范区人民法院' }),
      409,
      'action-not-allowed',
    );
  });
});
