import { Type, type Static } from '@sinclair/typebox';
import { RatingValueSchema } from '../feedback/index.ts';
import { RegisterCaseBodySchema } from '../cases/index.ts';

/**
 * What a citizen submits online: the case and party fields of staff registration, without
 * the channel (always `online`), the petition type (petitions come through the petition
 * bureau) and the staff's own assessments (risk level, flags).
 */
export const PortalCaseBodySchema = Type.Omit(
  RegisterCaseBodySchema,
  ['channel', 'petitionType', 'risk', 'flags'],
  {
    additionalProperties: false,
    description:
      'The dispute and its parties. parties[0] is the applicant submitting it: a person with name, phone (mobile) and ID number.',
  },
);
export type PortalCaseBody = Static<typeof PortalCaseBodySchema>;

export const SubmittedSchema = Type.Object({
  trackingCode: Type.String({
    description: 'The citizen’s tracking code (查询码): 10 characters; shown once, stored only as a hash',
  }),
  caseNumber: Type.String({ description: 'The case number, to quote when calling the centre' }),
});

const proof = {
  trackingCode: Type.String({
    minLength: 1,
    maxLength: 40,
    description: 'The tracking code (spaces and dashes are ignored, letters in any case)',
  }),
  phoneLast4: Type.String({
    pattern: '^[0-9]{4}$',
    description: 'The last four digits of the applicant’s mobile number',
  }),
};

export const ProofBodySchema = Type.Object(proof, { additionalProperties: false });
export type ProofBody = Static<typeof ProofBodySchema>;

export const PortalRatingBodySchema = Type.Object(
  {
    ...proof,
    rating: RatingValueSchema,
    comment: Type.Optional(Type.String({ maxLength: 1000, description: 'What the citizen wants to say' })),
  },
  { additionalProperties: false },
);
export type PortalRatingBody = Static<typeof PortalRatingBodySchema>;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const PortalCaseViewSchema = Type.Object({
  number: Type.String({ description: 'Case number' }),
  subject: Type.String(),
  category: Type.String({ description: 'Category in Chinese' }),
  registeredAt: Type.String(),
  status: Type.String({ description: 'Status code (registered, accepted, …)' }),
  statusText: Type.String({ description: 'The status in plain Chinese words' }),
  handledBy: Type.String({ description: 'The body handling the case now' }),
  you: Type.Object({
    name: Type.String(),
    role: Type.String({ description: 'applicant or respondent' }),
  }),
  sessions: Type.Array(
    Type.Object({
      id: Type.String(),
      startsAt: Type.String(),
      place: Nullable(Type.String()),
      isOnline: Type.Boolean(),
      mediator: Nullable(Type.String({ description: 'The lead mediator' })),
    }),
    { description: 'Mediation sessions to come that invite the citizen, soonest first' },
  ),
  documents: Type.Array(
    Type.Object({
      agreementId: Type.String(),
      title: Type.String(),
      number: Type.String(),
      effectiveOn: Type.String(),
      url: Type.String({ description: 'POST here with the tracking code and phone digits for the .docx' }),
    }),
    { description: 'The documents meant for the citizen (written agreements)' },
  ),
  rating: Type.Object({
    canRate: Type.Boolean({
      description: 'The case is resolved and the citizen has not rated this resolution',
    }),
    given: Type.Union([
      Type.Object({ rating: RatingValueSchema, comment: Nullable(Type.String()), createdAt: Type.String() }),
      Type.Null(),
    ]),
  }),
  timeline: Type.Array(
    Type.Object({
      at: Type.String(),
      kind: Type.String({ description: 'Event type' }),
      text: Type.String({ description: 'What happened, in plain Chinese words' }),
    }),
  ),
});

export const PortalRatingSchema = Type.Object({
  rating: RatingValueSchema,
  comment: Nullable(Type.String()),
  resolutionSeq: Type.Integer(),
  createdAt: Type.String(),
});
