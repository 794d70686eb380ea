/**
 * The routing matcher (一网分流): rules are tried in `position` order, inactive ones
 * are skipped, and the first rule whose conditions all hold and whose target can be
 * found for the case proposes the route. Pure: the explanation says which conditions
 * held, and for each rule tried before, the first condition that failed.
 */
import type { RouteTargetKind } from '../../db/tables.ts';
import {
  CONDITION_KEYS,
  type ConditionName,
  type RuleConditions,
  type SimpleConditions,
} from './route-conditions.ts';
import { failedZh, heldZh, targetMissingZh, type CheckValues, type RouteLabels } from './route-text.ts';

/** What routing knows about a case. */
export interface RouteFacts {
  categoryCode: string;
  /** The first-level code above `categoryCode` (itself when first level). */
  topCategoryCode: string;
  channel: string;
  gridId: string | null;
  communityId: string | null;
  streetId: string | null;
  peopleInvolved: number;
  amountFen: number | null;
  risk: string;
  flags: readonly string[];
  /** Where the case was registered: the target of `registering_org` rules. */
  registeredOrgId?: string | null;
}

/** The part of a rule the matcher reads. */
export interface MatchableRule {
  id: string;
  name: string;
  position: number;
  isActive: boolean;
  conditions: RuleConditions;
  targetKind: RouteTargetKind;
  targetOrgId: string | null;
}

/** One condition compared: what the rule expects, what the case has, and the phrase for the UI. */
export interface ConditionCheck {
  condition: ConditionName | 'anyOf' | 'target';
  expected: unknown;
  actual: unknown;
  /** Index of the `anyOf` entry this condition belongs to. */
  branch?: number;
  textZh: string;
}

/** A rule tried before the chosen one, and the first reason it did not apply. */
export interface SkippedRule {
  ruleId: string;
  ruleName: string;
  failed: ConditionCheck;
  reasonZh: string;
}

/** "Why this route": the conditions that held, a sentence for the UI, and the rules passed over. */
export interface RouteExplanation {
  matched: ConditionCheck[];
  sentenceZh: string;
  skipped: SkippedRule[];
}

export interface RouteMatch<R extends MatchableRule> {
  rule: R;
  /** The organisation the route goes to (a place or registering organisation resolved). */
  targetOrgId: string;
  explanation: RouteExplanation;
}

type Outcome = { ok: true; held: CheckValues[] } | { ok: false; failed: CheckValues };

/** Compares one condition with the facts; undefined when the rule does not set it. */
function compare(c: SimpleConditions, key: ConditionName, f: RouteFacts): Outcome | undefined {
  const expected = c[key];
  if (expected === undefined) return undefined;
  const inList = (actual: string | null) => {
    const check = { condition: key, expected, actual };
    return actual !== null && (expected as string[]).includes(actual)
      ? { ok: true as const, held: [check] }
      : { ok: false as const, failed: check };
  };
  const bound = (actual: number | null, holds: (a: number) => boolean): Outcome => {
    const check = { condition: key, expected, actual };
    return actual !== null && holds(actual) ? { ok: true, held: [check] } : { ok: false, failed: check };
  };
  const limit = expected as number;
  switch (key) {
    case 'categories': {
      const list = expected as string[];
      const via = [f.categoryCode, f.topCategoryCode].find((code) => list.includes(code));
      const check = { condition: key, expected, actual: f.categoryCode };
      return via ? { ok: true, held: [{ ...check, via }] } : { ok: false, failed: check };
    }
    case 'streetIds':
      return inList(f.streetId);
    case 'gridIds':
      return inList(f.gridId);
    case 'channels':
      return inList(f.channel);
    case 'risks':
      return inList(f.risk);
    case 'minPeople':
      return bound(f.peopleInvolved, (a) => a >= limit);
    case 'maxPeople':
      return bound(f.peopleInvolved, (a) => a <= limit);
    case 'minAmountFen':
      return bound(f.amountFen, (a) => a >= limit);
    case 'maxAmountFen':
      return bound(f.amountFen, (a) => a <= limit);
    case 'flags': {
      const check = { condition: key, expected, actual: [...f.flags] };
      return (expected as string[]).every((flag) => f.flags.includes(flag))
        ? { ok: true, held: [check] }
        : { ok: false, failed: check };
    }
  }
}

