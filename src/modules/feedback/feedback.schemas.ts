import { Type, type Static } from '@sinclair/typebox';
import { RATINGS } from '../../db/tables.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const UserRef = Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]);

export const CaseIdParamsSchema = Type.Object({ id: Type.String({ description: 'Case id' }) });

export const RatingValueSchema = Type.Union(
  RATINGS.map((r) => Type.Literal(r)),
  { description: 'satisfied 满意, basically_satisfied 基本满意, dissatisfied 不满意' },
);

export const RecordVisitBodySchema = Type.Object(
  {
    partyId: Type.Optional(Type.String({ description: 'The party who came (a party of this case)' })),
    note: Type.Optional(Type.String({ maxLength: 500, description: 'What the visit was about' })),
  },
  { additionalProperties: false },
);
export type RecordVisitBody = Static<typeof RecordVisitBodySchema>;

export const VisitSchema = Type.Object({
  id: Type.String(),
  partyId: Nullable(Type.String({ description: 'The party who came, when known' })),
  partyName: Nullable(Type.String()),
  visitedAt: Type.String({ description: 'When (ISO instant)' }),
  recordedBy: UserRef,
  note: Nullable(Type.String()),
});

export const RecordedVisitSchema = Type.Object({
  visit: VisitSchema,
  visits: Type.Integer({ description: 'The case’s visits in person so far (跑动次数)' }),
});

export const VisitListSchema = Type.Object({
  items: Type.Array(VisitSchema),
  visits: Type.Integer({ description: 'The case’s visits in person (跑动次数)' }),
});

export const RecordRatingBodySchema = Type.Object(
  {
    partyId: Type.String({ description: 'The party whose satisfaction this is (a party of this case)' }),
    rating: RatingValueSchema,
    comment: Type.Optional(Type.String({ maxLength: 1000, description: 'What the party said' })),
  },
  { additionalProperties: false },
);
export type RecordRatingBody = Static<typeof RecordRatingBodySchema>;

export const RatingSchema = Type.Object({
  id: Type.String(),
  partyId: Nullable(Type.String()),
  partyName: Nullable(Type.String()),
  resolutionSeq: Type.Integer({ description: 'Which resolution of the case was rated (1 = the first)' }),
  rating: RatingValueSchema,
  comment: Nullable(Type.String()),
  source: Type.String({ description: 'portal (the citizen online) or staff (a return call 回访)' }),
  createdBy: UserRef,
  createdAt: Type.String(),
});

export const RatingListSchema = Type.Object({ items: Type.Array(RatingSchema) });
