/** Deadline profiles (admin) and a case's timers over HTTP. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { createProfile, listProfiles, updateProfile } from './deadline-profiles.service.ts';
import {
  CaseTimersSchema,
  CreateProfileBodySchema,
  PatchProfileBodySchema,
  ProfileSchema,
} from './deadlines.schemas.ts';
import { viewCaseTimers } from './timers.read.ts';

export const deadlinesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['deadlines'];
  app.get(
    '/deadline-profiles',
    {
      schema: {
        tags,
        summary: 'Deadline profiles: time limits per category and case state',
        response: { 200: Type.Object({ items: Type.Array(ProfileSchema) }) },
      },
    },
    async (request) => ({ items: await listProfiles(ctxOf(request)) }),
  );

  app.post(
    '/deadline-profiles',
    {
      schema: {
        tags,
        summary: 'Add a deadline profile (district admin, audited)',
        body: CreateProfileBodySchema,
        response: { 201: ProfileSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createProfile(ctxOf(request), request.body)),
  );

  app.patch(
    '/deadline-profiles/:code',
    {
      schema: {
        tags,
        summary:
          'Change or deactivate a deadline profile; running timers keep their time limit (district admin, audited)',
        params: Type.Object({ code: Type.String({ description: 'Profile code' }) }),
        body: PatchProfileBodySchema,
        response: { 200: ProfileSchema },
      },
    },
    async (request) => updateProfile(ctxOf(request), request.params.code, request.body),
  );

  app.get(
    '/cases/:id/timers',
    {
      schema: {
        tags,
        summary: 'A case’s timers with deadline, level and time used per organisation',
        params: Type.Object({ id: Type.String({ description: 'Case id' }) }),
        response: { 200: CaseTimersSchema },
      },
    },
    async (request) => viewCaseTimers(ctxOf(request), request.params.id),
  );
};
