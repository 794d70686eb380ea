import { Type, type Static } from '@sinclair/typebox';
import { CHANNELS, PETITION_TYPES, RISKS } from '../../db/tables.ts';

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

export const FLAGS = ['group_incident', 'repeat', 'urgent', 'sensitive'] as const;
export type CaseFlag = (typeof FLAGS)[number];

export const ChannelSchema = literals(
  CHANNELS,
  'How the case reached the centre: walk_in 窗口, hotline_12345, phone, grid_report 网格上报, online 网上, letter 来信, petition 信访, transfer 上级交办, open311, court_referral 法院委派 (registered through POST /api/v1/court-referrals)',
);
export const RiskSchema = literals(RISKS, 'Risk level');
export const FlagSchema = literals(FLAGS, 'group_incident 群体性, repeat 重复, urgent 紧急, sensitive 敏感');

const Text = (max: number, description: string) => Type.String({ maxLength: max, description });

export const PartyInputSchema = Type.Object(
  {
    kind: literals(['person', 'organisation'] as const, 'A person or an organisation'),
    role: literals(['applicant', 'respondent'] as const, 'Applicant 申请人 or respondent 被申请人'),
    name: Type.String({ minLength: 1, maxLength: 100, description: 'Full name or organisation name' }),
    gender: Type.Optional(literals(['male', 'female'] as const, 'Derived from the ID number when omitted')),
    ethnicity: Type.Optional(Text(20, 'Ethnicity (民族), optional')),
    idNumber: Type.Optional(Text(30, 'Mainland resident ID number (18 characters, GB 11643 check digit)')),
    phone: Type.Optional(Text(30, 'Mobile number (organisations may give a landline)')),
    address: Type.Optional(Text(200, 'Address')),
    creditCode: Type.Optional(Text(30, 'Unified social credit code (organisations)')),
    legalRepresentative: Type.Optional(Text(50, 'Legal representative (organisations)')),
    agent: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 50, description: 'Agent (代理人) name' }),
          phone: Type.Optional(Text(30, 'Agent phone')),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PartyInput = Static<typeof PartyInputSchema>;

export const RegisterCaseBodySchema = Type.Object(
  {
    channel: ChannelSchema,
    category: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'Taxonomy code, first or second level (GET /api/v1/categories), e.g. wage_arrears',
    }),
    petitionType: Type.Optional(
      literals(
        PETITION_TYPES,
        'For petitions: suggestion 建议意见类, complaint 检举控告类, appeal 申诉求决类',
      ),
    ),
    subject: Type.String({ minLength: 1, maxLength: 100, description: 'Short title of the dispute' }),
    description: Type.String({ minLength: 1, maxLength: 5000, description: 'What happened' }),
    occurredAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'When it happened (ISO 8601)' }),
    ),
    gridId: Type.Optional(
      Type.String({ description: 'Grid where it happened; filled in from lat/lng when omitted' }),
    ),
    address: Type.Optional(Text(200, 'Address where it happened')),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90, description: 'Latitude (WGS 84)' })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180, description: 'Longitude (WGS 84)' })),
    peopleInvolved: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'People involved (涉及人数)' }),
    ),
    amountFen: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1e15, description: 'Amount in dispute in fen (1 yuan = 100 fen)' }),
    ),
    risk: Type.Optional(RiskSchema),
    flags: Type.Optional(Type.Array(FlagSchema, { uniqueItems: true, maxItems: 4 })),
    parties: Type.Array(PartyInputSchema, { minItems: 1, maxItems: 50, description: 'At least one party' }),
  },
  { additionalProperties: false },
);
export type RegisterCaseBody = Static<typeof RegisterCaseBodySchema>;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const OrgRef = Type.Object({ id: Type.String(), name: Type.String() });

export const PartySchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  role: Type.String(),
  name: Type.String(),
  gender: Nullable(Type.String()),
  ethnicity: Nullable(Type.String()),
  address: Nullable(Type.String()),
  idNumber: Nullable(
    Type.String({ description: 'Masked: 110101********1234. Use …/reveal for the whole number' }),
  ),
  phone: Nullable(Type.String({ description: 'Masked: 138****5678' })),
  creditCode: Nullable(Type.String()),
  legalRepresentative: Nullable(Type.String()),
  agent: Type.Union([Type.Object({ name: Type.String(), phone: Nullable(Type.String()) }), Type.Null()]),
});

export const EventSchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  type: Type.String({ description: 'registered, attachment_added, … (and status changes)' }),
  actorName: Nullable(Type.String()),
  orgId: Nullable(Type.String()),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  note: Nullable(Type.String()),
  data: Type.Unknown(),
});

export const AttachmentSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  mimeType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String(),
  url: Type.String({ description: 'Download address' }),
});

export const RelatedSchema = Type.Object({
  caseId: Type.String(),
  number: Type.String(),
  subject: Type.String(),
  status: Type.String(),
  createdAt: Type.String(),
  reasons: Type.Array(
    Type.String({ description: 'same_party, same_respondent, same_place_category, near_duplicate' }),
  ),
  score: Type.Number(),
});

