/** Report e-mail subscriptions over HTTP: the caller's own, read and replaced (issue 7). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { PutSubscriptionsBodySchema, SubscriptionListSchema } from './report-subscriptions.schemas.ts';
import { listReportSubscriptions, replaceReportSubscriptions } from './report-subscriptions.service.ts';

export const reportSubscriptionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['reports'];
  app.get(
    '/report-subscriptions',
    {
      schema: {
        tags,
        summary: 'The caller’s report e-mail subscriptions (kinds of report about organisations)',
        response: { 200: SubscriptionListSchema },
      },
    },
    async (request) => listReportSubscriptions(ctxOf(request)),
  );

  app.put(
    '/report-subscriptions',
    {
      schema: {
        tags,
        summary:
          'Replace the caller’s report e-mail subscriptions; each organisation must be in the caller’s subtree (404 otherwise)',
        body: PutSubscriptionsBodySchema,
        response: { 200: SubscriptionListSchema },
      },
    },
    async (request) => replaceReportSubscriptions(ctxOf(request), request.body),
  );
};
