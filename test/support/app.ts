/**
 * The whole application on a fresh database, driven through `app.inject()` — real
 * HTTP handling, real database, no mocks (fastify/demo `test/helper.ts`).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { createDeps, systemContext } from '../../src/server/deps.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../src/lib/clock.ts';
import type { ServiceContext } from '../../src/lib/context.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase['db'];
  dialect: TestDatabase['dialect'];
  config: Config;
  clock: FixedClock;
  /** A service context with no actor (system), for factories. */
  system: ServiceContext;
  close(): Promise<void>;
}

export async function buildTestApp(
  opts: { extend?: (app: FastifyInstance) => void; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-data-'));
  const config = loadConfig({
    FENGQIAO_SECRET: TEST_SECRET,
    LOG_LEVEL: 'silent',
    FENGQIAO_DEMO: 'false',
    ...opts.env,
  });
  const clock = new FixedClock('2026-03-02T01:00:00.000Z');
  const logger = createLogger({ log: { level: 'silent' } });
  const deps = createDeps({ ...config, db: testDb.config, dataDir }, testDb.db, clock);
  const app = await buildApp(deps, { logger });
  opts.extend?.(app);
  await app.ready();
  return {
    app,
    db: testDb.db,
    dialect: testDb.dialect,
    config,
    clock,
    system: systemContext(deps, logger),
    close: async () => {
      await app.close();
      await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asserts an RFC 9457 problem response of the given status and kind; returns its body. */
export function expectProblem(res: LightMyRequestResponse, status: number, kind: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body.type).toBe(`https://fengqiao.example/problems/${kind}`);
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.requestId).toBe('string');
  return body as {
    detail: string;
    errors?: { pointer: string; code: string; detail: string; line?: number }[];
    [k: string]: unknown;
  };
}
