import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { orgIdsByCode } from '../orgs/index.ts';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { signIn } from '../../../test/support/factories.ts';

let t: TestApp;
let intake: string;
let leader: string;
let ids: Map<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  await seedDemo(t.system);
  intake = await signIn(t.app, 'intake', 'fengqiao-demo');
  leader = await signIn(t.app, 'leader', 'fengqiao-demo');
  ids = await orgIdsByCode(t.system, ['SFQ', 'SFQ-TW-YL', 'SFQ-TW-LD', 'SFQ-RSJ']);
});
afterAll(() => t.close());

const read = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: { cookie: intake } })).json();

describe('routing at registration', () => {
  it('proposes a route with its reason and leaves the dispatcher to confirm it', async () => {
    const { id } = await registerViaApi(t.app, intake, { category: 'wage_arrears' });
    const proposal = (
      await t.app.inject({ url: `/api/v1/cases/${id}/route-proposal`, headers: { cookie: intake } })
    ).json();
    expect(proposal).toMatchObject({
      targetOrgId: ids.get('SFQ-TW-LD'),
      coHandlerOrgIds: [ids.get('SFQ-RSJ')],
      autoDispatch: false,
    });
    expect(proposal.explanation.sentenceZh).toMatch(/劳动/);
    const c = await read(id);
    expect(c.status).toBe('registered');
    expect(c.deadline).toMatchObject({ kind: 'acceptance' });
  });

  it('dispatches at once when the rule says so, as the system', async () => {
    const { id } = await registerViaApi(t.app, intake, {
      category: 'medical_damage',
      subject: '手术后并发症赔偿',
      description: '患者家属认为医院手术存在过错，要求赔偿。',
    });
    const c = await read(id);
    expect(c).toMatchObject({ status: 'dispatched', currentOrg: { id: ids.get('SFQ-TW-YL') } });
    expect(c.events.map((e: { type: string; actorName: string }) => [e.type, e.actorName])).toEqual([
      ['registered', expect.any(String)],
      ['accept', '系统（自动分流）'],
      ['dispatch', '系统（自动分流）'],
    ]);
    // The rule's own deadline profile (mediation, 30 days) runs, not the general one.
    expect(c.deadline).toMatchObject({ kind: 'handling', profileCode: 'mediation' });
  });

  it('flags a large group dispute for the leaders and tells them', async () => {
    const { id } = await registerViaApi(t.app, intake, {
      category: 'wage_arrears',
      peopleInvolved: 45,
      flags: ['group_incident'],
    });
    const c = await read(id);
    expect(c.needsLeader).toBe(true);
    const inbox = (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: leader } })).json();
    expect(inbox.items).toContainEqual(expect.objectContaining({ kind: 'leader_attention', caseId: id }));
    const flagged = (
      await t.app.inject({ url: '/api/v1/cases?needsLeader=true', headers: { cookie: leader } })
    ).json();
    expect(flagged.items.map((x: { id: string }) => x.id)).toContain(id);
  });
});
