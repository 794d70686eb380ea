/**
 * A month of work built through the API, for the statistics tests (issue 7). Every
 * figure's value for March 2026 is worked out by hand in `EXPECTED` below from this
 * story; the tests compare the API with it.
 *
 * Story (local dates, Asia/Shanghai):
 * - 2025-03-10: C8 registered in grid A (last year's March), never accepted.
 * - 2026-02-20: C6 (grid A) registered, accepted, dispatched, started; C7 (grid B) registered only.
 *   Follow-up visits are set to 7 and 30 days after resolution.
 * - 03-02: C1 (grid A, neighbour) mediated with a written agreement (success) and resolved;
 *   C2 (grid A, loan) mediated without success; C3 (grid B, wages) mediated successfully;
 *   C4 (grid B, wages) accepted and dispatched; C5 registered by street A without a grid;
 *   C6 resolved. Visits: C2 once, C3 twice. C1 rated 满意 and 基本满意 by its two parties.
 * - 03-03: C2 resolved and rated 不满意; C1's term fulfilled; C1 applies for judicial confirmation.
 * - 03-04: the court refers R1 (grid A), R2 (grid B), R3 (grid A); each accepted. The court accepts C1's application.
 * - 03-05: C1 judicially confirmed.
 * - 03-10: R1 settled; C1's first follow-up visit made.   03-12: R2 not settled.
 * - 03-25: C3 resolved, past its 15-working-day labour deadline (due 03-23); C4 started
 *   (its deadline is red); the deadline sweep runs (C5, C7, C8 are past their acceptance time).
 */
import type { FastifyInstance } from 'fastify';
import { sweepDeadlines } from '../../src/modules/supervision/index.ts';
import type { TestApp } from './app.ts';
import { registerViaApi } from './cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from './factories.ts';

export const MARCH = { from: '2026-03-01', to: '2026-03-31' };

/** The March 2026 figures of the story, worked out by hand (district, view place). */
export const EXPECTED = {
  found: 8, // C1–C5, R1–R3
  accepted: 7, // C1–C4, R1–R3 (C6 was accepted in February)
  mediated: 3, // C1, C2, C3
  mediatedSuccess: 2, // C1, C3
  successRate: 2 / 3,
  resolved: 4, // C6, C1, C2, C3
  resolvedOnTime: 3, // C3 was late
  onTimeRate: 3 / 4,
  overdue: 4, // C4 (handling), C5, C7, C8 (acceptance)
  ratings: 3,
  ratingsSatisfied: 2,
  satisfactionRate: 2 / 3,
  zeroVisit: 2, // C6, C1
  oneVisit: 1, // C2
  zeroVisitRate: 2 / 4,
  oneVisitRate: 1 / 4,
  courtReferralsClosed: 2, // R1, R2
  courtReferralsSettled: 1, // R1
  preLitigationRate: 1 / 2,
  judicialApplied: 1,
  judicialConfirmed: 1,
  followupsDue: 3, // the 7-day visits of C6, C1 (03-09) and C2 (03-10)
  followupsDone: 1,
  agreementsFulfilled: 1,
};

/** The same month seen from street A (place): grid A and street A's own cases. */
export const EXPECTED_STREET_A = {
  found: 5, // C1, C2, C5, R1, R3
  accepted: 4,
  mediated: 2,
  mediatedSuccess: 1,
  resolved: 3, // C6, C1, C2
  resolvedOnTime: 3,
  overdue: 2, // C5, C8
  ratings: 3,
  ratingsSatisfied: 2,
  zeroVisit: 2,
  oneVisit: 1,
  courtReferralsClosed: 1,
  courtReferralsSettled: 1,
  judicialApplied: 1,
  judicialConfirmed: 1,
  followupsDue: 3,
  followupsDone: 1,
  agreementsFulfilled: 1,
};

export interface StatsScenario {
  tree: OrgTree;
  /** Cookies: a district leader with every role, street A and street B users. */
  district: string;
  streetA: string;
  streetB: string;
  cases: Record<'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8' | 'R1' | 'R2' | 'R3', string>;
}

