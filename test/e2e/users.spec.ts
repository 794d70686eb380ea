/**
 * 用户管理 as the demo admin: the table lists the demo staff with their roles.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('users page', () => {
  it('lists the demo users for the admin, with roles and status', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await signIn(page, 'admin', 'fengqiao-demo');
      await page.getByRole('menuitem', { name: /用户管理/ }).click();
      await page.waitForURL('**/admin/users');

      const table = page.getByTestId('users-table');
      const row = table.getByRole('row', { name: /dispatcher/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('分流员');
      for (const username of ['admin', 'intake', 'leader', 'mediator', 'grid_worker']) {
        await table.getByRole('cell', { name: username, exact: true }).waitFor();
      }
      await screenshot(page, 'users');

      await page.getByPlaceholder('按用户名或姓名搜索').fill('dispatcher');
      await page.getByPlaceholder('按用户名或姓名搜索').press('Enter');
      await table.getByRole('cell', { name: 'admin', exact: true }).waitFor({ state: 'detached' });
      expect(await table.getByRole('row', { name: /dispatcher/ }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
