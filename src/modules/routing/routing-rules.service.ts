/**
 * Routing rules administration (分流规则管理, issue 4): district admins keep one
 * ordered list of rules; admins and dispatchers read it. Every write is audited in
 * its transaction. Rules are never deleted, only deactivated, so the proposals that
 * cite them keep their meaning.
 */
import { inTransaction } from '../../db/dialect.ts';
import { ROUTE_TARGET_KINDS, type RouteTargetKind, type RoutingRulesTable } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Forbidden, NotFound, ValidationFailed, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { topCategoryMap } from '../categories/index.ts';
import { findOrgsByIds } from '../orgs/index.ts';
import { checkConditions, listValues, type RuleConditions } from './route-conditions.ts';
import * as q from './routing.queries.ts';
import { toRuleViews, type RoutingRuleView } from './routing-view.ts';

/** What an admin sends to create a rule (and, all optional, to change one). */
export interface RuleInput {
  name: string;
  isActive?: boolean;
  conditions?: unknown;
  targetKind: RouteTargetKind;
  targetOrgId?: string | null;
  coHandlerOrgIds?: string[];
  profileCode?: string | null;
  autoDispatch?: boolean;
  leaderFlag?: boolean;
  note?: string | null;
  /** 1-based place in the list; the rules at and after it move down. Default: last. */
  position?: number;
}

const PROFILE_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** Rules are district-wide: only an admin whose organisation is a tree root may change them. */
function requireDistrictAdmin(ctx: ServiceContext): void {
  if (!ctx.actor) return; // the system (demo seed, command line)
  const actor = requireRole(ctx.actor, 'admin');
  if (actor.orgPath.split('/').filter(Boolean).length !== 1)
    throw new Forbidden('Only a district admin may edit the routing rules');
}

/** Every rule in routing order, inactive ones included (admins and dispatchers). */
export async function listRules(ctx: ServiceContext): Promise<RoutingRuleView[]> {
  requireRole(ctx.actor, 'admin', 'dispatcher');
  return toRuleViews(ctx, await q.selectRules(ctx.db));
}

type RuleFields = Omit<RoutingRulesTable, 'id' | 'position' | 'createdAt' | 'updatedAt'>;

/** Checks a whole rule (every field error at once) and returns its columns. @throws ValidationFailed */
async function checkRule(ctx: ServiceContext, input: RuleInput): Promise<RuleFields> {
  const { conditions, errors } = checkConditions(input.conditions ?? {});
  const err = (pointer: string, code: string, detail: string) => errors.push({ pointer, code, detail });
  const name = input.name.trim();
  if (!name) err('#/name', 'required', 'give the rule a name');
  if (!ROUTE_TARGET_KINDS.includes(input.targetKind))
    err('#/targetKind', 'invalid', `targetKind must be one of ${ROUTE_TARGET_KINDS.join(', ')}`);
  const targetOrgId = input.targetOrgId ?? null;
  if (input.targetKind === 'org' && !targetOrgId)
    err('#/targetOrgId', 'required', 'a rule with targetKind org needs targetOrgId');
  if (input.targetKind !== 'org' && targetOrgId)
    err(
      '#/targetOrgId',
      'not-allowed',
      `targetKind ${input.targetKind} finds its organisation from the case`,
    );
  if (input.profileCode && !PROFILE_CODE.test(input.profileCode))
    err('#/profileCode', 'invalid', 'profileCode is a lower_snake_case code');
  if (input.position !== undefined && (!Number.isInteger(input.position) || input.position < 1))
    err('#/position', 'invalid', 'position is a whole number from 1');
  const coHandlers = input.coHandlerOrgIds ?? [];
  if (new Set(coHandlers).size !== coHandlers.length)
    err('#/coHandlerOrgIds', 'duplicate', 'an organisation is listed twice');
  await checkReferences(ctx, conditions, { targetOrgId, coHandlers }, errors);
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
  return {
    name,
    isActive: input.isActive === false ? 0 : 1,
    conditions: JSON.stringify(conditions),
    targetKind: input.targetKind,
    targetOrgId,
    coHandlerOrgIds: JSON.stringify(coHandlers),
    profileCode: input.profileCode || null,
    autoDispatch: input.autoDispatch ? 1 : 0,
    leaderFlag: input.leaderFlag ? 1 : 0,
    note: input.note?.trim() || null,
  };
}

