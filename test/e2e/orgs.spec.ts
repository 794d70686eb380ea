/**
 * Organisation import as the demo admin: a bad file is refused with per-row errors and line numbers and
 * changes nothing; a good file passes the dry run and, once confirmed, shows up in the tree.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const HEADER = 'code,name,type,parent_code,specialty,boundary';
const BAD_CSV = [
  HEADER,
  'SFQ-DH-04,新湖社区,community,SFQ-DH,,',
  'SFQ-X1,坏机构,planet,SFQ-DH,,',
  ',无编码,grid,SFQ-DH-04,,',
];
const GOOD_CSV = [HEADER, 'SFQ-DH-04,新湖社区,community,SFQ-DH,,'];

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

async function chooseFile(page: Page, name: string, lines: string[]): Promise<void> {
  await page
    .locator('.ant-modal input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });
}

describe('organisation import', () => {
  it('lists row errors with line numbers for a bad file, then imports a good one after confirmation', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      await signIn(page, 'admin', 'fengqiao-demo');
      await page.goto('/admin/orgs');
      await page.getByTestId('org-tree').waitFor();
      await page.getByRole('button', { name: zhCN['orgImport.open'] }).click();

      await chooseFile(page, 'bad.csv', BAD_CSV);
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      const rows = errors.locator('tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).textContent()).toContain('3');
      expect(await rows.nth(0).textContent()).toContain(zhCN['errorCode.type.invalid']);
      expect(await rows.nth(1).textContent()).toContain('4');
      expect(await rows.nth(1).textContent()).toContain(zhCN['errorCode.required']);
      const confirm = page.getByRole('button', { name: zhCN['orgImport.confirm'] });
      expect(await confirm.isDisabled()).toBe(true);
      await screenshot(page, 'orgs-import-errors');

      await chooseFile(page, 'good.csv', GOOD_CSV);
      await page.getByText(/校验通过：将新增 1 个、更新 0 个机构/).waitFor();
      await confirm.click();
      await page.getByText(/导入完成：新增 1 个、更新 0 个机构/).waitFor();
      await page.getByTestId('org-tree').getByText('新湖社区', { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });
});
