/**
 * Builds the web pages once before the browser tests, so the server serves the code under test rather than
 * a stale `dist/web`. Set E2E_SKIP_BUILD=1 to reuse an existing build.
 */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { REPO_ROOT } from './server.ts';

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${REPO_ROOT}/dist/web/index.html`)) return;
  await build({ configFile: `${REPO_ROOT}/vite.config.ts`, logLevel: 'warn' });
}
