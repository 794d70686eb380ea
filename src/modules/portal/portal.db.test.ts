import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { mobile } from '../../../test/support/identities.ts';
import {
  newClientIp as newIp,
  portalPost,
  portalSubmission,
  problemCore as sameProblem,
} from '../../../test/support/portal.ts';
import { hashTrackingCode } from './tracking-code.ts';

let t: TestApp;
let tree: OrgTree;
let intakeCookie: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const intake = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
  intakeCookie = await signIn(t.app, intake.username);
});
afterAll(() => t.close());

const portal = (path: string, payload: object, ip: string) => portalPost(t.app, path, payload, ip);
const submission = (phone: string, overrides: Record<string, unknown> = {}) =>
  portalSubmission(tree.gridA, phone, overrides);

async function submit(phone: string, ip = newIp()) {
  const res = await portal('/cases', submission(phone), ip);
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

describe('online submission', () => {
  it('registers an online case for the district and gives a tracking code that is stored only hashed', async () => {
    const phone = mobile();
    const { trackingCode, caseNumber } = await submit(phone);
    expect(trackingCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{10}$/);
    const id = await caseIdOf(caseNumber);
    const view = (
      await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: { cookie: intakeCookie } })
    ).json();
    expect(view).toMatchObject({
      channel: 'online',
      registeredOrg: { id: tree.district },
      registeredBy: null,
    });
    const access = await t.db.selectFrom('portalAccess').selectAll().where('caseId', '=', id).execute();
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      partyId: view.parties[0].id,
      codeHash: hashTrackingCode(trackingCode),
    });
    expect(JSON.stringify(access)).not.toContain(trackingCode);

    const tracked = await portal('/track', { trackingCode, phoneLast4: phone.slice(-4) }, newIp());
    expect(tracked.statusCode, tracked.body).toBe(200);
    expect(tracked.json()).toMatchObject({
      number: caseNumber,
      status: 'registered',
      statusText: '已登记，等待受理',
      you: { name: '王小明', role: 'applicant' },
      timeline: [{ kind: 'registered', text: '纠纷已在网上提交登记' }],
      rating: { canRate: false, given: null },
    });
    const lower = `${trackingCode.slice(0, 5).toLowerCase()}-${trackingCode.slice(5)}`;
    expect(
      (await portal('/track', { trackingCode: lower, phoneLast4: phone.slice(-4) }, newIp())).statusCode,
    ).toBe(200);
  });

  it('fixes the channel, and wants an identifiable person as applicant, naming every field', async () => {
    const ip = newIp();
    const before = await t.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const withChannel = await portal('/cases', { ...submission(mobile()), channel: 'walk_in' }, ip);
    expect(expectProblem(withChannel, 400, 'validation-failed').errors![0]!.pointer).toBe('#/channel');
    const body = submission(mobile());
    body.parties[0] = {
      kind: 'organisation',
      role: 'respondent',
      name: '某公司',
    } as (typeof body.parties)[0];
    const bad = expectProblem(await portal('/cases', body, ip), 400, 'validation-failed');
    expect(bad.errors!.map((e) => e.pointer)).toEqual([
      '#/parties/0/kind',
      '#/parties/0/role',
      '#/parties/0/phone',
      '#/parties/0/idNumber',
    ]);
    const badId = submission(mobile());
    badId.parties[0]!.idNumber = '330106199001010000';
    const invalid = expectProblem(await portal('/cases', badId, ip), 400, 'validation-failed');
    expect(invalid.errors!.map((e) => e.pointer)).toEqual(['#/parties/0/idNumber']);
    const unknownGrid = await portal('/cases', submission(mobile(), { gridId: tree.streetA }), ip);
    expect(expectProblem(unknownGrid, 400, 'validation-failed').errors![0]!.pointer).toBe('#/gridId');
    const after = await t.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(after!.n)).toBe(Number(before!.n));
  });

  it('is limited per address: the eleventh submission in an hour gets 429', async () => {
    const ip = newIp();
    const body = submission(mobile());
    body.parties[0]!.idNumber = '';
    for (let i = 0; i < 10; i++) expect((await portal('/cases', body, ip)).statusCode).toBe(400);
    const limited = expectProblem(await portal('/cases', body, ip), 429, 'too-many-requests');
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect((await portal('/cases', body, newIp())).statusCode).toBe(400);
  });

  it('refuses a body over the portal’s limit with 413', async () => {
    const res = await portal(
      '/track',
      { trackingCode: 'A'.repeat(40), phoneLast4: '1234', x: 'x'.repeat(5000) },
      newIp(),
    );
    expectProblem(res, 413, 'payload-too-large');
  });
});

