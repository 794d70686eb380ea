import { defineConfig } from 'vitest/config';

/**
 * Test tiers (STYLE.md §10): `unit` is pure; `db` runs services and routes on a real
 * database — SQLite by default, PostgreSQL when TEST_DATABASE_URL is set.
 * Browser tests live under test/e2e with their own config.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/db/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
