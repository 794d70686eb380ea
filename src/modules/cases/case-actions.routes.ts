/** The one way to change a case's status: POST /cases/:id/actions. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { CaseActionBodySchema } from './case-actions.schemas.ts';
import { applyCaseAction } from './case-actions.service.ts';
import { CaseIdParamsSchema, CaseSchema } from './cases.schemas.ts';
import { getCase } from './cases.service.ts';

export const caseActionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/cases/:id/actions',
    {
      schema: {
        tags: ['cases'],
        summary: 'Take an action on a case (the state machine of DESIGN.md §3)',
        description:
          'Checks the transition table, the caller’s roles and scope, and the version. 409 action-not-allowed names currentStatus and allowedActions; 409 stale-version when someone changed the case meanwhile.',
        params: CaseIdParamsSchema,
        body: CaseActionBodySchema,
        response: { 200: CaseSchema },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await applyCaseAction(ctx, request.params.id, request.body);
      return getCase(ctx, request.params.id);
    },
  );
};
