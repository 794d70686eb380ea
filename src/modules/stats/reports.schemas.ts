/** TypeBox schemas of the reports API (每天一简报、每周一交流、每月一分析). */
import { Type, type Static } from '@sinclair/typebox';
import { REPORT_KINDS } from './report-periods.ts';

const Kind = Type.Union(
  REPORT_KINDS.map((k) => Type.Literal(k)),
  {
    description:
      'daily 每日简报 (a day), weekly 每周交流 (Monday to Sunday), monthly 每月分析 (a calendar month)',
  },
);

export const GenerateReportBodySchema = Type.Object(
  {
    kind: Kind,
    period: Type.String({
      maxLength: 10,
      description: 'daily: the day YYYY-MM-DD; weekly: any day of the week; monthly: the month YYYY-MM',
    }),
    orgId: Type.Optional(
      Type.String({ description: 'The organisation (default the caller’s own); in the caller’s subtree' }),
    ),
  },
  { additionalProperties: false },
);
export type GenerateReportBody = Static<typeof GenerateReportBodySchema>;

export const ReportListQuerySchema = Type.Object(
  {
    kind: Type.Optional(Kind),
    orgId: Type.Optional(Type.String({ description: 'Only this organisation’s reports' })),
  },
  { additionalProperties: false },
);

export const ReportSchema = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'daily, weekly or monthly' }),
  kindZh: Type.String(),
  periodStart: Type.String({ description: 'First day of the period' }),
  periodEnd: Type.String({ description: 'Last day of the period, included' }),
  orgId: Type.String(),
  orgName: Type.String(),
  title: Type.String(),
  figures: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()]), {
    description: 'The figures the report states (GET /stats/definitions says what each counts)',
  }),
  source: Type.String({ description: 'schedule (the daily job) or on_demand' }),
  docxSize: Type.Integer(),
  xlsxSize: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String({ description: 'Last generation (a new one replaces the files)' }),
});

export const ReportFileParamsSchema = Type.Object({
  id: Type.String({ description: 'Report id' }),
  format: Type.Union([Type.Literal('docx'), Type.Literal('xlsx')], {
    description: 'docx (Word) or xlsx (Excel)',
  }),
});
