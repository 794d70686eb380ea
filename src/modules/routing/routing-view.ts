/** Routing rules as the API shows them: conditions parsed, organisations named. */
import type { RouteTargetKind, RoutingRulesTable } from '../../db/tables.ts';
import type { ServiceContext } from '../../lib/context.ts';
import { findOrgsByIds } from '../orgs/index.ts';
import type { RuleConditions } from './route-conditions.ts';
import type { MatchableRule } from './route-matching.ts';

export interface OrgRef {
  id: string;
  name: string;
}

export interface RoutingRuleView extends MatchableRule {
  targetKind: RouteTargetKind;
  targetOrgName: string | null;
  coHandlerOrgIds: string[];
  coHandlers: OrgRef[];
  profileCode: string | null;
  autoDispatch: boolean;
  leaderFlag: boolean;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Parses a JSON array of ids stored as text (an unreadable value reads as empty). */
export function parseIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Names of the given organisations (no scope check: names of bodies a rule or proposal cites). */
export async function orgNames(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, string>> {
  return new Map((await findOrgsByIds(ctx, ids)).map((o) => [o.id, o.name]));
}

type RuleRow = Omit<RoutingRulesTable, never>;

export async function toRuleViews(ctx: ServiceContext, rows: RuleRow[]): Promise<RoutingRuleView[]> {
  const coHandlers = rows.map((r) => parseIds(r.coHandlerOrgIds));
  const names = await orgNames(ctx, [
    ...rows.flatMap((r) => (r.targetOrgId ? [r.targetOrgId] : [])),
    ...coHandlers.flat(),
  ]);
  return rows.map((r, i) => ({
    id: r.id,
    position: r.position,
    name: r.name,
    isActive: r.isActive === 1,
    conditions: JSON.parse(r.conditions) as RuleConditions,
    targetKind: r.targetKind,
    targetOrgId: r.targetOrgId,
    targetOrgName: r.targetOrgId ? (names.get(r.targetOrgId) ?? null) : null,
    coHandlerOrgIds: coHandlers[i]!,
    coHandlers: coHandlers[i]!.map((id) => ({ id, name: names.get(id) ?? id })),
    profileCode: r.profileCode,
    autoDispatch: r.autoDispatch === 1,
    leaderFlag: r.leaderFlag === 1,
    note: r.note,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}
