/** Supervision (督办): leaders raise it on a case, the holder replies; lists for the desk. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  listCaseSupervisions,
  listSupervisions,
  replyToSupervision,
  superviseCase,
} from './supervision.service.ts';

const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);

const SupervisionSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  caseSubject: Type.String(),
  source: Type.String({ description: 'leader, or deadline_red (raised by the sweep)' }),
  urgency: Type.String({ description: 'normal 一般, urgent 紧急, critical 特急' }),
  note: Type.String(),
  orgId: Type.String({ description: 'The organisation that must reply' }),
  orgName: Type.String(),
  createdBy: Nullable(Type.String()),
  createdByName: Nullable(Type.String()),
  replyDueAt: Type.String(),
  reply: Nullable(Type.String()),
  repliedBy: Nullable(Type.String()),
  repliedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  isOpen: Type.Boolean(),
});

export const supervisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['supervision'];
  app.post(
    '/cases/:id/supervisions',
    {
      schema: {
        tags,
        summary: 'Mark a case for supervision (leader)',
        params: Type.Object({ id: Type.String() }),
        body: Type.Object(
          {
            urgency: Type.Union([Type.Literal('normal'), Type.Literal('urgent'), Type.Literal('critical')]),
            note: Type.String({ minLength: 2, maxLength: 1000, description: '督办意见' }),
            replyBy: Type.String({
              format: 'date',
              description: 'Day (Asia/Shanghai) by which the holder must reply',
            }),
          },
          { additionalProperties: false },
        ),
        response: { 201: SupervisionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await superviseCase(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/supervisions',
    {
      schema: {
        tags,
        summary: 'Supervisions of a case',
        params: Type.Object({ id: Type.String() }),
        response: { 200: Type.Object({ items: Type.Array(SupervisionSchema) }) },
      },
    },
    async (request) => ({ items: await listCaseSupervisions(ctxOf(request), request.params.id) }),
  );

  app.get(
    '/supervisions',
    {
      schema: {
        tags,
        summary: 'Supervisions of the cases the caller may see (督办清单)',
        querystring: Type.Object(
          {
            open: Type.Optional(Type.Boolean({ description: 'Only those awaiting a reply', default: true })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(SupervisionSchema) }) },
      },
    },
    async (request) => ({
      items: await listSupervisions(ctxOf(request), { openOnly: request.query.open ?? true }),
    }),
  );

  app.post(
    '/supervisions/:id/reply',
    {
      schema: {
        tags,
        summary: 'Reply to a supervision (the holding organisation)',
        params: Type.Object({ id: Type.String() }),
        body: Type.Object(
          { reply: Type.String({ minLength: 2, maxLength: 2000, description: '办理情况反馈' }) },
          { additionalProperties: false },
        ),
        response: { 200: SupervisionSchema },
      },
    },
    async (request) => replyToSupervision(ctxOf(request), request.params.id, request.body.reply),
  );
};
