/**
 * Changing what was arranged, in the browser on the demo data: the labour committee's mediator moves a
 * scheduled session to another day and room, cancels another with a reason, and voids (作废) a written
 * agreement drawn up wrongly — it stays listed with its number struck through and no download.
 * The case and its session and agreement are set up through the real API.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { buttonName, launchBrowser, newPage, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, caseInProgressAtCommittee, pickDate, shanghaiDay } from './support/mediation.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp/shots/h2';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function shot(target: Page | Locator, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

describe('changing sessions and agreements', () => {
  it('reschedules and cancels sessions, and voids an agreement', async () => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    await signIn(page, 'mediator', DEMO_PASSWORD);
    const api = page.request;
    const me = (await (await api.get('/api/v1/me')).json()) as { id: string };
    const { id: caseId } = await caseInProgressAtCommittee({
      browser,
      baseUrl: server.baseUrl,
      contexts,
      mediatorApi: api,
      applicant: '周晓明',
    });
    const [tomorrow, later] = [shanghaiDay(1), shanghaiDay(3)];
    for (const place of ['第一调解室', '第三调解室']) {
      const res = await api.post(`/api/v1/cases/${caseId}/sessions`, {
        data: { startsAt: `${tomorrow}T09:00:00+08:00`, place, mediatorIds: [me.id] },
      });
      expect(res.status(), await res.text()).toBe(201);
    }

    await page.goto(`/cases/${caseId}`);
    const sessions = page.getByTestId('session-list');
    const first = sessions.getByRole('row').filter({ hasText: '第一调解室' });
    await first.waitFor();

    // 改期: two days later, 14:00, in the fifth room.
    await first.getByRole('button', { name: zhCN['session.reschedule'] }).click();
    const move = page.getByRole('dialog', { name: zhCN['session.rescheduleTitle'] });
    await pickDate(page, move.getByLabel(zhCN['session.newStartsAt']), `${later} 14:00`);
    await move.getByLabel(zhCN['session.place']).fill('第五调解室');
    await shot(move, 'session-reschedule-dialog');
    await move.getByRole('button', { name: buttonName(zhCN['common.save']) }).click();
    await move.waitFor({ state: 'hidden' });
    const moved = sessions.getByRole('row').filter({ hasText: '第五调解室' });
    await moved.waitFor();
    expect(await moved.textContent()).toContain(`${later} 14:00`);

    // 取消: the other session, with its reason shown in the list.
    const third = sessions.getByRole('row').filter({ hasText: '第三调解室' });
    await third.getByRole('button', { name: zhCN['session.cancel'] }).click();
    const cancel = page.getByRole('dialog', { name: zhCN['session.cancelTitle'] });
    await cancel.getByLabel(zhCN['session.cancelReason']).fill('被申请人法定代表人出差，无法到场');
    await cancel.getByRole('button', { name: buttonName(zhCN['session.cancelConfirm']) }).click();
    await cancel.waitFor({ state: 'hidden' });
    await third.getByText(zhCN['session.status.cancelled']).waitFor();
    expect(await third.textContent()).toContain('法定代表人出差');
    expect(await third.getByRole('button', { name: zhCN['session.reschedule'] }).count()).toBe(0);

    // 作废: a written agreement drawn up wrongly.
    const caseView = (await (await api.get(`/api/v1/cases/${caseId}`)).json()) as {
      parties: { id: string }[];
    };
    const created = await api.post(`/api/v1/cases/${caseId}/agreements`, {
      data: {
        form: 'written',
        facts: '劳务公司拖欠工资 6 万元。',
        disputedMatters: '支付数额与期限。',
        terms: [{ obligorPartyId: caseView.parties[1]!.id, obligation: '支付工资', amountFen: 6_000_000 }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { number } = (await created.json()) as { number: string };
    await page.reload();
    const agreement = page.getByTestId('agreement').filter({ hasText: number });
    await agreement.getByRole('button', { name: zhCN['agreement.download'] }).waitFor();
    await shot(page.getByTestId('mediation-workspace'), 'workspace-before-void');
    await agreement.getByRole('button', { name: buttonName(zhCN['agreement.voidAction']) }).click();
    const dialog = page.getByRole('dialog', {
      name: zhCN['agreement.voidTitle'].replace('{number}', number),
    });
    await dialog.getByLabel(zhCN['agreement.voidReason']).fill('被申请人名称填写有误');
    await shot(dialog, 'agreement-void-dialog');
    await dialog.getByRole('button', { name: buttonName(zhCN['agreement.voidConfirm']) }).click();
    await dialog.waitFor({ state: 'hidden' });
    await agreement.getByTestId('agreement-void-tag').waitFor();
    const numberText = agreement.getByTestId('agreement-number');
    expect(await numberText.evaluate((el) => el.querySelector('del') !== null)).toBe(true);
    expect(await agreement.getByRole('button', { name: zhCN['agreement.download'] }).count()).toBe(0);
    expect(await agreement.textContent()).toContain('被申请人名称填写有误');
    await page.getByText(zhCN['agreement.voided'].replace('{number}', number)).waitFor({ state: 'detached' });
    await shot(page.getByTestId('mediation-workspace'), 'workspace-after-changes');
    await shot(page, 'case-page-after-changes');
  });
});
