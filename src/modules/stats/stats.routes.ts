/** The statistics API (issue 7): summary, breakdown, the items behind a figure, and the definitions. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { requireActor } from '../../lib/scope.ts';
import { FIGURE_DEFINITIONS } from './figure-definitions.ts';
import { statsBreakdown } from './stats-breakdown.service.ts';
import {
  BreakdownQuerySchema,
  BreakdownSchema,
  DefinitionsSchema,
  FigureCasesQuerySchema,
  FigureCasesSchema,
  StatsQuerySchema,
  StatsSummarySchema,
} from './stats.schemas.ts';
import { statsCases, statsSummary } from './stats.service.ts';

export const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['stats'];
  app.get(
    '/stats/summary',
    {
      schema: {
        tags,
        summary:
          'Every figure for an organisation subtree and period, with the previous period and last year',
        querystring: StatsQuerySchema,
        response: { 200: StatsSummarySchema },
      },
    },
    async (request) => statsSummary(ctxOf(request), request.query),
  );

  app.get(
    '/stats/breakdown',
    {
      schema: {
        tags,
        summary: 'The figures by category, channel, organisation, grid, day, week or month',
        querystring: BreakdownQuerySchema,
        response: { 200: BreakdownSchema },
      },
    },
    async (request) => statsBreakdown(ctxOf(request), request.query),
  );

  app.get(
    '/stats/cases',
    {
      schema: {
        tags,
        summary: 'Exactly the items (cases, ratings, referrals…) behind a count figure, in keyset pages',
        querystring: FigureCasesQuerySchema,
        response: { 200: FigureCasesSchema },
      },
    },
    async (request) => statsCases(ctxOf(request), request.query),
  );

  app.get(
    '/stats/definitions',
    {
      schema: {
        tags,
        summary: 'What each figure counts: numerator, denominator, the date that counts (UI tooltips)',
        response: { 200: DefinitionsSchema },
      },
    },
    async (request) => {
      requireActor(request.actor);
      return { items: [...FIGURE_DEFINITIONS] };
    },
  );
};
