/**
 * 会商研判, 信访 and 法院委派 in the browser, on the demo data. A group wage dispute is registered through
 * the API by the demo intake officer; the demo leader, in the browser, convenes a "3+X" consultation from
 * the case page (a judge and a legal-aid lawyer by name, the labour committee's mediator as chief
 * mediator, the labour bureau as the department), records the minutes with a decision that becomes a
 * task for the bureau's officer with a due day; the officer finds the task under 会商研判 and marks it
 * done. A petition accepted by the dispatcher gets its written reply from the case page. The intake
 * officer registers a court's referral from the court-linkage page and finds it in the list there; the
 * dispatcher records that mediation settled it.
 * Screenshots go to E2E_SHOTS_DIR (else screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { SCREENSHOT_DIR, buttonName, launchBrowser, newPage, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, act, pickDate, pickOption, shanghaiDay } from './support/mediation.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOTS = process.env.E2E_SHOTS_DIR ?? SCREENSHOT_DIR;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // Without the demo cases (FENGQIAO_DEMO_CASES): the mediator picker and the case lists hold only this spec's data.
  server = await startServer({ FENGQIAO_DEMO_CASES: '0' });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Desktop pages are 1440×900; phone pages 390×844. */
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function signedInPage(username: string, size = DESKTOP) {
  const { context, page } = await newPage(browser, server.baseUrl, size);
  contexts.push(context);
  await signIn(page, username, DEMO_PASSWORD);
  return page;
}

/** Types `search` into an open TreeSelect and chooses the node titled `title`. */
async function pickTreeNode(page: Page, search: string, title: string): Promise<void> {
  await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-tree-title')
    .filter({ hasText: title })
    .first()
    .click();
}

