/**
 * 一窗受理 in the browser: the demo intake officer registers a labour dispute (a wrong ID number is refused
 * in the browser and nothing is sent; the right one goes through), gets the printable receipt, finds the
 * case again by a Chinese word of its description and opens it, reveals a party's whole ID number with a
 * reason. Then a grid worker registers a case from a phone (375 px) with the phone's position; its applicant
 * is the first test's, so the two cases are linked (the tests of a file run in order).
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'fengqiao-demo';
const CASE_NUMBER = /^SFQ-\d{4}-\d{6}$/;
/** A 1×1 PNG: the server recognises attachments by content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A resident ID number with the GB 11643 check character computed here. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

const VALID_ID = idNumber('330106', '19850612', '031');
const WRONG_ID = VALID_ID.slice(0, 17) + (VALID_ID.endsWith('0') ? '1' : '0');

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Without the demo cases (FENGQIAO_DEMO_CASES): the search for 噪音 must find none of the demo cases.
  server = await startServer({ FENGQIAO_DEMO_CASES: '0' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every POST that registers a case, so a test can prove that nothing was sent. */
function watchRegistrations(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/cases')
      sent.push(request);
  });
  return sent;
}

/** Picks `path` (first level, second level) in the open Cascader's menus, one menu per level. */
async function pickCascader(page: Page, path: string[]): Promise<void> {
  const menus = page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu');
  for (const [level, name] of path.entries()) {
    await menus.nth(level).locator(`li[title="${name}"]`).click();
  }
  await page.locator('.ant-cascader-dropdown').waitFor({ state: 'hidden' });
}

/** Chooses `label` in the open Select's list. */
async function pickOption(page: Page, label: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .click();
}

