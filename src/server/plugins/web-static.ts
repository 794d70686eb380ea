/**
 * Serves the built React application (dist/web): files as they are, and index.html
 * for every other GET outside /api so client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { NotFound } from '../../lib/errors.ts';

export const WEB_DIST = resolve(import.meta.dirname, '../../../dist/web');

export const webStaticPlugin = fp(async (app: FastifyInstance, opts: { root?: string }) => {
  const root = opts.root ?? WEB_DIST;
  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn({ root }, 'web pages are not built; only the API is served');
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: false, cacheControl: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/'))
      throw new NotFound(`Route ${request.method} ${request.url.split('?')[0]}`);
    const file = request.url.split('?')[0]!.replace(/^\/+/, '');
    if (file.startsWith('assets/'))
      return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(file);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