/** Registers a case through the API as `page`'s user and returns it. */
async function registerCase(page: Page, data: Record<string, unknown>) {
  const response = await page.request.post('/api/v1/cases', { data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; number: string };
}

const LABOUR_BUREAU = '区人力资源和社会保障局';
const DECISION = '人社局三日内核实欠薪人数和金额，督促劳务公司制定支付计划';

describe('consultation', () => {
  it('a leader convenes a 3+X consultation, records a decision as a task; its owner marks it done', async () => {
    const intake = await signedInPage('intake');
    const created = await registerCase(intake, {
      channel: 'walk_in',
      category: 'wage_arrears',
      subject: '城东商业综合体工地 40 名工人集体讨薪',
      description: '40 余名工人反映劳务公司拖欠三个月工资约 120 万元，已聚集至项目部，情绪激动。',
      peopleInvolved: 42,
      amountFen: 120_000_000,
      flags: ['group_incident'],
      parties: [
        { kind: 'person', role: 'applicant', name: '王建军', phone: '13857120011' },
        { kind: 'organisation', role: 'respondent', name: '杭州城东建筑劳务有限公司' },
      ],
    });

    const leader = await signedInPage('leader');
    await leader.goto(`/cases/${created.id}`);
    const card = leader.getByTestId('case-consultations');
    await card.getByText(zhCN['consultation.noneForCase']).waitFor();
    await card.getByRole('button', { name: zhCN['consultation.convene'] }).click();
    const convene = leader.getByRole('dialog', { name: zhCN['consultation.convene'] });
    await convene.getByLabel(zhCN['consultation.place']).fill('区矛调中心三楼会商室');
    await convene.getByLabel(`法官 ${zhCN['consultation.seatName']}`).fill('区人民法院 王法官');
    await convene.getByLabel(`首席调解员 ${zhCN['consultation.seatUser']}`).click();
    await pickOption(leader, '调解员 陈静');
    await convene.getByLabel(`法律援助律师 ${zhCN['consultation.seatName']}`).fill('区法律援助中心 李律师');
    await convene.getByLabel(zhCN['consultation.kind.department']).click();
    await pickTreeNode(leader, '人力资源', LABOUR_BUREAU);
    await leader.keyboard.press('Escape');
    await shot(leader, 'consultation-convene-modal');
    await convene.getByRole('button', { name: buttonName(zhCN['consultation.conveneOk']) }).click();

    // The new consultation's page: the "3" and the "X" by role.
    await leader.waitForURL(/\/consultations\/[^/]+$/);
    const participants = leader.getByTestId('consultation-participants');
    await participants.getByText('区人民法院 王法官').waitFor();
    for (const text of [
      '调解员 陈静',
      '区法律援助中心 李律师',
      LABOUR_BUREAU,
      zhCN['consultation.kind.chief_mediator'],
    ])
      await participants.getByText(text).first().waitFor();

    // 记录会商纪要: one decision, owned by the labour bureau's officer, due in three days.
    const due = shanghaiDay(3);
    await leader.getByRole('button', { name: zhCN['consultation.recordMinutes'] }).click();
    const minutes = leader.getByRole('dialog', { name: zhCN['consultation.recordMinutes'] });
    await minutes
      .getByLabel(zhCN['consultation.minutes'])
      .fill('会议认为：欠薪事实基本清楚，应先稳定工人情绪，由人社局牵头核实，调解委员会跟进调解。');
    await minutes.getByLabel(zhCN['consultationTask.content']).fill(DECISION);
    await minutes.getByLabel(zhCN['consultationTask.ownerOrg']).click();
    await pickTreeNode(leader, '人力资源', LABOUR_BUREAU);
    await minutes.getByLabel(zhCN['consultationTask.ownerUser']).click();
    await pickOption(leader, '人社局承办人 刘洋');
    await pickDate(leader, minutes.getByLabel(zhCN['consultationTask.dueOn']), due);
    await minutes.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await minutes.waitFor({ state: 'hidden' });
    const taskRow = leader.getByTestId('consultation-task').filter({ hasText: DECISION });
    await taskRow.getByText(zhCN['consultationTask.open']).waitFor();
    expect(await taskRow.textContent()).toContain(`${LABOUR_BUREAU} · 人社局承办人 刘洋`);
    expect(await taskRow.textContent()).toContain(due);
    await leader.getByText(zhCN['consultation.status.held']).first().waitFor();
    await shot(leader, 'consultation-detail');

    await leader.goto('/consultations?tasks=all');
    await leader.getByTestId('consultation-list').getByText(created.number).waitFor();
    await leader.getByTestId('consultation-open-tasks').getByText(DECISION).waitFor();
    await shot(leader, 'consultations-page');
    const leaderPhone = await signedInPage('leader', PHONE);
    await leaderPhone.goto('/consultations');
    await leaderPhone.getByTestId('consultation-list').getByText(created.number).waitFor();
    await shot(leaderPhone, 'consultations-page-phone-leader');
    await leaderPhone
      .getByRole('link', { name: /会商研判$/ })
      .first()
      .click();
    await leaderPhone.getByTestId('consultation-participants').waitFor();
    await shot(leaderPhone, 'consultation-detail-phone');

    // The owner: the task is under 会商研判 (their own), and is marked done with a note.
    const handler = await signedInPage('handler', PHONE);
    await handler.getByRole('button', { name: zhCN['nav.menu'] }).click();
    await handler.getByRole('menuitem', { name: zhCN['nav.consultations'] }).click();
    await handler.waitForURL(/\/consultations$/);
    const mine = handler
      .getByTestId('consultation-open-tasks')
      .getByTestId('consultation-task')
      .filter({ hasText: DECISION });
    await mine.waitFor();
    await shot(handler, 'consultations-page-phone');
    await mine.getByRole('button', { name: buttonName(zhCN['consultationTask.markDone']) }).click();
    const done = handler.getByRole('dialog', { name: zhCN['consultationTask.markDone'] });
    await done
      .getByLabel(zhCN['consultationTask.doneNote'])
      .fill('已核实 42 人欠薪 118 万元，劳务公司承诺分两期支付。');
    await done.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await done.waitFor({ state: 'hidden' });
    await handler
      .getByTestId('consultation-open-tasks')
      .getByText(zhCN['consultationTask.empty'])
      .first()
      .waitFor();

    await leader.goto(`/cases/${created.id}`);
    await leader.getByTestId('case-consultations').getByText('待办 0 / 共 1').waitFor();
    const tasks = (await (await leader.request.get('/api/v1/consultation-tasks?status=done')).json()) as {
      items: { content: string; doneNote: string | null }[];
    };
    expect(tasks.items.find((x) => x.content === DECISION)?.doneNote).toContain('分两期支付');
    await shot(leader, 'case-page-consultations');
  });
});

describe('petition', () => {
  it('a petition accepted by the dispatcher gets its written reply from the case page', async () => {
    const dispatcher = await signedInPage('dispatcher');
    const created = await registerCase(await signedInPage('intake'), {
      channel: 'petition',
      petitionType: 'complaint',
      category: 'wage_arrears',
      subject: '来访反映物业公司拖欠保洁员工资',
      description: '信访人反映所在物业公司拖欠其两个月工资，多次讨要未果，要求尽快解决。',
      parties: [{ kind: 'person', role: 'applicant', name: '刘秀英', phone: '13857120022' }],
    });
    await act(dispatcher.request, created.id, 'accept');
    await dispatcher.goto(`/cases/${created.id}`);
    const card = dispatcher.getByTestId('petition-card');
    await card.getByText(zhCN['petition.noReply']).waitFor();
    await card.getByRole('button', { name: zhCN['petition.writeReply'] }).click();
    const reply = dispatcher.getByRole('dialog', { name: zhCN['petition.writeReply'] });
    await reply
      .getByLabel(zhCN['petition.factsFound'])
      .fill('经核实，物业公司拖欠信访人 2026 年 9、10 月工资共 7200 元属实。');
    await reply.getByLabel(zhCN['petition.opinion']).fill('责成物业公司于 15 日内足额支付拖欠工资。');
    await reply.getByLabel(zhCN['petition.reviewBody']).fill('示范区人民政府');
    await reply.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await reply.waitFor({ state: 'hidden' });
    const item = card.getByTestId('petition-reply');
    await item.getByText(zhCN['petition.download']).waitFor();
    expect(await item.textContent()).toContain('示范区人民政府');
    await card.getByRole('button', { name: zhCN['petition.requestReview'] }).waitFor();
    await shot(dispatcher, 'case-page-petition');
  });
});

describe('court referral', () => {
  it('the intake officer registers a court’s referral and finds it in the court-linkage list; its outcome is recorded', async () => {
    const intake = await signedInPage('intake');
    await intake.getByRole('menuitem', { name: zhCN['nav.courtLinkage'] }).click();
    await intake
      .getByTestId('court-transfers')
      .getByRole('button', { name: zhCN['referral.register'] })
      .click();
    await intake.waitForURL(/\/court-linkage\/referrals\/new$/);
    const form = intake.getByTestId('court-referral-form');
    await form.getByLabel(zhCN['referral.court']).fill('示范区人民法院');
    await form.getByLabel(zhCN['referral.courtCaseNumber']).fill('（2026）浙0681民诉前调1234号');
    await form.getByLabel(zhCN['referral.kind.entrusted']).check();
    await form.getByLabel(zhCN['case.category']).click();
    const menus = intake.locator('.ant-cascader-dropdown:visible .ant-cascader-menu');
    await menus.nth(0).locator('li[title="劳动争议"]').click();
    await menus.nth(1).locator('li[title="拖欠农民工工资"]').click();
    await form.getByLabel(zhCN['case.subject']).fill('装修工人追索劳务报酬纠纷');
    await form
      .getByLabel(zhCN['referral.facts'])
      .fill('原告为被告装修房屋，被告尚欠劳务费 1.8 万元未付，原告诉至法院。');
    const rows = intake.getByTestId('party-table').locator('tbody tr.ant-table-row');
    await rows.nth(0).getByLabel(zhCN['party.name']).fill('吴师傅');
    await rows.nth(1).getByLabel(zhCN['party.name']).fill('钱先生');
    await shot(intake, 'court-referral-form');
    await form.getByRole('button', { name: buttonName(zhCN['referral.submit']) }).click();

    await intake.waitForURL(/\/court-linkage\?direction=from_court$/);
    const row = intake
      .getByTestId('court-transfer-list')
      .getByRole('row')
      .filter({ hasText: '（2026）浙0681民诉前调1234号' });
    await row.waitFor();
    expect(await row.textContent()).toContain('装修工人追索劳务报酬纠纷');
    expect(await row.textContent()).toContain(zhCN['referral.kind.entrusted']);
    expect(await row.textContent()).toContain(zhCN['transfer.awaiting']);
    await shot(intake, 'court-linkage-page');

    // The dispatcher, who holds the referred case, records that mediation settled it.
    const dispatcher = await signedInPage('dispatcher');
    await dispatcher.goto('/court-linkage?direction=from_court');
    const open = dispatcher
      .getByTestId('court-transfer-list')
      .getByRole('row')
      .filter({ hasText: '装修工人追索劳务报酬纠纷' });
    await open.getByRole('button', { name: buttonName(zhCN['transfer.recordOutcome']) }).click();
    const outcome = dispatcher.getByRole('dialog', { name: zhCN['transfer.recordOutcome'] });
    await outcome.getByLabel(zhCN['transfer.note']).fill('经调解双方达成协议，被告当场支付 1.8 万元。');
    await shot(dispatcher, 'court-outcome-modal');
    await outcome.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await outcome.waitFor({ state: 'hidden' });
    await open.waitFor({ state: 'detached' });
    // The second 全部 is the state filter's (the first is the direction's).
    await dispatcher
      .getByTestId('court-transfers')
      .getByText(zhCN['courtLinkage.all'], { exact: true })
      .last()
      .click();
    const settled = dispatcher
      .getByTestId('court-transfer-list')
      .getByRole('row')
      .filter({ hasText: '装修工人追索劳务报酬纠纷' });
    await settled.getByText(zhCN['transfer.outcome.settled']).waitFor();
  });
});
