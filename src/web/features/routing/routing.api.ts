/**
 * 一网分流 (issue 4): the admin's ordered routing rules, the rule tester, and the route proposed for a case
 * at registration with its "why this route" explanation. Shapes from the server's TypeBox schemas.
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type {
  CreateRuleBodySchema,
  ExplanationSchema,
  RuleSchema,
  StoredProposalSchema,
  TestRouteBodySchema,
  TestRouteResultSchema,
  UpdateRuleBodySchema,
} from '../../../modules/routing/routing.schemas.ts';
import { api } from '../../api/client.ts';

export type RoutingRule = Static<typeof RuleSchema>;
export type RuleConditions = RoutingRule['conditions'];
export type RouteTargetKind = RoutingRule['targetKind'];
export type NewRule = Static<typeof CreateRuleBodySchema>;
/** Conditions as a rule's request body carries them (enumerated lists typed). */
export type RuleConditionsInput = NonNullable<NewRule['conditions']>;
export type RuleChanges = Static<typeof UpdateRuleBodySchema>;
export type RouteProposal = Static<typeof StoredProposalSchema>;
export type RouteExplanation = Static<typeof ExplanationSchema>;
export type TestRouteBody = Static<typeof TestRouteBodySchema>;
export type TestRouteResult = Static<typeof TestRouteResultSchema>;

export const ROUTE_TARGET_KINDS = [
  'org',
  'place_street',
  'place_community',
  'registering_org',
] as const satisfies readonly RouteTargetKind[];

export const RULES_QUERY_KEY = ['routing-rules'] as const;

/** The rules in order, inactive ones included (admins and dispatchers). */
export function useRoutingRules() {
  return useQuery({
    queryKey: RULES_QUERY_KEY,
    queryFn: ({ signal }) =>
      api.get<{ items: RoutingRule[] }>('/routing-rules', undefined, signal).then((page) => page.items),
  });
}

const rulePath = (id: string) => `/routing-rules/${encodeURIComponent(id)}`;

export const createRule = (body: NewRule) => api.post<RoutingRule>('/routing-rules', body);
export const updateRule = (id: string, body: RuleChanges) => api.patch<RoutingRule>(rulePath(id), body);
/** Deactivates a rule (kept for the proposals that cite it). */
export const deactivateRule = (id: string) => api.delete<RoutingRule>(rulePath(id));
export const reorderRules = (ids: string[]) =>
  api.post<{ items: RoutingRule[] }>('/routing-rules/reorder', { ids }).then((page) => page.items);
export const testRoute = (body: TestRouteBody) => api.post<TestRouteResult>('/routing-rules/test', body);

/** The route stored for a case at registration; idle while `caseId` is undefined. */
export function useRouteProposal(caseId: string | undefined) {
  return useQuery({
    queryKey: ['route-proposal', caseId],
    queryFn: ({ signal }) =>
      api.get<RouteProposal>(`/cases/${encodeURIComponent(caseId ?? '')}/route-proposal`, undefined, signal),
    enabled: caseId !== undefined,
    staleTime: 5 * 60_000,
  });
}
