/** User management for admins, within their subtree. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  CreateUserBodySchema,
  UpdateUserBodySchema,
  UserIdParamsSchema,
  UserListQuerySchema,
  UserSchema,
} from './users.schemas.ts';
import { createUser, getUser, listStaff, listUsers, unlockUser, updateUser } from './users.service.ts';
import { ROLES } from '../../db/tables.ts';
import { requireRole } from '../../lib/scope.ts';

export const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['users'];
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users of the admin’s subtree',
        querystring: UserListQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(UserSchema) }) },
      },
    },
    async (request) => ({ items: await listUsers(ctxOf(request), request.query) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user (admin)',
        body: CreateUserBodySchema,
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(ctxOf(request), request.body)),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'One user (admin)',
        params: UserIdParamsSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      requireRole(ctx.actor, 'admin');
      return getUser(ctx, request.params.id);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (admin)',
        params: UserIdParamsSchema,
        body: UpdateUserBodySchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => updateUser(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/staff',
    {
      schema: {
        tags,
        summary:
          'Colleagues of an organisation in the caller’s subtree (names and roles), to assign or invite',
        querystring: Type.Object(
          { orgId: Type.String(), role: Type.Optional(Type.Union(ROLES.map((r) => Type.Literal(r)))) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                displayName: Type.String(),
                orgId: Type.String(),
                orgName: Type.String(),
                roles: Type.Array(Type.String()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listStaff(ctxOf(request), request.query) }),
  );

  app.post(
    '/users/:id/unlock',
    {
      schema: {
        tags,
        summary: 'Lift a sign-in lock (admin)',
        params: UserIdParamsSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => unlockUser(ctxOf(request), request.params.id),
  );
};
