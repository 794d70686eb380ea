/**
 * 一网分流、限期办理 in the browser (issue 4): the intake clerk registers a labour dispute; the dispatcher
 * finds it on the desk with the route the demo rules propose (the labour mediation committee, the labour
 * bureau co-handling) and why, and dispatches it in one click; the committee's mediator is notified, finds
 * it in the to-do list, opens it and starts work, and the deadline bar shows. Then the to-do list on a
 * phone, and the admin's routing rules (with the tester), time limits and working calendar. The tests of a
 * file run in order: the later ones read the case the first one made.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const DEMO_PASSWORD = 'fengqiao-demo';
const LABOUR_COMMITTEE = '区劳动争议人民调解委员会';
const LABOUR_BUREAU = '区人力资源和社会保障局';
const SUBJECT = '城西物流园拖欠 8 名农民工工资';

/** A resident ID number with the GB 11643 check character computed here. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

let server: RunningServer;
let browser: Browser;
let caseNumber = '';

beforeAll(async () => {
  // Without the demo cases (FENGQIAO_DEMO_CASES): the mediator's bell must count only this spec's assignment.
  server = await startServer({ FENGQIAO_DEMO_CASES: '0' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Picks `path` (first level, second level) in the open Cascader's menus. */
async function pickCascader(page: Page, path: string[]): Promise<void> {
  const menus = page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu');
  for (const [level, name] of path.entries()) {
    await menus.nth(level).locator(`li[title="${name}"]`).click();
  }
  await page.locator('.ant-cascader-dropdown').waitFor({ state: 'hidden' });
}

/** Waits until no CSS animation runs (a popover or drop-down has finished opening), for a clean screenshot. */
async function settled(page: Page): Promise<void> {
  // Looping animations (a badge's pulse, a skeleton's shimmer) never finish: wait for the others only.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
      ),
  );
}

/** Signs in as `username` in a fresh browser context and runs `work`. */
async function as(
  username: string,
  work: (page: Page) => Promise<void>,
  size?: { width: number; height: number },
): Promise<void> {
  const { context, page } = await newPage(browser, server.baseUrl, size);
  try {
    await signIn(page, username, DEMO_PASSWORD);
    await work(page);
  } finally {
    await context.close();
  }
}

async function registerLabourDispute(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: /案件登记/ }).click();
  const form = page.getByTestId('case-form');
  await form.waitFor();
  await form.getByLabel(zhCN['case.category']).click();
  await pickCascader(page, ['劳动争议', '拖欠农民工工资']);
  await form.getByLabel(zhCN['case.subject']).fill(SUBJECT);
  await form
    .getByLabel(zhCN['case.description'])
    .fill('申请人等 8 人在城西物流园装卸货物，承包方拖欠两个月工资共 4 万元，多次讨要未果。');
  await form.getByLabel(zhCN['case.grid']).click();
  await page.locator('.ant-select-tree').getByText('湖滨社区第一网格', { exact: true }).click();
  await form.getByLabel(zhCN['case.peopleInvolved']).fill('8');
  const applicant = page.getByTestId('party-table').locator('tbody tr.ant-table-row').nth(0);
  await applicant.getByLabel(zhCN['party.name']).fill('李春生');
  await applicant.getByLabel(zhCN['party.idNumber']).fill(idNumber('330106', '19790305', '017'));
  await applicant.getByLabel(zhCN['party.phone']).fill('13957112233');
  await form.getByRole('button', { name: buttonName(zhCN['caseForm.submit']) }).click();
  await page.waitForURL(/\/cases\/[^/]+\/receipt$/);
  return (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
}

