/** Petitions (信访) over HTTP: the written reply and its document, review and re-review requests. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DOCX_MIME } from '../../documents/index.ts';
import { ctxOf } from '../../server/context.ts';
import {
  PetitionReplyBodySchema,
  PetitionReplySchema,
  PetitionReviewBodySchema,
  PetitionReviewSchema,
  ReviewDecisionBodySchema,
} from './linkage.schemas.ts';
import { listPetitionReplies, petitionReplyDocument, replyToPetition } from './petition-replies.service.ts';
import {
  decidePetitionReview,
  listPetitionReviews,
  requestPetitionReview,
} from './petition-reviews.service.ts';

const CaseParams = Type.Object({ id: Type.String({ description: 'Case id' }) });

export const petitionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['petitions'];
  app.post(
    '/cases/:id/petition-reply',
    {
      schema: {
        tags,
        summary: 'Record the written reply to a petition (信访事项处理意见书); stops the handling clock',
        params: CaseParams,
        body: PetitionReplyBodySchema,
        response: { 201: PetitionReplySchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await replyToPetition(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/petition-replies',
    {
      schema: {
        tags,
        summary: 'Written replies of a petition',
        params: CaseParams,
        response: { 200: Type.Object({ items: Type.Array(PetitionReplySchema) }) },
      },
    },
    async (request) => ({ items: await listPetitionReplies(ctxOf(request), request.params.id) }),
  );
  app.get(
    '/cases/:id/petition-replies/:rid/document',
    {
      schema: {
        tags,
        summary: 'The 信访事项处理意见书 as .docx, with full particulars (audited)',
        params: Type.Object({ id: Type.String(), rid: Type.String({ description: 'Reply id' }) }),
      },
    },
    async (request, reply) => {
      const doc = await petitionReplyDocument(ctxOf(request), request.params.id, request.params.rid);
      return reply
        .type(DOCX_MIME)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .header('cache-control', 'no-store')
        .send(doc.content);
    },
  );
  app.post(
    '/cases/:id/petition-reviews',
    {
      schema: {
        tags,
        summary: 'Record a request for review (复查) or re-review (复核), within 30 days; starts its clock',
        params: CaseParams,
        body: PetitionReviewBodySchema,
        response: { 201: PetitionReviewSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestPetitionReview(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/petition-reviews',
    {
      schema: {
        tags,
        summary: 'Review and re-review requests of a petition',
        params: CaseParams,
        response: { 200: Type.Object({ items: Type.Array(PetitionReviewSchema) }) },
      },
    },
    async (request) => ({ items: await listPetitionReviews(ctxOf(request), request.params.id) }),
  );
  app.post(
    '/cases/:id/petition-reviews/:vid/decision',
    {
      schema: {
        tags,
        summary: 'Record the review (or re-review) decision; stops its clock',
        params: Type.Object({ id: Type.String(), vid: Type.String({ description: 'Review id' }) }),
        body: ReviewDecisionBodySchema,
        response: { 200: PetitionReviewSchema },
      },
    },
    async (request) =>
      decidePetitionReview(ctxOf(request), request.params.id, request.params.vid, request.body),
  );
};
