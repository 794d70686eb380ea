/** "3+X" consultations over HTTP: convening, minutes and decisions, cancellation, and the task list. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  CancelBodySchema,
  ConsultationListItemSchema,
  ConsultationListQuerySchema,
  ConsultationSchema,
  ConveneBodySchema,
  MinutesBodySchema,
  MinutesResultSchema,
  TaskDoneBodySchema,
  TaskListQuerySchema,
  TaskSchema,
} from './consultations.schemas.ts';
import {
  cancelConsultation,
  conveneConsultation,
  getConsultation,
  listCaseConsultations,
} from './consultations.service.ts';
import { listConsultations } from './consultation-list.service.ts';
import { recordMinutes } from './minutes.service.ts';
import { completeTask, listTasks } from './tasks.service.ts';

const CaseParams = Type.Object({ id: Type.String({ description: 'Case id' }) });
const ConsultationParams = Type.Object({ cid: Type.String({ description: 'Consultation id' }) });
const TaskParams = Type.Object({ tid: Type.String({ description: 'Task id' }) });

export const consultationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['consultations'];
  app.post(
    '/cases/:id/consultations',
    {
      schema: {
        tags,
        summary: 'Convene a "3+X" consultation (会商研判) about a case (leader)',
        params: CaseParams,
        body: ConveneBodySchema,
        response: { 201: ConsultationSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await conveneConsultation(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/consultations',
    {
      schema: {
        tags,
        summary: 'Consultations of a case with participants and tasks',
        params: CaseParams,
        response: { 200: Type.Object({ items: Type.Array(ConsultationSchema) }) },
      },
    },
    async (request) => ({ items: await listCaseConsultations(ctxOf(request), request.params.id) }),
  );
  app.get(
    '/consultations',
    {
      schema: {
        tags,
        summary: 'Consultations about cases in the caller’s subtree, latest meeting first (at most 200)',
        querystring: ConsultationListQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(ConsultationListItemSchema) }) },
      },
    },
    async (request) => ({ items: await listConsultations(ctxOf(request), request.query) }),
  );
  app.get(
    '/consultations/:cid',
    {
      schema: {
        tags,
        summary: 'One consultation with participants and tasks',
        params: ConsultationParams,
        response: { 200: ConsultationSchema },
      },
    },
    async (request) => getConsultation(ctxOf(request), request.params.cid),
  );
  app.put(
    '/consultations/:cid/minutes',
    {
      schema: {
        tags,
        summary:
          'Record or amend the minutes (会商纪要); marks it held; new decisions become tasks, existing ones are kept, never duplicated',
        params: ConsultationParams,
        body: MinutesBodySchema,
        response: { 200: MinutesResultSchema },
      },
    },
    async (request) => recordMinutes(ctxOf(request), request.params.cid, request.body),
  );
  app.post(
    '/consultations/:cid/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a scheduled consultation; participants are told',
        params: ConsultationParams,
        body: CancelBodySchema,
        response: { 200: ConsultationSchema },
      },
    },
    async (request) => cancelConsultation(ctxOf(request), request.params.cid, request.body),
  );
  app.get(
    '/consultation-tasks',
    {
      schema: {
        tags,
        summary: 'Consultation tasks owned in the caller’s subtree (or the caller’s own with mine=true)',
        querystring: TaskListQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(TaskSchema) }) },
      },
    },
    async (request) => ({ items: await listTasks(ctxOf(request), request.query) }),
  );
  app.post(
    '/consultation-tasks/:tid/done',
    {
      schema: {
        tags,
        summary: 'The owner marks a task done with a note',
        params: TaskParams,
        body: TaskDoneBodySchema,
        response: { 200: TaskSchema },
      },
    },
    async (request) => completeTask(ctxOf(request), request.params.tid, request.body),
  );
};
