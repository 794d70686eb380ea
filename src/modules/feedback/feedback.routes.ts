/** Visits in person and satisfaction ratings of a case, over HTTP (staff). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  CaseIdParamsSchema,
  RatingListSchema,
  RatingSchema,
  RecordRatingBodySchema,
  RecordVisitBodySchema,
  RecordedVisitSchema,
  VisitListSchema,
} from './feedback.schemas.ts';
import { listRatings, recordRating } from './ratings.service.ts';
import { listVisits, recordVisit } from './visits.service.ts';

export const feedbackRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['feedback'];
  app.post(
    '/cases/:id/visits',
    {
      schema: {
        tags,
        summary: 'Record a visit in person (跑动次数) by a party, now',
        params: CaseIdParamsSchema,
        body: RecordVisitBodySchema,
        response: { 201: RecordedVisitSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordVisit(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/visits',
    {
      schema: {
        tags,
        summary: 'The visits in person of a case',
        params: CaseIdParamsSchema,
        response: { 200: VisitListSchema },
      },
    },
    async (request) => listVisits(ctxOf(request), request.params.id),
  );
  app.post(
    '/cases/:id/ratings',
    {
      schema: {
        tags,
        summary:
          'Record a party’s satisfaction on a return call (回访): once per party per resolution; 不满意 asks the dispatcher to review',
        params: CaseIdParamsSchema,
        body: RecordRatingBodySchema,
        response: { 201: RatingSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordRating(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/ratings',
    {
      schema: {
        tags,
        summary: 'The satisfaction ratings of a case, from the portal and from return calls',
        params: CaseIdParamsSchema,
        response: { 200: RatingListSchema },
      },
    },
    async (request) => listRatings(ctxOf(request), request.params.id),
  );
};
