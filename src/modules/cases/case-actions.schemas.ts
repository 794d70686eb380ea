import { Type, type Static } from '@sinclair/typebox';
import { ACTIONS } from './case-lifecycle.ts';

export const CaseActionBodySchema = Type.Object(
  {
    action: Type.Union(
      ACTIONS.map((a) => Type.Literal(a)),
      {
        description:
          'accept, reject, dispatch, co_handle, return, transfer, escalate, start, suspend, resume, request_extension, approve_extension, record_outcome, resolve, reopen, archive',
      },
    ),
    version: Type.Integer({
      minimum: 1,
      description: 'The case version you saw; a stale one answers 409 stale-version',
    }),
    orgId: Type.Optional(Type.String({ description: 'Target organisation (dispatch, transfer, co_handle)' })),
    coHandlerOrgIds: Type.Optional(
      Type.Array(Type.String(), {
        maxItems: 10,
        uniqueItems: true,
        description: 'Dispatch: co-handling organisations (协办) added at once',
      }),
    ),
    userId: Type.Optional(
      Type.String({ description: 'Handler to assign within the target organisation (dispatch, transfer)' }),
    ),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'Instruction or remark (交办意见)' })),
    reason: Type.Optional(
      Type.String({
        maxLength: 2000,
        description: 'Required for reject, return, transfer, escalate, suspend, request_extension, reopen',
      }),
    ),
    deadline: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Dispatch: the date (Asia/Shanghai) by which the handler must finish',
      }),
    ),
    outcome: Type.Optional(
      Type.Union([Type.Literal('success'), Type.Literal('failure')], {
        description: 'record_outcome: mediation succeeded or failed',
      }),
    ),
    extensionAmount: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        description: 'request_extension: how much longer, in the handling deadline’s unit',
      }),
    ),
    approved: Type.Optional(
      Type.Boolean({ description: 'approve_extension: false refuses the request', default: true }),
    ),
  },
  { additionalProperties: false },
);
export type CaseActionBody = Static<typeof CaseActionBodySchema>;
