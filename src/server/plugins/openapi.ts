/** OpenAPI 3 from the route schemas: the document at /api/openapi.json, the docs page at /api/docs. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ERROR_CATALOGUE, PROBLEM_BASE } from '../../lib/errors.ts';

const problemTypes = Object.entries(ERROR_CATALOGUE)
  .map(([kind, { status, title }]) => `| \`${PROBLEM_BASE}${kind}\` | ${status} | ${title} |`)
  .join('\n');

const description = `枫桥 Fengqiao — the API of the district's dispute-resolution centre.

Sign in with \`POST /api/v1/auth/login\` (session cookie) or send an API token as \`Authorization: Bearer fq_…\`.
Records outside the caller's organisation subtree answer 404.

Errors are RFC 9457 problem details (\`application/problem+json\`) with \`type\`, \`title\`, \`status\`, \`detail\`,
\`instance\`, \`requestId\` and, for invalid input, \`errors[]\` of \`{pointer, code, detail}\`:

| type | status | title |
| --- | --- | --- |
${problemTypes}
`;

export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Fengqiao API', version: '1', description },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fq_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
});
