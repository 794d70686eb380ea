/**
 * The citizen's side of a mediation room (issue 6), public routes: a ticket for the
 * tracking-code proof, then the room, its messages and files with the ticket in the
 * `x-room-ticket` header (never in a URL), and confirming a draft with a fresh proof.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ctxOf } from '../../server/context.ts';
import { issueRoomTicket, joinWithProof, joinWithTicket } from './room-access.ts';
import { confirmDraft, listDrafts } from './room-drafts.service.ts';
import { readUpload, sendFile } from './room-http.ts';
import {
  ConfirmBodySchema,
  MessageBodySchema,
  MessageSchema,
  MessagesQuerySchema,
  RoomSchema,
  TicketBodySchema,
  TicketSchema,
} from './rooms.schemas.ts';
import { listMessages, openFile, postMessage, roomView, shareFile } from './rooms.service.ts';

export const TICKET_HEADER = 'x-room-ticket';
const PROOF_BODY_LIMIT = 4 * 1024;

export const portalRoomRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['rooms', 'portal'];
  const config = { public: true };
  const { uploads } = app.deps.config;
  const hub = app.roomHub;
  const ticketHeader = Type.Object({ [TICKET_HEADER]: Type.String({ description: 'The room ticket' }) });
  const scopeOf = (request: FastifyRequest) => {
    const value = request.headers[TICKET_HEADER];
    return joinWithTicket(ctxOf(request), (Array.isArray(value) ? value[0] : value) ?? '');
  };

  app.post(
    '/portal/room-ticket',
    {
      config,
      bodyLimit: PROOF_BODY_LIMIT,
      schema: {
        tags,
        summary: 'A room ticket for the tracking-code proof (the same 404 and lock-out as /portal/track)',
        security: [],
        body: TicketBodySchema,
        response: { 201: TicketSchema },
      },
    },
    async (request, reply) => {
      const { sessionId, ...proof } = request.body;
      return reply.code(201).send(await issueRoomTicket(ctxOf(request), sessionId, proof));
    },
  );

  app.get(
    '/portal/room',
    {
      config,
      schema: {
        tags,
        summary: 'The citizen’s room: their channels, the parties, drafts and confirmations',
        security: [],
        headers: ticketHeader,
        response: { 200: RoomSchema },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      return { ...roomView(scope), drafts: await listDrafts(ctxOf(request), scope) };
    },
  );

  app.get(
    '/portal/room/messages',
    {
      config,
      schema: {
        tags,
        summary: 'Messages of one of the citizen’s channels after a seq',
        security: [],
        headers: ticketHeader,
        querystring: MessagesQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(MessageSchema) }) },
      },
    },
    async (request) => ({
      items: await listMessages(
        ctxOf(request),
        await scopeOf(request),
        request.query.channel,
        request.query.afterSeq,
      ),
    }),
  );

  app.post(
    '/portal/room/messages',
    {
      config,
      schema: {
        tags,
        summary: 'The citizen posts a message',
        security: [],
        headers: ticketHeader,
        body: MessageBodySchema,
        response: { 201: MessageSchema },
      },
    },
    async (request, reply) => {
      const scope = await scopeOf(request);
      const message = await postMessage(ctxOf(request), scope, request.body);
      void hub.kick(scope.sessionId);
      return reply.code(201).send(message);
    },
  );

  app.post(
    '/portal/room/files',
    {
      config,
      schema: {
        tags,
        summary: 'The citizen shares a file into one of their channels (multipart, field "file")',
        security: [],
        headers: ticketHeader,
        querystring: Type.Object({ channel: Type.String() }),
        response: { 201: MessageSchema },
      },
    },
    async (request, reply) => {
      const scope = await scopeOf(request);
      const file = await readUpload(request);
      const message = await shareFile(
        ctxOf(request),
        scope,
        { channel: request.query.channel, ...file },
        uploads,
      );
      void hub.kick(scope.sessionId);
      return reply.code(201).send(message);
    },
  );

  app.get(
    '/portal/room/files/:fid',
    {
      config,
      schema: {
        tags,
        summary: 'Download a file of one of the citizen’s channels',
        security: [],
        headers: ticketHeader,
        params: Type.Object({ fid: Type.String() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await openFile(ctxOf(request), await scopeOf(request), request.params.fid)),
  );

  app.post(
    '/portal/room/drafts/:draftId/confirm',
    {
      config,
      bodyLimit: PROOF_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'The citizen confirms a draft agreement, proving again with the tracking code and phone digits',
        security: [],
        params: Type.Object({ draftId: Type.String() }),
        body: ConfirmBodySchema,
        response: { 201: MessageSchema },
      },
    },
    async (request, reply) => {
      const { sessionId, ...proof } = request.body;
      const scope = await joinWithProof(ctxOf(request), sessionId, proof);
      const message = await confirmDraft(ctxOf(request), scope, request.params.draftId);
      void hub.kick(scope.sessionId);
      return reply.code(201).send(message);
    },
  );
};
