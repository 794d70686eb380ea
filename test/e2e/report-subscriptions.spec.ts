/**
 * 邮件订阅 in the browser (issue 7): as the demo leader, on the statistics page's reports tab, the monthly
 * analysis is switched on and off; the server's list of subscriptions follows each switch.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signIn } from './support/browser.ts';
import { DEMO_PASSWORD } from './support/stats.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOTS = '/tmp/shots/h6';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  ({ context, page } = await newPage(browser, server.baseUrl, { width: 1440, height: 900 }));
  await signIn(page, 'leader', DEMO_PASSWORD);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const subscribedKinds = async () => {
  const res = await page.request.get(`${server.baseUrl}/api/v1/report-subscriptions`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { kind: string }[] }).items.map((i) => i.kind);
};

describe('report e-mail subscriptions', () => {
  it('are switched on and off on the reports tab', async () => {
    await page.goto('/stats');
    await page.getByRole('tab', { name: '分析报告' }).click();
    const monthly = page.getByRole('switch', { name: '每月分析' });
    await monthly.waitFor();
    expect(await monthly.getAttribute('aria-checked')).toBe('false');
    await monthly.click();
    await expect.poll(subscribedKinds).toEqual(['monthly']);
    await expect.poll(() => monthly.getAttribute('aria-checked')).toBe('true');
    await page.getByText('已订阅').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/report-subscriptions.png` });
    await monthly.click();
    await expect.poll(subscribedKinds).toEqual([]);
  });
});
