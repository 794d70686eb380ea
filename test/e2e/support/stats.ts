/**
 * Helpers of the statistics browser test: cases with some history, made through the real API by the demo
 * intake officer, dispatcher and labour-committee mediator, spread over the demo grids, categories and
 * channels so the statistics page and the wall dashboard have something to show.
 */
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { act } from './mediation.ts';

export const DEMO_PASSWORD = 'fengqiao-demo';

interface Setup {
  browser: Browser;
  baseUrl: string;
  contexts: BrowserContext[];
}

/** An API client signed in as a demo user (its own cookie jar). */
export async function apiAs(setup: Setup, username: string): Promise<APIRequestContext> {
  const context = await setup.browser.newContext({ baseURL: setup.baseUrl });
  setup.contexts.push(context);
  const response = await context.request.post('/api/v1/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
  return context.request;
}

interface Org {
  id: string;
  code: string;
  type: string;
  hasBoundary: boolean;
}

const KINDS = [
  { category: 'wage_arrears', channel: 'walk_in', subject: '工地拖欠农民工工资' },
  { category: 'noise', channel: 'hotline_12345', subject: '楼上装修噪音扰民' },
  { category: 'property_management', channel: 'grid_report', subject: '小区物业费收取争议' },
  { category: 'private_loan', channel: 'phone', subject: '亲戚间民间借贷纠纷' },
  { category: 'water_leak', channel: 'grid_report', subject: '楼上漏水损坏天花板' },
  { category: 'house_lease', channel: 'walk_in', subject: '房屋租赁押金退还纠纷' },
] as const;

/** Registers one case in `gridId` as the intake officer; returns its id. */
export async function registerCase(
  intake: APIRequestContext,
  input: { gridId: string; category: string; channel: string; subject: string },
): Promise<string> {
  const response = await intake.post('/api/v1/cases', {
    data: {
      ...input,
      description: `${input.subject}，当事人多次协商未果，请求调解处理。`,
      peopleInvolved: 2,
      parties: [
        { kind: 'person', role: 'applicant', name: '王晓明', phone: '13857120002' },
        { kind: 'person', role: 'respondent', name: '赵立新' },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Brings a case to the labour committee, whatever the routing rules did with it at registration. */
async function toCommittee(dispatcher: APIRequestContext, id: string, committeeId: string) {
  const state = async () =>
    (await (await dispatcher.get(`/api/v1/cases/${id}`)).json()) as {
      status: string;
      currentOrg: { id: string };
    };
  if ((await state()).status === 'registered') await act(dispatcher, id, 'accept');
  const now = await state();
  if (now.status === 'accepted' || now.status === 'returned')
    await act(dispatcher, id, 'dispatch', { orgId: committeeId });
  else if (now.currentOrg.id !== committeeId)
    await act(dispatcher, id, 'transfer', { orgId: committeeId, reason: '转人民调解委员会调解' });
}

/**
 * Twelve cases over the demo grids; four of them accepted, dispatched to the labour committee, started,
 * mediated (three successfully) and resolved. @returns the grid ids used and the API clients.
 */
export async function buildStatsHistory(setup: Setup) {
  const intake = await apiAs(setup, 'intake');
  const dispatcher = await apiAs(setup, 'dispatcher');
  const mediator = await apiAs(setup, 'mediator');
  const orgs = ((await (await intake.get('/api/v1/orgs')).json()) as { items: Org[] }).items;
  const grids = orgs.filter((org) => org.type === 'grid' && org.hasBoundary);
  const committee = orgs.find((org) => org.code.endsWith('-TW-LD'))!;
  expect(grids.length).toBeGreaterThan(6);
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const kind = KINDS[i % KINDS.length]!;
    ids.push(await registerCase(intake, { ...kind, gridId: grids[(i * 5) % grids.length]!.id }));
  }
  for (const [i, id] of ids.slice(0, 4).entries()) {
    await toCommittee(dispatcher, id, committee.id);
    await act(mediator, id, 'start');
    await act(mediator, id, 'record_outcome', { outcome: i === 3 ? 'failure' : 'success' });
    await act(mediator, id, 'resolve');
  }
  return { intake, grids };
}
