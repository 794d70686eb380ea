/**
 * The Chinese wording of routing explanations ("why this route", 分流依据): one phrase
 * per condition that held or failed. Pure; names of categories and organisations come
 * in through `RouteLabels` and fall back to their codes.
 */
import type { ConditionName } from './route-conditions.ts';

/** Display names the service looks up for the sentence; anything missing shows its code. */
export interface RouteLabels {
  categories?: ReadonlyMap<string, string>;
  orgs?: ReadonlyMap<string, string>;
}

const CHANNEL_ZH: Record<string, string> = {
  walk_in: '窗口来访',
  hotline_12345: '12345热线',
  phone: '电话',
  grid_report: '网格上报',
  online: '网上提交',
  letter: '来信',
  petition: '信访',
  transfer: '上级交办',
  court_referral: '法院委派',
  open311: '外部系统',
};
const RISK_ZH: Record<string, string> = { low: '低', medium: '中', high: '高', major: '重大' };
const FLAG_ZH: Record<string, string> = {
  group_incident: '群体性',
  repeat: '重复',
  urgent: '紧急',
  sensitive: '敏感',
};

export const categoryZh = (labels: RouteLabels, code: string) => labels.categories?.get(code) ?? code;
export const orgZh = (labels: RouteLabels, id: string) => labels.orgs?.get(id) ?? id;
const list = (values: readonly string[], name: (v: string) => string) => values.map(name).join('、');

/** Yuan from fen: whole yuan without decimals, otherwise two decimals. */
export function yuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

/** The values a condition compares, as the matcher records them. */
export interface CheckValues {
  condition: ConditionName;
  expected: unknown;
  actual: unknown;
  /** For categories: the code that matched (the case's own or its first level). */
  via?: string;
}

const strings = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/** The phrase for a condition that held, e.g. 类别为劳动争议（拖欠农民工工资）. */
export function heldZh(c: CheckValues, labels: RouteLabels): string {
  const actual = c.actual as string;
  switch (c.condition) {
    case 'categories': {
      const via = c.via ?? actual;
      return via === actual
        ? `类别为${categoryZh(labels, actual)}`
        : `类别为${categoryZh(labels, via)}（${categoryZh(labels, actual)}）`;
    }
    case 'streetIds':
      return `发生在${orgZh(labels, actual)}`;
    case 'gridIds':
      return `发生在${orgZh(labels, actual)}`;
    case 'channels':
      return `来源渠道为${CHANNEL_ZH[actual] ?? actual}`;
    case 'minPeople':
      return `涉及${String(c.actual)}人（不少于${String(c.expected)}人）`;
    case 'maxPeople':
      return `涉及${String(c.actual)}人（不超过${String(c.expected)}人）`;
    case 'minAmountFen':
      return `涉及金额${yuan(c.actual as number)}元（不少于${yuan(c.expected as number)}元）`;
    case 'maxAmountFen':
      return `涉及金额${yuan(c.actual as number)}元（不超过${yuan(c.expected as number)}元）`;
    case 'risks':
      return `风险等级为${RISK_ZH[actual] ?? actual}`;
    case 'flags':
      return `带有${list(strings(c.expected), (f) => FLAG_ZH[f] ?? f)}标记`;
  }
}

/** The phrase for a condition that failed, e.g. 类别为劳动争议，不属于医疗. */
export function failedZh(c: CheckValues, labels: RouteLabels): string {
  const expected = strings(c.expected);
  const actual = c.actual as string | null;
  switch (c.condition) {
    case 'categories':
      return `类别为${categoryZh(labels, actual ?? '')}，不属于${list(expected, (v) => categoryZh(labels, v))}`;
    case 'streetIds':
      return actual === null
        ? '未定位到街道（未指定网格）'
        : `发生在${orgZh(labels, actual)}，不在${list(expected, (v) => orgZh(labels, v))}`;
    case 'gridIds':
      return actual === null
        ? '未指定网格'
        : `发生在${orgZh(labels, actual)}，不在${list(expected, (v) => orgZh(labels, v))}`;
    case 'channels':
      return `来源渠道为${CHANNEL_ZH[actual ?? ''] ?? actual}，不是${list(expected, (v) => CHANNEL_ZH[v] ?? v)}`;
    case 'minPeople':
      return `涉及${String(c.actual)}人，少于${String(c.expected)}人`;
    case 'maxPeople':
      return `涉及${String(c.actual)}人，多于${String(c.expected)}人`;
    case 'minAmountFen':
    case 'maxAmountFen': {
      if (c.actual === null) return '未填写涉及金额';
      const word = c.condition === 'minAmountFen' ? '少于' : '多于';
      return `涉及金额${yuan(c.actual as number)}元，${word}${yuan(c.expected as number)}元`;
    }
    case 'risks':
      return `风险等级为${RISK_ZH[actual ?? ''] ?? actual}，不是${list(expected, (v) => RISK_ZH[v] ?? v)}`;
    case 'flags': {
      const missing = expected.filter((f) => !strings(c.actual).includes(f));
      return `缺少${list(missing, (f) => FLAG_ZH[f] ?? f)}标记`;
    }
  }
}

const TARGET_ZH: Record<string, string> = {
  place_street: '案发地未定位到街道（未指定网格）',
  place_community: '案发地未定位到社区（未指定网格）',
  registering_org: '登记机构不明',
};

/** Why a rule whose conditions held still could not be used: its target is not known for this case. */
export function targetMissingZh(kind: string): string {
  return `${TARGET_ZH[kind] ?? '承办机构不明'}，改用下一条规则`;
}
