/**
 * What the portal's browser specs share: a citizen's phone (390×844, touch, zh-CN, Shanghai time, its
 * position inside the first demo grid) and a staff member's signed-in API context. Each context is pushed
 * to `contexts` for the spec's afterAll to close.
 */
import { expect } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './mediation.ts';

/** A point inside the demo grid 湖滨社区第一网格 (demo-orgs.ts: the first grid starts at 120.1°E, 30.2°N). */
export const IN_FIRST_GRID = { latitude: 30.22, longitude: 120.105 };

export async function phonePage(
  browser: Browser,
  baseUrl: string,
  contexts: BrowserContext[],
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation: IN_FIRST_GRID,
    permissions: ['geolocation'],
  });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  return context.newPage();
}

export async function staffApi(
  browser: Browser,
  baseUrl: string,
  contexts: BrowserContext[],
  username: string,
): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  contexts.push(context);
  const res = await context.request.post('/api/v1/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
  return context.request;
}