type Inject = FastifyInstance['inject'];

function api(app: FastifyInstance, cookie: () => string) {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) => {
    const res = await (app.inject as Inject)({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookie() },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const act = async (id: string, action: string, extra: Record<string, unknown> = {}) => {
    const { version } = await call('GET', `/cases/${id}`);
    return call('POST', `/cases/${id}/actions`, { action, version, ...extra });
  };
  return { call, act };
}

export async function buildStatsScenario(t: TestApp): Promise<StatsScenario> {
  const tree = await buildOrgTree(t.system);
  const username = async (orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) =>
    (await buildUser(t.system, { orgId, roles })).username;
  const names = {
    district: await username(tree.district, ['intake', 'dispatcher', 'leader', 'admin']),
    mediator: await username(tree.committee, ['mediator']),
    streetA: await username(tree.streetA, ['intake', 'dispatcher', 'leader']),
    streetB: await username(tree.streetB, ['intake', 'dispatcher', 'leader']),
  };
  const cookies = { district: '', mediator: '', streetA: '', streetB: '' };
  /** Moves the clock and signs everyone in again (sessions lapse after 12 idle hours). */
  const at = async (iso: string) => {
    t.clock.set(iso);
    for (const key of Object.keys(names) as (keyof typeof names)[])
      cookies[key] = await signIn(t.app, names[key]);
  };
  const d = api(t.app, () => cookies.district);
  const m = api(t.app, () => cookies.mediator);
  const register = (cookie: () => string, overrides: Record<string, unknown>) =>
    registerViaApi(t.app, cookie(), overrides);
  const toCommittee = async (id: string) => {
    await d.act(id, 'accept');
    await d.act(id, 'dispatch', { orgId: tree.committee });
    await m.act(id, 'start');
  };

  await at('2025-03-10T02:00:00.000Z');
  const c8 = await register(() => cookies.district, {
    gridId: tree.gridA,
    category: 'noise',
    subject: '去年的噪音纠纷',
  });

  await at('2026-02-20T02:00:00.000Z');
  await d.call('PUT', '/settings/followup-intervals', { days: [7, 30] });
  const c6 = await register(() => cookies.district, {
    gridId: tree.gridA,
    category: 'noise',
    subject: '二月的噪音纠纷',
  });
  await toCommittee(c6.id);
  const c7 = await register(() => cookies.district, {
    gridId: tree.gridB,
    category: 'noise',
    subject: '二月未受理的纠纷',
  });

  await at('2026-03-02T01:00:00.000Z');
  const c1 = await register(() => cookies.district, {
    gridId: tree.gridA,
    category: 'noise',
    subject: '楼上噪音扰民',
  });
  await toCommittee(c1.id);
  const agreement = await m.call('POST', `/cases/${c1.id}/agreements`, {
    form: 'written',
    facts: '楼上住户夜间噪音影响休息。',
    disputedMatters: '噪音扰民及赔偿。',
    terms: [{ obligation: '晚十点后不再产生噪音', obligorPartyId: c1.parties[1]!.id }],
  });
  await m.act(c1.id, 'resolve');
  const c2 = await register(() => cookies.district, {
    gridId: tree.gridA,
    category: 'private_loan',
    channel: 'hotline_12345',
    subject: '民间借贷纠纷',
  });
  await toCommittee(c2.id);
  await m.act(c2.id, 'record_outcome', { outcome: 'failure' });
  const c3 = await register(() => cookies.district, {
    gridId: tree.gridB,
    channel: 'phone',
    subject: '工地欠薪',
  });
  await toCommittee(c3.id);
  await m.act(c3.id, 'record_outcome', { outcome: 'success' });
  const c4 = await register(() => cookies.district, { gridId: tree.gridB, subject: '餐馆欠薪' });
  await d.act(c4.id, 'accept');
  await d.act(c4.id, 'dispatch', { orgId: tree.committee });
  const c5 = await register(() => cookies.streetA, {
    channel: 'letter',
    category: 'noise',
    subject: '街道来信反映噪音',
  });
  await m.act(c6.id, 'resolve');
  await d.call('POST', `/cases/${c2.id}/visits`, {});
  await d.call('POST', `/cases/${c3.id}/visits`, {});
  await d.call('POST', `/cases/${c3.id}/visits`, {});
  await d.call('POST', `/cases/${c1.id}/ratings`, { partyId: c1.parties[0]!.id, rating: 'satisfied' });
  await d.call('POST', `/cases/${c1.id}/ratings`, {
    partyId: c1.parties[1]!.id,
    rating: 'basically_satisfied',
  });

  await at('2026-03-03T02:00:00.000Z');
  await m.act(c2.id, 'resolve');
  await d.call('POST', `/cases/${c2.id}/ratings`, { partyId: c2.parties[0]!.id, rating: 'dissatisfied' });
  const term = agreement.terms[0] as { id: string };
  await m.call('PATCH', `/cases/${c1.id}/agreements/${agreement.id}/terms/${term.id}`, {
    status: 'fulfilled',
  });
  const jc = await m.call('POST', `/cases/${c1.id}/judicial-confirmations`, {
    court: '示范区人民法院',
    appliedAt: '2026-03-03',
  });

  await at('2026-03-04T02:00:00.000Z');
  const refer = async (gridId: string, n: number) => {
    const res = await d.call('POST', '/court-referrals', {
      court: '示范区人民法院',
      courtCaseNumber: `（2026）浙0681民诉前调${n}号`,
      referralKind: 'pre_litigation',
      case: { gridId, category: 'noise', subject: `法院委派纠纷${n}`, ...caseBody() },
    });
    await d.act(res.caseId, 'accept');
    return res as { id: string; caseId: string };
  };
  const r1 = await refer(tree.gridA, 1);
  const r2 = await refer(tree.gridB, 2);
  const r3 = await refer(tree.gridA, 3);
  await m.call('POST', `/cases/${c1.id}/judicial-confirmations/${jc.id}/acceptance`, {
    acceptedAt: '2026-03-04',
  });

  await at('2026-03-05T02:00:00.000Z');
  await m.call('POST', `/cases/${c1.id}/judicial-confirmations/${jc.id}/decision`, {
    decision: 'confirmed',
    decidedAt: '2026-03-05',
  });

  await at('2026-03-10T02:00:00.000Z');
  await d.call('POST', `/court-transfers/${r1.id}/outcome`, { outcome: 'settled', outcomeOn: '2026-03-10' });
  const visits = (await d.call('GET', `/cases/${c1.id}/followups`)).items as { id: string; dueOn: string }[];
  const first = visits.find((v) => v.dueOn === '2026-03-09')!;
  await m.call('POST', `/followups/${first.id}`, { result: 'fulfilled', note: '协议已履行，双方无异议' });

  await at('2026-03-12T02:00:00.000Z');
  await d.call('POST', `/court-transfers/${r2.id}/outcome`, {
    outcome: 'not_settled',
    outcomeOn: '2026-03-12',
  });

  await at('2026-03-25T02:00:00.000Z');
  await m.act(c3.id, 'resolve');
  await m.act(c4.id, 'start');
  await sweepDeadlines(t.system);

  return {
    tree,
    district: cookies.district,
    streetA: cookies.streetA,
    streetB: cookies.streetB,
    cases: {
      C1: c1.id,
      C2: c2.id,
      C3: c3.id,
      C4: c4.id,
      C5: c5.id,
      C6: c6.id,
      C7: c7.id,
      C8: c8.id,
      R1: r1.caseId,
      R2: r2.caseId,
      R3: r3.caseId,
    },
  };
}

/** The rest of a referred case's body (as casePayload, without the channel). */
function caseBody() {
  return {
    description: '法院委派的邻里纠纷，双方因噪音问题多次发生争执，请求调解。',
    peopleInvolved: 2,
    risk: 'low',
    parties: [
      { kind: 'person', role: 'applicant', name: '王五' },
      { kind: 'person', role: 'respondent', name: '赵六' },
    ],
  };
}
