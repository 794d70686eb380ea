/**
 * 用户管理 as the demo admin: the table lists the demo staff with their roles.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SAVE = buttonName(zhCN['common.save']);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Without the demo cases (FENGQIAO_DEMO_CASES): the users table holds the nine demo users only, on one page.
  server = await startServer({ FENGQIAO_DEMO_CASES: '0' });
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

  it('shows a taken username against the field, creates the user, then edits and disables it', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await signIn(page, 'admin', 'fengqiao-demo');
      await page.goto('/admin/users');
      await page.getByTestId('users-table').getByRole('cell', { name: 'dispatcher', exact: true }).waitFor();
      await page.getByRole('button', { name: zhCN['users.create'] }).click();

      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(zhCN['users.username']).fill('dispatcher');
      await dialog.getByLabel(zhCN['users.displayName']).fill('测试分流员');
      await dialog.getByLabel(zhCN['users.org']).click();
      await page.locator('.ant-select-tree').getByText('东湖街道', { exact: true }).click();
      await dialog.getByLabel(zhCN['users.roles']).click();
      await page.locator('.ant-select-item-option').filter({ hasText: '分流员' }).click();
      await page.keyboard.press('Escape');
      await dialog.getByLabel(zhCN['users.password']).fill('a-long-password');
      await dialog.getByRole('button', { name: SAVE }).click();

      await dialog.getByText(zhCN['errorCode.username.taken']).waitFor();
      await screenshot(page, 'users-create-taken');

      await dialog.getByLabel(zhCN['users.username']).fill('dispatcher3');
      await dialog.getByRole('button', { name: SAVE }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.getByTestId('users-table').getByRole('row', { name: /dispatcher3/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('东湖街道');

      await row.getByRole('button', { name: buttonName(zhCN['common.edit']) }).click();
      const edit = page.getByRole('dialog');
      await edit.getByLabel(zhCN['users.displayName']).fill('东湖街道分流员 测试');
      await edit.getByRole('switch').click();
      await edit.getByRole('button', { name: SAVE }).click();
      await edit.waitFor({ state: 'hidden' });
      await row.getByText(zhCN['users.inactive'], { exact: true }).waitFor();
      expect(await row.textContent()).toContain('东湖街道分流员 测试');
    } finally {
      await context.close();
    }
  });

  it('locks an account after five wrong passwords and lets the admin unlock it', async () => {
    const locked = await newPage(browser, server.baseUrl);
    const admin = await newPage(browser, server.baseUrl);
    try {
      const { page } = locked;
      await page.goto('/login');
      const attempt = async (password: string) => {
        await page.getByLabel(zhCN['login.username']).fill('street2');
        await page.getByLabel(zhCN['login.password']).fill(password);
        await Promise.all([
          page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login')),
          page.getByRole('button', { name: buttonName(zhCN['login.submit']) }).click(),
        ]);
      };
      for (let i = 0; i < 5; i += 1) await attempt('wrong-password');
      await attempt('fengqiao-demo');
      const error = page.getByTestId('login-error');
      await error.getByText(/账号已锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
      await screenshot(page, 'login-locked');

      await signIn(admin.page, 'admin', 'fengqiao-demo');
      await admin.page.goto('/admin/users');
      const row = admin.page.getByTestId('users-table').getByRole('row', { name: /street2/ });
      await row.getByText(/已锁定至/).waitFor();
      await row.getByRole('button', { name: buttonName(zhCN['users.unlock']) }).click();
      await row.getByText(zhCN['users.active'], { exact: true }).waitFor();

      await signIn(page, 'street2', 'fengqiao-demo');
    } finally {
      await locked.context.close();
      await admin.context.close();
    }
  });
});
