/** TypeBox schemas of the routing API (rules, the tester, stored proposals). */
import { Type, type TSchema } from '@sinclair/typebox';
import { CHANNELS, RISKS, ROUTE_TARGET_KINDS } from '../../db/tables.ts';
import { ROUTE_FLAGS, type RuleConditions } from './route-conditions.ts';

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const list = <T extends TSchema>(item: T, description: string) =>
  Type.Optional(Type.Array(item, { minItems: 1, maxItems: 200, description }));
const count = (description: string) => Type.Optional(Type.Integer({ minimum: 0, description }));

const conditionFields = {
  categories: list(
    Type.String({ minLength: 1, maxLength: 40 }),
    'Category codes (OR); a first-level code also matches its second-level codes',
  ),
  streetIds: list(Type.String({ minLength: 1 }), 'Streets where it happened (OR)'),
  gridIds: list(Type.String({ minLength: 1 }), 'Grids where it happened (OR)'),
  channels: list(literals(CHANNELS, 'Channel'), 'Channels (OR)'),
  minPeople: count('At least this many people involved (inclusive)'),
  maxPeople: count('At most this many people involved (inclusive)'),
  minAmountFen: count('Amount in dispute at least this, in fen; a case without an amount fails'),
  maxAmountFen: count('Amount in dispute at most this, in fen; a case without an amount fails'),
  risks: list(literals(RISKS, 'Risk level'), 'Risk levels (OR)'),
  flags: list(literals(ROUTE_FLAGS, 'Case flag'), 'Flags that must all be set (AND)'),
};

const SimpleConditionsSchema = Type.Object(conditionFields, { additionalProperties: false });

export const ConditionsSchema = Type.Object(
  {
    ...conditionFields,
    anyOf: Type.Optional(
      Type.Array(SimpleConditionsSchema, {
        minItems: 1,
        maxItems: 20,
        description:
          'At least one of these condition objects must hold in full (e.g. people ≥ 31 OR risk major)',
      }),
    ),
  },
  { additionalProperties: false, description: 'All conditions given must hold (AND); {} matches every case' },
);

const OrgRefSchema = Type.Object({ id: Type.String(), name: Type.String() });

export const RuleSchema = Type.Object({
  id: Type.String(),
  position: Type.Integer({ description: 'Place in the list, from 1; the first matching rule wins' }),
  name: Type.String({ description: 'Rule name, e.g. 医疗纠纷→医调委' }),
  isActive: Type.Boolean({ description: 'Inactive rules never match' }),
  conditions: Type.Unsafe<RuleConditions>(ConditionsSchema),
  targetKind: literals(
    ROUTE_TARGET_KINDS,
    'org: a fixed organisation; place_street / place_community: the street or community above the case’s grid; registering_org: where it was registered',
  ),
  targetOrgId: Nullable(Type.String({ description: 'The organisation when targetKind is org' })),
  targetOrgName: Nullable(Type.String()),
  coHandlerOrgIds: Type.Array(Type.String(), { description: 'Co-handling organisations (协办)' }),
  coHandlers: Type.Array(OrgRefSchema),
  profileCode: Nullable(Type.String({ description: 'Deadline profile code, e.g. labour_handling' })),
  autoDispatch: Type.Boolean({ description: 'Dispatch without waiting for the dispatcher' }),
  leaderFlag: Type.Boolean({ description: 'The case needs a leader’s attention' }),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const ruleFields = {
  name: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'Rule name (Chinese), e.g. 医疗纠纷→医调委',
  }),
  isActive: Type.Optional(Type.Boolean({ description: 'Default true' })),
  conditions: Type.Optional(ConditionsSchema),
  targetKind: RuleSchema.properties.targetKind,
  targetOrgId: Type.Optional(Nullable(Type.String({ description: 'Required when targetKind is org' }))),
  coHandlerOrgIds: Type.Optional(
    Type.Array(Type.String(), { maxItems: 20, description: 'Co-handling organisations (协办)' }),
  ),
  profileCode: Type.Optional(
    Nullable(Type.String({ maxLength: 40, description: 'Deadline profile code, e.g. mediation' })),
  ),
  autoDispatch: Type.Optional(Type.Boolean({ description: 'Default false' })),
  leaderFlag: Type.Optional(Type.Boolean({ description: 'Default false' })),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500, description: 'Admin’s note' }))),
};

