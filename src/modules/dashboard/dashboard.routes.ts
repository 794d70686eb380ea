/**
 * The wall dashboard's API (issue 7): the grid map and the live feed as Server-Sent
 * Events. Open feeds end when the server closes, so a restart is quick and the browsers
 * reconnect with their Last-Event-ID.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { SECURITY_HEADERS } from '../../server/plugins/security-headers.ts';
import { dashboardMap } from './dashboard.service.ts';
import { FeedHeadersSchema, FeedQuerySchema, GridMapSchema, MapQuerySchema } from './dashboard.schemas.ts';
import { streamFeed } from './feed-stream.ts';
import { openFeed } from './feed.service.ts';

export const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['dashboard'];
  const openStreams = new Set<AbortController>();
  app.addHook('preClose', async () => {
    for (const stream of openStreams) stream.abort();
  });

  app.get(
    '/dashboard/map',
    {
      schema: {
        tags,
        summary: 'The grids in scope as GeoJSON, each with the cases registered in the period',
        querystring: MapQuerySchema,
        response: { 200: GridMapSchema },
      },
    },
    async (request) => dashboardMap(ctxOf(request), request.query),
  );

  app.get(
    '/dashboard/feed',
    {
      schema: {
        tags,
        summary:
          'Server-Sent Events (text/event-stream) of new cases and cases turning red, in scope; each event `case` carries its position as `id`; reconnect with Last-Event-ID to resume',
        querystring: FeedQuerySchema,
        headers: FeedHeadersSchema,
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const lastEventId = request.headers['last-event-id'];
      const start = await openFeed(ctx, { ...request.query, ...(lastEventId ? { lastEventId } : {}) });
      const stream = new AbortController();
      openStreams.add(stream);
      reply.raw.on('close', () => stream.abort());
      reply.hijack();
      reply.raw.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        // The stream holds its connection to the end: closing it then lets the server stop at once.
        connection: 'close',
        'x-request-id': request.id,
      });
      await streamFeed(ctx, start, (chunk) => reply.raw.write(chunk), stream.signal);
      openStreams.delete(stream);
      reply.raw.end(() => request.raw.socket?.destroy());
    },
  );
};
