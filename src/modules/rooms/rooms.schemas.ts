import { Type, type Static } from '@sinclair/typebox';
import { ProofBodySchema } from '../portal/index.ts';

const sessionId = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'The online mediation session (its room)',
});
const channel = Type.String({
  minLength: 1,
  maxLength: 80,
  description:
    '`joint` (all parties and the mediators) or `private:<partyId>` (that party and the mediators)',
});

export const RoomParamsSchema = Type.Object({
  id: Type.String({ description: 'Case id' }),
  sid: Type.String({ description: 'Session id' }),
});

export const TicketBodySchema = Type.Object(
  { ...ProofBodySchema.properties, sessionId },
  { additionalProperties: false },
);
export type TicketBody = Static<typeof TicketBodySchema>;

export const TicketSchema = Type.Object({
  ticket: Type.String({
    description:
      'Send it in the socket’s hello frame or the x-room-ticket header; good for 30 minutes and this room only',
  }),
  expiresAt: Type.String(),
  sessionId: Type.String(),
  caseId: Type.String(),
});

export const ConfirmBodySchema = Type.Object(
  { ...ProofBodySchema.properties, sessionId },
  { additionalProperties: false },
);
export type ConfirmBody = Static<typeof ConfirmBodySchema>;

export const DraftBodySchema = Type.Object(
  {
    agreementId: Type.Optional(
      Type.String({ description: 'Post the terms of this agreement record of the case' }),
    ),
    text: Type.Optional(Type.String({ maxLength: 5000, description: 'Or the draft’s text' })),
  },
  { additionalProperties: false },
);
export type DraftBody = Static<typeof DraftBodySchema>;

export const MessageBodySchema = Type.Object(
  { channel, text: Type.String({ maxLength: 2000, description: 'The message' }) },
  { additionalProperties: false },
);

export const MessagesQuerySchema = Type.Object({
  channel,
  afterSeq: Type.Integer({ minimum: 0, default: 0, description: 'Only messages after this seq' }),
});

export const MessageSchema = Type.Object({
  seq: Type.Integer({ description: 'Per-room, increasing: resume after the last one seen' }),
  channel: Type.String(),
  kind: Type.String({ description: 'text, file, draft or confirmation' }),
  body: Type.String(),
  author: Type.Object({
    kind: Type.String({ description: 'staff or party' }),
    id: Type.String(),
    name: Type.String(),
  }),
  data: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  createdAt: Type.String(),
});

export const RoomSchema = Type.Object({
  caseId: Type.String(),
  sessionId: Type.String(),
  me: Type.Object({ kind: Type.String(), id: Type.String(), name: Type.String() }),
  channels: Type.Array(Type.String(), { description: 'The channels the caller holds' }),
  parties: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() })),
  mediators: Type.Array(Type.Object({ name: Type.String() })),
  drafts: Type.Array(
    Type.Object({
      id: Type.String(),
      agreementId: Type.Union([Type.String(), Type.Null()]),
      postedAt: Type.String(),
      content: Type.Unknown(),
      confirmations: Type.Array(
        Type.Object({
          partyId: Type.String(),
          partyName: Type.String(),
          confirmedAt: Type.String(),
          proof: Type.String({ description: 'How the party proved who they are' }),
        }),
      ),
    }),
  ),
});

/** The frames a client sends over the room socket (JSON). */
export const ClientFrameSchema = Type.Union([
  Type.Object(
    { type: Type.Literal('hello'), ticket: Type.String({ maxLength: 200 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('subscribe'),
      sessionId,
      channel,
      afterSeq: Type.Integer({ minimum: 0 }),
      caseId: Type.Optional(Type.String({ maxLength: 64 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('send'),
      sessionId,
      channel,
      text: Type.String({ maxLength: 2000 }),
      ref: Type.Optional(Type.String({ maxLength: 64 })),
      caseId: Type.Optional(Type.String({ maxLength: 64 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('typing'),
      sessionId,
      channel,
      caseId: Type.Optional(Type.String({ maxLength: 64 })),
    },
    { additionalProperties: false },
  ),
]);
export type ClientFrame = Static<typeof ClientFrameSchema>;
