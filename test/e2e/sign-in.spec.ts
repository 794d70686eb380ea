/**
 * The sign-in page itself (STYLE.md §10: one test covers it) and the first pages behind it: the demo
 * admin signs in through the form, sees the home page and the organisation tree, and signs out; a wrong
 * password shows the catalogue's message; at phone width the menu folds into a drawer.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'fengqiao-demo';
const STREETS = ['东湖街道', '西山街道', '南桥镇'];

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

describe('sign-in', () => {
  it('signs the demo admin in through the form and shows home and the organisation tree', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await page.goto('/');
      await page.waitForURL('**/login');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.getByText(zhCN['app.title']).first().waitFor();

      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: buttonName(zhCN['login.submit']) }).click();

      const greeting = page.getByTestId('home-greeting');
      await greeting.waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.getByTestId('header-org').textContent()).toContain('示范区');
      expect(await page.getByTestId('header-roles').textContent()).toContain('系统管理员');
      await page.getByRole('menuitem', { name: /案件列表/ }).waitFor();
      // The admin registers no cases (the server refuses them), so the menu does not offer it.
      expect(await page.getByRole('menuitem', { name: /案件登记/ }).count()).toBe(0);
      await screenshot(page, 'home');

      await page.getByRole('menuitem', { name: /组织机构/ }).click();
      await page.waitForURL('**/admin/orgs');
      const tree = page.getByTestId('org-tree');
      // A tree item's accessible name also holds its switcher icon's label: find it by its name text instead.
      const treeItem = (name: string) =>
        tree.getByRole('treeitem').filter({ has: page.getByText(name, { exact: true }) });
      const district = treeItem('示范区');
      await district.waitFor();
      expect(await district.getAttribute('aria-expanded')).toBe('true');
      for (const street of STREETS) {
        const node = treeItem(street);
        await node.waitFor();
        expect(await node.getAttribute('aria-expanded'), street).toBe('true');
      }

      await tree.getByText('东湖街道', { exact: true }).click();
      const detail = page.getByTestId('org-detail');
      await detail.waitFor();
      expect(await detail.textContent()).toContain('街道/镇');
      await screenshot(page, 'orgs');

      await page.getByRole('button', { name: zhCN['header.signOut'] }).click();
      await page.waitForURL('**/login');
      await page.goto('/admin/orgs');
      await page.waitForURL(/\/login\?next=/);
    } finally {
      await context.close();
    }
  });

  it('shows the catalogue message for a wrong password and stays on the sign-in page', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await page.goto('/login');
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: buttonName(zhCN['login.submit']) }).click();

      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(zhCN['login.error.unauthenticated']);
      expect(new URL(page.url()).pathname).toBe('/login');
      await screenshot(page, 'login-error');

      await page.getByRole('button', { name: zhCN['lang.switch'] }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByLabel('Username').waitFor();
      await page.locator('.ant-dropdown').waitFor({ state: 'hidden' });
      expect(await page.getByTestId('login-error').textContent()).toContain(
        en['login.error.unauthenticated'],
      );
      await screenshot(page, 'login-en');
    } finally {
      await context.close();
    }
  });

  it('returns to the page first asked for after signing in', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await page.goto('/admin/orgs');
      await page.waitForURL(/\/login\?next=%2Fadmin%2Forgs$/);
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: buttonName(zhCN['login.submit']) }).click();
      await page.waitForURL('**/admin/orgs');
      await page.getByTestId('org-tree').waitFor();
    } finally {
      await context.close();
    }
  });

  it('folds the menu into a drawer at phone width and opens pages from it', async () => {
    const { context, page } = await newPage(browser, server.baseUrl, { width: 390, height: 844 });
    try {
      await signIn(page, 'dispatcher', DEMO_PASSWORD);
      expect(await page.getByRole('menuitem', { name: /分流交办/ }).count()).toBe(0);
      await screenshot(page, 'home-phone');

      await page.getByRole('button', { name: zhCN['nav.menu'] }).click();
      await page.getByRole('menuitem', { name: /统计分析/ }).click();
      await page.waitForURL('**/stats');
      await page.getByRole('heading', { name: zhCN['nav.stats'] }).waitFor();
      await page.locator('.ant-drawer-content-wrapper-hidden').waitFor({ state: 'attached' });
      expect(await page.getByRole('menuitem', { name: /用户管理/ }).count()).toBe(0);
      await screenshot(page, 'stats-phone');
    } finally {
      await context.close();
    }
  });
});
