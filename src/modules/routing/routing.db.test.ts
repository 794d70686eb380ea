import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { proposeRoute, routeFacts, saveProposal } from './index.ts';

let t: TestApp;
let tree: OrgTree;
let other: OrgTree;
const cookie: Record<string, string> = {};

async function user(name: string, orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) {
  cookie[name] = await signIn(t.app, (await buildUser(t.system, { orgId, roles })).username);
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  other = await buildOrgTree(t.system);
  await user('admin', tree.district, ['admin']);
  await user('streetAdmin', tree.streetA, ['admin']);
  await user('dispatcher', tree.district, ['dispatcher']);
  await user('dispatcherA', tree.streetA, ['dispatcher']);
  await user('dispatcherB', tree.streetB, ['dispatcher']);
  await user('intakeA', tree.streetA, ['intake']);
});
afterAll(() => t.close());

const call = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: cookie[who]! },
    ...(payload ? { payload } : {}),
  });

async function count(table: 'routingRules' | 'auditLog', action?: string) {
  let query = t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) query = query.where('action' as never, '=', action as never);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

const labourRule = () => ({
  name: '劳动争议→劳动争议调委会',
  conditions: { categories: ['labour'] },
  targetKind: 'org',
  targetOrgId: tree.committee,
  coHandlerOrgIds: [tree.department],
  profileCode: 'labour_handling',
});

let labourId: string;
let communityId: string;