describe('case registry', () => {
  it('registers a labour dispute at the window, prints the receipt, finds and opens the case', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    try {
      const sent = watchRegistrations(page);
      await signIn(page, 'intake', DEMO_PASSWORD);
      await page.getByRole('menuitem', { name: /案件登记/ }).click();
      await page.waitForURL('**/cases/new');
      const form = page.getByTestId('case-form');
      await form.waitFor();

      await form.getByLabel(zhCN['case.category']).click();
      await pickCascader(page, ['劳动争议', '拖欠农民工工资']);
      await form.getByLabel(zhCN['case.subject']).fill('城东工地拖欠 12 名农民工工资');
      await form
        .getByLabel(zhCN['case.description'])
        .fill(
          '申请人等 12 人在城东工地务工，包工头拖欠农民工工资三个月共计 8 万元，多次讨要未果，要求尽快支付。',
        );
      await form.getByLabel(zhCN['case.grid']).click();
      await page.locator('.ant-select-tree').getByText('湖滨社区第一网格', { exact: true }).click();
      await form.getByLabel(zhCN['case.address']).fill('东湖街道湖滨路 88 号城东工地');
      await form.getByLabel(zhCN['case.peopleInvolved']).fill('12');
      await form.getByLabel(zhCN['case.amount']).fill('80000');
      await form.getByLabel(zhCN['case.risk']).click();
      await pickOption(page, zhCN['risk.medium']);
      await form.getByLabel(zhCN['flag.group_incident']).check();

      const parties = page.getByTestId('party-table');
      const applicant = parties.locator('tbody tr.ant-table-row').nth(0);
      await applicant.getByLabel(zhCN['party.name']).fill('张建国');
      await applicant.getByLabel(zhCN['party.idNumber']).fill(WRONG_ID);
      await applicant.getByLabel(zhCN['party.phone']).fill('13857123456');
      await form.getByRole('button', { name: zhCN['caseForm.partyAdd'] }).click();
      const respondent = parties.locator('tbody tr.ant-table-row').nth(1);
      await respondent.getByLabel(zhCN['party.kind']).click();
      await pickOption(page, zhCN['partyKind.organisation']);
      await respondent.getByLabel(zhCN['party.name']).fill('杭州某建筑劳务有限公司');
      await respondent.getByLabel(zhCN['party.creditCode']).fill('91350100M000100Y43');
      await form
        .locator('input[type=file]')
        .setInputFiles({ name: '欠条.png', mimeType: 'image/png', buffer: PNG });

      // The wrong check digit is caught in the browser, in the table cell, and nothing is sent.
      await form.getByRole('button', { name: buttonName(zhCN['caseForm.submit']) }).click();
      await applicant.getByText(zhCN['errorCode.idNumber.invalid-checksum']).waitFor();
      await page.getByTestId('case-form-error').waitFor();
      expect(sent).toHaveLength(0);
      await screenshot(page, 'register-invalid-id');

      await applicant.getByLabel(zhCN['party.idNumber']).fill(VALID_ID);
      await applicant.getByText(zhCN['errorCode.idNumber.invalid-checksum']).waitFor({ state: 'detached' });
      await form.getByRole('button', { name: buttonName(zhCN['caseForm.submit']) }).click();

      await page.waitForURL(/\/cases\/[^/]+\/receipt$/);
      const receipt = page.getByTestId('case-receipt');
      const number = (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
      expect(number).toMatch(CASE_NUMBER);
      expect(sent).toHaveLength(1);
      const receiptText = (await receipt.textContent()) ?? '';
      expect(receiptText).toContain('示范区矛盾纠纷调处化解中心');
      expect(receiptText).toContain('拖欠农民工工资');
      expect(receiptText).toContain(zhCN['channel.walk_in']);
      expect(receiptText).toContain(zhCN['receipt.notice']);
      const applicants = (await page.getByTestId('receipt-applicants').textContent()) ?? '';
      expect(applicants).toContain('张建国');
      expect(applicants).toContain(`${VALID_ID.slice(0, 6)}********${VALID_ID.slice(14)}`);
      expect(applicants).not.toContain(VALID_ID);
      expect(applicants).toContain('138****3456');
      await screenshot(page, 'receipt');

      // On paper only the receipt prints: no header, no menu, no buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
      expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: zhCN['receipt.print'] }).isVisible()).toBe(false);
      expect(await receipt.isVisible()).toBe(true);
      await screenshot(page, 'receipt-print');
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('menuitem', { name: /案件列表/ }).click();
      await page.waitForURL(/\/cases$/);
      const table = page.getByTestId('case-table');
      await table.getByRole('row').filter({ hasText: number }).waitFor();
      const search = page.getByRole('searchbox', { name: zhCN['caseList.searchPlaceholder'] });
      const searchFor = async (text: string) => {
        await search.fill(text);
        await Promise.all([
          page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === text),
          search.press('Enter'),
        ]);
      };
      await searchFor('噪音');
      await table.getByText(zhCN['caseList.empty']).waitFor();
      await searchFor('拖欠工资');
      expect(new URL(page.url()).searchParams.get('q')).toBe('拖欠工资');
      const row = table.getByRole('row').filter({ hasText: number });
      await row.waitFor();
      expect(await row.textContent()).toContain('拖欠农民工工资');
      await page.getByTestId('case-total').filter({ hasText: '共 1 件' }).waitFor();
      await screenshot(page, 'case-list');

      // The filter lives in the URL, so it survives a reload.
      await page.reload();
      await table.getByRole('row').filter({ hasText: number }).waitFor();
      expect(await search.inputValue()).toBe('拖欠工资');

      await row.getByRole('link', { name: '城东工地拖欠 12 名农民工工资' }).click();
      await page.waitForURL(/\/cases\/[^/]+$/);
      expect(await page.getByTestId('case-number').textContent()).toBe(number);
      const facts = (await page.getByTestId('case-facts').textContent()) ?? '';
      expect(facts).toContain('湖滨社区第一网格');
      expect(facts).toContain('80,000.00 元');
      await page
        .getByTestId('attachment-list')
        .getByRole('link', { name: /欠条\.png/ })
        .waitFor();
      await page.getByTestId('case-timeline').getByText(zhCN['event.registered']).waitFor();

      const partyRow = page.getByTestId('party-list').getByRole('row').filter({ hasText: '张建国' });
      expect(await partyRow.textContent()).not.toContain(VALID_ID);
      await partyRow.getByRole('button', { name: zhCN['caseDetail.reveal'] }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(zhCN['caseDetail.revealReason']).fill('电话联系申请人核实欠薪情况');
      await dialog.getByRole('button', { name: buttonName(zhCN['common.ok']) }).click();
      await partyRow.getByText(VALID_ID).waitFor();
      expect(await partyRow.textContent()).toContain('13857123456');
      await dialog.waitFor({ state: 'hidden' });
      await screenshot(page, 'case-detail');
    } finally {
      await context.close();
    }
  });

  it('lets a grid worker register from a phone with the phone’s position', async () => {
    const { context, page } = await newPage(browser, server.baseUrl, { width: 375, height: 812 });
    try {
      await context.grantPermissions(['geolocation'], { origin: server.baseUrl });
      await context.setGeolocation({ latitude: 30.221, longitude: 120.107, accuracy: 15 });
      await signIn(page, 'grid_worker', DEMO_PASSWORD);
      await page.getByRole('button', { name: zhCN['nav.menu'] }).click();
      await page.getByRole('menuitem', { name: /案件登记/ }).click();
      await page.waitForURL('**/cases/new');
      // The drawer hands the focus back when it has closed; wait, or it would close the first drop-down.
      await page.locator('.ant-drawer-content-wrapper-hidden').waitFor({ state: 'attached' });
      const form = page.getByTestId('case-form');
      await form.waitFor();
      expect(await page.getByTestId('party-table').count()).toBe(0);
      const card = page.getByTestId('party-cards');

      await form.getByLabel(zhCN['case.category']).click();
      await pickCascader(page, ['邻里', '噪音扰民']);
      await form.getByLabel(zhCN['case.subject']).fill('湖滨小区 3 幢夜间装修噪音扰民');
      await form
        .getByLabel(zhCN['case.description'])
        .fill('3 幢 502 室连续一周在晚上十点后装修，楼上楼下住户多次投诉，双方发生争吵。');
      await form.getByRole('button', { name: zhCN['caseForm.locate'] }).click();
      await page
        .getByTestId('case-position')
        .getByText(/30\.22100, 120\.10700/)
        .waitFor();
      // The position replaces the grid preset for the grid worker: the server finds the grid from it.
      await form.getByText(zhCN['caseForm.gridPlaceholder'], { exact: true }).waitFor();
      // The applicant of the first test complains again: the server links the two cases.
      await card.getByLabel(zhCN['party.name']).fill('张建国');
      await card.getByLabel(zhCN['party.idNumber']).fill(VALID_ID);
      await card.getByLabel(zhCN['party.phone']).fill('1391234');
      await card.getByText(zhCN['errorCode.phone.invalid']).waitFor();
      await card.getByLabel(zhCN['party.phone']).fill('13912345678');
      await card.getByText(zhCN['errorCode.phone.invalid']).waitFor({ state: 'detached' });
      await screenshot(page, 'register-phone');

      await form.getByRole('button', { name: buttonName(zhCN['caseForm.submit']) }).click();
      await page.waitForURL(/\/cases\/[^/]+\/receipt$/);
      expect((await page.getByTestId('receipt-number').textContent())?.trim()).toMatch(CASE_NUMBER);
      expect(await page.getByTestId('receipt-applicants').textContent()).toContain('139****5678');
      await screenshot(page, 'receipt-phone');

      await page.getByRole('button', { name: zhCN['receipt.viewCase'] }).click();
      await page.waitForURL(/\/cases\/[^/]+$/);
      const facts = (await page.getByTestId('case-facts').textContent()) ?? '';
      expect(facts).toContain('湖滨社区第一网格');
      expect(facts).toContain(zhCN['channel.grid_report']);
      const related = page.getByTestId('related-list').getByRole('row').filter({ hasText: 'SFQ-' });
      await related.getByText(zhCN['relatedReason.same_party']).waitFor();
      expect(await related.getByRole('link').first().textContent()).toMatch(CASE_NUMBER);
      await screenshot(page, 'case-detail-phone');
    } finally {
      await context.close();
    }
  });
});
