/** Litigation linkage (诉调对接) over HTTP: transfers to court, the package, court referrals, outcomes. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  listCaseTransfers,
  listCourtTransfers,
  recordTransferOutcome,
  registerCourtReferral,
  transferToCourt,
} from './court-transfers.service.ts';
import { litigationPackage } from './litigation-package.service.ts';
import {
  CourtReferralBodySchema,
  LitigationTransferBodySchema,
  TransferListQuerySchema,
  TransferOutcomeBodySchema,
  TransferSchema,
} from './linkage.schemas.ts';

const CaseParams = Type.Object({ id: Type.String({ description: 'Case id' }) });
const TransferList = Type.Object({ items: Type.Array(TransferSchema) });

export const courtLinkageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['linkage'];
  app.post(
    '/cases/:id/litigation-transfer',
    {
      schema: {
        tags,
        summary: 'Transfer a failed mediation to a court (诉调对接移送); the case must be held by the caller',
        params: CaseParams,
        body: LitigationTransferBodySchema,
        response: { 201: TransferSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await transferToCourt(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/litigation-package',
    {
      schema: {
        tags,
        summary:
          'The litigation package as .zip: the transfer letter (.docx, full particulars) and every original attachment (audited)',
        params: CaseParams,
      },
    },
    async (request, reply) => {
      const pkg = await litigationPackage(ctxOf(request), request.params.id);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(pkg.fileName)}`)
        .header('cache-control', 'no-store')
        .send(pkg.stream);
    },
  );
  app.get(
    '/cases/:id/court-transfers',
    {
      schema: {
        tags,
        summary: 'Transfers to and referrals from courts of a case',
        params: CaseParams,
        response: { 200: TransferList },
      },
    },
    async (request) => ({ items: await listCaseTransfers(ctxOf(request), request.params.id) }),
  );
  app.post(
    '/court-referrals',
    {
      schema: {
        tags,
        summary:
          'Register a case a court sends down for mediation (委派调解 / 诉前调解) with its 30-day clock (dispatcher, intake)',
        body: CourtReferralBodySchema,
        response: { 201: TransferSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await registerCourtReferral(ctxOf(request), request.body)),
  );
  app.post(
    '/court-transfers/:tid/outcome',
    {
      schema: {
        tags,
        summary: 'Record the outcome of a transfer or referral (settled referrals count toward 诉前化解率)',
        params: Type.Object({ tid: Type.String({ description: 'Court transfer id' }) }),
        body: TransferOutcomeBodySchema,
        response: { 200: TransferSchema },
      },
    },
    async (request) => recordTransferOutcome(ctxOf(request), request.params.tid, request.body),
  );
  app.get(
    '/court-transfers',
    {
      schema: {
        tags,
        summary: 'The court-linkage list: transfers and referrals of cases in the caller’s subtree',
        querystring: TransferListQuerySchema,
        response: { 200: TransferList },
      },
    },
    async (request) => ({ items: await listCourtTransfers(ctxOf(request), request.query) }),
  );
};