describe('dispatch and to-do', () => {
  it('routes a labour dispute from the window to the labour committee, which starts work', async () => {
    await as('intake', async (page) => {
      caseNumber = await registerLabourDispute(page);
    });
    expect(caseNumber).toMatch(/^SFQ-\d{4}-\d{6}$/);

    await as('dispatcher', async (page) => {
      await page.getByRole('menuitem', { name: /分流交办/ }).click();
      await page.waitForURL('**/dispatch');
      const row = page.getByTestId('dispatch-table').getByRole('row').filter({ hasText: caseNumber });
      await row.getByTestId('proposal-target').filter({ hasText: LABOUR_COMMITTEE }).waitFor();
      expect(await row.getByTestId('proposal-cell').textContent()).toContain(LABOUR_BUREAU);
      const reason = (await row.getByTestId('route-reason').textContent()) ?? '';
      expect(reason).toContain('拖欠农民工工资');
      expect(reason).toContain(LABOUR_COMMITTEE);
      await row.getByTestId('deadline-cell').waitFor();
      await row.getByRole('button', { name: zhCN['route.why'] }).click();
      const why = page.getByTestId('route-why-detail');
      await why.getByText('类别为拖欠农民工工资', { exact: true }).waitFor();
      // The big-and-dangerous rule comes first and was passed over: 8 people, low risk.
      expect(await why.textContent()).toContain('涉及30人以上或重大风险');
      await settled(page);
      await screenshot(page, 'dispatch-desk');
      await page.keyboard.press('Escape');

      await row.getByRole('button', { name: zhCN['dispatch.asProposed'] }).click();
      await page.getByText(`${caseNumber} 已交办至${LABOUR_COMMITTEE}`).waitFor();
      await row.waitFor({ state: 'detached' });
    });

    await as('mediator', async (page) => {
      // The assignment reaches the committee's inbox: the bell counts it, its item opens the case.
      await page.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
      await page.getByTestId('notification-bell').click();
      const item = page.getByTestId('notification-panel').getByTestId('notification-item').first();
      expect(await item.textContent()).toContain(`新交办案件：${caseNumber}`);
      await item.waitFor();
      await settled(page);
      await screenshot(page, 'notifications');
      await page.keyboard.press('Escape');

      await page.getByRole('menuitem', { name: /待办/ }).click();
      await page.waitForURL('**/todo');
      const row = page.getByTestId('todo-table').getByRole('row').filter({ hasText: caseNumber });
      await row.getByText(zhCN['status.dispatched']).waitFor();
      await row.getByTestId('deadline-cell').waitFor();
      await screenshot(page, 'todo');
      await page.getByRole('tab', { name: zhCN['todo.tab.dispatched'] }).click();
      await page.waitForURL('**/todo?tab=dispatched');
      await row.waitFor();

      await row.getByRole('link', { name: SUBJECT }).click();
      await page.waitForURL(/\/cases\/[^/]+$/);
      const panel = page.getByTestId('case-actions');
      // Only what the mediator may do now; the dispatcher's actions are not offered.
      await panel.getByRole('button', { name: buttonName(zhCN['action.start']) }).waitFor();
      expect(await panel.getByRole('button', { name: buttonName(zhCN['action.dispatch']) }).count()).toBe(0);

      // Meanwhile a colleague asks for an extension: the page's version is stale, the server answers 409,
      // the page says so and reloads the case; the second try goes through.
      const caseId = page.url().split('/').pop() ?? '';
      const current = (await (await page.request.get(`/api/v1/cases/${caseId}`)).json()) as {
        version: number;
      };
      const extension = await page.request.post(`/api/v1/cases/${caseId}/actions`, {
        data: {
          action: 'request_extension',
          version: current.version,
          reason: '等待工资清册',
          extensionAmount: 3,
        },
      });
      expect(extension.status()).toBe(200);
      const dialog = page.getByRole('dialog');
      const start = async () => {
        await panel.getByRole('button', { name: buttonName(zhCN['action.start']) }).click();
        await dialog.getByText(zhCN['actionHint.start']).waitFor();
        await dialog.getByRole('button', { name: buttonName(zhCN['action.start']) }).click();
      };
      await start();
      await page.getByText(zhCN['caseAction.error.stale-version']).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await panel.getByTestId('extension-pending').waitFor();
      await page.getByTestId('case-status').filter({ hasText: zhCN['status.dispatched'] }).waitFor();
      await start();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('case-status').filter({ hasText: zhCN['status.in_progress'] }).waitFor();
      await panel.getByRole('button', { name: buttonName(zhCN['action.suspend']) }).waitFor();
      const bar = page.getByTestId('case-deadline').getByTestId('deadline-bar');
      await bar.waitFor();
      expect(await bar.textContent()).toContain('劳动争议办理时限');
      await page.getByTestId('timer-list').waitFor();
      await screenshot(page, 'case-actions');
    });
  });

  it('shows the to-do list on a phone', async () => {
    await as(
      'mediator',
      async (page) => {
        await page.goto('/todo');
        const item = page.getByTestId('todo-list').getByTestId('todo-item').filter({ hasText: caseNumber });
        await item.getByText(zhCN['status.in_progress']).waitFor();
        await item.getByTestId('deadline-cell').waitFor();
        await screenshot(page, 'todo-phone');
      },
      { width: 375, height: 812 },
    );
  });

  it('lets the admin order and test routing rules, and edit time limits and the calendar', async () => {
    await as('admin', async (page) => {
      await page.getByRole('menuitem', { name: /分流规则/ }).click();
      await page.waitForURL('**/admin/routing-rules');
      const table = page.getByTestId('rules-table');
      const labourRule = table.getByRole('row').filter({ hasText: '劳动争议、拖欠农民工工资' });
      await labourRule.getByText(LABOUR_COMMITTEE).waitFor();
      expect(await table.getByRole('row').nth(1).textContent()).toContain('涉及30人以上或重大风险');

      const tester = page.getByTestId('route-test');
      await tester.getByLabel(zhCN['case.category']).click();
      await pickCascader(page, ['劳动争议', '拖欠农民工工资']);
      await tester.getByLabel(zhCN['case.peopleInvolved']).fill('40');
      await tester.getByRole('button', { name: buttonName(zhCN['rules.test.run']) }).click();
      const result = page.getByTestId('route-test-result');
      // 40 people: the district centre's rule comes first and wins.
      await result.getByText('涉及30人以上或重大风险→区综治中心（领导关注）', { exact: true }).waitFor();
      await tester.getByLabel(zhCN['case.peopleInvolved']).fill('8');
      await tester.getByRole('button', { name: buttonName(zhCN['rules.test.run']) }).click();
      await result.getByText(LABOUR_COMMITTEE, { exact: true }).waitFor();
      await screenshot(page, 'routing-rules');

      // Moving the labour rule up one place changes the order on the server.
      const position = async () => (await labourRule.locator('td').first().textContent())?.trim();
      const before = Number(await position());
      await labourRule.getByRole('button', { name: zhCN['rules.moveUp'] }).click();
      await page.waitForFunction(
        ([expected]) =>
          [...document.querySelectorAll('[data-testid="rules-table"] tr')].some(
            (tr) =>
              tr.textContent?.includes('劳动争议、拖欠农民工工资') &&
              tr.querySelector('td')?.textContent?.trim() === expected,
          ),
        [String(before - 1)],
      );

      await page.getByRole('menuitem', { name: /办理时限/ }).click();
      await page.getByTestId('profiles-table').getByText('劳动争议办理时限').waitFor();

      await page.getByRole('menuitem', { name: /工作日历/ }).click();
      await page.waitForURL('**/admin/calendar');
      await page.getByRole('button', { name: zhCN['workCalendar.prevYear'] }).click();
      await page.getByTestId('calendar-year').filter({ hasText: '2025' }).waitFor();
      const october = page.getByTestId('calendar-month-10');
      await october.locator('[data-day="2025-10-01"][data-kind="holiday"]').waitFor();
      await october.locator('[data-day="2025-10-11"][data-kind="workday"]').waitFor();
      await page
        .getByTestId('calendar-month-9')
        .locator('[data-day="2025-09-28"][data-kind="workday"]')
        .waitFor();
      await screenshot(page, 'calendar');

      // An ordinary Wednesday becomes a district holiday, then follows the weekday rule again.
      await october.locator('[data-day="2025-10-15"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(zhCN['workCalendar.kind.holiday']).check();
      await dialog.getByLabel(zhCN['workCalendar.name']).fill('区庆');
      await dialog.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
      await october.locator('[data-day="2025-10-15"][data-kind="holiday"]').waitFor();
      await october.getByText(/区庆/).waitFor();
      await october.locator('[data-day="2025-10-15"]').click();
      await dialog.getByLabel(zhCN['workCalendar.kind.default']).check();
      await dialog.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
      await october.locator('[data-day="2025-10-15"][data-kind="weekday"]').waitFor();
    });
  });
});
