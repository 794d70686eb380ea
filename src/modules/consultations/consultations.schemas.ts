/** TypeBox schemas of the "3+X" consultation API (会商研判), with descriptions for OpenAPI. */
import { Type, type Static } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ParticipantKindSchema = Type.Union(
  [
    Type.Literal('judge'),
    Type.Literal('chief_mediator'),
    Type.Literal('legal_aid'),
    Type.Literal('department'),
    Type.Literal('other'),
  ],
  {
    description:
      'judge 法官, chief_mediator 首席调解员, legal_aid 法律援助律师 (the "3"), department 相关部门 (the "X"), other',
  },
);

export const ParticipantInputSchema = Type.Object(
  {
    kind: ParticipantKindSchema,
    userId: Type.Optional(Type.String({ description: 'A staff user in the convener’s subtree' })),
    orgId: Type.Optional(
      Type.String({ description: 'An organisation in the convener’s subtree (required for department)' }),
    ),
    name: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Name of an outside person (the judge); defaults to the user’s or organisation’s name',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ParticipantInput = Static<typeof ParticipantInputSchema>;

export const ConveneBodySchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200, description: 'What the consultation is about' }),
    scheduledAt: Type.String({ format: 'date-time', description: 'When it meets (ISO 8601)' }),
    place: Type.String({ minLength: 1, maxLength: 200, description: 'Where it meets' }),
    participants: Type.Array(ParticipantInputSchema, {
      minItems: 1,
      maxItems: 50,
      description: 'At least one judge, one chief mediator and one legal-aid lawyer, plus the departments',
    }),
  },
  { additionalProperties: false },
);
export type ConveneBody = Static<typeof ConveneBodySchema>;

export const DecisionInputSchema = Type.Object(
  {
    content: Type.String({ minLength: 1, maxLength: 2000, description: 'What must be done (决定事项)' }),
    ownerOrgId: Type.String({ description: 'The organisation responsible, in the recorder’s subtree' }),
    ownerUserId: Type.Optional(
      Type.String({ description: 'The person responsible, a user of the owner organisation or below' }),
    ),
    dueOn: Type.String({ format: 'date', description: 'Due day (YYYY-MM-DD, Asia/Shanghai)' }),
  },
  { additionalProperties: false },
);
export type DecisionInput = Static<typeof DecisionInputSchema>;

export const MinutesBodySchema = Type.Object(
  {
    minutes: Type.String({ minLength: 1, maxLength: 20000, description: 'The minutes (会商纪要)' }),
    attendance: Type.Optional(
      Type.Array(
        Type.Object(
          {
            participantId: Type.String({ description: 'A participant of this consultation' }),
            attended: Type.Boolean({ description: 'Whether they came' }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50, description: 'Who came' },
      ),
    ),
    decisions: Type.Array(DecisionInputSchema, {
      maxItems: 50,
      description:
        'Decisions; each new one becomes a task. A decision equal to an existing task (same content, owner and due day) is that task, not a new one; tasks are never removed here',
    }),
  },
  { additionalProperties: false },
);
export type MinutesBody = Static<typeof MinutesBodySchema>;

export const CancelBodySchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why it is cancelled' }) },
  { additionalProperties: false },
);

export const TaskDoneBodySchema = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000, description: 'What was done (办理情况)' }) },
  { additionalProperties: false },
);

export const TaskListQuerySchema = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('overdue')], {
        description: 'open (includes overdue), done, or overdue (open and due before today)',
      }),
    ),
    mine: Type.Optional(
      Type.Boolean({ description: 'Only tasks of the caller’s own organisation or assigned to the caller' }),
    ),
  },
  { additionalProperties: false },
);

export const TaskSchema = Type.Object({
  id: Type.String(),
  consultationId: Type.String(),
  consultationTitle: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  caseSubject: Type.String(),
  content: Type.String(),
  ownerOrgId: Type.String(),
  ownerOrgName: Type.String(),
  ownerUserId: Nullable(Type.String()),
  ownerUserName: Nullable(Type.String()),
  dueOn: Type.String({ description: 'YYYY-MM-DD' }),
  status: Type.String({ description: 'open or done' }),
  isOverdue: Type.Boolean({ description: 'Open and due before today (Asia/Shanghai)' }),
  doneNote: Nullable(Type.String()),
  doneBy: Nullable(Type.String()),
  doneAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const ParticipantSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  userId: Nullable(Type.String()),
  orgId: Nullable(Type.String()),
  name: Type.String(),
  attended: Type.Union([Type.Boolean(), Type.Null()], { description: 'null until the minutes say' }),
});

export const ConsultationSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  title: Type.String(),
  convenedBy: Type.String(),
  convenedByName: Type.String(),
  orgId: Type.String({ description: 'The convening organisation' }),
  scheduledAt: Type.String(),
  place: Type.String(),
  status: Type.String({ description: 'scheduled, held or cancelled' }),
  minutes: Nullable(Type.String()),
  heldAt: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  participants: Type.Array(ParticipantSchema),
  tasks: Type.Array(TaskSchema),
});

export const ConsultationListQuerySchema = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('scheduled'), Type.Literal('held'), Type.Literal('cancelled')], {
        description: 'Only consultations in this state',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ConsultationListItemSchema = Type.Composite([
  ConsultationSchema,
  Type.Object({
    caseNumber: Type.String({ description: 'The case’s number' }),
    caseSubject: Type.String({ description: 'The case’s subject' }),
  }),
]);

export const MinutesResultSchema = Type.Composite([
  ConsultationSchema,
  Type.Object({
    addedTaskIds: Type.Array(Type.String(), { description: 'Tasks created by this request' }),
  }),
]);