describe('routing rules: create, read, change, reorder, deactivate', () => {
  it('a district admin adds rules; each write is audited', async () => {
    const res = await call('admin', 'POST', '/routing-rules', labourRule());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      position: 1,
      isActive: true,
      targetOrgName: '区劳动争议人民调解委员会',
      coHandlers: [{ id: tree.department, name: '区人社局' }],
      autoDispatch: false,
      leaderFlag: false,
    });
    labourId = res.json().id;
    const second = await call('admin', 'POST', '/routing-rules', {
      name: '邻里纠纷→所在社区',
      conditions: { categories: ['neighbour'] },
      targetKind: 'place_community',
      position: 1,
    });
    expect(second.statusCode, second.body).toBe(201);
    communityId = second.json().id;
    expect(await count('auditLog', 'routing_rule.create')).toBe(2);
  });

  it('inserting at a position moves the later rules down; dispatchers read the list in order', async () => {
    const res = await call('dispatcher', 'GET', '/routing-rules');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((r: { id: string; position: number }) => [r.id, r.position])).toEqual([
      [communityId, 1],
      [labourId, 2],
    ]);
  });

  it('changes a rule; switching to a place target clears the fixed organisation', async () => {
    const res = await call('admin', 'PATCH', `/routing-rules/${labourId}`, {
      conditions: { categories: ['labour'], anyOf: [{ minPeople: 5 }, { risks: ['high'] }] },
      autoDispatch: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ autoDispatch: true, targetOrgId: tree.committee });
    const moved = await call('admin', 'PATCH', `/routing-rules/${communityId}`, {
      targetKind: 'place_street',
    });
    expect(moved.json()).toMatchObject({ targetKind: 'place_street', targetOrgId: null });
    await call('admin', 'PATCH', `/routing-rules/${communityId}`, { targetKind: 'place_community' });
    expect(await count('auditLog', 'routing_rule.update')).toBe(3);
  });

  it('reorders: every id exactly once, or 400 naming ids and nothing changes', async () => {
    const before = await count('auditLog');
    expect(
      expectProblem(
        await call('admin', 'POST', '/routing-rules/reorder', { ids: [labourId] }),
        400,
        'validation-failed',
      ).errors,
    ).toEqual([expect.objectContaining({ pointer: '#/ids', code: 'mismatch' })]);
    expect(await count('auditLog')).toBe(before);
    const res = await call('admin', 'POST', '/routing-rules/reorder', { ids: [labourId, communityId] });
    expect(res.json().items.map((r: { id: string; position: number }) => [r.id, r.position])).toEqual([
      [labourId, 1],
      [communityId, 2],
    ]);
    expect(await count('auditLog', 'routing_rule.reorder')).toBe(1);
  });

  it('DELETE deactivates: the rule stays listed, inactive, and stops matching', async () => {
    const extra = await call('admin', 'POST', '/routing-rules', {
      name: '兜底→登记机构',
      targetKind: 'registering_org',
    });
    const id = extra.json().id;
    const res = await call('admin', 'DELETE', `/routing-rules/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, isActive: false, position: 3 });
    expect(await count('auditLog', 'routing_rule.deactivate')).toBe(1);
    const tested = await call('dispatcher', 'POST', '/routing-rules/test', {
      facts: { categoryCode: 'contract', channel: 'walk_in' },
    });
    expect(tested.json()).toMatchObject({ proposal: null });
    expectProblem(await call('admin', 'DELETE', '/routing-rules/no-such-rule'), 404, 'not-found');
    expectProblem(
      await call('admin', 'PATCH', '/routing-rules/no-such-rule', { name: 'x' }),
      404,
      'not-found',
    );
  });
});

describe('routing rules: who may', () => {
  it.each([
    ['a street admin', 'streetAdmin'],
    ['a dispatcher', 'dispatcher'],
    ['an intake clerk', 'intakeA'],
  ])('%s may not change them (403)', async (_label, who) => {
    const before = await count('routingRules');
    expectProblem(await call(who, 'POST', '/routing-rules', labourRule()), 403, 'forbidden');
    expectProblem(await call(who, 'PATCH', `/routing-rules/${labourId}`, { name: '改名' }), 403, 'forbidden');
    expectProblem(await call(who, 'DELETE', `/routing-rules/${labourId}`), 403, 'forbidden');
    expectProblem(await call(who, 'POST', '/routing-rules/reorder', { ids: [] }), 403, 'forbidden');
    expect(await count('routingRules')).toBe(before);
  });

  it('intake clerks may neither read nor test them', async () => {
    expectProblem(await call('intakeA', 'GET', '/routing-rules'), 403, 'forbidden');
    expectProblem(
      await call('intakeA', 'POST', '/routing-rules/test', {
        facts: { categoryCode: 'labour', channel: 'phone' },
      }),
      403,
      'forbidden',
    );
  });
});

describe('routing rules: validation names the field and changes nothing', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'an unknown category',
      { conditions: { categories: ['labour', 'nonsense'] } },
      '#/conditions/categories/1',
    ],
    [
      'a category in anyOf',
      { conditions: { anyOf: [{ categories: ['nonsense'] }] } },
      '#/conditions/anyOf/0/categories/0',
    ],
    ['a grid given as a street', { conditions: { streetIds: ['GRID'] } }, '#/conditions/streetIds/0'],
    ['a street given as a grid', { conditions: { gridIds: ['STREET'] } }, '#/conditions/gridIds/0'],
    ['min above max', { conditions: { minPeople: 10, maxPeople: 3 } }, '#/conditions/maxPeople'],
    ['an org target without an org', { targetOrgId: null }, '#/targetOrgId'],
    ['a target in another district', { targetOrgId: 'OTHER' }, '#/targetOrgId'],
    ['an unknown target', { targetOrgId: 'no-such-org' }, '#/targetOrgId'],
    ['a co-handler in another district', { coHandlerOrgIds: ['OTHER'] }, '#/coHandlerOrgIds/0'],
    ['a place target with an org', { targetKind: 'place_street' }, '#/targetOrgId'],
    ['a bad profile code', { profileCode: 'Labour Handling' }, '#/profileCode'],
    ['an unknown channel', { conditions: { channels: ['fax'] } }, '#/conditions/channels/0'],
    ['an unknown condition', { conditions: { colour: ['red'] } }, '#/conditions/colour'],
  ])('%s', async (_label, override, pointer) => {
    const ids: Record<string, string> = { GRID: tree.gridA, STREET: tree.streetA, OTHER: other.committee };
    const body = JSON.parse(
      JSON.stringify({ ...labourRule(), ...override }).replace(
        /"(GRID|STREET|OTHER)"/g,
        (_m, k: string) => `"${ids[k]}"`,
      ),
    );
    const [rules, audit] = [await count('routingRules'), await count('auditLog')];
    const problem = expectProblem(
      await call('admin', 'POST', '/routing-rules', body),
      400,
      'validation-failed',
    );
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    expect([await count('routingRules'), await count('auditLog')]).toEqual([rules, audit]);
  });
});

describe('testing a route and the stored proposal', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (await registerViaApi(t.app, cookie.intakeA!, { gridId: tree.gridA, category: 'wage_arrears' }))
      .id;
  });

  it('tests facts: the first matching rule, the target and "why this route"', async () => {
    const res = await call('dispatcherA', 'POST', '/routing-rules/test', {
      facts: { categoryCode: 'wage_arrears', channel: 'walk_in', gridId: tree.gridA, peopleInvolved: 8 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.facts).toMatchObject({
      topCategoryCode: 'labour',
      streetId: tree.streetA,
      communityId: tree.communityA,
    });
    expect(body.proposal).toMatchObject({
      ruleId: labourId,
      targetOrgId: tree.committee,
      coHandlerOrgIds: [tree.department],
      profileCode: 'labour_handling',
      autoDispatch: true,
    });
    expect(body.proposal.explanation.sentenceZh).toBe(
      '规则「劳动争议→劳动争议调委会」：类别为劳动争议（拖欠农民工工资），涉及8人（不少于5人）。' +
        '建议由「区劳动争议人民调解委员会」办理，「区人社局」协办。',
    );
  });

  it('tests a stored case within scope; another street gets 404', async () => {
    const res = await call('dispatcherA', 'POST', '/routing-rules/test', { caseId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().proposal).toMatchObject({ ruleId: labourId });
    expectProblem(await call('dispatcherB', 'POST', '/routing-rules/test', { caseId }), 404, 'not-found');
  });

  it('needs caseId or facts, and a grid within scope', async () => {
    expectProblem(await call('dispatcherA', 'POST', '/routing-rules/test', {}), 400, 'validation-failed');
    const problem = expectProblem(
      await call('dispatcherA', 'POST', '/routing-rules/test', {
        facts: { categoryCode: 'labour', channel: 'walk_in', gridId: tree.gridB },
      }),
      400,
      'validation-failed',
    );
    expect(problem.errors?.[0]?.pointer).toBe('#/facts/gridId');
  });

  it('stores the proposal made at registration; another street gets 404', async () => {
    const ctx = { ...t.system };
    const facts = await routeFacts(ctx, {
      categoryCode: 'wage_arrears',
      channel: 'walk_in',
      gridId: tree.gridA,
      peopleInvolved: 12,
      registeredOrgId: tree.streetA,
    });
    await saveProposal(ctx, caseId, await proposeRoute(ctx, facts));
    const res = await call('dispatcherA', 'GET', `/cases/${caseId}/route-proposal`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      caseId,
      ruleId: labourId,
      ruleName: '劳动争议→劳动争议调委会',
      targetOrgName: '区劳动争议人民调解委员会',
      coHandlers: [{ id: tree.department, name: '区人社局' }],
      explanation: {
        matched: [
          expect.objectContaining({ condition: 'categories', actual: 'wage_arrears' }),
          expect.objectContaining({ condition: 'minPeople', actual: 12, branch: 0 }),
        ],
      },
    });
    expectProblem(await call('dispatcherB', 'GET', `/cases/${caseId}/route-proposal`), 404, 'not-found');
  });

  it('a case without a proposal, or without a matching rule', async () => {
    const bare = (await registerViaApi(t.app, cookie.intakeA!, { category: 'contract' })).id;
    await t.db.deleteFrom('caseRouteProposals').where('caseId', '=', bare).execute();
    expectProblem(await call('dispatcherA', 'GET', `/cases/${bare}/route-proposal`), 404, 'not-found');
    await saveProposal(t.system, bare, null);
    const res = await call('dispatcherA', 'GET', `/cases/${bare}/route-proposal`);
    expect(res.json()).toMatchObject({ ruleId: null, targetOrgId: null, explanation: { matched: [] } });
  });
});
