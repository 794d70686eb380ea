/**
 * The journey (issue 6, "Done when") on a phone (390×844, touch) for the citizens: citizen A brings a
 * wage dispute through the portal's guided form (the other party 赵老板 with his phone), gets a tracking code
 * and sees it registered; staff (API) dispatch it and schedule an online session; A enters the room from the
 * track page and talks with the mediator (whose room page is opened from the case's sessions) in the joint
 * channel; mediator and A talk in A's private channel while B — the respondent, proving with the same code
 * and HIS phone digits, in a second browser context — sees nothing of it; the mediator sends a draft
 * agreement, A confirms it in the room and the mediator sees the confirmation; staff resolve the case and A
 * rates it 满意. Screenshots of every room page go to E2E_SHOT_DIR (else screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/web/i18n/zh-CN.ts';
import { idNumber } from '../support/identities.ts';
import { SCREENSHOT_DIR, buttonName, launchBrowser, newPage, signIn } from './support/browser.ts';
import { DEMO_PASSWORD, act, shanghaiDay } from './support/mediation.ts';
import { phonePage, staffApi } from './support/portal.ts';
import { startServer, type RunningServer } from './support/server.ts';

const SHOT_DIR = process.env.E2E_SHOT_DIR ?? SCREENSHOT_DIR;
const PHONE_A = '13957112345';
const PHONE_B = '13712345678';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let trackingCode = '';
let caseNumber = '';
let caseId = '';
let sessionId = '';
let citizenA: Page;
let citizenB: Page;
let mediatorPage: Page;
let mediatorApi: APIRequestContext;

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

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });

const phone = () => phonePage(browser, server.baseUrl, contexts);
const staff = (username: string) => staffApi(browser, server.baseUrl, contexts, username);

/** The visible tab panel (inactive ones are hidden). */
const activePanel = (page: Page) => page.getByRole('tabpanel');

/** Types into the visible channel of a room page and sends. */
async function say(page: Page, text: string) {
  const panel = activePanel(page);
  await panel.getByPlaceholder(zhCN['rooms.placeholder']).fill(text);
  await panel.getByTestId('room-send').click();
  await panel.getByText(text).waitFor();
}