export const CreateRuleBodySchema = Type.Object(
  {
    ...ruleFields,
    position: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Insert at this place (from 1); default: last' }),
    ),
  },
  { additionalProperties: false },
);

export const UpdateRuleBodySchema = Type.Partial(Type.Object(ruleFields), {
  additionalProperties: false,
  minProperties: 1,
});

export const ReorderBodySchema = Type.Object(
  { ids: Type.Array(Type.String(), { description: 'Every rule id, in the new order' }) },
  { additionalProperties: false },
);

export const RuleIdParamsSchema = Type.Object({ id: Type.String({ description: 'Rule id' }) });
export const RuleListSchema = Type.Object({ items: Type.Array(RuleSchema) });

const CheckSchema = Type.Object({
  condition: Type.String({ description: 'Condition name, anyOf, or target (the place could not be found)' }),
  expected: Type.Unknown({ description: 'What the rule asks' }),
  actual: Type.Unknown({ description: 'What the case has' }),
  branch: Type.Optional(Type.Integer({ description: 'Index of the anyOf entry' })),
  textZh: Type.String({ description: 'The condition in words, e.g. 类别为劳动争议（拖欠农民工工资）' }),
});
const SkippedSchema = Type.Object({
  ruleId: Type.String(),
  ruleName: Type.String(),
  failed: CheckSchema,
  reasonZh: Type.String({ description: 'Why the rule was passed over' }),
});
export const ExplanationSchema = Type.Object({
  matched: Type.Array(CheckSchema, { description: 'Conditions of the chosen rule that held' }),
  sentenceZh: Type.String({ description: '“Why this route” for the UI' }),
  skipped: Type.Array(SkippedSchema, { description: 'Rules tried before it, each with its first failure' }),
});

const ProposalSchema = Type.Object({
  ruleId: Type.String(),
  ruleName: Type.String(),
  targetOrgId: Type.String(),
  targetOrgName: Type.String(),
  coHandlerOrgIds: Type.Array(Type.String()),
  profileCode: Nullable(Type.String()),
  autoDispatch: Type.Boolean(),
  leaderFlag: Type.Boolean(),
  explanation: ExplanationSchema,
});

export const StoredProposalSchema = Type.Object({
  caseId: Type.String(),
  ruleId: Nullable(Type.String({ description: 'Null when no rule matched at registration' })),
  ruleName: Nullable(Type.String()),
  targetOrgId: Nullable(Type.String()),
  targetOrgName: Nullable(Type.String()),
  coHandlerOrgIds: Type.Array(Type.String()),
  coHandlers: Type.Array(OrgRefSchema),
  profileCode: Nullable(Type.String()),
  autoDispatch: Type.Boolean(),
  leaderFlag: Type.Boolean(),
  explanation: ExplanationSchema,
  createdAt: Type.String(),
});

const FactsInputSchema = Type.Object(
  {
    categoryCode: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'Category code, e.g. wage_arrears',
    }),
    channel: literals(CHANNELS, 'Channel'),
    gridId: Type.Optional(Nullable(Type.String({ description: 'Grid where it happened' }))),
    peopleInvolved: Type.Optional(Type.Integer({ minimum: 1, description: 'People involved; default 1' })),
    amountFen: Type.Optional(Nullable(Type.Integer({ minimum: 0, description: 'Amount in fen' }))),
    risk: Type.Optional(literals(RISKS, 'Risk level; default low')),
    flags: Type.Optional(Type.Array(literals(ROUTE_FLAGS, 'Case flag'), { uniqueItems: true })),
  },
  { additionalProperties: false },
);

export const TestRouteBodySchema = Type.Object(
  {
    caseId: Type.Optional(Type.String({ description: 'Route a registered case (within your scope)' })),
    facts: Type.Optional(FactsInputSchema),
  },
  { additionalProperties: false, description: 'Give caseId or facts' },
);

export const TestRouteResultSchema = Type.Object({
  facts: Type.Unknown({ description: 'The facts the rules were run on' }),
  proposal: Nullable(ProposalSchema),
  skipped: Type.Array(SkippedSchema, { description: 'Rules passed over (all of them when none matched)' }),
});
