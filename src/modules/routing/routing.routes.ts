/** Routing over HTTP: the rules (district admins edit, dispatchers read), the tester, a case's proposal. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ctxOf } from '../../server/context.ts';
import { createRule, deactivateRule, listRules, reorderRules, updateRule } from './routing-rules.service.ts';
import {
  CreateRuleBodySchema,
  ReorderBodySchema,
  RuleIdParamsSchema,
  RuleListSchema,
  RuleSchema,
  StoredProposalSchema,
  TestRouteBodySchema,
  TestRouteResultSchema,
  UpdateRuleBodySchema,
} from './routing.schemas.ts';
import { getProposal, testRoute } from './routing.service.ts';

export const routingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['routing'];

  app.get(
    '/routing-rules',
    {
      schema: {
        tags,
        summary: 'The routing rules in order, inactive ones included (admins, dispatchers)',
        response: { 200: RuleListSchema },
      },
    },
    async (request) => ({ items: await listRules(ctxOf(request)) }),
  );

  app.post(
    '/routing-rules',
    {
      schema: {
        tags,
        summary: 'Add a routing rule (district admin)',
        body: CreateRuleBodySchema,
        response: { 201: RuleSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createRule(ctxOf(request), request.body)),
  );

  app.post(
    '/routing-rules/reorder',
    {
      schema: {
        tags,
        summary: 'Put the rules in a new order: every rule id exactly once (district admin)',
        body: ReorderBodySchema,
        response: { 200: RuleListSchema },
      },
    },
    async (request) => ({ items: await reorderRules(ctxOf(request), request.body.ids) }),
  );

  app.post(
    '/routing-rules/test',
    {
      schema: {
        tags,
        summary: 'Which rule would route this case or these facts, and why (admins, dispatchers)',
        body: TestRouteBodySchema,
        response: { 200: TestRouteResultSchema },
      },
    },
    async (request) => testRoute(ctxOf(request), request.body),
  );

  app.patch(
    '/routing-rules/:id',
    {
      schema: {
        tags,
        summary: 'Change a routing rule; conditions are replaced as a whole (district admin)',
        params: RuleIdParamsSchema,
        body: UpdateRuleBodySchema,
        response: { 200: RuleSchema },
      },
    },
    async (request) => updateRule(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/routing-rules/:id',
    {
      schema: {
        tags,
        summary: 'Deactivate a routing rule (kept for the proposals that cite it; district admin)',
        params: RuleIdParamsSchema,
        response: { 200: RuleSchema },
      },
    },
    async (request) => deactivateRule(ctxOf(request), request.params.id),
  );

  app.get(
    '/cases/:id/route-proposal',
    {
      schema: {
        tags,
        summary: 'The route proposed for a case at registration, with “why this route”',
        params: Type.Object({ id: Type.String({ description: 'Case id' }) }),
        response: { 200: StoredProposalSchema },
      },
    },
    async (request) => getProposal(ctxOf(request), request.params.id),
  );
};
