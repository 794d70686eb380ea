/**
 * Several job runners on one database never run a job twice (issue #4). Two real
 * `node` processes race for 200 jobs on either database; on PostgreSQL also two
 * connection pools in this process. (Two better-sqlite3 handles in one thread cannot
 * stand in for two processes: one blocks the thread in its busy wait while the other
 * holds the write lock across an await, so SQLite is tested with real processes only.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../../src/config.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { enqueueJob, startWorker, type Worker } from '../../src/jobs/index.ts';
import { systemClock } from '../../src/lib/clock.ts';
import { createDeps } from '../../src/server/deps.ts';
import { createLogger } from '../../src/server/logger.ts';
import { TEST_SECRET } from '../support/app.ts';
import { createEmptyDatabase, TEST_DATABASE_URL } from '../support/db.ts';
import { baseEnv } from '../support/process.ts';
import { CREATE_JOB_RUNS, recordRunJob } from '../support/job-workers.ts';

const JOBS = 200;
const CHILD = resolve(import.meta.dirname, '../support/job-worker-child.ts');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function freshDatabase(): Promise<{ config: DatabaseConfig; db: Db }> {
  const { config, dropStorage } = await createEmptyDatabase();
  const db = openDatabase(config);
  cleanups.push(async () => {
    await db.destroy();
    await dropStorage();
  });
  await migrateToLatest(db);
  await CREATE_JOB_RUNS.execute(db);
  return { config, db };
}

/** Queues every job in one transaction, so they all become visible to both workers at once. */
async function enqueueAll(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let n = 0; n < JOBS; n++)
      await enqueueJob(trx, new Date(), { name: 'record-run', payload: { n }, maxAttempts: 1 });
  });
}

async function waitForAllFinished(db: Db): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const open = await db
      .selectFrom('jobs')
      .select('id')
      .where('status', 'in', ['queued', 'running'])
      .execute();
    if (open.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${open.length} jobs still open`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function expectEachRanOnce(db: Db): Promise<void> {
  const jobs = await db.selectFrom('jobs').selectAll().execute();
  expect(jobs).toHaveLength(JOBS);
  expect(jobs.filter((j) => j.status !== 'done' || j.attempts !== 1 || j.lastError !== null)).toEqual([]);
  const runs = await sql<{ n: number; worker: string }>`select n, worker from job_runs`.execute(db);
  expect(runs.rows.map((r) => Number(r.n)).sort((a, b) => a - b)).toEqual([...Array(JOBS).keys()]);
  const byWorker = new Set(runs.rows.map((r) => r.worker));
  expect(byWorker.size, 'both workers took part').toBe(2);
}

function spawnWorker(config: DatabaseConfig, name: string): { child: ChildProcess; ready: Promise<void> } {
  const url = config.dialect === 'sqlite' ? `sqlite:${config.path}` : config.url;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: baseEnv({
      DATABASE_URL: url,
      WORKER_NAME: name,
      FENGQIAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fq-worker-')),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  cleanups.push(
    () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  );
  const ready = new Promise<void>((res, rej) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && res());
    child.once('exit', (code) => rej(new Error(`worker ${name} exited with ${code}: ${stderr}`)));
  });
  return { child, ready };
}

describe('two job runners on one database', () => {
  it(`two worker processes run each of ${JOBS} jobs exactly once`, async () => {
    const { config, db } = await freshDatabase();
    const workers = [spawnWorker(config, 'A'), spawnWorker(config, 'B')];
    await Promise.all(workers.map((w) => w.ready));
    await enqueueAll(db);
    await waitForAllFinished(db);
    await expectEachRanOnce(db);
  }, 90_000);

  it.skipIf(!TEST_DATABASE_URL)(
    `two connection pools in one process run each of ${JOBS} jobs exactly once (PostgreSQL)`,
    async () => {
      const { config, db } = await freshDatabase();
      const appConfig = loadConfig({
        FENGQIAO_SECRET: TEST_SECRET,
        LOG_LEVEL: 'silent',
        FENGQIAO_DEMO: 'false',
      });
      const log = createLogger({ log: { level: 'silent' } });
      const running: Worker[] = [];
      for (const name of ['A', 'B']) {
        const own = openDatabase(config, { poolSize: 4 });
        const deps = createDeps(
          { ...appConfig, db: config, dataDir: mkdtempSync(join(tmpdir(), 'fq-w-')) },
          own,
          systemClock,
        );
        running.push(startWorker(deps, { log, registry: [recordRunJob(name)], pollMs: 5, concurrency: 4 }));
        cleanups.push(() => own.destroy());
      }
      cleanups.push(async () => void (await Promise.all(running.map((w) => w.stop()))));
      await enqueueAll(db);
      await waitForAllFinished(db);
      await expectEachRanOnce(db);
    },
    60_000,
  );
});
