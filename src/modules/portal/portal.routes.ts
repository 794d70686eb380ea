/**
 * The public portal's API under /api/v1/portal: no staff account (`public: true`), small
 * bodies (the submission is text only; everything else is a code and four digits).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DOCX_MIME } from '../../documents/index.ts';
import { ctxOf } from '../../server/context.ts';
import {
  PortalCaseBodySchema,
  PortalCaseViewSchema,
  PortalRatingBodySchema,
  PortalRatingSchema,
  ProofBodySchema,
  SubmittedSchema,
} from './portal.schemas.ts';
import { portalPublicRoutes } from './portal-public.routes.ts';
import { portalAgreementDocument, rateFromPortal, submitCase, trackCase } from './portal.service.ts';

/** Body limits: a submission (text, up to 50 parties) and the proof-carrying requests. */
export const SUBMISSION_BODY_LIMIT = 64 * 1024;
export const PROOF_BODY_LIMIT = 4 * 1024;

export const portalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['portal'];
  const config = { public: true };
  await app.register(portalPublicRoutes);
  app.post(
    '/portal/cases',
    {
      config,
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: {
        tags,
        summary: 'A citizen brings a dispute online (channel online) and receives a tracking code',
        security: [],
        body: PortalCaseBodySchema,
        response: { 201: SubmittedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await submitCase(ctxOf(request), request.body)),
  );
  app.post(
    '/portal/track',
    {
      config,
      bodyLimit: PROOF_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'The citizen’s view of their case. Wrong code, wrong digits, a locked code and no case all answer the same 404',
        security: [],
        body: ProofBodySchema,
        response: { 200: PortalCaseViewSchema },
      },
    },
    async (request) => trackCase(ctxOf(request), request.body),
  );
  app.post(
    '/portal/rating',
    {
      config,
      bodyLimit: PROOF_BODY_LIMIT,
      schema: {
        tags,
        summary: 'The citizen rates the resolution (满意 / 基本满意 / 不满意), once per resolution',
        security: [],
        body: PortalRatingBodySchema,
        response: { 201: PortalRatingSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await rateFromPortal(ctxOf(request), request.body)),
  );
  app.post(
    '/portal/agreements/:aid/document',
    {
      config,
      bodyLimit: PROOF_BODY_LIMIT,
      schema: {
        tags,
        summary: 'The citizen’s copy of a written agreement (人民调解协议书) as .docx (audited)',
        security: [],
        params: Type.Object({ aid: Type.String({ description: 'Agreement id' }) }),
        body: ProofBodySchema,
      },
    },
    async (request, reply) => {
      const doc = await portalAgreementDocument(ctxOf(request), request.params.aid, request.body);
      return reply
        .type(DOCX_MIME)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .header('cache-control', 'no-store')
        .send(doc.content);
    },
  );
};