describe('tracking', () => {
  it('answers a wrong code, wrong digits, a malformed code and a locked code with the same 404', async () => {
    const phone = mobile();
    const { trackingCode } = await submit(phone);
    const ip = newIp();
    const wrongDigits = String((Number(phone.slice(-4)) + 1) % 10000).padStart(4, '0');
    const answers = [
      await portal('/track', { trackingCode: 'ABCDEFGHJK', phoneLast4: phone.slice(-4) }, ip),
      await portal('/track', { trackingCode, phoneLast4: wrongDigits }, ip),
      await portal('/track', { trackingCode: 'no such code', phoneLast4: phone.slice(-4) }, ip),
      await portal('/rating', { trackingCode: 'ABCDEFGHJK', phoneLast4: '0000', rating: 'satisfied' }, ip),
    ];
    for (const res of answers) expectProblem(res, 404, 'not-found');
    const first = sameProblem(answers[0]!);
    for (const res of answers) expect(sameProblem(res)).toEqual(first);
  });

  it('locks a code for an hour after five wrong tries in a row, even for the right digits', async () => {
    const phone = mobile();
    const right = phone.slice(-4);
    const wrong = right === '0000' ? '1111' : '0000';
    const { trackingCode, caseNumber } = await submit(phone);
    const ip = newIp();
    const track = (phoneLast4: string) => portal('/track', { trackingCode, phoneLast4 }, ip);
    // Four wrong tries, then the right digits: the run is broken and counting starts again.
    for (let i = 0; i < 4; i++) expectProblem(await track(wrong), 404, 'not-found');
    expect((await track(right)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expectProblem(await track(wrong), 404, 'not-found');
    expect((await track(right)).statusCode).toBe(200);
    // Five in a row lock it.
    for (let i = 0; i < 5; i++) expectProblem(await track(wrong), 404, 'not-found');
    const locked = await track(right);
    expect(sameProblem(locked)).toEqual(sameProblem(await track(wrong)));
    expectProblem(locked, 404, 'not-found');
    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', await caseIdOf(caseNumber))
      .execute();
    expect(audit.map((a) => a.action)).toContain('portal.lock');
    t.clock.advance(59 * 60_000);
    expectProblem(await portal('/track', { trackingCode, phoneLast4: right }, newIp()), 404, 'not-found');
    t.clock.advance(60_000 + 1);
    expect((await portal('/track', { trackingCode, phoneLast4: right }, newIp())).statusCode).toBe(200);
  });

  it('is limited per address: the 31st request in ten minutes gets 429, another address does not', async () => {
    const ip = newIp();
    for (let i = 0; i < 30; i++)
      expect(
        (await portal('/track', { trackingCode: 'ABCDEFGHJK', phoneLast4: '1234' }, ip)).statusCode,
      ).toBe(404);
    expectProblem(
      await portal('/track', { trackingCode: 'ABCDEFGHJK', phoneLast4: '1234' }, ip),
      429,
      'too-many-requests',
    );
    expect(
      (await portal('/track', { trackingCode: 'ABCDEFGHJK', phoneLast4: '1234' }, newIp())).statusCode,
    ).toBe(404);
    t.clock.advance(10 * 60_000);
    expect((await portal('/track', { trackingCode: 'ABCDEFGHJK', phoneLast4: '1234' }, ip)).statusCode).toBe(
      404,
    );
  });
});
