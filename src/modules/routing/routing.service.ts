/**
 * Route proposals (分流建议, issue 4): at registration the first matching routing rule
 * proposes who handles the case, with the deadline profile, co-handlers, whether to
 * dispatch automatically and whether a leader must look; the dispatcher confirms or
 * changes it. The proposal and its "why this route" explanation are stored per case.
 * This module proposes only: it never changes a case's status.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { NotFound, ValidationFailed, invalidField } from '../../lib/errors.ts';
import { canAccessOrg, requireRole } from '../../lib/scope.ts';
import { assertCaseVisible, getCase } from '../cases/index.ts';
import { resolveActiveCategory, topCategoryMap } from '../categories/index.ts';
import { ancestorsOf, findOrgById } from '../orgs/index.ts';
import { listValues } from './route-conditions.ts';
import { traceRoute, type RouteExplanation, type RouteFacts, type SkippedRule } from './route-matching.ts';
import type { RouteLabels } from './route-text.ts';
import * as q from './routing.queries.ts';
import { orgNames, parseIds, toRuleViews, type OrgRef, type RoutingRuleView } from './routing-view.ts';

/** A case's own fields that routing reads (a plain object: not another module's row type). */
export interface RouteCaseFields {
  categoryCode: string;
  channel: string;
  gridId?: string | null;
  peopleInvolved?: number;
  amountFen?: number | null;
  risk?: string;
  flags?: readonly string[];
  /** Where it was registered; default: the actor's organisation. */
  registeredOrgId?: string | null;
}

/** The route proposed for a case. */
export interface RouteProposal {
  ruleId: string;
  ruleName: string;
  targetOrgId: string;
  targetOrgName: string;
  coHandlerOrgIds: string[];
  profileCode: string | null;
  autoDispatch: boolean;
  leaderFlag: boolean;
  explanation: RouteExplanation;
}

/** A stored proposal; rule and target are null when no rule matched at registration. */
export interface StoredRouteProposal {
  caseId: string;
  ruleId: string | null;
  ruleName: string | null;
  targetOrgId: string | null;
  targetOrgName: string | null;
  coHandlerOrgIds: string[];
  coHandlers: OrgRef[];
  profileCode: string | null;
  autoDispatch: boolean;
  leaderFlag: boolean;
  explanation: RouteExplanation;
  createdAt: string;
}

/**
 * Builds routing facts from a case's fields: the first-level category, and the
 * community and street above the grid where it happened (null without a grid).
 */
export async function routeFacts(ctx: ServiceContext, fields: RouteCaseFields): Promise<RouteFacts> {
  const topOf = await topCategoryMap(ctx);
  const gridId = fields.gridId ?? null;
  const above = gridId ? await ancestorsOf(ctx, gridId) : [];
  return {
    categoryCode: fields.categoryCode,
    topCategoryCode: topOf.get(fields.categoryCode) ?? fields.categoryCode,
    channel: fields.channel,
    gridId,
    communityId: above.find((o) => o.type === 'community')?.id ?? null,
    streetId: above.find((o) => o.type === 'street')?.id ?? null,
    peopleInvolved: fields.peopleInvolved ?? 1,
    amountFen: fields.amountFen ?? null,
    risk: fields.risk ?? 'low',
    flags: [...(fields.flags ?? [])],
    registeredOrgId: fields.registeredOrgId ?? ctx.actor?.orgId ?? null,
  };
}

/** Names of the categories and places the explanation may mention. */
async function labelsFor(
  ctx: ServiceContext,
  rules: RoutingRuleView[],
  facts: RouteFacts,
): Promise<RouteLabels> {
  const codes = new Set([facts.categoryCode, facts.topCategoryCode]);
  const places = new Set([facts.streetId, facts.gridId].filter((id): id is string => id !== null));
  for (const rule of rules) {
    listValues(rule.conditions, 'categories').forEach((v) => codes.add(v.value));
    listValues(rule.conditions, 'streetIds').forEach((v) => places.add(v.value));
    listValues(rule.conditions, 'gridIds').forEach((v) => places.add(v.value));
  }
  const categories = new Map<string, string>();
  for (const code of codes) {
    try {
      categories.set(code, (await resolveActiveCategory(ctx, code)).nameZh);
    } catch (err) {
      if (!(err instanceof ValidationFailed)) throw err; // inactive or unknown: shown by its code
    }
  }
  return { categories, orgs: await orgNames(ctx, [...places]) };
}

/** The proposal (or null) and every rule passed over, for the proposal and the rule tester. */
export async function explainRoute(
  ctx: ServiceContext,
  facts: RouteFacts,
): Promise<{ proposal: RouteProposal | null; skipped: SkippedRule[] }> {
  const rules = await toRuleViews(ctx, await q.selectRules(ctx.db, { activeOnly: true }));
  const { match, skipped } = traceRoute(rules, facts, await labelsFor(ctx, rules, facts));
  if (!match) return { proposal: null, skipped };
  const { rule, targetOrgId, explanation } = match;
  const names = await orgNames(ctx, [targetOrgId, ...rule.coHandlerOrgIds]);
  const targetOrgName = names.get(targetOrgId) ?? targetOrgId;
  const co = rule.coHandlerOrgIds.map((id) => `「${names.get(id) ?? id}」`).join('、');
  const sentenceZh = `${explanation.sentenceZh}。建议由「${targetOrgName}」办理${co ? `，${co}协办` : ''}${
    rule.leaderFlag ? '，并提请领导关注' : ''
  }。`;
  return {
    skipped,
    proposal: {
      ruleId: rule.id,
      ruleName: rule.name,
      targetOrgId,
      targetOrgName,
      coHandlerOrgIds: rule.coHandlerOrgIds,
      profileCode: rule.profileCode,
      autoDispatch: rule.autoDispatch,
      leaderFlag: rule.leaderFlag,
      explanation: { ...explanation, sentenceZh },
    },
  };
}

