/**
 * Routing (一网分流, issue 4): the admin-edited, ordered routing rules, the pure
 * first-match matcher with its "why this route" explanation, and the route proposed
 * for each case at registration. Proposes only; dispatching is the case workflow's.
 */
export {
  routeFacts,
  proposeRoute,
  explainRoute,
  saveProposal,
  getProposal,
  findProposals,
  testRoute,
  type RouteCaseFields,
  type RouteProposal,
  type StoredRouteProposal,
} from './routing.service.ts';
export {
  listRules,
  createRule,
  updateRule,
  reorderRules,
  deactivateRule,
  type RuleInput,
} from './routing-rules.service.ts';
export type { RoutingRuleView } from './routing-view.ts';
export {
  matchRoute,
  traceRoute,
  type RouteFacts,
  type RouteExplanation,
  type ConditionCheck,
  type SkippedRule,
} from './route-matching.ts';
export type { RuleConditions } from './route-conditions.ts';
export { routingRoutes } from './routing.routes.ts';
