/**
 * A fresh install with the demo (FENGQIAO_DEMO_CASES, default 200): the district looks alive. The leader's
 * statistics and wall dashboard show figures, the dispatcher's desk has cases waiting, the demo mediator
 * has sessions on the calendar in the coming days, and follow-up visits are due. Screenshots go to
 * /tmp/shots/h7 for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOTS = '/tmp/shots/h7';
const PASSWORD = 'fengqiao-demo';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function pageAs(username: string, width = 1440, height = 900): Promise<Page> {
  const { context, page } = await newPage(browser, server.baseUrl, { width, height });
  contexts.push(context);
  await signIn(page, username, PASSWORD);
  return page;
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

describe('the demo district with its cases', () => {
  it('gives the leader figures for the last months', async () => {
    const page = await pageAs('leader');
    await shot(page, 'home-leader');
    await page.goto('/stats');
    const found = page.getByTestId('figure-found');
    await expect.poll(async () => Number(await found.textContent())).toBeGreaterThan(10);
    await expect
      .poll(async () => Number(await page.getByTestId('figure-resolved').textContent()))
      .toBeGreaterThan(0);
    await shot(page, 'stats-leader');
  });

  it('fills the wall dashboard', async () => {
    const page = await pageAs('leader', 1920, 1080);
    await page.goto('/dashboard');
    await page.waitForTimeout(3_000);
    await shot(page, 'dashboard-1920', false);
  });

  it('leaves work on the dispatcher’s desk and the mediator’s calendar', async () => {
    const dispatcher = await pageAs('dispatcher');
    await shot(dispatcher, 'home-dispatcher');
    await dispatcher.goto('/dispatch');
    await shot(dispatcher, 'dispatch');
    await dispatcher.goto('/followups');
    await shot(dispatcher, 'followups');
    await dispatcher.goto('/court-linkage');
    await shot(dispatcher, 'court-linkage');
    const mediator = await pageAs('mediator');
    await shot(mediator, 'home-mediator');
    await mediator.goto('/mediation/calendar');
    await shot(mediator, 'calendar-mediator');
    const cases = await dispatcher.request.get('/api/v1/cases?limit=5');
    expect(cases.status()).toBe(200);
    expect((await cases.json()).total).toBeGreaterThan(100);
  });
});
