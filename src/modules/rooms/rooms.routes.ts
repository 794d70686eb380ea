/**
 * Online mediation rooms over HTTP and WebSocket (issue 6). Staff routes sit under the case
 * (`/cases/:id/sessions/:sid/room…`, scope as the case: 404 outside it); the citizen's under
 * `/portal/room…` (portal-room.routes.ts); one socket for both at `/rooms/socket`, whose
 * upgrade is refused when a browser opens it from another site (cross-site WebSocket hijacking
 * would otherwise ride the staff cookie).
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DomainError } from '../../lib/errors.ts';
import { ctxOf } from '../../server/context.ts';
import { isCrossSiteWrite } from '../../server/plugins/cross-site.ts';
import { joinAsStaff } from './room-access.ts';
import { listDrafts, postDraft } from './room-drafts.service.ts';
import { installHub, readUpload, sendFile } from './room-http.ts';
import { handleRoomSocket } from './room-socket.ts';
import {
  DraftBodySchema,
  MessageBodySchema,
  MessageSchema,
  MessagesQuerySchema,
  RoomParamsSchema,
  RoomSchema,
} from './rooms.schemas.ts';
import { listMessages, openFile, postMessage, roomView, shareFile } from './rooms.service.ts';
import { portalRoomRoutes } from './portal-room.routes.ts';

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const roomsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['rooms'];
  const { uploads } = app.deps.config;
  const hub = installHub(app);
  await app.register(multipart, { limits: { fileSize: uploads.maxBytes, files: 1, fields: 2 } });
  const scopeOf = (request: FastifyRequest) => {
    const params = request.params as { id: string; sid: string };
    return joinAsStaff(ctxOf(request), params.id, params.sid);
  };

  app.get(
    '/rooms/socket',
    {
      websocket: true,
      config: { public: true },
      schema: { tags, summary: 'The room socket (JSON frames: hello, subscribe, send, typing)', hide: true },
      preValidation: async (request) => {
        const facts = {
          method: 'POST', // judged as a write: a socket carries the caller's cookie like one
          origin: header(request.headers.origin),
          secFetchSite: undefined,
          hosts: [header(request.headers.host), header(request.headers['x-forwarded-host'])],
        };
        if (isCrossSiteWrite(facts)) {
          request.log.warn({ origin: facts.origin }, 'cross-site room socket refused');
          throw new DomainError('forbidden', '跨站连接被拒绝 (cross-site WebSocket refused)');
        }
      },
    },
    (socket, request) => handleRoomSocket(socket, ctxOf(request), hub),
  );

  app.get(
    '/cases/:id/sessions/:sid/room',
    {
      schema: {
        tags,
        summary: 'The room of an online session: channels, parties, drafts and confirmations',
        params: RoomParamsSchema,
        response: { 200: RoomSchema },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      return { ...roomView(scope), drafts: await listDrafts(ctxOf(request), scope) };
    },
  );

  app.get(
    '/cases/:id/sessions/:sid/room/messages',
    {
      schema: {
        tags,
        summary: 'Messages of one channel after a seq, in order',
        params: RoomParamsSchema,
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
    '/cases/:id/sessions/:sid/room/messages',
    {
      schema: {
        tags,
        summary: 'Post a message into a channel',
        params: RoomParamsSchema,
        body: MessageBodySchema,
        response: { 201: MessageSchema },
      },
    },
    async (request, reply) => {
      const message = await postMessage(ctxOf(request), await scopeOf(request), request.body);
      void hub.kick(request.params.sid);
      return reply.code(201).send(message);
    },
  );

  app.post(
    '/cases/:id/sessions/:sid/room/files',
    {
      schema: {
        tags,
        summary: 'Share a file into a channel (multipart, field "file"; same checks as attachments)',
        params: RoomParamsSchema,
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
      void hub.kick(request.params.sid);
      return reply.code(201).send(message);
    },
  );

  app.get(
    '/cases/:id/sessions/:sid/room/files/:fid',
    {
      schema: {
        tags,
        summary: 'Download a file shared in the room',
        params: Type.Object({ id: Type.String(), sid: Type.String(), fid: Type.String() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await openFile(ctxOf(request), await scopeOf(request), request.params.fid)),
  );

  app.post(
    '/cases/:id/sessions/:sid/room/drafts',
    {
      schema: {
        tags,
        summary: 'The mediator posts a draft agreement into the joint channel',
        params: RoomParamsSchema,
        body: DraftBodySchema,
        response: { 201: MessageSchema },
      },
    },
    async (request, reply) => {
      const message = await postDraft(ctxOf(request), await scopeOf(request), request.body);
      void hub.kick(request.params.sid);
      return reply.code(201).send(message);
    },
  );

  await app.register(portalRoomRoutes);
};
