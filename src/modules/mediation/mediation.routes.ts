/** Mediation over HTTP: sessions, records, outcomes, refusal, agreements and their terms, the mediator's calendar. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import { voidAgreement } from './agreement-void.service.ts';
import { createAgreement, listAgreements, setTermStatus } from './agreements.service.ts';
import { cancelSession, rescheduleSession } from './session-changes.service.ts';
import {
  AgreementSchema,
  CancelSessionBodySchema,
  CreateAgreementBodySchema,
  RefusalBodySchema,
  RescheduleSessionBodySchema,
  ScheduleSessionBodySchema,
  SessionOutcomeBodySchema,
  SessionRecordBodySchema,
  SessionSchema,
  TermStatusBodySchema,
  VoidAgreementBodySchema,
} from './mediation.schemas.ts';
import {
  listSessions,
  mediatorCalendar,
  recordSession,
  refuseMediation,
  scheduleSession,
  setSessionOutcome,
} from './sessions.service.ts';

const CaseParams = Type.Object({ id: Type.String({ description: 'Case id' }) });
const SessionParams = Type.Object({ id: Type.String(), sid: Type.String({ description: 'Session id' }) });

export const mediationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['mediation'];
  app.post(
    '/cases/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Schedule a mediation session (case in progress)',
        params: CaseParams,
        body: ScheduleSessionBodySchema,
        response: { 201: SessionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await scheduleSession(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Sessions of a case',
        params: CaseParams,
        response: { 200: Type.Object({ items: Type.Array(SessionSchema) }) },
      },
    },
    async (request) => ({
      items: await listSessions(ctxOf(request), request.params.id),
    }),
  );
  app.put(
    '/cases/:id/sessions/:sid/record',
    {
      schema: {
        tags,
        summary: 'Write the record (调解笔录)',
        params: SessionParams,
        body: SessionRecordBodySchema,
        response: { 200: SessionSchema },
      },
    },
    async (request) => recordSession(ctxOf(request), request.params.id, request.params.sid, request.body),
  );
  app.post(
    '/cases/:id/sessions/:sid/outcome',
    {
      schema: {
        tags,
        summary: 'Set the session outcome',
        params: SessionParams,
        body: SessionOutcomeBodySchema,
        response: { 200: SessionSchema },
      },
    },
    async (request) => setSessionOutcome(ctxOf(request), request.params.id, request.params.sid, request.body),
  );
  app.post(
    '/cases/:id/sessions/:sid/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a scheduled session with a reason (409 once held); its mediators are told',
        params: SessionParams,
        body: CancelSessionBodySchema,
        response: { 200: SessionSchema },
      },
    },
    async (request) => cancelSession(ctxOf(request), request.params.id, request.params.sid, request.body),
  );
  app.post(
    '/cases/:id/sessions/:sid/reschedule',
    {
      schema: {
        tags,
        summary: 'Move a scheduled session to a new time or place (409 once held); its mediators are told',
        params: SessionParams,
        body: RescheduleSessionBodySchema,
        response: { 200: SessionSchema },
      },
    },
    async (request) => rescheduleSession(ctxOf(request), request.params.id, request.params.sid, request.body),
  );
  app.post(
    '/cases/:id/mediation/refusal',
    {
      schema: {
        tags,
        summary: 'A party refuses mediation: ends the mediation path and returns the notice of other routes',
        params: CaseParams,
        body: RefusalBodySchema,
        response: { 200: Type.Object({ notice: Type.String(), case: Type.Unknown() }) },
      },
    },
    async (request) => refuseMediation(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/cases/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Record a mediation agreement (written or oral)',
        params: CaseParams,
        body: CreateAgreementBodySchema,
        response: { 201: AgreementSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAgreement(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Agreements of a case with their terms',
        params: CaseParams,
        response: { 200: Type.Object({ items: Type.Array(AgreementSchema) }) },
      },
    },
    async (request) => ({
      items: await listAgreements(ctxOf(request), request.params.id),
    }),
  );
  app.patch(
    '/cases/:id/agreements/:aid/terms/:tid',
    {
      schema: {
        tags,
        summary: 'Record whether a term was performed',
        params: Type.Object({ id: Type.String(), aid: Type.String(), tid: Type.String() }),
        body: TermStatusBodySchema,
        response: { 200: AgreementSchema },
      },
    },
    async (request) =>
      setTermStatus(ctxOf(request), request.params.id, request.params.aid, request.params.tid, request.body),
  );
  app.post(
    '/cases/:id/agreements/:aid/void',
    {
      schema: {
        tags,
        summary:
          'Void an agreement (作废) before its performance starts; it keeps its number, loses its document and follow-ups',
        params: Type.Object({ id: Type.String(), aid: Type.String({ description: 'Agreement id' }) }),
        body: VoidAgreementBodySchema,
        response: { 200: AgreementSchema },
      },
    },
    async (request) => voidAgreement(ctxOf(request), request.params.id, request.params.aid, request.body),
  );
  app.get(
    '/mediation/calendar',
    {
      schema: {
        tags,
        summary: 'The caller’s sessions in a period (调解日程)',
        querystring: Type.Object(
          { from: Type.String({ format: 'date-time' }), to: Type.String({ format: 'date-time' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({
      items: await mediatorCalendar(
        ctxOf(request),
        new Date(request.query.from).toISOString(),
        new Date(request.query.to).toISOString(),
      ),
    }),
  );
};
