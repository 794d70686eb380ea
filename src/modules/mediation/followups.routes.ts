/** Follow-up visits (回头看), their interval setting, and judicial confirmation (司法确认). */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  followupIntervals,
  listCaseFollowups,
  listFollowups,
  recordFollowup,
  setFollowupIntervals,
} from './followups.service.ts';
import {
  applyForConfirmation,
  listJudicial,
  listJudicialInScope,
  recordCourtAcceptance,
  recordCourtDecision,
} from './judicial.service.ts';

const CaseParams = Type.Object({ id: Type.String() });
const JParams = Type.Object({ id: Type.String(), jid: Type.String() });

export const followupsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/followups',
    {
      schema: {
        tags: ['followups'],
        summary: 'Follow-up visits due (回头看) in the caller’s subtree',
        querystring: Type.Object(
          {
            due: Type.Optional(
              Type.String({ format: 'date', description: 'Due on or before this day (default today)' }),
            ),
            all: Type.Optional(Type.Boolean({ description: 'Include visits already made' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({
      items: await listFollowups(ctxOf(request), { dueBy: request.query.due, all: request.query.all }),
    }),
  );
  app.post(
    '/followups/:fid',
    {
      schema: {
        tags: ['followups'],
        summary: 'Record a follow-up visit; not_fulfilled reopens the case',
        params: Type.Object({ fid: Type.String() }),
        body: Type.Object(
          {
            result: Type.Union([
              Type.Literal('fulfilled'),
              Type.Literal('partly'),
              Type.Literal('not_fulfilled'),
            ]),
            note: Type.String({ minLength: 2, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => recordFollowup(ctxOf(request), request.params.fid, request.body),
  );
  app.get(
    '/cases/:id/followups',
    { schema: { tags: ['followups'], summary: 'Follow-ups of a case', params: CaseParams } },
    async (request) => ({ items: await listCaseFollowups(ctxOf(request), request.params.id) }),
  );
  app.get(
    '/settings/followup-intervals',
    { schema: { tags: ['followups'], summary: 'Days after resolution when visits fall due' } },
    async (request) => ({ days: await followupIntervals(ctxOf(request)) }),
  );
  app.put(
    '/settings/followup-intervals',
    {
      schema: {
        tags: ['followups'],
        summary: 'Set the visit intervals (district admin)',
        body: Type.Object(
          { days: Type.Array(Type.Integer(), { minItems: 1, maxItems: 6 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({ days: await setFollowupIntervals(ctxOf(request), request.body.days) }),
  );

  const tags = ['judicial-confirmation'];
  app.post(
    '/cases/:id/judicial-confirmations',
    {
      schema: {
        tags,
        summary: 'Record the joint application for judicial confirmation (within 30 days of the agreement)',
        params: CaseParams,
        body: Type.Object(
          {
            court: Type.String({ minLength: 2, maxLength: 100 }),
            appliedAt: Type.String({ format: 'date', description: 'Day of the application' }),
            agreementId: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) =>
      reply.code(201).send(await applyForConfirmation(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/cases/:id/judicial-confirmations',
    { schema: { tags, summary: 'Judicial confirmations of a case', params: CaseParams } },
    async (request) => ({ items: await listJudicial(ctxOf(request), request.params.id) }),
  );
  app.post(
    '/cases/:id/judicial-confirmations/:jid/acceptance',
    {
      schema: {
        tags,
        summary: 'The court accepted the application',
        params: JParams,
        body: Type.Object(
          {
            acceptedAt: Type.String({ format: 'date' }),
            courtCaseNumber: Type.Optional(Type.String({ maxLength: 60 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      recordCourtAcceptance(ctxOf(request), request.params.id, request.params.jid, request.body),
  );
  app.post(
    '/cases/:id/judicial-confirmations/:jid/decision',
    {
      schema: {
        tags,
        summary: 'The court’s decision; not confirmed sends the case back to mediation or on to litigation',
        params: JParams,
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('confirmed'), Type.Literal('not_confirmed')]),
            reason: Type.Optional(Type.String({ maxLength: 2000 })),
            decidedAt: Type.String({ format: 'date' }),
            nextStep: Type.Optional(Type.Union([Type.Literal('mediation'), Type.Literal('litigation')])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      recordCourtDecision(ctxOf(request), request.params.id, request.params.jid, request.body),
  );
  app.get(
    '/judicial-confirmations',
    {
      schema: {
        tags,
        summary: 'Court-linkage list of the caller’s subtree',
        querystring: Type.Object(
          { open: Type.Optional(Type.Boolean({ default: false })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({ items: await listJudicialInScope(ctxOf(request), request.query.open ?? false) }),
  );
};
