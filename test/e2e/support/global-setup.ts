/**
 * Builds the web pages once before the browser tests, so the server serves the code under test rather than
 * a stale `dist/web`. Set E2E_SKIP_BUILD=1 to reuse an existing build.
 */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { REPO_ROOT } from './server.ts';

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${REPO_ROOT}/dist/web/index.html`)) return;
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle: React's development build, and
  // rc-component's useId answering "test-id" for every dialog title (all dialogs then share one name).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: `${REPO_ROOT}/vite.config.ts`, logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
