import { describe, expect, it } from 'vitest';
import type { RuleConditions } from './route-conditions.ts';
import { matchRoute, traceRoute, type MatchableRule, type RouteFacts } from './route-matching.ts';

const facts = (over: Partial<RouteFacts> = {}): RouteFacts => ({
  categoryCode: 'wage_arrears',
  topCategoryCode: 'labour',
  channel: 'walk_in',
  gridId: 'g1',
  communityId: 'c1',
  streetId: 's1',
  peopleInvolved: 12,
  amountFen: 4_000_000,
  risk: 'medium',
  flags: [],
  registeredOrgId: 'reg',
  ...over,
});

let seq = 0;
const rule = (conditions: RuleConditions, over: Partial<MatchableRule> = {}): MatchableRule => {
  seq += 1;
  return {
    id: `r${seq}`,
    name: `规则${seq}`,
    position: seq,
    isActive: true,
    conditions,
    targetKind: 'org',
    targetOrgId: `org${seq}`,
    ...over,
  };
};

const labels = {
  categories: new Map([
    ['labour', '劳动争议'],
    ['wage_arrears', '拖欠农民工工资'],
    ['medical', '医疗'],
  ]),
  orgs: new Map([
    ['s1', '东湖街道'],
    ['s2', '西山街道'],
  ]),
};

describe('matchRoute: each condition type', () => {
  it.each<[string, RuleConditions, Partial<RouteFacts>, boolean]>([
    ['category by its own code', { categories: ['wage_arrears'] }, {}, true],
    ['category by its first-level code', { categories: ['labour'] }, {}, true],
    [
      'category: a child code does not match its parent',
      { categories: ['wage_arrears'] },
      { categoryCode: 'labour' },
      false,
    ],
    ['category elsewhere', { categories: ['medical', 'traffic'] }, {}, false],
    ['street listed', { streetIds: ['s2', 's1'] }, {}, true],
    ['street not listed', { streetIds: ['s2'] }, {}, false],
    ['street unknown (no grid)', { streetIds: ['s1'] }, { streetId: null, gridId: null }, false],
    ['grid listed', { gridIds: ['g1'] }, {}, true],
    ['grid not listed', { gridIds: ['g2'] }, {}, false],
    ['channel listed', { channels: ['petition', 'walk_in'] }, {}, true],
    ['channel not listed', { channels: ['petition'] }, {}, false],
    ['minPeople inclusive', { minPeople: 12 }, {}, true],
    ['minPeople above', { minPeople: 13 }, {}, false],
    ['maxPeople inclusive', { maxPeople: 12 }, {}, true],
    ['maxPeople below', { maxPeople: 11 }, {}, false],
    ['minAmountFen', { minAmountFen: 4_000_000 }, {}, true],
    ['minAmountFen too low', { minAmountFen: 4_000_001 }, {}, false],
    ['maxAmountFen', { maxAmountFen: 4_000_000 }, {}, true],
    ['maxAmountFen exceeded', { maxAmountFen: 100 }, {}, false],
    ['an unknown amount fails a minimum', { minAmountFen: 0 }, { amountFen: null }, false],
    ['an unknown amount fails a maximum', { maxAmountFen: 100 }, { amountFen: null }, false],
    ['risk listed', { risks: ['high', 'medium'] }, {}, true],
    ['risk not listed', { risks: ['major'] }, {}, false],
    ['all flags set', { flags: ['urgent', 'sensitive'] }, { flags: ['sensitive', 'urgent', 'repeat'] }, true],
    ['one flag missing', { flags: ['urgent', 'sensitive'] }, { flags: ['urgent'] }, false],
    ['no conditions: a catch-all', {}, {}, true],
    [
      'AND of conditions: all hold',
      { categories: ['labour'], channels: ['walk_in'], minPeople: 10 },
      {},
      true,
    ],
    [
      'AND of conditions: one fails',
      { categories: ['labour'], channels: ['walk_in'], minPeople: 13 },
      {},
      false,
    ],
    [
      'anyOf: first branch holds',
      { anyOf: [{ minPeople: 31 }, { risks: ['major'] }] },
      { peopleInvolved: 45 },
      true,
    ],
    [
      'anyOf: second branch holds',
      { anyOf: [{ minPeople: 31 }, { risks: ['major'] }] },
      { risk: 'major' },
      true,
    ],
    ['anyOf: no branch holds', { anyOf: [{ minPeople: 31 }, { risks: ['major'] }] }, {}, false],
    [
      'anyOf with a plain condition that fails',
      { categories: ['medical'], anyOf: [{ minPeople: 1 }] },
      {},
      false,
    ],
  ])('%s', (_name, conditions, over, expected) => {
    expect(matchRoute([rule(conditions)], facts(over)) !== null).toBe(expected);
  });
});

describe('matchRoute: order and activity', () => {
  it('the first matching rule wins even when a later one matches too', () => {
    const rules = [rule({ categories: ['medical'] }), rule({ categories: ['labour'] }), rule({})];
    expect(matchRoute(rules, facts())?.rule.id).toBe(rules[1]!.id);
  });

  it('orders by position, not by the order of the list', () => {
    const late = rule({}, { position: 100 });
    const early = rule({ categories: ['labour'] }, { position: -1 });
    expect(matchRoute([late, early], facts())?.rule.id).toBe(early.id);
  });

  it('skips inactive rules without listing them', () => {
    const off = rule({ categories: ['labour'] }, { isActive: false });
    const on = rule({});
    const result = matchRoute([off, on], facts());
    expect(result?.rule.id).toBe(on.id);
    expect(result?.explanation.skipped).toEqual([]);
  });

  it('no matching rule → null', () => {
    expect(
      matchRoute([rule({ categories: ['medical'] }), rule({ channels: ['petition'] })], facts()),
    ).toBeNull();
    expect(matchRoute([], facts())).toBeNull();
  });
});

