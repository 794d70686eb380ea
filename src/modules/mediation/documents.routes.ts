/** Downloads of the mediation documents (.docx); each generation is audited. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { DOCX_MIME } from '../../documents/index.ts';
import { ctxOf } from '../../server/context.ts';
import {
  agreementDocument,
  judicialApplicationDocument,
  recordDocument,
  undisputedFactsDocument,
  type GeneratedDocument,
} from './documents.service.ts';

function sendDocx(reply: FastifyReply, doc: GeneratedDocument) {
  return reply
    .type(DOCX_MIME)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
    .header('cache-control', 'no-store')
    .send(doc.content);
}

export const documentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['documents'];
  app.get(
    '/cases/:id/agreements/:aid/document',
    {
      schema: {
        tags,
        summary: 'The written agreement (人民调解协议书) as .docx, with full particulars (audited)',
        params: Type.Object({ id: Type.String(), aid: Type.String() }),
      },
    },
    async (request, reply) =>
      sendDocx(reply, await agreementDocument(ctxOf(request), request.params.id, request.params.aid)),
  );
  app.get(
    '/cases/:id/sessions/:sid/record/document',
    {
      schema: {
        tags,
        summary: 'The session record (调解笔录) as .docx (audited)',
        params: Type.Object({ id: Type.String(), sid: Type.String() }),
      },
    },
    async (request, reply) =>
      sendDocx(reply, await recordDocument(ctxOf(request), request.params.id, request.params.sid)),
  );
  app.post(
    '/cases/:id/documents/undisputed-facts',
    {
      schema: {
        tags,
        summary:
          'The record of undisputed facts (无争议事实确认书) of a failed mediation, as .docx (audited)',
        params: Type.Object({ id: Type.String() }),
        body: Type.Object(
          {
            undisputedFacts: Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), {
              minItems: 1,
              maxItems: 50,
            }),
            disputedMatters: Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 50 }),
            failureReason: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) =>
      sendDocx(reply, await undisputedFactsDocument(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/judicial-confirmations/:jid/application',
    {
      schema: {
        tags,
        summary: 'The joint application for judicial confirmation (司法确认申请书) as .docx (audited)',
        params: Type.Object({ id: Type.String(), jid: Type.String() }),
      },
    },
    async (request, reply) =>
      sendDocx(
        reply,
        await judicialApplicationDocument(ctxOf(request), request.params.id, request.params.jid),
      ),
  );
};
