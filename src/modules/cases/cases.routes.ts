/** The case registry over HTTP: register, find, read, reveal a party, attachments. */
import { Type } from '@sinclair/typebox';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { ValidationFailed } from '../../lib/errors.ts';
import { addAttachments, openAttachment, type UploadedFile } from './attachments.service.ts';
import { listCases } from './case-list.service.ts';
import {
  AttachmentSchema,
  CaseIdParamsSchema,
  CaseListSchema,
  CaseSchema,
  ListCasesQuerySchema,
  RegisterCaseBodySchema,
  RevealBodySchema,
  RevealSchema,
} from './cases.schemas.ts';
import { getCase, registerCase, revealParty } from './cases.service.ts';

const MAX_FILES = 10;

export const casesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['cases'];
  const { uploads } = app.deps.config;
  await app.register(multipart, { limits: { fileSize: uploads.maxBytes, files: MAX_FILES, fields: 5 } });

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Register a case (一窗受理)',
        body: RegisterCaseBodySchema,
        response: { 201: CaseSchema },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { id } = await registerCase(ctx, request.body);
      return reply.code(201).send(await getCase(ctx, id));
    },
  );

  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Find cases: filters, Chinese text search, keyset pages',
        querystring: ListCasesQuerySchema,
        response: { 200: CaseListSchema },
      },
    },
    async (request) => listCases(ctxOf(request), request.query),
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with parties (masked), attachments, related cases and events',
        params: CaseIdParamsSchema,
        response: { 200: CaseSchema },
      },
    },
    async (request) => getCase(ctxOf(request), request.params.id),
  );

  app.post(
    '/cases/:id/parties/:pid/reveal',
    {
      schema: {
        tags,
        summary: 'A party’s whole ID number and phone (audited, with the reason)',
        params: Type.Object({ id: Type.String(), pid: Type.String() }),
        body: RevealBodySchema,
        response: { 200: RevealSchema },
      },
    },
    async (request) =>
      revealParty(ctxOf(request), request.params.id, request.params.pid, request.body.reason),
  );

  app.post(
    '/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Upload attachments (multipart/form-data, field "files"): photos, PDF, Word, audio',
        params: CaseIdParamsSchema,
        response: { 201: Type.Object({ items: Type.Array(AttachmentSchema) }) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new ValidationFailed('Send the files as multipart/form-data', [
          { pointer: '#/files', code: 'required', detail: 'no files' },
        ]);
      const files: UploadedFile[] = [];
      for await (const part of request.files())
        files.push({ fileName: part.filename, data: await part.toBuffer() });
      if (files.length === 0)
        throw new ValidationFailed('No file was sent', [
          { pointer: '#/files', code: 'required', detail: 'no files' },
        ]);
      return reply
        .code(201)
        .send({ items: await addAttachments(ctxOf(request), request.params.id, files, uploads) });
    },
  );

  app.get(
    '/cases/:id/attachments/:aid',
    {
      schema: {
        tags,
        summary: 'Download an attachment',
        params: Type.Object({ id: Type.String(), aid: Type.String() }),
      },
    },
    async (request, reply) => {
      const file = await openAttachment(ctxOf(request), request.params.id, request.params.aid);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );
};
