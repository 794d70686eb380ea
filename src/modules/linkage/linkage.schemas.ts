/** TypeBox schemas of litigation linkage (诉调对接) and petitions (信访). */
import { Type, type Static } from '@sinclair/typebox';
import { RegisterCaseBodySchema } from '../cases/index.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Day = (description: string) => Type.String({ format: 'date', description });

export const LitigationTransferBodySchema = Type.Object(
  {
    court: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The receiving court or its 诉调对接中心, e.g. 示范区人民法院',
    }),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'Why and what is handed over' })),
  },
  { additionalProperties: false },
);
export type LitigationTransferBody = Static<typeof LitigationTransferBodySchema>;

const { channel: _channel, ...caseProperties } = RegisterCaseBodySchema.properties;

/** The referred case: the body of POST /api/v1/cases. Its channel is always `court_referral`. */
export const ReferredCaseSchema = Type.Object(
  {
    ...caseProperties,
    channel: Type.Optional(
      Type.Literal('court_referral', { description: 'Always court_referral (法院委派); may be omitted' }),
    ),
  },
  { additionalProperties: false, description: 'The case, as for POST /api/v1/cases' },
);

export const CourtReferralBodySchema = Type.Object(
  {
    courtCaseNumber: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'The court’s case number, e.g. （2026）浙0681民诉前调1234号',
    }),
    court: Type.String({ minLength: 1, maxLength: 100, description: 'The referring court' }),
    referralKind: Type.Union([Type.Literal('entrusted'), Type.Literal('pre_litigation')], {
      description: 'entrusted 委派调解 (before the court registers the suit) or pre_litigation 诉前调解',
    }),
    case: ReferredCaseSchema,
  },
  { additionalProperties: false },
);
export type CourtReferralBody = Static<typeof CourtReferralBodySchema>;

export const TransferOutcomeBodySchema = Type.Object(
  {
    outcome: Type.Union([Type.Literal('settled'), Type.Literal('not_settled'), Type.Literal('withdrawn')], {
      description:
        'settled 化解 (by mediation for a referral: counts toward 诉前化解率), not_settled 未化解, withdrawn 撤回',
    }),
    courtCaseNumber: Type.Optional(
      Type.String({ minLength: 1, maxLength: 60, description: 'The court’s case number, once known' }),
    ),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'What happened' })),
    outcomeOn: Day('The day of the outcome (YYYY-MM-DD)'),
  },
  { additionalProperties: false },
);
export type TransferOutcomeBody = Static<typeof TransferOutcomeBodySchema>;

export const TransferListQuerySchema = Type.Object(
  {
    direction: Type.Optional(
      Type.Union([Type.Literal('to_court'), Type.Literal('from_court')], {
        description: 'to_court 移送法院 or from_court 法院委派',
      }),
    ),
    open: Type.Optional(
      Type.Boolean({ description: 'true: no outcome yet; false: outcome recorded; omitted: all' }),
    ),
  },
  { additionalProperties: false },
);

export const TransferSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  caseSubject: Type.String(),
  caseStatus: Type.String(),
  direction: Type.String({ description: 'to_court or from_court' }),
  court: Type.String(),
  courtCaseNumber: Nullable(Type.String()),
  referralKind: Nullable(Type.String({ description: 'entrusted or pre_litigation (referrals)' })),
  note: Nullable(Type.String()),
  outcome: Nullable(Type.String({ description: 'settled, not_settled or withdrawn' })),
  outcomeNote: Nullable(Type.String()),
  outcomeOn: Nullable(Type.String()),
  deadline: Type.Optional(
    Nullable(Type.String({ description: 'On registering a referral: when its 30-day clock runs out' })),
  ),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const PetitionReplyBodySchema = Type.Object(
  {
    factsFound: Type.String({ minLength: 1, maxLength: 10000, description: '调查核实情况: the facts found' }),
    opinion: Type.String({
      minLength: 1,
      maxLength: 10000,
      description: '处理意见: the decision on the request',
    }),
    basis: Type.Optional(Type.String({ maxLength: 2000, description: 'The laws and policies it rests on' })),
    reviewBody: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The body at the next level up that reviews (复查) on request',
    }),
  },
  { additionalProperties: false },
);
export type PetitionReplyBody = Static<typeof PetitionReplyBodySchema>;

export const PetitionReplySchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  number: Type.String(),
  issuer: Type.Object({ id: Type.String(), name: Type.String() }),
  factsFound: Type.String(),
  opinion: Type.String(),
  basis: Nullable(Type.String()),
  reviewBody: Type.String(),
  repliedOn: Type.String(),
  reviewWindowEndsOn: Type.String({ description: 'Last day to ask for a review (复查)' }),
  createdAt: Type.String(),
});

export const PetitionReviewBodySchema = Type.Object(
  {
    level: Type.Union([Type.Literal('review'), Type.Literal('rereview')], {
      description: 'review 复查 (of the reply) or rereview 复核 (of the review decision)',
    }),
    requestedOn: Day('The day the petitioner asked (YYYY-MM-DD), within 30 days'),
    body: Type.String({ minLength: 1, maxLength: 100, description: 'The body asked to review' }),
  },
  { additionalProperties: false },
);
export type PetitionReviewBody = Static<typeof PetitionReviewBodySchema>;

export const ReviewDecisionBodySchema = Type.Object(
  {
    decision: Type.Union([Type.Literal('upheld'), Type.Literal('changed')], {
      description: 'upheld 维持 or changed 撤销/变更',
    }),
    note: Type.String({ minLength: 1, maxLength: 5000, description: 'The review opinion in brief' }),
    decidedOn: Day('The day of the decision (YYYY-MM-DD)'),
  },
  { additionalProperties: false },
);
export type ReviewDecisionBody = Static<typeof ReviewDecisionBodySchema>;

export const PetitionReviewSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  replyId: Type.String(),
  reviewOfId: Nullable(Type.String()),
  level: Type.String(),
  body: Type.String(),
  requestedOn: Type.String(),
  windowEndsOn: Type.String(),
  decision: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  decidedOn: Nullable(Type.String()),
  deadline: Type.Optional(
    Nullable(Type.String({ description: 'On recording a request: when the decision is due (30 days)' })),
  ),
  createdAt: Type.String(),
});
