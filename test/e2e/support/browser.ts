/**
 * Debian's Chromium through playwright-core; nothing here downloads a browser (DESIGN.md §6).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { zhCN } from '../../../src/web/i18n/zh-CN.ts';
import { REPO_ROOT } from './server.ts';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'screenshots');

/** Launches headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageOptions {
  width?: number;
  height?: number;
}

/** A fresh context (no cookies) in Chinese and Shanghai time, and a page in it. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  { width = 1366, height = 800 }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Saves a full-page screenshot as `screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the form on `/login` and waits for the workbench. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(zhCN['login.username']).fill(username);
  await page.getByLabel(zhCN['login.password']).fill(password);
  await page.getByRole('button', { name: buttonName(zhCN['login.submit']) }).click();
  await page.getByTestId('home-greeting').waitFor();
}

/**
 * A button-name pattern for `text`: Ant Design spaces out two-character Chinese labels (保存 → 保 存), and a
 * button's accessible name may carry an icon's label too.
 */
export function buttonName(text: string): RegExp {
  return new RegExp([...text].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
}
