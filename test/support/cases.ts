/** Case registration payloads and helpers for tests. */
import type { FastifyInstance } from 'fastify';
import { idNumber, mobile } from './identities.ts';

export function casePayload(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'walk_in',
    category: 'wage_arrears',
    subject: '某建筑工地拖欠农民工工资',
    description:
      '申请人在某建筑工地务工八个月，包工头以工程款未结算为由拖欠农民工工资共计四万元，多次讨要未果。',
    peopleInvolved: 12,
    amountFen: 4_000_000,
    risk: 'medium',
    parties: [
      { kind: 'person', role: 'applicant', name: '张三', idNumber: idNumber(), phone: mobile() },
      { kind: 'organisation', role: 'respondent', name: '某某建筑劳务有限公司', legalRepresentative: '李四' },
    ],
    ...overrides,
  };
}

export async function registerViaApi(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: { cookie },
    payload: casePayload(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.statusCode} ${res.body}`);
  return res.json() as {
    id: string;
    number: string;
    parties: { id: string; idNumber: string | null; phone: string | null }[];
    [k: string]: unknown;
  };
}
