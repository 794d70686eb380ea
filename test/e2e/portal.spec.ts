/**
 * The public portal (issue 6) on a phone (390×844, touch): a citizen brings a wage dispute through the
 * guided form — a wrong ID number first, which the field flags —, places it by the phone's position, adds a
 * photo, gets the tracking code, tracks the case (wrong digits first: the neutral message) and sees it
 * registered. Staff then (through the API) take it to resolution, and the citizen rates it 满意. The
 * intake clerk, on the case page, sees the photo and clicks 登记来访: the visit count goes up. Screenshots
 * of every portal page on the phone and of the landing page on a desktop go to E2E_SHOT_DIR (else
 * screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { idNumber } from '../support/identities.ts';
import { SCREENSHOT_DIR, buttonName, launchBrowser, newPage, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, act, pickOption } from './support/mediation.ts';
import { phonePage, staffApi } from './support/portal.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOT_DIR = process.env.E2E_SHOT_DIR ?? SCREENSHOT_DIR;
const PHONE = '13957112345';
/** The smallest PNG the server recognises by its signature. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(256, 7),
]);

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SHOT_DIR, { recursive: true });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}

const phone = () => phonePage(browser, server.baseUrl, contexts);
const staff = (username: string) => staffApi(browser, server.baseUrl, contexts, username);

let trackingCode = '';
let caseNumber = '';
let citizen: Page;

describe('public portal', () => {
  it('takes a dispute through the guided form and gives a tracking code', async () => {
    citizen = await phone();
    const page = citizen;
    await page.goto('/portal');
    await page.getByTestId('portal-go-submit').waitFor();
    await shot(page, 'portal-landing-phone');
    await page.getByTestId('portal-go-submit').click();

    // 什么事
    await page.getByText(zhCN['portal.category.labour']).click();
    await page.getByLabel(zhCN['portal.submit.subject']).fill('工地老板拖欠我三个月工资');
    await page
      .getByLabel(zhCN['portal.submit.description'])
      .fill('我在湖滨社区的工地干了三个月，老板一直拖着不发工资，共一万二千元。');
    await shot(page, 'portal-submit-1-what');
    await page.getByTestId('portal-next').click();

    // 在哪里: the phone's position picks the grid.
    await page.getByTestId('portal-locate').click();
    await expect.poll(() => page.getByTestId('portal-grid').textContent()).toContain('湖滨社区第一网格');
    await page.getByLabel(zhCN['portal.submit.address']).fill('湖滨路 8 号工地');
    await shot(page, 'portal-submit-2-where');
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await page.getByTestId('portal-next').click();

    // 和谁, with a photo
    await page.getByText(zhCN['portal.submit.otherOrganisation']).click();
    await page.getByLabel(zhCN['portal.submit.otherName']).fill('湖滨建筑劳务有限公司');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '工地.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.ant-upload-list-item').first().waitFor();
    await shot(page, 'portal-submit-3-who');
    await page.getByTestId('portal-next').click();

    // 您的信息: a wrong ID number is flagged on its field first.
    await page.getByLabel(zhCN['portal.submit.name']).fill('王小明');
    await page.getByLabel(zhCN['portal.submit.phone']).fill(PHONE);
    const goodId = idNumber('330106', '19900101', 17);
    const badId = goodId.slice(0, 17) + (goodId[17] === '0' ? '1' : '0');
    await page.getByTestId('portal-id-number').fill(badId);
    await page.getByTestId('portal-send').click();
    await page.getByText(zhCN['errorCode.idNumber.invalid-checksum']).waitFor();
    await shot(page, 'portal-submit-4-you-error');
    await page.getByTestId('portal-id-number').fill(goodId);
    await page.getByTestId('portal-send').click();

    const code = page.getByTestId('portal-tracking-code');
    await code.waitFor();
    trackingCode = (await code.getAttribute('data-code')) ?? '';
    expect(trackingCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{10}$/);
    await page.getByText(zhCN['portal.done.photos'].replace('{count}', '1')).waitFor();
    caseNumber = ((await page.getByText(/案件编号/).textContent()) ?? '').match(/[A-Z0-9-]{6,}/)?.[0] ?? '';
    expect(caseNumber).not.toBe('');
    await shot(page, 'portal-submitted');
  });

  it('tracks the case: wrong digits get the neutral message, the right ones show it registered', async () => {
    const page = citizen;
    await page.getByRole('button', { name: buttonName(zhCN['portal.done.track']) }).click();
    const form = page.getByTestId('portal-track-form');
    await expect.poll(() => form.getByLabel(zhCN['portal.track.code']).inputValue()).toBe(trackingCode);
    const wrong = String((Number(PHONE.slice(-4)) + 1) % 10000).padStart(4, '0');
    await form.getByLabel(zhCN['portal.track.phoneLast4']).fill(wrong);
    await form.getByRole('button', { name: buttonName(zhCN['portal.track.submit']) }).click();
    await expect
      .poll(() => page.getByTestId('portal-track-error').textContent())
      .toBe(zhCN['portal.track.notFound']);
    await shot(page, 'portal-track-wrong');
    await form.getByLabel(zhCN['portal.track.phoneLast4']).fill(PHONE.slice(-4));
    await form.getByRole('button', { name: buttonName(zhCN['portal.track.submit']) }).click();
    await expect.poll(() => page.getByTestId('portal-status').textContent()).toBe('已登记，等待受理');
    await page.getByTestId('portal-sessions').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('fengqiao.portal.proof'))).toBe(
      JSON.stringify({ trackingCode, phoneLast4: PHONE.slice(-4) }),
    );
    await shot(page, 'portal-track-registered');
  });

  it('lets the citizen rate the resolved case 满意, and the intake clerk count a visit', async () => {
    const dispatcher = await staff('dispatcher');
    const mediator = await staff('mediator');
    const found = (await (
      await dispatcher.get('/api/v1/cases', { params: { channel: 'online' } })
    ).json()) as {
      items: { id: string; number: string }[];
    };
    const caseId = found.items.find((c) => c.number === caseNumber)!.id;
    const orgs = (await (await dispatcher.get('/api/v1/orgs')).json()) as {
      items: { id: string; code: string }[];
    };
    await act(dispatcher, caseId, 'accept');
    await act(dispatcher, caseId, 'dispatch', { orgId: orgs.items.find((o) => o.code === 'SFQ-TW-LD')!.id });
    await act(mediator, caseId, 'start');
    expect((await act(mediator, caseId, 'resolve')).status).toBe('resolved');

    const page = citizen;
    await page.reload(); // the proof kept in this tab opens the case again
    await expect.poll(() => page.getByTestId('portal-status').textContent()).toBe('已办结');
    const rating = page.getByTestId('portal-rating-form');
    await rating.getByText(zhCN['rating.satisfied'], { exact: true }).click();
    await rating.getByLabel(zhCN['portal.rating.comment']).fill('调解员很耐心，工资已经拿到了。');
    await shot(page, 'portal-rating');
    await rating.getByRole('button', { name: buttonName(zhCN['portal.rating.submit']) }).click();
    await expect.poll(() => page.getByTestId('portal-rating-given').textContent()).toContain('满意');
    await shot(page, 'portal-rated');

    const { context, page: desk } = await newPage(browser, server.baseUrl, { width: 1440, height: 900 });
    contexts.push(context);
    await desk.goto('/portal');
    await desk.getByTestId('portal-go-track').waitFor();
    await shot(desk, 'portal-landing-desktop');
    await signIn(desk, 'intake', DEMO_PASSWORD);
    await desk.goto(`/cases/${caseId}`);
    await desk.getByRole('link', { name: /工地\.png/ }).waitFor();
    const card = desk.getByTestId('case-feedback-card');
    const count = card.getByTestId('case-visit-count').locator('.ant-statistic-content-value');
    await expect.poll(() => count.textContent()).toBe('0');
    await card.getByTestId('record-visit').click();
    await expect.poll(() => count.textContent()).toBe('1');
    await card.getByTestId('feedback-ratings').getByText('满意').waitFor();

    // 回访: the other side's satisfaction taken on a return call.
    await card.getByTestId('record-rating').click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel(zhCN['feedback.party'], { exact: true }).click();
    await pickOption(desk, '湖滨建筑劳务有限公司');
    await dialog.getByText(zhCN['rating.basically_satisfied'], { exact: true }).click();
    await dialog.getByLabel(zhCN['feedback.comment']).fill('公司表示已按协议付清。');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByTestId('feedback-ratings').getByText(zhCN['rating.basically_satisfied']).waitFor();
    await card.screenshot({ path: join(SHOT_DIR, 'case-feedback-card.png'), animations: 'disabled' });
  });
});
