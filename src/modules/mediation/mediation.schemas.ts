import { Type, type Static } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ScheduleSessionBodySchema = Type.Object(
  {
    startsAt: Type.String({ format: 'date-time', description: 'When the session starts (ISO 8601)' }),
    place: Type.Optional(Type.String({ maxLength: 200, description: 'Where; omit with online: true' })),
    online: Type.Optional(Type.Boolean({ description: 'An online session (网上调解)' })),
    mediatorIds: Type.Array(Type.String(), {
      minItems: 1,
      maxItems: 10,
      uniqueItems: true,
      description: 'Mediators; the first is the lead (主持)',
    }),
    inviteePartyIds: Type.Optional(
      Type.Array(Type.String(), {
        maxItems: 50,
        uniqueItems: true,
        description: 'Parties invited (default: all parties)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ScheduleSessionBody = Static<typeof ScheduleSessionBodySchema>;

export const SessionRecordBodySchema = Type.Object(
  {
    attendance: Type.Array(
      Type.Object({ partyId: Type.String(), present: Type.Boolean() }, { additionalProperties: false }),
      { description: 'Who came' },
    ),
    statements: Type.Array(
      Type.Object(
        { partyId: Type.String(), text: Type.String({ minLength: 1, maxLength: 5000 }) },
        { additionalProperties: false },
      ),
      { description: 'Each party’s statement (陈述)' },
    ),
    facts: Type.String({ maxLength: 10000, description: 'Facts found (查明事实)' }),
    proposals: Type.String({ maxLength: 10000, description: 'The mediator’s proposals (调解意见)' }),
  },
  { additionalProperties: false },
);
export type SessionRecordBody = Static<typeof SessionRecordBodySchema>;

export const SessionOutcomeBodySchema = Type.Object(
  {
    outcome: Type.Union([Type.Literal('agreed'), Type.Literal('partly_agreed'), Type.Literal('failed')], {
      description: 'Agreement reached, partly reached, or failed',
    }),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required when failed' })),
  },
  { additionalProperties: false },
);

export const SessionSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  startsAt: Type.String(),
  place: Nullable(Type.String()),
  isOnline: Type.Boolean(),
  status: Type.String({ description: 'scheduled, held or cancelled' }),
  mediators: Type.Array(Type.Object({ userId: Type.String(), name: Type.String(), isLead: Type.Boolean() })),
  inviteePartyIds: Type.Array(Type.String()),
  record: Type.Unknown({ description: 'The structured record, once written' }),
  outcome: Nullable(Type.String()),
  outcomeReason: Nullable(Type.String()),
  recordedAt: Nullable(Type.String()),
  cancelReason: Nullable(Type.String({ description: 'Why the session was cancelled' })),
  cancelledAt: Nullable(Type.String()),
});

export const CancelSessionBodySchema = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the session is cancelled' }),
  },
  { additionalProperties: false },
);
export type CancelSessionBody = Static<typeof CancelSessionBodySchema>;

export const RescheduleSessionBodySchema = Type.Object(
  {
    startsAt: Type.String({ format: 'date-time', description: 'The new start (ISO 8601)' }),
    place: Type.Optional(
      Type.String({ maxLength: 200, description: 'The new place; omitted: the place stays (unless online)' }),
    ),
    online: Type.Optional(Type.Boolean({ description: 'Online (网上调解); omitted: as before' })),
  },
  { additionalProperties: false },
);
export type RescheduleSessionBody = Static<typeof RescheduleSessionBodySchema>;

export const TermInputSchema = Type.Object(
  {
    obligorPartyId: Type.Optional(Type.String({ description: 'The party who must perform' })),
    obligation: Type.String({ minLength: 1, maxLength: 2000, description: 'What they must do' }),
    amountFen: Type.Optional(Type.Integer({ minimum: 0, description: 'How much, in fen' })),
    dueDate: Type.Optional(Type.String({ format: 'date', description: 'By when (YYYY-MM-DD)' })),
  },
  { additionalProperties: false },
);

export const CreateAgreementBodySchema = Type.Object(
  {
    form: Type.Union([Type.Literal('written'), Type.Literal('oral')], {
      description: 'Written (协议书) or oral (口头协议)',
    }),
    facts: Type.String({ minLength: 1, maxLength: 10000, description: 'Main facts (纠纷主要事实)' }),
    disputedMatters: Type.String({
      minLength: 1,
      maxLength: 5000,
      description: 'Matters in dispute (争议事项)',
    }),
    terms: Type.Array(TermInputSchema, { maxItems: 50 }),
    performanceCheck: Type.Optional(
      Type.String({ maxLength: 2000, description: 'How performance is checked (履行方式、时限)' }),
    ),
    copies: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 3 })),
    sessionId: Type.Optional(Type.String({ description: 'The session where it was reached' })),
    effectiveOn: Type.Optional(
      Type.String({ format: 'date', description: 'Day it takes effect (default today)' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateAgreementBody = Static<typeof CreateAgreementBodySchema>;

export const TermSchema = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  obligorPartyId: Nullable(Type.String()),
  obligation: Type.String(),
  amountFen: Type.Union([Type.Integer(), Type.Null()]),
  dueDate: Nullable(Type.String()),
  status: Type.String({ description: 'pending, fulfilled, partly, not_fulfilled' }),
  checkedAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
});

export const AgreementSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  number: Type.String(),
  form: Type.String(),
  facts: Type.String(),
  disputedMatters: Type.String(),
  performanceCheck: Nullable(Type.String()),
  copies: Type.Integer(),
  sessionId: Nullable(Type.String()),
  committeeOrgId: Type.String(),
  mediatorIds: Type.Array(Type.String()),
  effectiveOn: Type.String(),
  createdAt: Type.String(),
  terms: Type.Array(TermSchema),
  documentUrl: Nullable(Type.String({ description: 'The .docx (written agreements, unless void)' })),
  voidReason: Nullable(Type.String({ description: 'Why it was voided (作废)' })),
  voidedAt: Nullable(Type.String({ description: 'When it was voided; null while valid' })),
});

export const VoidAgreementBodySchema = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the agreement is voided (作废)' }),
  },
  { additionalProperties: false },
);

export const TermStatusBodySchema = Type.Object(
  {
    status: Type.Union([
      Type.Literal('fulfilled'),
      Type.Literal('partly'),
      Type.Literal('not_fulfilled'),
      Type.Literal('pending'),
    ]),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const RefusalBodySchema = Type.Object(
  {
    partyId: Type.String({ description: 'The party who refuses mediation' }),
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
