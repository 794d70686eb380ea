/** The caller's inbox (every signed-in user) and webhook subscriptions (district admin). */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ctxOf } from '../../server/context.ts';
import {
  CreateWebhookBodySchema,
  IdParamsSchema,
  InboxPageSchema,
  InboxQuerySchema,
  NotificationSchema,
  UpdateWebhookBodySchema,
  WebhookSchema,
} from './notifications.schemas.ts';
import {
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.service.ts';
import { createWebhook, listWebhooks, updateWebhook } from './webhooks.service.ts';

export const notificationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications'];
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: InboxQuerySchema,
        response: { 200: InboxPageSchema },
      },
    },
    async (request) => listMyNotifications(ctxOf(request), request.query),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read (404 for anyone else’s)',
        params: IdParamsSchema,
        response: { 200: NotificationSchema },
      },
    },
    async (request) => markNotificationRead(ctxOf(request), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: {
          200: Type.Object({ updated: Type.Integer({ description: 'Notifications marked read' }) }),
        },
      },
    },
    async (request) => markAllNotificationsRead(ctxOf(request)),
  );

  const hookTags = ['webhooks'];
  app.get(
    '/webhooks',
    {
      schema: {
        tags: hookTags,
        summary: 'Webhook subscriptions (district admin)',
        response: { 200: Type.Object({ items: Type.Array(WebhookSchema) }) },
      },
    },
    async (request) => ({ items: await listWebhooks(ctxOf(request)) }),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags: hookTags,
        summary: 'Subscribe a URL to notification kinds (district admin); returns the secret once',
        body: CreateWebhookBodySchema,
        response: { 201: WebhookSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createWebhook(ctxOf(request), request.body)),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags: hookTags,
        summary: 'Change, pause or re-key a webhook (district admin)',
        params: IdParamsSchema,
        body: UpdateWebhookBodySchema,
        response: { 200: WebhookSchema },
      },
    },
    async (request) => updateWebhook(ctxOf(request), request.params.id, request.body),
  );
};