describe('matchRoute: targets', () => {
  it.each<[MatchableRule['targetKind'], Partial<RouteFacts>, string | null]>([
    ['place_street', {}, 's1'],
    ['place_community', {}, 'c1'],
    ['registering_org', {}, 'reg'],
    ['place_street', { gridId: null, communityId: null, streetId: null }, null],
    ['place_community', { gridId: null, communityId: null, streetId: null }, null],
    ['registering_org', { registeredOrgId: null }, null],
  ])('%s with %o → %s', (targetKind, over, target) => {
    const result = matchRoute([rule({}, { targetKind, targetOrgId: null })], facts(over));
    expect(result?.targetOrgId ?? null).toBe(target);
  });

  it('falls through to the next rule when the place cannot be found, and says so', () => {
    const community = rule(
      { categories: ['labour'] },
      { name: '劳动→社区', targetKind: 'place_community', targetOrgId: null },
    );
    const fallback = rule({});
    const { match, skipped } = traceRoute(
      [community, fallback],
      facts({ gridId: null, communityId: null, streetId: null }),
    );
    expect(match?.rule.id).toBe(fallback.id);
    expect(skipped).toEqual([
      expect.objectContaining({
        ruleId: community.id,
        failed: expect.objectContaining({ condition: 'target', expected: 'place_community', actual: null }),
        reasonZh: '规则「劳动→社区」未采用：案发地未定位到社区（未指定网格），改用下一条规则',
      }),
    ]);
  });
});

describe('explanation ("why this route")', () => {
  it('lists the conditions that held and a Chinese sentence', () => {
    const r = rule({ categories: ['labour'], minPeople: 10 }, { name: '劳动争议→劳动人事争议调解委员会' });
    const { explanation } = matchRoute([r], facts(), labels)!;
    expect(explanation.matched).toEqual([
      {
        condition: 'categories',
        expected: ['labour'],
        actual: 'wage_arrears',
        textZh: '类别为劳动争议（拖欠农民工工资）',
      },
      { condition: 'minPeople', expected: 10, actual: 12, textZh: '涉及12人（不少于10人）' },
    ]);
    expect(explanation.sentenceZh).toBe(
      '规则「劳动争议→劳动人事争议调解委员会」：类别为劳动争议（拖欠农民工工资），涉及12人（不少于10人）',
    );
  });

  it('names the anyOf branch that held', () => {
    const r = rule({ anyOf: [{ minPeople: 31 }, { risks: ['major'] }] }, { name: '重大' });
    const { explanation } = matchRoute([r], facts({ risk: 'major' }), labels)!;
    expect(explanation.matched).toEqual([
      { condition: 'risks', expected: ['major'], actual: 'major', branch: 1, textZh: '风险等级为重大' },
    ]);
  });

  it('a catch-all says so', () => {
    const { explanation } = matchRoute([rule({}, { name: '兜底' })], facts())!;
    expect(explanation.sentenceZh).toBe('规则「兜底」：无条件（兜底规则）');
  });

  it('lists the rules tried before, each with its first failing condition', () => {
    const medical = rule({ categories: ['medical'], channels: ['petition'] }, { name: '医疗纠纷→医调委' });
    const big = rule({ anyOf: [{ minPeople: 31 }, { risks: ['major'] }] }, { name: '重大' });
    const street = rule({ streetIds: ['s2'] }, { name: '西山' });
    const money = rule({ minAmountFen: 10_000_000 }, { name: '大额' });
    const flags = rule({ flags: ['urgent', 'group_incident'] }, { name: '紧急' });
    const chosen = rule({ categories: ['labour'] });
    const result = matchRoute(
      [medical, big, street, money, flags, chosen],
      facts({ flags: ['urgent'] }),
      labels,
    )!;
    expect(result.rule.id).toBe(chosen.id);
    expect(result.explanation.skipped.map((s) => [s.ruleId, s.failed.condition, s.failed.textZh])).toEqual([
      [medical.id, 'categories', '类别为拖欠农民工工资，不属于医疗'],
      [big.id, 'anyOf', '以下条件均不满足：涉及12人，少于31人；风险等级为中，不是重大'],
      [street.id, 'streetIds', '发生在东湖街道，不在西山街道'],
      [money.id, 'minAmountFen', '涉及金额40000元，少于100000元'],
      [flags.id, 'flags', '缺少群体性标记'],
    ]);
    expect(result.explanation.skipped[0]!.reasonZh).toBe(
      '规则「医疗纠纷→医调委」未采用：类别为拖欠农民工工资，不属于医疗',
    );
  });

  it('reports the skipped rules even when none matched', () => {
    const { match, skipped } = traceRoute([rule({ channels: ['petition'] })], facts());
    expect(match).toBeNull();
    expect(skipped).toEqual([
      expect.objectContaining({
        failed: expect.objectContaining({ condition: 'channels', actual: 'walk_in' }),
      }),
    ]);
  });
});
