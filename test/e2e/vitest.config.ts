/**
 * Browser tests (STYLE.md §10, e2e): each spec file starts the real server on a fresh SQLite database with
 * demo data and drives Debian's Chromium through playwright-core. Files run one after another.
 * Run with `npm run test:e2e` (= `vitest run --config test/e2e/vitest.config.ts`).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
