/**
 * 统计分析 and 大屏 in the browser (issue 7), on the demo data plus twelve cases made through the API (four
 * mediated and resolved). As the demo leader: the statistics page shows the figures, and a figure clicked
 * opens the list of its cases, as long as the figure; the wall dashboard at 1920×1080 draws the grid map on
 * a canvas, and a case registered through the API while it is open appears in the live feed without a reload.
 */
import { mkdirSync } from 'node:fs';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, buildStatsHistory, registerCase } from './support/stats.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOTS = '/tmp/shots/h5';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let intake: APIRequestContext;
let grids: { id: string }[];

beforeAll(async () => {
  // Without the demo cases (FENGQIAO_DEMO_CASES): the figures and their one-page case lists count only this spec's twelve cases.
  server = await startServer({ FENGQIAO_DEMO_CASES: '0' });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  ({ intake, grids } = await buildStatsHistory({ browser, baseUrl: server.baseUrl, contexts }));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function leaderPage(width: number, height: number): Promise<Page> {
  const { context, page } = await newPage(browser, server.baseUrl, { width, height });
  contexts.push(context);
  await signIn(page, 'leader', DEMO_PASSWORD);
  return page;
}

/** How many pixels of the canvas are painted (not fully transparent). */
function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel);
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; data && i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  }, selector);
}

describe('statistics and the wall dashboard', () => {
  it('shows the figures, and a figure opens exactly its cases', async () => {
    const page = await leaderPage(1440, 900);
    await page.goto('/stats');
    const found = page.getByTestId('figure-found');
    await expect.poll(async () => Number(await found.textContent())).toBeGreaterThanOrEqual(12);
    const resolved = Number(await page.getByTestId('figure-resolved').textContent());
    expect(resolved).toBeGreaterThanOrEqual(4);
    await page.getByRole('tab').first().waitFor();
    await page.waitForTimeout(500); // let the charts finish their entrance animation
    await page.screenshot({ path: `${SHOTS}/stats-1440x900.png`, fullPage: false });
    await page.screenshot({ path: `${SHOTS}/stats-full.png`, fullPage: true });

    const count = Number(await found.textContent());
    await found.click();
    const rows = page.getByTestId('figure-cases').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(count);
    await expect.poll(() => page.getByTestId('figure-cases-total').textContent()).toContain(String(count));
    await page.waitForTimeout(600); // the drawer slides in
    await page.screenshot({ path: `${SHOTS}/stats-drawer.png` });

    await page.keyboard.press('Escape');
    await page.getByTestId('figure-resolved').click();
    await expect.poll(() => rows.count()).toBe(resolved);
    await rows.first().getByRole('link').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  });

  it('generates a monthly report on demand and lists it with its files', async () => {
    const page = await leaderPage(1440, 900);
    await page.goto('/stats');
    await page.getByRole('tab', { name: zhCN['stats.tab.reports'] }).click();
    await page.getByRole('button', { name: buttonName(zhCN['stats.reports.generate']) }).click();
    await page.getByText(zhCN['stats.reports.generated']).waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: zhCN['report.kind.monthly'] });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => row.getByRole('button').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/stats-reports.png` });
  });

  it('draws the grid map and pushes a new case into the live feed without a reload', async () => {
    const page = await leaderPage(1920, 1080);
    await page.goto('/dashboard');
    const map = page.getByTestId('grid-map');
    await expect.poll(async () => Number(await map.getAttribute('data-regions'))).toBeGreaterThan(20);
    await expect.poll(() => paintedPixels(page, '[data-testid="grid-map"] canvas')).toBeGreaterThan(50_000);
    await expect.poll(() => page.getByTestId('feed-status').getAttribute('data-status')).toBe('live');
    await expect.poll(() => page.getByTestId('feed-item').count()).toBeGreaterThanOrEqual(12);
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const subject = `大屏推送测试${Date.now() % 100_000}`;
    await registerCase(intake, { gridId: grids[0]!.id, category: 'noise', channel: 'walk_in', subject });
    const item = page.getByTestId('feed-item').filter({ hasText: subject });
    await expect.poll(() => item.count(), { timeout: 20_000, interval: 500 }).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
    ).toBe(true);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/dashboard-1920x1080.png` });
  });
});