function checkSimple(c: SimpleConditions, f: RouteFacts): Outcome {
  const held: CheckValues[] = [];
  for (const key of CONDITION_KEYS) {
    const outcome = compare(c, key, f);
    if (!outcome) continue;
    if (!outcome.ok) return outcome;
    held.push(...outcome.held);
  }
  return { ok: true, held };
}

const toCheck = (c: CheckValues, labels: RouteLabels, ok: boolean, branch?: number): ConditionCheck => ({
  condition: c.condition,
  expected: c.expected,
  actual: c.actual,
  ...(branch !== undefined ? { branch } : {}),
  textZh: ok ? heldZh(c, labels) : failedZh(c, labels),
});

type RuleOutcome = { ok: true; matched: ConditionCheck[] } | { ok: false; failed: ConditionCheck };

/** All of a rule's conditions against the facts: the checks that held, or the first failure. */
export function checkRule(
  conditions: RuleConditions,
  facts: RouteFacts,
  labels: RouteLabels = {},
): RuleOutcome {
  const simple = checkSimple(conditions, facts);
  if (!simple.ok) return { ok: false, failed: toCheck(simple.failed, labels, false) };
  const matched = simple.held.map((c) => toCheck(c, labels, true));
  if (!conditions.anyOf) return { ok: true, matched };
  const failures: ConditionCheck[] = [];
  for (const [branch, sub] of conditions.anyOf.entries()) {
    const outcome = checkSimple(sub, facts);
    if (outcome.ok)
      return {
        ok: true,
        matched: [...matched, ...outcome.held.map((c) => toCheck(c, labels, true, branch))],
      };
    failures.push(toCheck(outcome.failed, labels, false, branch));
  }
  return {
    ok: false,
    failed: {
      condition: 'anyOf',
      expected: conditions.anyOf,
      actual: failures,
      textZh: `以下条件均不满足：${failures.map((f) => f.textZh).join('；')}`,
    },
  };
}

/** The organisation a rule sends this case to, or null when the case lacks it (no grid, no registering org). */
export function resolveTarget(
  rule: Pick<MatchableRule, 'targetKind' | 'targetOrgId'>,
  facts: RouteFacts,
): string | null {
  switch (rule.targetKind) {
    case 'org':
      return rule.targetOrgId;
    case 'place_street':
      return facts.streetId;
    case 'place_community':
      return facts.communityId;
    case 'registering_org':
      return facts.registeredOrgId ?? null;
  }
}

/** The rule's sentence: 规则「name」：phrase，phrase. */
export function ruleSentenceZh(name: string, matched: ConditionCheck[]): string {
  const body = matched.length ? matched.map((c) => c.textZh).join('，') : '无条件（兜底规则）';
  return `规则「${name}」：${body}`;
}

/**
 * Tries the rules in position order and reports the first usable match (or null) and
 * every active rule passed over before it, with its first failing condition. A rule
 * whose conditions hold but whose place or registering organisation is unknown for
 * this case is passed over too, with the reason (condition `target`).
 */
export function traceRoute<R extends MatchableRule>(
  rules: readonly R[],
  facts: RouteFacts,
  labels: RouteLabels = {},
): { match: RouteMatch<R> | null; skipped: SkippedRule[] } {
  const ordered = rules.filter((r) => r.isActive).sort((a, b) => a.position - b.position);
  const skipped: SkippedRule[] = [];
  const skip = (rule: R, failed: ConditionCheck) =>
    skipped.push({
      ruleId: rule.id,
      ruleName: rule.name,
      failed,
      reasonZh: `规则「${rule.name}」未采用：${failed.textZh}`,
    });
  for (const rule of ordered) {
    const outcome = checkRule(rule.conditions, facts, labels);
    if (!outcome.ok) {
      skip(rule, outcome.failed);
      continue;
    }
    const targetOrgId = resolveTarget(rule, facts);
    if (targetOrgId === null) {
      skip(rule, {
        condition: 'target',
        expected: rule.targetKind,
        actual: null,
        textZh: targetMissingZh(rule.targetKind),
      });
      continue;
    }
    const explanation = {
      matched: outcome.matched,
      sentenceZh: ruleSentenceZh(rule.name, outcome.matched),
      skipped,
    };
    return { match: { rule, targetOrgId, explanation }, skipped };
  }
  return { match: null, skipped };
}

/** The first active rule, in position order, that matches the facts and can be routed; null when none. */
export function matchRoute<R extends MatchableRule>(
  rules: readonly R[],
  facts: RouteFacts,
  labels: RouteLabels = {},
): RouteMatch<R> | null {
  return traceRoute(rules, facts, labels).match;
}