const caseCore = {
  id: Type.String(),
  number: Type.String({ description: '{district code}-{year}-{6-digit sequence}' }),
  status: Type.String(),
  version: Type.Integer({ description: 'Send back with actions (optimistic concurrency)' }),
  channel: Type.String(),
  category: Type.Object({
    code: Type.String(),
    nameZh: Type.String(),
    nameEn: Type.String(),
    topCode: Type.String(),
  }),
  petitionType: Nullable(Type.String()),
  subject: Type.String(),
  risk: Type.String(),
  flags: Type.Array(Type.String()),
  grid: Type.Union([OrgRef, Type.Null()]),
  currentOrg: OrgRef,
  createdAt: Type.String(),
};

export const CaseListItemSchema = Type.Object({
  ...caseCore,
  applicants: Type.Array(Type.String(), { description: 'Applicant names' }),
  score: Type.Union([Type.Number(), Type.Null()], {
    description: 'Search relevance, higher is better (only with q)',
  }),
});

export const DeadlineSchema = Type.Object({
  kind: Type.String({ description: 'Which time limit: acceptance, handling, petition_handling, …' }),
  dueAt: Type.String({ description: 'When it runs out (ISO instant)' }),
  level: Type.String({ description: 'normal, yellow (warning) or red (overdue)' }),
  usedShare: Type.Number({ description: 'Share of the time used, 1 = all' }),
  isPaused: Type.Boolean({ description: 'The clock is suspended (中止)' }),
  profileCode: Type.String(),
});

export const CaseSchema = Type.Object({
  ...caseCore,
  allowedActions: Type.Array(Type.String(), {
    description: 'Actions the caller may take now (draw buttons from this)',
  }),
  deadline: Type.Union([DeadlineSchema, Type.Null()], { description: 'The most urgent open time limit' }),
  assignedUserId: Nullable(Type.String()),
  isSuspended: Type.Boolean(),
  extensionRequest: Type.Unknown({
    description: 'A pending extension request {amount, reason, requestedBy, requestedAt} or null',
  }),
  needsLeader: Type.Boolean({ description: 'A routing rule asked for a leader’s attention' }),
  outcome: Nullable(Type.String({ description: 'success or failure once recorded' })),
  description: Type.String(),
  occurredAt: Nullable(Type.String()),
  address: Nullable(Type.String()),
  lat: Type.Union([Type.Number(), Type.Null()]),
  lng: Type.Union([Type.Number(), Type.Null()]),
  peopleInvolved: Type.Integer(),
  amountFen: Type.Union([Type.Integer(), Type.Null()]),
  registeredOrg: OrgRef,
  registeredBy: Type.Union([OrgRef, Type.Null()]),
  visits: Type.Integer({ description: 'Times a party came in person (跑动次数)' }),
  updatedAt: Type.String(),
  parties: Type.Array(PartySchema),
  attachments: Type.Array(AttachmentSchema),
  related: Type.Array(RelatedSchema),
  events: Type.Array(EventSchema),
});

export const ListCasesQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Text in subject, description and party names (Chinese word search)',
      }),
    ),
    status: Type.Optional(Type.String({ description: 'Status, or several separated by commas' })),
    category: Type.Optional(
      Type.String({ description: 'Category code; a first-level code includes its children' }),
    ),
    channel: Type.Optional(ChannelSchema),
    orgId: Type.Optional(
      Type.String({ description: 'Only cases on the path of this organisation’s subtree' }),
    ),
    gridId: Type.Optional(Type.String()),
    risk: Type.Optional(RiskSchema),
    flags: Type.Optional(Type.String({ description: 'Comma-separated flags that must all be set' })),
    from: Type.Optional(
      Type.String({ format: 'date', description: 'Registered on or after this day (Asia/Shanghai)' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date', description: 'Registered on or before this day (Asia/Shanghai)' }),
    ),
    overdue: Type.Optional(Type.Boolean({ description: 'Only cases past a deadline (red)' })),
    deadlineLevel: Type.Optional(
      Type.Union(
        [Type.Literal('normal'), Type.Literal('reminder'), Type.Literal('yellow'), Type.Literal('red')],
        { description: 'Level of the most urgent open deadline' },
      ),
    ),
    supervised: Type.Optional(
      Type.Boolean({ description: 'Only cases with a supervision awaiting a reply' }),
    ),
    held: Type.Optional(
      Type.Boolean({ description: 'Only cases held now by the caller’s own organisation (待办)' }),
    ),
    heldBelow: Type.Optional(
      Type.Boolean({
        description:
          'Only cases held now by the caller’s organisation or any below it (the dispatcher’s desk: a grid’s case waits for its street)',
      }),
    ),
    needsLeader: Type.Optional(
      Type.Boolean({ description: 'Only cases a routing rule flagged for a leader' }),
    ),
    cursor: Type.Optional(Type.String({ description: 'nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  { additionalProperties: false },
);
export type ListCasesQuery = Static<typeof ListCasesQuerySchema>;

export const CaseListSchema = Type.Object({
  items: Type.Array(CaseListItemSchema),
  total: Type.Integer({ description: 'All matching cases' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const RevealBodySchema = Type.Object(
  {
    reason: Type.String({
      minLength: 2,
      maxLength: 200,
      description: 'Why the whole number is needed (recorded in the audit trail)',
    }),
  },
  { additionalProperties: false },
);

export const RevealSchema = Type.Object({
  idNumber: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  agentPhone: Nullable(Type.String()),
});

export const CaseIdParamsSchema = Type.Object({ id: Type.String({ description: 'Case id' }) });