describe('the citizen’s journey through online mediation', () => {
  it('submits a dispute on the portal, gets a tracking code and sees it registered', async () => {
    citizenA = await phone();
    const page = citizenA;
    await page.goto('/portal');
    await page.getByTestId('portal-go-submit').click();
    await page.getByText(zhCN['portal.category.labour']).click();
    await page.getByLabel(zhCN['portal.submit.subject']).fill('工地老板拖欠我三个月工资');
    await page
      .getByLabel(zhCN['portal.submit.description'])
      .fill('我在湖滨社区的工地干了三个月，老板一直拖着不发工资，共一万二千元。');
    await page.getByTestId('portal-next').click();
    await page.getByTestId('portal-locate').click();
    await expect.poll(() => page.getByTestId('portal-grid').textContent()).toContain('湖滨社区第一网格');
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await page.getByTestId('portal-next').click();
    await page.getByLabel(zhCN['portal.submit.otherName']).fill('赵老板');
    await page.getByLabel(zhCN['portal.submit.otherPhone']).fill(PHONE_B);
    await page.getByTestId('portal-next').click();
    await page.getByLabel(zhCN['portal.submit.name']).fill('王小明');
    await page.getByLabel(zhCN['portal.submit.phone']).fill(PHONE_A);
    await page.getByTestId('portal-id-number').fill(idNumber('330106', '19900101', 17));
    await page.getByTestId('portal-send').click();
    const code = page.getByTestId('portal-tracking-code');
    await code.waitFor();
    trackingCode = (await code.getAttribute('data-code')) ?? '';
    caseNumber = ((await page.getByText(/案件编号/).textContent()) ?? '').match(/[A-Z0-9-]{6,}/)?.[0] ?? '';
    expect(trackingCode).not.toBe('');

    await page.getByRole('button', { name: buttonName(zhCN['portal.done.track']) }).click();
    const form = page.getByTestId('portal-track-form');
    await form.getByLabel(zhCN['portal.track.phoneLast4']).fill(PHONE_A.slice(-4));
    await form.getByRole('button', { name: buttonName(zhCN['portal.track.submit']) }).click();
    await expect.poll(() => page.getByTestId('portal-status').textContent()).toBe('已登记，等待受理');
  });

  it('is dispatched and given an online session by staff; the citizen enters the room from the track page', async () => {
    const dispatcher = await staff('dispatcher');
    mediatorApi = await staff('mediator');
    const found = (await (
      await dispatcher.get('/api/v1/cases', { params: { channel: 'online' } })
    ).json()) as {
      items: { id: string; number: string }[];
    };
    caseId = found.items.find((c) => c.number === caseNumber)!.id;
    const orgs = (await (await dispatcher.get('/api/v1/orgs')).json()) as {
      items: { id: string; code: string }[];
    };
    await act(dispatcher, caseId, 'accept');
    await act(dispatcher, caseId, 'dispatch', { orgId: orgs.items.find((o) => o.code === 'SFQ-TW-LD')!.id });
    await act(mediatorApi, caseId, 'start');
    const me = (await (await mediatorApi.get('/api/v1/me')).json()) as { id: string };
    const session = await mediatorApi.post(`/api/v1/cases/${caseId}/sessions`, {
      data: { startsAt: `${shanghaiDay(1)}T09:00:00+08:00`, online: true, mediatorIds: [me.id] },
    });
    expect(session.status(), await session.text()).toBe(201);
    sessionId = ((await session.json()) as { id: string }).id;

    await citizenA.reload();
    await citizenA.getByTestId('portal-status').waitFor();
    await shot(citizenA, 'journey-track-session');
    await citizenA.getByTestId('portal-enter-room').click();
    await citizenA.waitForURL(`**/portal/room/${sessionId}`);
    await expect.poll(() => citizenA.getByTestId('room-state').textContent()).toBe(zhCN['rooms.online']);
  });

  it('carries the joint channel between the citizen and the mediator', async () => {
    const { context, page } = await newPage(browser, server.baseUrl, { width: 1366, height: 900 });
    contexts.push(context);
    mediatorPage = page;
    await signIn(page, 'mediator', DEMO_PASSWORD);
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('room-enter').first().click();
    await page.waitForURL(`**/cases/${caseId}/sessions/${sessionId}/room`);
    await expect.poll(() => page.getByTestId('room-state').textContent()).toBe(zhCN['rooms.online']);
    await say(citizenA, '调解员您好，老板欠我一万二千元工资。');
    await activePanel(page).getByText('调解员您好，老板欠我一万二千元工资。').waitFor();
    await say(page, '您好，我已了解情况，稍后请对方一起进来商量。');
    await activePanel(citizenA).getByText('您好，我已了解情况，稍后请对方一起进来商量。').waitFor();
    await shot(citizenA, 'room-citizen-joint');
  });

  it('keeps A’s private channel from party B, who proves with the same code and his own digits', async () => {
    citizenB = await phone();
    await citizenB.goto(`/portal/room/${sessionId}`);
    await citizenB.getByLabel(zhCN['rooms.trackingCode']).fill(trackingCode);
    await citizenB.getByLabel(zhCN['rooms.phoneLast4']).fill(PHONE_B.slice(-4));
    await shot(citizenB, 'room-citizen-b-proof');
    await citizenB.getByRole('button', { name: buttonName(zhCN['rooms.proofSubmit']) }).click();
    await expect.poll(() => citizenB.getByTestId('room-state').textContent()).toBe(zhCN['rooms.online']);
    await activePanel(citizenB).getByText('调解员您好，老板欠我一万二千元工资。').waitFor();

    await mediatorPage
      .getByRole('tab', { name: zhCN['rooms.privateWith'].replace('{name}', '王小明') })
      .click();
    await citizenA.getByRole('tab', { name: zhCN['rooms.private'] }).click();
    await say(mediatorPage, '单独问您：如果分两期付清，您能接受吗？');
    await activePanel(citizenA).getByText('单独问您：如果分两期付清，您能接受吗？').waitFor();
    await activePanel(citizenA).getByPlaceholder(zhCN['rooms.placeholder']).fill('可以接受分期');
    await expect
      .poll(() => mediatorPage.getByTestId('room-typing').filter({ visible: true }).textContent())
      .toContain('王小明');
    await activePanel(citizenA).getByTestId('room-send').click();
    await activePanel(mediatorPage).getByText('可以接受分期').waitFor();
    await shot(citizenA, 'room-citizen-private');
    await shot(mediatorPage, 'room-staff-private');

    await citizenB.getByRole('tab', { name: zhCN['rooms.private'] }).click();
    await shot(citizenB, 'room-citizen-b-private');
    await citizenB.getByRole('tab', { name: zhCN['rooms.joint'] }).click();
    const bText = (await citizenB.locator('body').textContent()) ?? '';
    expect(bText).not.toContain('分两期');
    expect(bText).not.toContain('可以接受分期');
    expect(bText).not.toContain(zhCN['rooms.typing'].replace('{name}', '王小明'));
  });

  it('lets the citizen confirm the mediator’s draft agreement, and the mediator sees it', async () => {
    await mediatorPage.getByRole('tab', { name: zhCN['rooms.joint'] }).click();
    await mediatorPage.getByTestId('room-send-draft').click();
    await mediatorPage
      .getByTestId('draft-text')
      .fill('被申请人赵老板于 3 月 20 日前分两期支付申请人工资一万二千元。');
    await mediatorPage
      .getByRole('button', { name: buttonName(zhCN['rooms.send']) })
      .last()
      .click();
    await citizenA.getByRole('tab', { name: zhCN['rooms.joint'] }).click();
    const draft = activePanel(citizenA).getByTestId('room-draft');
    await draft.waitFor();
    await shot(citizenA, 'room-citizen-draft');
    await draft.getByTestId('room-confirm').click();
    await activePanel(citizenA).getByText(zhCN['rooms.confirmedMine']).waitFor();
    await shot(citizenA, 'room-citizen-confirmed');
    await expect
      .poll(() => mediatorPage.getByTestId('room-confirmations').first().textContent())
      .toMatch(/王小明 已确认/);
    await shot(mediatorPage, 'room-staff-confirmed');
    await mediatorPage.setViewportSize({ width: 390, height: 844 });
    await shot(mediatorPage, 'room-staff-phone');
  });

  it('takes the rating 满意 after resolution', async () => {
    expect((await act(mediatorApi, caseId, 'resolve')).status).toBe('resolved');
    await citizenA.goto('/portal/track');
    await expect.poll(() => citizenA.getByTestId('portal-status').textContent()).toBe('已办结');
    const rating = citizenA.getByTestId('portal-rating-form');
    await rating.getByText(zhCN['rating.satisfied'], { exact: true }).click();
    await rating.getByRole('button', { name: buttonName(zhCN['portal.rating.submit']) }).click();
    await expect.poll(() => citizenA.getByTestId('portal-rating-given').textContent()).toContain('满意');
    await shot(citizenA, 'journey-rated');
  });
});
