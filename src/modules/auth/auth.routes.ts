/** Sign-in, sign-out, the current user and the caller's API tokens. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { clearSessionCookie, setSessionCookie } from '../../server/plugins/auth.ts';
import { requireActor } from '../../lib/scope.ts';
import {
  CreateTokenBodySchema,
  CreatedTokenSchema,
  LoginBodySchema,
  MeSchema,
  TokenSchema,
} from './auth.schemas.ts';
import { createApiToken, getMe, listApiTokens, login, logout, revokeApiToken } from './auth.service.ts';

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.deps;

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: LoginBodySchema,
        response: { 200: Type.Object({ user: MeSchema }) },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const result = await login(ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
        ttlHours: config.security.sessionTtlHours,
      });
      setSessionCookie(reply, result.token, result.expiresAt, config.isProduction);
      return {
        user: {
          ...(await getMe(ctx, result.userId)),
          uploads: { maxBytes: config.uploads.maxBytes, kinds: [...config.uploads.kinds] },
        },
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Sign out; ends the session', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      if (request.sessionToken) await logout(ctxOf(request), request.sessionToken);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: MeSchema } } },
    async (request) => ({
      ...(await getMe(ctxOf(request), requireActor(request.actor).userId)),
      uploads: { maxBytes: config.uploads.maxBytes, kinds: [...config.uploads.kinds] },
    }),
  );

  app.get(
    '/me/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: "The caller's API tokens",
        response: { 200: Type.Object({ items: Type.Array(TokenSchema) }) },
      },
    },
    async (request) => ({ items: await listApiTokens(ctxOf(request)) }),
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token (shown once)',
        body: CreateTokenBodySchema,
        response: { 201: CreatedTokenSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(ctxOf(request), request.body.name)),
  );

  app.delete(
    '/me/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke an API token',
        params: Type.Object({ id: Type.String() }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
