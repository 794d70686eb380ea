import { Type, type Static, type TString } from '@sinclair/typebox';
import { TIMER_UNITS } from '../../db/tables.ts';

const Nullable = (t: TString) => Type.Union([t, Type.Null()]);

export const UnitSchema = Type.Union(
  TIMER_UNITS.map((u) => Type.Literal(u)),
  { description: 'calendar_days 自然日, working_days 工作日 (district calendar), hours 小时' },
);

const WarnSharesSchema = Type.Array(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }), {
  maxItems: 5,
  description:
    'Shares of the time at which warnings start, e.g. [0.5, 0.75]: the last is yellow 预警, earlier ones are reminders; red 超期 is always at 1',
});

export const ProfileSchema = Type.Object({
  code: Type.String({ description: 'Stable code, e.g. acceptance, petition_handling' }),
  nameZh: Type.String({ description: 'Chinese name, e.g. 受理时限' }),
  nameEn: Type.String({ description: 'English name' }),
  unit: UnitSchema,
  amount: Type.Integer({ description: 'The time limit in the unit' }),
  warnShares: Type.Array(Type.Number(), { description: 'Warning shares, ascending' }),
  categoryCode: Type.Union([Type.String(), Type.Null()], {
    description: 'Category (first or second level) the profile applies to; null: any',
  }),
  state: Type.Union([Type.String(), Type.Null()], {
    description: 'Case status the profile applies to (e.g. accepted); null: started by code only',
  }),
  maxExtensionAmount: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Most extension allowed in total, in the unit; null: no limit',
  }),
  isActive: Type.Boolean({ description: 'Inactive profiles are not picked for new timers' }),
  updatedAt: Type.String(),
});

const Code = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$', description: 'lower_snake_case code' });
const State = Type.String({ pattern: '^[a-z][a-z_]{1,39}$', description: 'A case status, e.g. accepted' });

const editable = {
  nameZh: Type.String({ minLength: 1, maxLength: 50, description: 'Chinese name' }),
  nameEn: Type.String({ minLength: 1, maxLength: 80, description: 'English name' }),
  unit: UnitSchema,
  amount: Type.Integer({ minimum: 1, maximum: 10_000, description: 'The time limit in the unit' }),
  warnShares: WarnSharesSchema,
  categoryCode: Nullable(Code),
  state: Nullable(State),
  maxExtensionAmount: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000 }), Type.Null()], {
    description: 'Most extension allowed in total, in the unit; null: no limit',
  }),
};

export const CreateProfileBodySchema = Type.Object(
  {
    code: Code,
    nameZh: editable.nameZh,
    nameEn: editable.nameEn,
    unit: editable.unit,
    amount: editable.amount,
    warnShares: Type.Optional(editable.warnShares),
    categoryCode: Type.Optional(editable.categoryCode),
    state: Type.Optional(editable.state),
    maxExtensionAmount: Type.Optional(editable.maxExtensionAmount),
  },
  { additionalProperties: false },
);
export type CreateProfileBody = Static<typeof CreateProfileBodySchema>;

export const PatchProfileBodySchema = Type.Object(
  {
    nameZh: Type.Optional(editable.nameZh),
    nameEn: Type.Optional(editable.nameEn),
    unit: Type.Optional(editable.unit),
    amount: Type.Optional(editable.amount),
    warnShares: Type.Optional(editable.warnShares),
    categoryCode: Type.Optional(editable.categoryCode),
    state: Type.Optional(editable.state),
    maxExtensionAmount: Type.Optional(editable.maxExtensionAmount),
    isActive: Type.Optional(Type.Boolean({ description: 'Deactivate instead of deleting' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PatchProfileBody = Static<typeof PatchProfileBodySchema>;

const LevelSchema = Type.Union([Type.Literal('normal'), Type.Literal('yellow'), Type.Literal('red')], {
  description: 'normal, yellow 预警 (past the yellow share), red 超期 (time used up)',
});

export const TimerSchema = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'acceptance, handling, mediation, petition_handling…' }),
  profileCode: Type.String(),
  unit: UnitSchema,
  amount: Type.Integer(),
  extensionAmount: Type.Integer({ description: 'Extension granted (延期), in the unit' }),
  status: Type.Union([Type.Literal('running'), Type.Literal('paused'), Type.Literal('stopped')]),
  startedAt: Type.String(),
  stoppedAt: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.String({ description: 'When the time is used up (for a paused timer: if resumed now)' }),
  usedShare: Type.Number({ description: 'Share of the allowed time used; above 1 when overdue' }),
  level: LevelSchema,
  remaining: Type.Number({ description: 'Time left in the unit; negative when overdue' }),
  isPaused: Type.Boolean(),
  pauses: Type.Array(
    Type.Object({
      pausedAt: Type.String(),
      resumedAt: Type.Union([Type.String(), Type.Null()]),
      reason: Type.String(),
    }),
  ),
  byOrg: Type.Array(
    Type.Object({
      orgId: Type.String(),
      orgName: Type.String(),
      used: Type.Number({ description: 'Counted time while this organisation held the case, in the unit' }),
    }),
    { description: 'Time used per organisation that held the case (推诿、退单 are attributed)' },
  ),
});

export const CaseTimersSchema = Type.Object({
  items: Type.Array(TimerSchema),
  custody: Type.Array(
    Type.Object({
      orgId: Type.String(),
      orgName: Type.String(),
      startedAt: Type.String(),
      endedAt: Type.Union([Type.String(), Type.Null()]),
    }),
    { description: 'Which organisation held the case when' },
  ),
});
