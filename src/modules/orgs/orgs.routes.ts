/** Organisation tree: the caller's subtree, one organisation, and the admin import. */
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { formatFromContentType } from '../../lib/table-file.ts';
import {
  ImportQuerySchema,
  ImportResultSchema,
  OrgDetailSchema,
  OrgIdParamsSchema,
  OrgListSchema,
} from './orgs.schemas.ts';
import { getOrg, importOrgs, listVisibleOrgs } from './orgs.service.ts';

const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;

export const orgsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/orgs',
    {
      schema: {
        tags: ['orgs'],
        summary: 'The organisation tree the caller may see',
        response: { 200: OrgListSchema },
      },
    },
    async (request) => ({
      items: await listVisibleOrgs(ctxOf(request)),
    }),
  );

  app.get(
    '/orgs/:id',
    {
      schema: {
        tags: ['orgs'],
        summary: 'One organisation (404 outside the caller’s subtree)',
        params: OrgIdParamsSchema,
        response: { 200: OrgDetailSchema },
      },
    },
    async (request) => getOrg(ctxOf(request), request.params.id),
  );

  // The import takes the file itself as the body, so this scope reads every body raw.
  await app.register(async (scope) => {
    const raw = scope.withTypeProvider<TypeBoxTypeProvider>();
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    raw.post(
      '/orgs/import',
      {
        schema: {
          tags: ['orgs'],
          summary: 'Import organisations from CSV, XLSX or JSON (admin)',
          description:
            'Send the file as the body with Content-Type text/csv, application/json or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. Columns: code, name, type, parent_code, specialty, boundary (GeoJSON), sort_order. The whole file is validated first: any bad row answers 400 with every error and its line, and nothing is imported. Existing codes are updated.',
          querystring: ImportQuerySchema,
          response: { 200: ImportResultSchema },
        },
      },
      async (request) => {
        const format = formatFromContentType(request.headers['content-type']);
        return importOrgs(
          ctxOf(request),
          { format, content: request.body as Buffer },
          { dryRun: request.query.dryRun ?? false },
        );
      },
    );
  });
};
