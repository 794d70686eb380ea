/** Reports over HTTP: list, generate on demand, download as Word or Excel (issue 7). */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  GenerateReportBodySchema,
  ReportFileParamsSchema,
  ReportListQuerySchema,
  ReportSchema,
} from './reports.schemas.ts';
import { generateReport, listReports, openReportFile } from './reports.service.ts';

export const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['reports'];
  app.get(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Reports of the caller’s subtree (daily brief, weekly exchange, monthly analysis)',
        querystring: ReportListQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(ReportSchema) }) },
      },
    },
    async (request) => ({ items: await listReports(ctxOf(request), request.query) }),
  );

  app.post(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Generate a report now (replaces the files of the same kind, period and organisation)',
        body: GenerateReportBodySchema,
        response: { 201: ReportSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await generateReport(ctxOf(request), request.body)),
  );

  app.get(
    '/reports/:id/:format',
    {
      schema: {
        tags,
        summary: 'Download a report as .docx (Word) or .xlsx (Excel)',
        params: ReportFileParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await openReportFile(ctxOf(request), request.params.id, request.params.format);
      return reply
        .type(file.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.stream);
    },
  );
};
