/**
 * The demo district's routing rules (issue 4), in order: the big and the dangerous go
 * to the district centre first; then each specialty to its mediation committee;
 * neighbour and family matters to the community where they happened; land
 * acquisition to the street office; petitions to the petition bureau.
 */
import type { ServiceContext } from '../lib/context.ts';
import { orgIdsByCode } from '../modules/orgs/index.ts';
import { createRule, type RuleInput } from '../modules/routing/index.ts';
import { DEMO_DISTRICT_CODE as D } from './demo-orgs.ts';

type DemoRule = Omit<RuleInput, 'targetOrgId' | 'coHandlerOrgIds'> & {
  targetCode?: string;
  coHandlerCodes?: string[];
};

export const DEMO_ROUTING_RULES: DemoRule[] = [
  {
    name: '涉及30人以上或重大风险→区综治中心（领导关注）',
    conditions: { anyOf: [{ minPeople: 31 }, { risks: ['major'] }] },
    targetKind: 'org',
    targetCode: D,
    profileCode: 'urgent_response',
    leaderFlag: true,
    note: '群体性、重大风险纠纷由区综治中心统筹，提请领导关注',
  },
  {
    name: '医疗纠纷→医调委',
    conditions: { categories: ['medical'] },
    targetKind: 'org',
    targetCode: `${D}-TW-YL`,
    profileCode: 'mediation',
    autoDispatch: true,
  },
  {
    name: '道路交通事故→交调委',
    conditions: { categories: ['traffic'] },
    targetKind: 'org',
    targetCode: `${D}-TW-JT`,
    profileCode: 'mediation',
    autoDispatch: true,
  },
  {
    name: '劳动争议、拖欠农民工工资→劳动争议调委会（人社局协办）',
    conditions: { categories: ['labour', 'wage_arrears'] },
    targetKind: 'org',
    targetCode: `${D}-TW-LD`,
    coHandlerCodes: [`${D}-RSJ`],
    profileCode: 'labour_handling',
    autoDispatch: false,
    note: '由分流员确认后交办',
  },
  {
    name: '邻里、婚姻家庭纠纷→所在社区',
    conditions: { categories: ['neighbour', 'marriage_family'] },
    targetKind: 'place_community',
    profileCode: 'mediation',
    autoDispatch: true,
    note: '未指定网格时无法确定社区，转由后续规则或人工分流',
  },
  {
    name: '征地拆迁→所在街道（自然资源局协办）',
    conditions: { categories: ['land_acquisition'] },
    targetKind: 'place_street',
    coHandlerCodes: [`${D}-ZRJ`],
    profileCode: 'handling',
  },
  {
    name: '物业纠纷→物业纠纷调委会',
    conditions: { categories: ['property_management'] },
    targetKind: 'org',
    targetCode: `${D}-TW-WY`,
    profileCode: 'mediation',
    autoDispatch: true,
  },
  {
    name: '信访件→区信访局',
    conditions: { channels: ['petition'] },
    targetKind: 'org',
    targetCode: `${D}-XFJ`,
    profileCode: 'petition_acceptance',
  },
];

/** Creates the demo rules through the routing service (as the system, audited). */
export async function seedDemoRoutingRules(ctx: ServiceContext): Promise<void> {
  const system = { ...ctx, actor: null };
  const codes = DEMO_ROUTING_RULES.flatMap((r) => [
    ...(r.targetCode ? [r.targetCode] : []),
    ...(r.coHandlerCodes ?? []),
  ]);
  const idOf = await orgIdsByCode(system, codes);
  const id = (code: string) => {
    const found = idOf.get(code);
    if (!found) throw new Error(`demo routing: no organisation ${code}`);
    return found;
  };
  for (const { targetCode, coHandlerCodes, ...rule } of DEMO_ROUTING_RULES) {
    await createRule(system, {
      ...rule,
      targetOrgId: targetCode ? id(targetCode) : null,
      coHandlerOrgIds: (coHandlerCodes ?? []).map(id),
    });
  }
}
