/**
 * TypeBox schemas of the statistics API; every figure's description is its definition
 * from figure-definitions.ts, so the OpenAPI document says what each number counts.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { COUNT_FIGURES, COUNT_KEYS, RATE_FIGURES, RATE_KEYS, type FigureKey } from './figure-definitions.ts';
import { definitionsText } from './figure-values.ts';

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );
const Day = (description: string) => Type.String({ format: 'date', description });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const StatsQuerySchema = Type.Object(
  {
    orgId: Type.Optional(
      Type.String({
        description:
          'Organisation whose subtree is counted; default the caller’s own. Outside the caller’s subtree: 404',
      }),
    ),
    from: Type.Optional(
      Day('First day of the period (Asia/Shanghai), default the first of the month of `to`'),
    ),
    to: Type.Optional(Day('Last day of the period, included; default today')),
    view: Type.Optional(
      literals(
        ['place', 'handler'] as const,
        'place (default): cases whose grid, or registering organisation when it has no grid, lies in the subtree; handler: cases an organisation in the subtree held or handled',
      ),
    ),
    category: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'Only this category (a first-level code takes its children)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type StatsQueryInput = Static<typeof StatsQuerySchema>;

const countProps = Object.fromEntries(
  COUNT_FIGURES.map((f) => [
    f.key,
    Type.Integer({ description: `${f.nameZh}：${f.definitionZh} ${f.definition}` }),
  ]),
);
const rateProps = Object.fromEntries(
  RATE_FIGURES.map((f) => [
    f.key,
    Nullable(
      Type.Number({
        description: `${f.nameZh}：${f.definitionZh} ${f.definition} 0..1, null when the denominator is 0`,
      }),
    ),
  ]),
);
const comparisonProps = {
  ...countProps,
  overdue: Type.Null({ description: 'A state now: no value for a past period' }),
  ...rateProps,
  from: Type.String(),
  to: Type.String(),
};

export const StatsSummarySchema = Type.Object(
  {
    orgId: Type.String(),
    orgName: Type.String(),
    view: Type.String({ description: 'place or handler' }),
    category: Nullable(Type.String()),
    from: Type.String({ description: 'First day of the period' }),
    to: Type.String({ description: 'Last day of the period, included' }),
    ...countProps,
    ...rateProps,
    previousPeriod: Type.Object(comparisonProps, {
      description: 'The period just before, of the same length (上期; the previous months for whole months)',
    }),
    lastYear: Type.Object(comparisonProps, { description: 'The same dates one year earlier (同期)' }),
  },
  { description: `Figures:\n${definitionsText()}` },
);

const FIGURE_KEYS: readonly FigureKey[] = [...COUNT_KEYS, ...RATE_KEYS];

export const BreakdownQuerySchema = Type.Composite(
  [
    StatsQuerySchema,
    Type.Object({
      by: literals(
        ['category', 'channel', 'org', 'grid', 'day', 'week', 'month'] as const,
        'category (first level), channel, org (direct children of orgId plus its own level), grid, or day / week (Monday) / month in Asia/Shanghai',
      ),
      figure: Type.Optional(literals(FIGURE_KEYS, 'Only this figure (default: every figure)')),
    }),
  ],
  { additionalProperties: false },
);

const Values = Type.Record(Type.String(), Nullable(Type.Number()), {
  description: 'Figure key → value (counts, and rates 0..1 or null)',
});

export const BreakdownSchema = Type.Object({
  by: Type.String(),
  figure: Nullable(Type.String()),
  orgId: Type.String(),
  orgName: Type.String(),
  view: Type.String(),
  from: Type.String(),
  to: Type.String(),
  rows: Type.Array(
    Type.Object({
      key: Nullable(
        Type.String({
          description: 'Bucket: code, id, day, Monday of the week or month; null: none / own level',
        }),
      ),
      label: Type.String({ description: 'Chinese label of the bucket' }),
      values: Values,
    }),
  ),
  total: Values,
});

export const FigureCasesQuerySchema = Type.Composite(
  [
    StatsQuerySchema,
    Type.Object({
      figure: literals(COUNT_KEYS, `The count figure whose items to list:\n${definitionsText()}`),
      cursor: Type.Optional(Type.String({ maxLength: 500, description: 'nextCursor of the previous page' })),
      limit: Type.Optional(
        Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Page size' }),
      ),
    }),
  ],
  { additionalProperties: false },
);

export const FigureCasesSchema = Type.Object({
  figure: Type.String(),
  unit: Type.String({
    description: 'What an item is: case, rating, referral, confirmation, followup, agreement',
  }),
  orgId: Type.String(),
  view: Type.String(),
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer({ description: 'The figure: how many items in all pages' }),
  items: Type.Array(
    Type.Object({
      id: Type.String({ description: 'The counted item (the case id for case figures)' }),
      at: Nullable(Type.String({ description: 'The date that placed it in the period' })),
      caseId: Type.String(),
      number: Type.String({ description: 'Case number' }),
      subject: Type.String(),
      status: Type.String(),
      categoryCode: Type.String(),
      channel: Type.String(),
    }),
  ),
  nextCursor: Nullable(Type.String({ description: 'Pass as cursor for the next page; null on the last' })),
});

export const DefinitionsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      key: Type.String(),
      kind: Type.String({ description: 'count or rate' }),
      nameZh: Type.String(),
      nameEn: Type.String(),
      definitionZh: Type.String(),
      definition: Type.String(),
      unit: Type.Optional(Type.String()),
      dateKind: Type.Optional(Type.String({ description: 'instant, date, or now (a state now)' })),
      numerator: Type.Optional(Type.String()),
      denominator: Type.Optional(Type.String()),
    }),
  ),
});
