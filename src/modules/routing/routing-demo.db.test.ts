import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { signIn } from '../../../test/support/factories.ts';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed-demo.ts';
import { orgIdsByCode } from '../orgs/index.ts';
import { explainRoute, routeFacts, type RouteCaseFields } from './index.ts';

let t: TestApp;
let codeOf: Map<string, string>;
let idOf: Map<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  await seedDemo(t.system);
  const orgs = await t.db.selectFrom('orgs').select(['id', 'code']).execute();
  codeOf = new Map(orgs.map((o) => [o.id, o.code]));
  idOf = await orgIdsByCode(
    t.system,
    orgs.map((o) => o.code),
  );
});
afterAll(() => t.close());

interface Expected {
  rule: string;
  target: string;
  coHandlers?: string[];
  profile: string;
  leader?: boolean;
  auto?: boolean;
}

const LABOUR = '劳动争议、拖欠农民工工资→劳动争议调委会（人社局协办）';
const BIG = '涉及30人以上或重大风险→区综治中心（领导关注）';

describe('the demo district’s routing rules', () => {
  it.each<[string, Omit<RouteCaseFields, 'gridId'> & { grid?: string }, Expected | null]>([
    [
      'unpaid wages → labour committee with the labour department',
      { categoryCode: 'wage_arrears', channel: 'walk_in', grid: 'SFQ-DH-01-G1', peopleInvolved: 12 },
      { rule: LABOUR, target: 'SFQ-TW-LD', coHandlers: ['SFQ-RSJ'], profile: 'labour_handling', auto: false },
    ],
    [
      'a labour contract dispute → labour committee',
      { categoryCode: 'labour_contract', channel: 'hotline_12345' },
      { rule: LABOUR, target: 'SFQ-TW-LD', coHandlers: ['SFQ-RSJ'], profile: 'labour_handling' },
    ],
    [
      'unpaid wages of 45 workers → the district centre first, with a leader flag',
      { categoryCode: 'wage_arrears', channel: 'walk_in', grid: 'SFQ-DH-01-G1', peopleInvolved: 45 },
      { rule: BIG, target: 'SFQ', profile: 'urgent_response', leader: true, auto: false },
    ],
    [
      'a neighbour quarrel of major risk → the district centre',
      { categoryCode: 'noise', channel: 'grid_report', grid: 'SFQ-XS-02-G1', risk: 'major' },
      { rule: BIG, target: 'SFQ', profile: 'urgent_response', leader: true },
    ],
    [
      'medical damage → medical mediation committee',
      { categoryCode: 'medical_damage', channel: 'phone' },
      { rule: '医疗纠纷→医调委', target: 'SFQ-TW-YL', profile: 'mediation', auto: true },
    ],
    [
      'a traffic injury → traffic committee',
      { categoryCode: 'traffic_injury', channel: 'walk_in', grid: 'SFQ-NQ-01-G1' },
      { rule: '道路交通事故→交调委', target: 'SFQ-TW-JT', profile: 'mediation' },
    ],
    [
      'noise between neighbours → the community where it happened',
      { categoryCode: 'noise', channel: 'grid_report', grid: 'SFQ-XS-02-G1' },
      { rule: '邻里、婚姻家庭纠纷→所在社区', target: 'SFQ-XS-02', profile: 'mediation' },
    ],
    [
      'a divorce → the community where it happened',
      { categoryCode: 'divorce', channel: 'walk_in', grid: 'SFQ-NQ-03-G2' },
      { rule: '邻里、婚姻家庭纠纷→所在社区', target: 'SFQ-NQ-03', profile: 'mediation' },
    ],
    [
      'expropriation compensation → the street office with natural resources',
      { categoryCode: 'expropriation_compensation', channel: 'letter', grid: 'SFQ-NQ-01-G1' },
      {
        rule: '征地拆迁→所在街道（自然资源局协办）',
        target: 'SFQ-NQ',
        coHandlers: ['SFQ-ZRJ'],
        profile: 'handling',
      },
    ],
    [
      'property fees → property committee',
      { categoryCode: 'property_fee', channel: 'online' },
      { rule: '物业纠纷→物业纠纷调委会', target: 'SFQ-TW-WY', profile: 'mediation' },
    ],
    [
      'a petition about something else → petition bureau',
      { categoryCode: 'other_misc', channel: 'petition' },
      { rule: '信访件→区信访局', target: 'SFQ-XFJ', profile: 'petition_acceptance' },
    ],
    [
      'a neighbour petition without a grid → past the community rule, to the petition bureau',
      { categoryCode: 'noise', channel: 'petition' },
      { rule: '信访件→区信访局', target: 'SFQ-XFJ', profile: 'petition_acceptance' },
    ],
    [
      'a contract dispute at the window → no rule',
      { categoryCode: 'sale_contract', channel: 'walk_in' },
      null,
    ],
    ['land acquisition without a grid → no rule', { categoryCode: 'resettlement', channel: 'walk_in' }, null],
  ])('%s', async (_label, { grid, ...fields }, expected) => {
    const facts = await routeFacts(t.system, { ...fields, gridId: grid ? idOf.get(grid)! : null });
    const { proposal } = await explainRoute(t.system, facts);
    if (!expected) return expect(proposal).toBeNull();
    expect(proposal).toMatchObject({
      ruleName: expected.rule,
      profileCode: expected.profile,
      leaderFlag: expected.leader ?? false,
      ...(expected.auto !== undefined ? { autoDispatch: expected.auto } : {}),
    });
    expect(codeOf.get(proposal!.targetOrgId)).toBe(expected.target);
    expect(proposal!.coHandlerOrgIds.map((id) => codeOf.get(id))).toEqual(expected.coHandlers ?? []);
  });

  it('says why a place rule was passed over when the case has no grid', async () => {
    const facts = await routeFacts(t.system, { categoryCode: 'noise', channel: 'petition' });
    const { proposal } = await explainRoute(t.system, facts);
    expect(proposal!.explanation.skipped.map((s) => [s.ruleName, s.failed.condition])).toEqual([
      [BIG, 'anyOf'],
      ['医疗纠纷→医调委', 'categories'],
      ['道路交通事故→交调委', 'categories'],
      [LABOUR, 'categories'],
      ['邻里、婚姻家庭纠纷→所在社区', 'target'],
      ['征地拆迁→所在街道（自然资源局协办）', 'categories'],
      ['物业纠纷→物业纠纷调委会', 'categories'],
    ]);
    expect(proposal!.explanation.skipped[4]!.reasonZh).toBe(
      '规则「邻里、婚姻家庭纠纷→所在社区」未采用：案发地未定位到社区（未指定网格），改用下一条规则',
    );
  });

  it('routes a labour case registered at the window; the west street’s dispatcher cannot test it', async () => {
    const intake = await signIn(t.app, 'intake', DEMO_PASSWORD);
    const dispatcher = await signIn(t.app, 'dispatcher', DEMO_PASSWORD);
    const street2 = await signIn(t.app, 'street2', DEMO_PASSWORD);
    const caseRow = await registerViaApi(t.app, intake, { gridId: idOf.get('SFQ-DH-01-G1') });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/routing-rules/test',
      headers: { cookie: dispatcher },
      payload: { caseId: caseRow.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { proposal } = res.json();
    expect(proposal).toMatchObject({ ruleName: LABOUR, targetOrgName: '区劳动争议人民调解委员会' });
    expect(proposal.explanation.sentenceZh).toBe(
      `规则「${LABOUR}」：类别为拖欠农民工工资。` +
        '建议由「区劳动争议人民调解委员会」办理，「区人力资源和社会保障局」协办。',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/routing-rules/test',
        headers: { cookie: street2 },
        payload: { caseId: caseRow.id },
      }),
      404,
      'not-found',
    );
  });
});
