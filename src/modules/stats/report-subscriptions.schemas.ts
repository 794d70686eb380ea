/** TypeBox schemas of report e-mail subscriptions (GET/PUT /report-subscriptions). */
import { Type, type Static } from '@sinclair/typebox';
import { REPORT_KINDS } from './report-periods.ts';

const Kind = Type.Union(
  REPORT_KINDS.map((k) => Type.Literal(k)),
  { description: 'daily 每日简报, weekly 每周交流, monthly 每月分析' },
);

export const SubscriptionInputSchema = Type.Object(
  {
    orgId: Type.String({
      maxLength: 64,
      description: 'The organisation the reports are about; in the caller’s subtree',
    }),
    kind: Kind,
  },
  { additionalProperties: false },
);

export const PutSubscriptionsBodySchema = Type.Object(
  {
    items: Type.Array(SubscriptionInputSchema, {
      maxItems: 100,
      description: 'Every subscription the caller wants; the others are cancelled',
    }),
  },
  { additionalProperties: false },
);
export type PutSubscriptionsBody = Static<typeof PutSubscriptionsBodySchema>;

export const SubscriptionSchema = Type.Object({
  orgId: Type.String(),
  orgName: Type.String(),
  kind: Type.String({ description: 'daily, weekly or monthly' }),
  createdAt: Type.String({ description: 'When the caller subscribed' }),
});

export const SubscriptionListSchema = Type.Object({
  /** Whether a report can reach the caller: they have an e-mail address. */
  hasEmail: Type.Boolean({ description: 'The caller has an e-mail address to send the reports to' }),
  items: Type.Array(SubscriptionSchema),
});
