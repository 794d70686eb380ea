/**
 * Helpers of the mediation browser test: API clients signed in as demo users, a case brought to "in
 * progress" at the labour committee through the real API, and Ant Design pickers, downloads and
 * screenshots driven from Playwright.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR } from './browser.ts';

export const DEMO_PASSWORD = 'fengqiao-demo';
const DAY_MS = 86_400_000;

/** The Beijing calendar day `offset` days from now. */
export function shanghaiDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offset * DAY_MS).toISOString().slice(0, 10);
}

interface Setup {
  browser: Browser;
  baseUrl: string;
  /** Contexts opened here, for the test file to close. */
  contexts: BrowserContext[];
}

/** An API client signed in as `username` (its own cookie jar, no page). */
async function apiAs({ browser, baseUrl, contexts }: Setup, username: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  contexts.push(context);
  const response = await context.request.post('/api/v1/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
  return context.request;
}

/** Takes a case action with the version the caller reads first. */
export async function act(
  api: APIRequestContext,
  id: string,
  action: string,
  extra: Record<string, unknown> = {},
) {
  const current = (await (await api.get(`/api/v1/cases/${id}`)).json()) as { version: number };
  const response = await api.post(`/api/v1/cases/${id}/actions`, {
    data: { action, version: current.version, ...extra },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { status: string };
}

/**
 * A wage-arrears case at the labour committee, in progress, as the intake, dispatcher and mediator make it.
 * @returns its id and number.
 */
export async function caseInProgressAtCommittee(
  setup: Setup & { mediatorApi: APIRequestContext; applicant: string },
): Promise<{ id: string; number: string }> {
  const { mediatorApi, applicant } = setup;
  const intake = await apiAs(setup, 'intake');
  const registered = await intake.post('/api/v1/cases', {
    data: {
      channel: 'walk_in',
      category: 'wage_arrears',
      subject: '城西安置房工地拖欠 5 名工人工资',
      description: '申请人等 5 人在城西安置房工地务工，劳务公司拖欠两个月工资共计 6 万元，多次讨要未果。',
      address: '西湖街道城西安置房工地',
      peopleInvolved: 5,
      amountFen: 6_000_000,
      parties: [
        { kind: 'person', role: 'applicant', name: applicant, phone: '13857120001' },
        { kind: 'organisation', role: 'respondent', name: '杭州城西劳务有限公司' },
      ],
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const created = (await registered.json()) as { id: string; number: string };

  const dispatcher = await apiAs(setup, 'dispatcher');
  const orgs = (await (await dispatcher.get('/api/v1/orgs')).json()) as {
    items: { id: string; code: string }[];
  };
  const committee = orgs.items.find((org) => org.code === 'SFQ-TW-LD');
  expect(committee).toBeDefined();
  await act(dispatcher, created.id, 'accept');
  await act(dispatcher, created.id, 'dispatch', { orgId: committee!.id });
  expect((await act(mediatorApi, created.id, 'start')).status).toBe('in_progress');
  return created;
}

/** Types a day (or day and time) into a date picker and confirms it. */
export async function pickDate(
  page: Page,
  input: ReturnType<Page['getByLabel']>,
  value: string,
): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Chooses `label` in the open Select's list. */
export async function pickOption(page: Page, label: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .click();
}

/** Saves a full-page screenshot with animations finished (a page that just opened fades in). */
export async function screenshotPage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** Saves a screenshot of one element (a dialog, a card) as `screenshots/<name>.png`. */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await locator.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

/** Clicks `button` and returns the saved download's file name and bytes. */
export async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}
