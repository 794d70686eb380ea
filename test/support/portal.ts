/** Helpers for tests of the public portal: a citizen's submission and requests from a client address. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { idNumber } from './identities.ts';

let ipCounter = 0;

/** A fresh client address (TEST-NET-3), so each test has its own rate-limit budget. */
export function newClientIp(): string {
  ipCounter += 1;
  return `203.0.${113 + Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

/** POSTs to /api/v1/portal{path} from the client address `ip` (the connection's, no proxy header). */
export function portalPost(app: FastifyInstance, path: string, payload: object, ip: string) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/portal${path}`,
    remoteAddress: ip,
    payload,
  });
}

/** A citizen's online submission: applicant 王小明 with `phone`, respondent 赵老板 with full particulars. */
export function portalSubmission(gridId: string, phone: string, overrides: Record<string, unknown> = {}) {
  return {
    category: 'wage_arrears',
    subject: '工地拖欠工资',
    description: '我在工地干了三个月，老板一直拖欠工资一万二千元不给。',
    gridId,
    address: '甲一社区某工地',
    amountFen: 1_200_000,
    parties: [
      {
        kind: 'person',
        role: 'applicant',
        name: '王小明',
        idNumber: idNumber('330106', '19900101', 17),
        phone,
      },
      {
        kind: 'person',
        role: 'respondent',
        name: '赵老板',
        idNumber: idNumber('330106', '19700505', 33),
        phone: '13712345678',
        address: '某某小区5幢',
      },
    ],
    ...overrides,
  };
}

/** The parts of a problem body that must not differ between answers (not requestId). */
export function problemCore(res: LightMyRequestResponse) {
  const { type, title, status, detail } = res.json() as Record<string, unknown>;
  return { type, title, status, detail };
}
