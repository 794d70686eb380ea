/**
 * Assembles the HTTP application: every plugin and route module registered by name,
 * in one place (STYLE.md §1). The process (listen, signals) lives in main.ts.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { isPostgres } from '../db/dialect.ts';
import type { AppDeps } from './deps.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { caseActionsRoutes, casesRoutes } from '../modules/cases/index.ts';
import { categoriesRoutes } from '../modules/categories/index.ts';
import { calendarRoutes } from '../modules/calendar/index.ts';
import { deadlinesRoutes } from '../modules/deadlines/index.ts';
import { orgsRoutes } from '../modules/orgs/index.ts';
import { routingRoutes } from '../modules/routing/index.ts';
import { usersRoutes } from '../modules/users/index.ts';
import { notificationsRoutes } from '../modules/notifications/index.ts';
import { supervisionRoutes } from '../modules/supervision/index.ts';
import { documentsRoutes, followupsRoutes, mediationRoutes } from '../modules/mediation/index.ts';
import { courtLinkageRoutes, petitionsRoutes } from '../modules/linkage/index.ts';
import { consultationsRoutes } from '../modules/consultations/index.ts';
import { reportSubscriptionsRoutes, reportsRoutes, statsRoutes } from '../modules/stats/index.ts';
import { dashboardRoutes } from '../modules/dashboard/index.ts';
import { feedbackRoutes } from '../modules/feedback/index.ts';
import { portalRoutes } from '../modules/portal/index.ts';
import { roomsRoutes } from '../modules/rooms/index.ts';
import websocket from '@fastify/websocket';
import { createLogger } from './logger.ts';
import type { Logger } from 'pino';
import { authPlugin } from './plugins/auth.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { problemPlugin, problemBody, sendProblem } from './plugins/problem.ts';
import { webStaticPlugin } from './plugins/web-static.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { crossSitePlugin } from './plugins/cross-site.ts';

export type { AppDeps };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export interface BuildOptions {
  /** Serve dist/web (off in API tests). */
  serveWeb?: boolean;
  /** The process logger; by default one made from the config. */
  logger?: Logger;
}

export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  // Off by default: a client could otherwise name any address in X-Forwarded-For (TRUST_PROXY).
  const configured = deps.config.http.trustProxy;
  const trustProxy: boolean | string[] = typeof configured === 'boolean' ? configured : [...configured];
  const app = Fastify({
    loggerInstance: (opts.logger ?? createLogger(deps.config)) as FastifyBaseLogger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy,
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('deps', deps);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(problemPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(crossSitePlugin);
  await app.register(cookie, { secret: deps.config.security.secret });
  await app.register(authPlugin);
  await app.register(openapiPlugin);
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });

  app.get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['health'], summary: 'Liveness and database check' } },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(deps.db);
        return { status: 'ok', database: isPostgres(deps.db) ? 'postgres' : 'sqlite' };
      } catch (err) {
        request.log.error({ err }, 'health check: database unreachable');
        return sendProblem(reply, {
          ...problemBody(request, 'internal', 'The database does not answer'),
          status: 503,
        });
      }
    },
  );

  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(orgsRoutes);
      await api.register(usersRoutes);
      await api.register(notificationsRoutes);
      await api.register(categoriesRoutes);
      await api.register(calendarRoutes);
      await api.register(deadlinesRoutes);
      await api.register(casesRoutes);
      await api.register(routingRoutes);
      await api.register(caseActionsRoutes);
      await api.register(supervisionRoutes);
      await api.register(mediationRoutes);
      await api.register(followupsRoutes);
      await api.register(documentsRoutes);
      await api.register(courtLinkageRoutes);
      await api.register(petitionsRoutes);
      await api.register(consultationsRoutes);
      await api.register(statsRoutes);
      await api.register(reportsRoutes);
      await api.register(reportSubscriptionsRoutes);
      await api.register(dashboardRoutes);
      await api.register(feedbackRoutes);
      await api.register(portalRoutes);
      await api.register(roomsRoutes);
    },
    { prefix: '/api/v1' },
  );

  if (opts.serveWeb) await app.register(webStaticPlugin, {});
  return app;
}
