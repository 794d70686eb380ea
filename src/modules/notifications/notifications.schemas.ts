/** TypeBox schemas of the inbox and webhook routes (→ OpenAPI). */
import { Type } from '@sinclair/typebox';
import { NOTIFICATION_KINDS } from '../../db/tables.ts';

const Kind = Type.Union(
  NOTIFICATION_KINDS.map((k) => Type.Literal(k)),
  { description: 'What the notification is about' },
);

export const NotificationSchema = Type.Object({
  id: Type.String({ description: 'Notification id' }),
  kind: Kind,
  title: Type.String({ description: 'One line, Chinese' }),
  body: Type.String({ description: 'The message' }),
  caseId: Type.Union([Type.String(), Type.Null()], { description: 'The case it is about, if any' }),
  createdAt: Type.String({ description: 'When it was sent (ISO-8601 UTC)' }),
  readAt: Type.Union([Type.String(), Type.Null()], { description: 'When it was read; null: unread' }),
});

export const InboxQuerySchema = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'Only unread notifications' })),
    cursor: Type.Optional(Type.String({ description: 'nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size' })),
  },
  { additionalProperties: false },
);

export const InboxPageSchema = Type.Object({
  items: Type.Array(NotificationSchema),
  unreadCount: Type.Integer({ description: 'All unread notifications of the caller' }),
  nextCursor: Type.Union([Type.String(), Type.Null()], {
    description: 'Cursor of the next page; null at the end',
  }),
});

export const IdParamsSchema = Type.Object({ id: Type.String({ description: 'Record id' }) });

const Url = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'http:// or https:// address to POST to',
});
const Kinds = Type.Array(Type.String(), {
  minItems: 1,
  maxItems: NOTIFICATION_KINDS.length,
  description: `Notification kinds to receive: ${NOTIFICATION_KINDS.join(', ')}`,
});

export const WebhookSchema = Type.Object({
  id: Type.String({ description: 'Webhook id' }),
  url: Type.String({ description: 'Where deliveries are POSTed' }),
  kinds: Type.Array(Kind, { description: 'Subscribed kinds' }),
  isActive: Type.Boolean({ description: 'Inactive webhooks receive nothing' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  secret: Type.Optional(
    Type.String({
      description:
        'Signing secret (HMAC-SHA256 key of X-Fengqiao-Signature): shown only at creation or rotation',
    }),
  ),
});

export const CreateWebhookBodySchema = Type.Object(
  { url: Url, kinds: Kinds },
  { additionalProperties: false },
);

export const UpdateWebhookBodySchema = Type.Object(
  {
    url: Type.Optional(Url),
    kinds: Type.Optional(Kinds),
    isActive: Type.Optional(Type.Boolean({ description: 'Pause or resume deliveries' })),
    rotateSecret: Type.Optional(Type.Boolean({ description: 'Issue a new signing secret, returned once' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