/** Category codes must exist; streets, grids and organisations must exist, be of the right type and in scope. */
async function checkReferences(
  ctx: ServiceContext,
  conditions: RuleConditions,
  refs: { targetOrgId: string | null; coHandlers: string[] },
  errors: FieldError[],
): Promise<void> {
  const topOf = await topCategoryMap(ctx);
  for (const { value, pointer } of listValues(conditions, 'categories'))
    if (!topOf.has(value)) errors.push({ pointer, code: 'unknown', detail: `no category "${value}"` });
  const orgRefs = [
    ...listValues(conditions, 'streetIds').map((r) => ({ ...r, type: 'street' })),
    ...listValues(conditions, 'gridIds').map((r) => ({ ...r, type: 'grid' })),
    ...(refs.targetOrgId ? [{ value: refs.targetOrgId, pointer: '#/targetOrgId', type: null }] : []),
    ...refs.coHandlers.map((value, i) => ({ value, pointer: `#/coHandlerOrgIds/${i}`, type: null })),
  ];
  const orgs = new Map(
    (
      await findOrgsByIds(
        ctx,
        orgRefs.map((r) => r.value),
      )
    ).map((o) => [o.id, o]),
  );
  for (const ref of orgRefs) {
    const org = orgs.get(ref.value);
    if (!org || (ctx.actor && !canAccessOrg(ctx.actor, org.path, 'act')))
      errors.push({ pointer: ref.pointer, code: 'unknown', detail: 'no such organisation in your scope' });
    else if (ref.type && org.type !== ref.type)
      errors.push({ pointer: ref.pointer, code: 'invalid', detail: `${org.name} is not a ${ref.type}` });
  }
}

async function viewOf(ctx: ServiceContext, id: string): Promise<RoutingRuleView> {
  const row = await q.selectRuleById(ctx.db, id);
  if (!row) throw new NotFound('Routing rule');
  return (await toRuleViews(ctx, [row]))[0]!;
}

/** Adds a rule at `position` (default last). @throws ValidationFailed naming each bad field, Forbidden */
export async function createRule(ctx: ServiceContext, input: RuleInput): Promise<RoutingRuleView> {
  requireDistrictAdmin(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const fields = await checkRule(tctx, input);
    const last = await q.selectMaxPosition(trx);
    const position = Math.min(input.position ?? last + 1, last + 1);
    if (position <= last) await q.shiftPositionsFrom(trx, position);
    const now = ctx.clock.now().toISOString();
    const id = newId();
    await q.insertRule(trx, { id, position, ...fields, createdAt: now, updatedAt: now });
    await recordAudit(tctx, {
      action: 'routing_rule.create',
      targetType: 'routing_rule',
      targetId: id,
      detail: { name: fields.name, position, targetKind: fields.targetKind, targetOrgId: fields.targetOrgId },
    });
    return viewOf(tctx, id);
  });
}

/**
 * Changes a rule; the fields given replace the stored ones (conditions as a whole).
 * Switching to a place or registering-organisation target clears the fixed target.
 */
export async function updateRule(
  ctx: ServiceContext,
  id: string,
  changes: Partial<Omit<RuleInput, 'position'>>,
): Promise<RoutingRuleView> {
  requireDistrictAdmin(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const current = await viewOf(tctx, id);
    const kindChanged = changes.targetKind !== undefined && changes.targetKind !== 'org';
    const merged: RuleInput = {
      ...current,
      ...changes,
      targetOrgId:
        changes.targetOrgId !== undefined ? changes.targetOrgId : kindChanged ? null : current.targetOrgId,
    };
    const fields = await checkRule(tctx, merged);
    await q.updateRule(trx, id, { ...fields, updatedAt: ctx.clock.now().toISOString() });
    await recordAudit(tctx, {
      action: 'routing_rule.update',
      targetType: 'routing_rule',
      targetId: id,
      detail: { ...changes },
    });
    return viewOf(tctx, id);
  });
}

/** Puts the rules in the given order; `ids` must list every rule exactly once. */
export async function reorderRules(ctx: ServiceContext, ids: string[]): Promise<RoutingRuleView[]> {
  requireDistrictAdmin(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const known = (await q.selectRules(trx)).map((r) => r.id);
    const missing = known.filter((id) => !ids.includes(id));
    const unknown = ids.filter((id) => !known.includes(id));
    if (missing.length || unknown.length || new Set(ids).size !== ids.length)
      throw new ValidationFailed('ids must list every routing rule exactly once', [
        {
          pointer: '#/ids',
          code: 'mismatch',
          detail: `missing: ${missing.join(', ') || '-'}; unknown: ${unknown.join(', ') || '-'}; or listed twice`,
        },
      ]);
    const now = ctx.clock.now().toISOString();
    for (const [i, id] of ids.entries()) await q.updateRule(trx, id, { position: i + 1, updatedAt: now });
    await recordAudit(tctx, { action: 'routing_rule.reorder', targetType: 'routing_rule', detail: { ids } });
    return toRuleViews(tctx, await q.selectRules(trx));
  });
}

/** Deactivates a rule (the DELETE of the API): it stops matching but stays for the proposals that cite it. */
export async function deactivateRule(ctx: ServiceContext, id: string): Promise<RoutingRuleView> {
  requireDistrictAdmin(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const current = await viewOf(tctx, id);
    await q.updateRule(trx, id, { isActive: 0, updatedAt: ctx.clock.now().toISOString() });
    await recordAudit(tctx, {
      action: 'routing_rule.deactivate',
      targetType: 'routing_rule',
      targetId: id,
      detail: { name: current.name },
    });
    return viewOf(tctx, id);
  });
}