/**
 * The route the first matching active rule proposes for these facts, or null. A rule
 * sending the case to "the street/community where it happened" is passed over (and
 * the explanation says so) when the case has no grid. Reads only; joins `ctx.db`'s
 * transaction, so registration can call it before `saveProposal`.
 */
export async function proposeRoute(ctx: ServiceContext, facts: RouteFacts): Promise<RouteProposal | null> {
  return (await explainRoute(ctx, facts)).proposal;
}

const NO_RULE: RouteExplanation = { matched: [], sentenceZh: '没有分流规则命中，请人工分流。', skipped: [] };

/**
 * Stores (or replaces) the proposal made for a case; null records that no rule
 * matched. Written in the caller's transaction (registration), which audits it.
 */
export async function saveProposal(
  ctx: ServiceContext,
  caseId: string,
  proposal: RouteProposal | null,
): Promise<void> {
  await q.upsertProposal(ctx.db, {
    caseId,
    ruleId: proposal?.ruleId ?? null,
    targetOrgId: proposal?.targetOrgId ?? null,
    coHandlerOrgIds: JSON.stringify(proposal?.coHandlerOrgIds ?? []),
    profileCode: proposal?.profileCode ?? null,
    autoDispatch: proposal?.autoDispatch ? 1 : 0,
    leaderFlag: proposal?.leaderFlag ? 1 : 0,
    explanation: JSON.stringify(proposal?.explanation ?? NO_RULE),
    createdAt: ctx.clock.now().toISOString(),
  });
}

/** Stored proposals of the given cases by case id (no scope check: for lists already scoped). */
export async function findProposals(
  ctx: ServiceContext,
  caseIds: string[],
): Promise<Map<string, StoredRouteProposal>> {
  const rows = await q.selectProposals(ctx.db, caseIds);
  const co = rows.map((r) => parseIds(r.coHandlerOrgIds));
  const names = await orgNames(ctx, [
    ...rows.flatMap((r) => (r.targetOrgId ? [r.targetOrgId] : [])),
    ...co.flat(),
  ]);
  return new Map(
    rows.map((r, i) => [
      r.caseId,
      {
        caseId: r.caseId,
        ruleId: r.ruleId,
        ruleName: r.ruleName ?? null,
        targetOrgId: r.targetOrgId,
        targetOrgName: r.targetOrgId ? (names.get(r.targetOrgId) ?? null) : null,
        coHandlerOrgIds: co[i]!,
        coHandlers: co[i]!.map((id) => ({ id, name: names.get(id) ?? id })),
        profileCode: r.profileCode,
        autoDispatch: r.autoDispatch === 1,
        leaderFlag: r.leaderFlag === 1,
        explanation: JSON.parse(r.explanation) as RouteExplanation,
        createdAt: r.createdAt,
      },
    ]),
  );
}

/** The proposal stored for a case the caller may see. @throws NotFound outside scope or without a proposal */
export async function getProposal(ctx: ServiceContext, caseId: string): Promise<StoredRouteProposal> {
  await assertCaseVisible(ctx, caseId);
  const proposal = (await findProposals(ctx, [caseId])).get(caseId);
  if (!proposal) throw new NotFound('Route proposal');
  return proposal;
}

/**
 * Runs the rules on a stored case (scope-checked) or on facts typed in (the admin
 * page's "test a rule"), and answers what would be proposed and why.
 */
export async function testRoute(
  ctx: ServiceContext,
  input: { caseId?: string; facts?: RouteCaseFields },
): Promise<{ facts: RouteFacts; proposal: RouteProposal | null; skipped: SkippedRule[] }> {
  const actor = requireRole(ctx.actor, 'admin', 'dispatcher');
  if ((input.caseId === undefined) === (input.facts === undefined))
    throw invalidField('#/caseId', 'required', 'give either caseId or facts');
  let fields: RouteCaseFields;
  if (input.caseId !== undefined) {
    const view = await getCase(ctx, input.caseId);
    fields = {
      categoryCode: view.category.code,
      channel: view.channel,
      gridId: view.grid?.id ?? null,
      peopleInvolved: view.peopleInvolved,
      amountFen: view.amountFen,
      risk: view.risk,
      flags: view.flags,
      registeredOrgId: view.registeredOrg.id,
    };
  } else {
    fields = { ...input.facts!, registeredOrgId: actor.orgId };
    if (!(await topCategoryMap(ctx)).has(fields.categoryCode))
      throw invalidField('#/facts/categoryCode', 'unknown', `no category "${fields.categoryCode}"`);
    const grid = fields.gridId ? await findOrgById(ctx, fields.gridId) : undefined;
    if (fields.gridId && (!grid || grid.type !== 'grid' || !canAccessOrg(actor, grid.path)))
      throw invalidField('#/facts/gridId', 'unknown', 'no such grid in your scope');
  }
  const facts = await routeFacts(ctx, fields);
  return { facts, ...(await explainRoute(ctx, facts)) };
}
