/**
 * 调解 in the browser, on the demo data: a wage-arrears case is registered by the demo intake officer,
 * accepted and dispatched to the labour mediation committee (SFQ-TW-LD) by the dispatcher and started by
 * the committee's mediator — through the API, each with their own session cookie. The mediator then, in
 * the browser, schedules a session, writes its record, draws up a written agreement with two terms,
 * downloads it (a real .docx), records the application for judicial confirmation, and the case is
 * resolved; the session is in the mediator's calendar, the application in the court-linkage list, and the
 * follow-up visit shows in 回头看 once the list's date filter is moved 30 days on (no waiting).
 */
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, signIn } from './support/browser.ts';
import {
  DEMO_PASSWORD,
  caseInProgressAtCommittee as createCase,
  downloadFrom,
  pickDate,
  pickOption,
  screenshotOf,
  screenshotPage,
  shanghaiDay,
} from './support/mediation.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** The case the first test builds and the later tests look at again (tests of a file run in order). */
let caseId = '';
let caseNumber = '';

beforeAll(async () => {
  // Without the demo cases (FENGQIAO_DEMO_CASES): the mediator's workspace, calendar and visits hold only this spec's case.
  server = await startServer({ FENGQIAO_DEMO_CASES: '0' });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

/** A wage-arrears case in progress at the labour committee; `mediatorApi` starts it. */
const caseInProgressAtCommittee = (mediatorApi: APIRequestContext, applicant: string) =>
  createCase({ browser, baseUrl: server.baseUrl, contexts, mediatorApi, applicant });

describe('mediation', () => {
  it('schedules, records, writes and downloads an agreement, and finds the visit 30 days on', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    await signIn(page, 'mediator', DEMO_PASSWORD);
    ({ id: caseId, number: caseNumber } = await caseInProgressAtCommittee(page.request, '李建华'));
    const tomorrow = shanghaiDay(1);

    await page.goto(`/cases/${caseId}`);
    const workspace = page.getByTestId('mediation-workspace');
    await workspace.waitFor();

    // 安排调解: tomorrow 09:30 in the second mediation room; the signed-in mediator leads.
    await workspace.getByRole('button', { name: zhCN['session.schedule'] }).click();
    const schedule = page.getByRole('dialog', { name: zhCN['session.scheduleTitle'] });
    await pickDate(page, schedule.getByLabel(zhCN['session.startsAt']), `${tomorrow} 09:30`);
    await schedule.getByLabel(zhCN['session.place']).fill('区矛调中心第二调解室');
    await schedule.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await schedule.waitFor({ state: 'hidden' });
    const sessionRow = page.getByTestId('session-list').getByRole('row').filter({ hasText: '第二调解室' });
    await sessionRow.getByText(zhCN['session.status.scheduled']).waitFor();
    expect(await sessionRow.textContent()).toContain(`${tomorrow} 09:30`);
    expect(await sessionRow.textContent()).toContain(zhCN['session.lead']);

    // 记录笔录: both parties came; each states their side; the facts and the proposal.
    await sessionRow.getByRole('button', { name: zhCN['session.record'] }).click();
    const record = page.getByRole('dialog', { name: zhCN['record.title'] });
    await record.getByLabel('李建华 陈述').fill('要求劳务公司支付拖欠的两个月工资共 6 万元。');
    await record.getByLabel('杭州城西劳务有限公司 陈述').fill('承认欠薪，因工程款未到位，希望分两期支付。');
    await record
      .getByLabel(zhCN['record.facts'])
      .fill('劳务公司拖欠申请人等 5 人 2 个月工资共计 6 万元属实。');
    await record
      .getByLabel(zhCN['record.proposals'])
      .fill('建议劳务公司分两期付清，首期 3 万元于月底前支付。');
    await record.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await record.waitFor({ state: 'hidden' });
    await sessionRow.getByText(zhCN['session.status.held']).waitFor();
    const recordFile = await downloadFrom(page, () =>
      sessionRow.getByRole('button', { name: zhCN['session.downloadRecord'] }).click(),
    );
    expect(recordFile.name).toMatch(/^调解笔录-.*\.docx$/);
    expect(recordFile.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    await sessionRow.getByRole('button', { name: zhCN['session.setOutcome'] }).click();
    const outcome = page.getByRole('dialog', { name: zhCN['outcome.title'] });
    await outcome.getByText(zhCN['session.outcome.agreed']).click();
    await outcome.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await outcome.waitFor({ state: 'hidden' });
    await sessionRow.getByText(zhCN['session.outcome.agreed']).waitFor();
    await screenshotPage(page, 'mediation-workspace');

    // 制作调解协议: written, two terms, the first with an amount in yuan and a due date.
    await workspace.getByRole('button', { name: zhCN['agreement.create'] }).click();
    const editor = page.getByRole('dialog', { name: zhCN['agreement.createTitle'] });
    await editor
      .getByLabel(zhCN['agreement.facts'])
      .fill('劳务公司拖欠申请人等 5 人 2 个月工资共计 6 万元。');
    await editor.getByLabel(zhCN['agreement.disputedMatters']).fill('欠付工资的支付时间和方式。');
    const terms = editor.getByTestId('term-row');
    await terms.nth(0).getByLabel(zhCN['term.obligor']).click();
    await pickOption(page, '被申请人 杭州城西劳务有限公司');
    await terms.nth(0).getByTitle('被申请人 杭州城西劳务有限公司').waitFor();
    await terms.nth(0).getByLabel(zhCN['term.obligation']).fill('支付首期工资');
    await terms.nth(0).getByLabel(zhCN['term.amount']).fill('30000');
    await pickDate(page, terms.nth(0).getByLabel(zhCN['term.dueDate']), shanghaiDay(20));
    await editor.getByRole('button', { name: zhCN['term.add'] }).click();
    await terms.nth(1).getByLabel(zhCN['term.obligor']).click();
    await pickOption(page, '被申请人 杭州城西劳务有限公司');
    await terms.nth(1).getByTitle('被申请人 杭州城西劳务有限公司').waitFor();
    await terms.nth(1).getByLabel(zhCN['term.obligation']).fill('支付剩余工资');
    await terms.nth(1).getByLabel(zhCN['term.amount']).fill('30000');
    await pickDate(page, terms.nth(1).getByLabel(zhCN['term.dueDate']), shanghaiDay(50));
    await editor
      .getByLabel(zhCN['agreement.performanceCheck'])
      .fill('银行转账至各申请人账户，调委会回访核实。');
    // The whole dialog fits a taller window, so its screenshot needs no scrolling.
    await page.setViewportSize({ width: 1366, height: 1200 });
    await screenshotOf(editor, 'agreement-editor');
    await page.setViewportSize({ width: 1366, height: 800 });
    await editor.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await editor.waitFor({ state: 'hidden' });

    const agreement = page.getByTestId('agreement');
    const number = (await agreement.getByTestId('agreement-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^SFQ-TW-LD〔\d{4}〕第\d+号$/);
    const termRows = agreement.getByTestId('agreement-terms').locator('tbody tr.ant-table-row');
    expect(await termRows.count()).toBe(2);
    expect(await termRows.nth(0).textContent()).toContain('30,000.00');
    // Recording an agreement marks the case mediated successfully.
    await page.getByTestId('case-status').filter({ hasText: zhCN['status.mediated_success'] }).waitFor();

    const agreementFile = await downloadFrom(page, () =>
      agreement.getByRole('button', { name: zhCN['agreement.download'] }).click(),
    );
    expect(agreementFile.name.endsWith('.docx')).toBe(true);
    expect(agreementFile.name).toContain(number);
    expect(agreementFile.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // 履行情况: the first term is recorded as performed.
    await termRows.nth(0).getByLabel('第 1 条履行情况').click();
    await pickOption(page, zhCN['term.status.fulfilled']);
    await page.getByText(zhCN['term.statusSaved']).waitFor();

    // 司法确认: the parties apply today; the window runs 30 days from the agreement.
    const judicial = page.getByTestId('judicial-card');
    await judicial.getByTestId('judicial-window').getByText(shanghaiDay(30)).waitFor();
    await judicial.getByRole('button', { name: zhCN['judicial.apply'] }).click();
    const apply = page.getByRole('dialog', { name: zhCN['judicial.applyTitle'] });
    await apply.getByLabel(zhCN['judicial.court']).fill('示范区人民法院');
    await apply.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await apply.waitFor({ state: 'hidden' });
    const application = judicial.getByTestId('judicial-item');
    await application.getByText(zhCN['judicial.pending']).waitFor();
    expect(await application.textContent()).toContain(shanghaiDay(30));
    await application.getByRole('button', { name: zhCN['judicial.accept'] }).click();
    const acceptance = page.getByRole('dialog', { name: zhCN['judicial.acceptTitle'] });
    await acceptance.getByLabel(zhCN['judicial.courtCaseNumber']).fill('（2026）示0101民特1号');
    await acceptance.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await acceptance.waitFor({ state: 'hidden' });
    await application.getByText('（2026）示0101民特1号').waitFor();

    // 办结 through the case page's action panel (POST /cases/:id/actions).
    await page.getByTestId('case-actions').locator('[data-action="resolve"]').click();
    const resolve = page.getByRole('dialog').filter({ hasText: caseNumber });
    await resolve.locator('.ant-modal-footer .ant-btn-primary').click();
    await resolve.waitFor({ state: 'hidden' });
    await page.getByTestId('case-status').filter({ hasText: zhCN['status.resolved'] }).waitFor();

    // The session is in the mediator's calendar on tomorrow's date.
    await page.getByRole('menuitem', { name: /调解/ }).first().click();
    await page.waitForURL('**/mediation/calendar');
    const calendar = page.getByTestId('mediation-calendar');
    await calendar.locator(`td[title="${tomorrow}"]`).click();
    const day = page.getByTestId('calendar-day');
    await day.getByRole('link', { name: caseNumber }).waitFor();
    await calendar.getByTestId('calendar-chip').filter({ hasText: '09:30' }).first().waitFor();
    await screenshotPage(page, 'mediation-calendar');

    // 诉调对接 lists the application awaiting the court's decision.
    await page.getByRole('menuitem', { name: /诉调对接/ }).click();
    await page.waitForURL('**/court-linkage');
    const linkage = page.getByTestId('court-linkage-list').getByRole('row').filter({ hasText: caseNumber });
    await linkage.getByText('示范区人民法院').waitFor();
    await screenshotPage(page, 'court-linkage');

    // 回头看: nothing due today; with the date filter 30 days on, the visit of this case shows.
    await page.getByRole('menuitem', { name: /回头看/ }).click();
    await page.waitForURL('**/followups');
    const visits = page.getByTestId('followup-list');
    await page.getByTestId('followup-total').filter({ hasText: '今天' }).waitFor();
    expect(await visits.getByRole('row').filter({ hasText: caseNumber }).count()).toBe(0);
    await pickDate(page, page.getByLabel(zhCN['followup.dueBy']), shanghaiDay(30));
    const visit = visits.getByRole('row').filter({ hasText: caseNumber });
    await visit.waitFor();
    expect(await visit.textContent()).toContain(shanghaiDay(30));
    expect(new URL(page.url()).searchParams.get('due')).toBe(shanghaiDay(30));
    await screenshotPage(page, 'followups');

    // 记录回访: "not fulfilled" warns that the case reopens; the agreement holds, so it is fulfilled.
    await visit.getByRole('button', { name: zhCN['followup.record'] }).click();
    const visitForm = page.getByRole('dialog', { name: zhCN['followup.recordTitle'] });
    await visitForm.getByText(zhCN['term.status.not_fulfilled']).click();
    await visitForm.getByTestId('followup-reopen-warning').waitFor();
    await visitForm.getByText(zhCN['term.status.fulfilled'], { exact: true }).click();
    await visitForm.getByTestId('followup-reopen-warning').waitFor({ state: 'detached' });
    await visitForm.getByLabel(zhCN['followup.note']).fill('电话回访李建华，首期工资已按时到账。');
    await visitForm.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await visitForm.waitFor({ state: 'hidden' });
    await visit.waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: zhCN['followup.includeDone'] }).click();
    await visits.getByRole('row').filter({ hasText: '首期工资已按时到账' }).waitFor();
  });

  it('works on a phone: the workspace, the calendar and the visits fit 375 px', async () => {
    const { context, page } = await newPage(browser, server.baseUrl, { width: 375, height: 812 });
    contexts.push(context);
    await signIn(page, 'mediator', DEMO_PASSWORD);
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('agreement').waitFor();
    await page.getByTestId('session-list').getByText('区矛调中心第二调解室').waitFor();
    // The court confirms the agreement, recorded from the phone.
    const application = page.getByTestId('judicial-item');
    await application.getByRole('button', { name: zhCN['judicial.decide'] }).click();
    const decision = page.getByRole('dialog', { name: zhCN['judicial.decideTitle'] });
    await decision.getByText(zhCN['judicial.decision.confirmed']).click();
    await decision.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await decision.waitFor({ state: 'hidden' });
    await application.getByText(zhCN['judicial.decision.confirmed']).waitFor();
    await screenshotOf(page.getByTestId('mediation-workspace'), 'mediation-workspace-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.goto('/mediation/calendar');
    await page
      .getByTestId('mediation-calendar')
      .locator(`td[title="${shanghaiDay(1)}"]`)
      .click();
    await page.getByTestId('calendar-day').getByRole('link', { name: caseNumber }).waitFor();
    await screenshotPage(page, 'mediation-calendar-phone');

    await page.goto(`/followups?due=${shanghaiDay(100)}&all=1`);
    await page.getByTestId('followup-list').getByRole('link', { name: caseNumber }).first().waitFor();
    await screenshotPage(page, 'followups-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('records a refusal with the notice of other routes, then the undisputed facts as a .docx', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    await signIn(page, 'mediator', DEMO_PASSWORD);
    const refused = await caseInProgressAtCommittee(page.request, '王秀英');
    await page.goto(`/cases/${refused.id}`);
    const workspace = page.getByTestId('mediation-workspace');
    await workspace.getByRole('button', { name: zhCN['refusal.open'] }).click();
    const refusal = page.getByRole('dialog', { name: zhCN['refusal.title'] });
    await refusal.getByLabel(zhCN['refusal.party']).click();
    await pickOption(page, '被申请人 杭州城西劳务有限公司');
    await refusal.getByLabel(zhCN['refusal.reason']).fill('公司表示只接受劳动仲裁。');
    await refusal.getByRole('button', { name: zhCN['refusal.confirm'] }).click();
    const notice = page.getByTestId('refusal-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('人民调解委员会不得调解');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: buttonName(zhCN['common.ok']) })
      .click();
    await page.getByTestId('case-status').filter({ hasText: zhCN['status.mediated_failed'] }).waitFor();

    await workspace.getByRole('button', { name: zhCN['undisputed.open'] }).click();
    const facts = page.getByRole('dialog', { name: zhCN['undisputed.title'] });
    await facts
      .getByLabel(`${zhCN['undisputed.facts']} 1`)
      .fill('申请人于 2026 年 3 月起在城西安置房工地务工。');
    await facts
      .getByTestId('list-undisputedFacts')
      .getByRole('button', { name: zhCN['undisputed.add'] })
      .click();
    await facts.getByLabel(`${zhCN['undisputed.facts']} 2`).fill('公司尚欠申请人工资。');
    await facts.getByLabel(`${zhCN['undisputed.disputed']} 1`).fill('欠付工资的具体数额。');
    const file = await downloadFrom(page, () =>
      facts.getByRole('button', { name: zhCN['undisputed.download'] }).click(),
    );
    expect(file.name).toBe(`无争议事实确认书-${refused.number}.docx`);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await facts.waitFor({ state: 'hidden' });
  });

  it('lets the district admin set the follow-up intervals', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: /系统设置/ }).click();
    await page.waitForURL('**/admin/settings');
    const form = page.getByTestId('followup-intervals-form');
    const first = form.getByLabel('第 1 次回访（天）');
    await first.waitFor();
    expect(await first.inputValue()).toBe('30');
    expect(await form.getByLabel('第 2 次回访（天）').inputValue()).toBe('90');
    await form.getByRole('button', { name: zhCN['settings.addInterval'] }).click();
    await form.getByLabel('第 3 次回访（天）').fill('180');
    await form.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await page.getByText(zhCN['settings.saved']).waitFor();
    const saved = (await (await page.request.get('/api/v1/settings/followup-intervals')).json()) as {
      days: number[];
    };
    expect(saved.days).toEqual([30, 90, 180]);
  });
});
