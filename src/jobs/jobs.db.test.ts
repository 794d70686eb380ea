/**
 * The job runner on a real database: slots queued once, claim → run → done, retries
 * with back-off until failed, lapsed leases taken over, and the worker loop itself.
 * Time is a FixedClock; several processes on one database: test/db/job-workers.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { FixedClock } from '../lib/clock.ts';
import { createDeps, type AppDeps } from '../server/deps.ts';
import { createLogger } from '../server/logger.ts';
import { TEST_SECRET } from '../../test/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/db.ts';
import type { JobDefinition } from './job.ts';
import { claimJobs, runClaimedJob } from './run-job.ts';
import { listRecentJobs, runJobNow } from './run-now.ts';
import { enqueueDueSlots, enqueueJob } from './scheduler.ts';
import { startWorker } from './worker.ts';

const log = createLogger({ log: { level: 'silent' } });
let testDb: TestDatabase;
let deps: AppDeps;
let clock: FixedClock;
const calls: { name: string; payload: Record<string, unknown> }[] = [];

const registry: JobDefinition[] = [
  {
    name: 'tick',
    every: { seconds: 10 },
    run: async (_ctx, payload) => void calls.push({ name: 'tick', payload }),
  },
  {
    name: 'count',
    run: async (_ctx, payload) => {
      calls.push({ name: 'count', payload });
      return { counted: payload.n };
    },
  },
  {
    name: 'flaky',
    maxAttempts: 3,
    run: async () => {
      throw new Error('下游服务不可用');
    },
  },
];
const names = registry.map((d) => d.name);

beforeAll(async () => {
  testDb = await createTestDatabase();
  const config = loadConfig({ FENGQIAO_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', FENGQIAO_DEMO: 'false' });
  clock = new FixedClock('2026-03-02T01:00:00.000Z');
  deps = createDeps(
    { ...config, db: testDb.config, dataDir: mkdtempSync(join(tmpdir(), 'fq-jobs-')) },
    testDb.db,
    clock,
  );
});
afterAll(() => testDb.drop());

const jobsNamed = (name: string) =>
  testDb.db.selectFrom('jobs').selectAll().where('name', '=', name).orderBy('createdAt').execute();
const jobById = (id: string) =>
  testDb.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const run = (workerId: string) => ({ workerId, registry, log });

describe('the scheduler', () => {
  it('queues a slot of a periodic job once, however often and from however many processes it is called', async () => {
    clock.set('2026-03-02T01:00:03.000Z');
    const other = openDatabase(testDb.config, { poolSize: 5 });
    try {
      expect(await enqueueDueSlots(testDb.db, clock.now(), registry)).toEqual(['tick']);
      expect(await enqueueDueSlots(testDb.db, clock.now(), registry)).toEqual([]);
      const racing = await Promise.all(
        [testDb.db, other, testDb.db, other].map((db) => enqueueDueSlots(db, clock.now(), registry)),
      );
      expect(racing.flat()).toEqual([]);
      clock.set('2026-03-02T01:00:10.000Z');
      const next = await Promise.all(
        [testDb.db, other, other, testDb.db].map((db) => enqueueDueSlots(db, clock.now(), registry)),
      );
      expect(next.flat()).toEqual(['tick']);
    } finally {
      await other.destroy();
    }
    const rows = await jobsNamed('tick');
    expect(rows.map((r) => [r.dedupeKey, r.runAt, r.status, r.maxAttempts])).toEqual([
      ['tick:2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00.000Z', 'queued', 1],
      ['tick:2026-03-02T01:00:10.000Z', '2026-03-02T01:00:10.000Z', 'queued', 1],
    ]);
    await testDb.db.deleteFrom('jobs').execute();
  });

  it('queues a one-off job with a dedupe key once', async () => {
    expect(await enqueueJob(testDb.db, clock.now(), { name: 'count', dedupeKey: 'once' })).toBe(true);
    expect(await enqueueJob(testDb.db, clock.now(), { name: 'count', dedupeKey: 'once' })).toBe(false);
    expect(await jobsNamed('count')).toHaveLength(1);
    await testDb.db.deleteFrom('jobs').execute();
  });
});

describe('claiming and running', () => {
  it('claims a due job, runs its handler with the payload and marks it done', async () => {
    await enqueueJob(testDb.db, clock.now(), { name: 'count', payload: { n: 7 } });
    await enqueueJob(testDb.db, clock.now(), {
      name: 'count',
      payload: { n: 8 },
      runAt: new Date(clock.now().getTime() + 60_000),
    });
    const claimed = await claimJobs(deps, { workerId: 'w1', names, limit: 10 });
    expect(claimed.map((j) => [j.payload, j.status, j.attempts, j.lockedBy])).toEqual([
      ['{"n":7}', 'running', 1, 'w1'],
    ]);
    expect(await claimJobs(deps, { workerId: 'w2', names, limit: 10 })).toEqual([]);
    calls.length = 0;
    const outcome = await runClaimedJob(deps, claimed[0]!, run('w1'));
    expect(outcome).toMatchObject({ status: 'done', summary: { counted: 7 } });
    expect(calls).toEqual([{ name: 'count', payload: { n: 7 } }]);
    expect(await jobById(claimed[0]!.id)).toMatchObject({
      status: 'done',
      attempts: 1,
      lockedBy: null,
      leaseUntil: null,
    });
    await testDb.db.deleteFrom('jobs').execute();
  });

  it('retries a failing job with growing back-off, then marks it failed after the last attempt', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    await enqueueJob(testDb.db, clock.now(), { name: 'flaky', maxAttempts: 3 });
    const attempt = async () => {
      const [job] = await claimJobs(deps, { workerId: 'w1', names, limit: 1 });
      expect(job).toBeDefined();
      return [await runClaimedJob(deps, job!, run('w1')), await jobById(job!.id)] as const;
    };
    const [first, row1] = await attempt();
    expect(first).toMatchObject({ status: 'queued', retryAt: '2026-03-02T02:00:30.000Z' });
    expect(row1).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: '下游服务不可用',
      lockedBy: null,
    });
    expect(await claimJobs(deps, { workerId: 'w1', names, limit: 1 })).toEqual([]);

    clock.advance(30_000);
    const [second, row2] = await attempt();
    expect(second).toMatchObject({ status: 'queued', retryAt: '2026-03-02T02:02:30.000Z' });
    expect(row2.attempts).toBe(2);

    clock.advance(120_000);
    const [third, row3] = await attempt();
    expect(third).toMatchObject({ status: 'failed', error: '下游服务不可用' });
    expect(row3).toMatchObject({ status: 'failed', attempts: 3 });
    clock.advance(24 * 3600_000);
    expect(await claimJobs(deps, { workerId: 'w1', names, limit: 1 })).toEqual([]);
    await testDb.db.deleteFrom('jobs').execute();
  });

  it('gives a job whose process died to another process once the lease has passed, and ignores the late finish of the first', async () => {
    clock.set('2026-03-02T03:00:00.000Z');
    await enqueueJob(testDb.db, clock.now(), { name: 'count', payload: { n: 1 } });
    const [lost] = await claimJobs(deps, { workerId: 'dead', names, limit: 1, leaseMs: 60_000 });
    clock.advance(59_000);
    expect(await claimJobs(deps, { workerId: 'alive', names, limit: 1 })).toEqual([]);
    clock.advance(2_000);
    const [taken] = await claimJobs(deps, { workerId: 'alive', names, limit: 1 });
    expect(taken).toMatchObject({ id: lost!.id, attempts: 2, lockedBy: 'alive' });

    await runClaimedJob(deps, lost!, run('dead'));
    expect(await jobById(lost!.id)).toMatchObject({ status: 'running', lockedBy: 'alive' });
    await runClaimedJob(deps, taken!, run('alive'));
    expect(await jobById(lost!.id)).toMatchObject({ status: 'done', attempts: 2 });
    await testDb.db.deleteFrom('jobs').execute();
  });

  it('marks a job failed instead of rerunning it when its lease lapsed on the last attempt', async () => {
    clock.set('2026-03-02T04:00:00.000Z');
    await enqueueDueSlots(testDb.db, clock.now(), registry);
    const [job] = await claimJobs(deps, { workerId: 'dead', names, limit: 1, leaseMs: 1000 });
    clock.advance(2000);
    expect(await claimJobs(deps, { workerId: 'alive', names, limit: 5 })).toEqual([]);
    expect((await jobById(job!.id)).status).toBe('failed');
    expect((await jobById(job!.id)).lastError).toMatch(/lease expired .*dead/);
    await testDb.db.deleteFrom('jobs').execute();
  });

  it('claims only jobs this process has a handler for', async () => {
    await enqueueJob(testDb.db, clock.now(), { name: 'someone-elses-job' });
    expect(await claimJobs(deps, { workerId: 'w1', names, limit: 5 })).toEqual([]);
    await testDb.db.deleteFrom('jobs').execute();
  });
});

describe('the worker loop', () => {
  it('queues the current slot, runs due jobs and stops after finishing them', async () => {
    clock.set('2026-03-02T05:00:04.000Z');
    calls.length = 0;
    for (let n = 0; n < 5; n++) await enqueueJob(testDb.db, clock.now(), { name: 'count', payload: { n } });
    const worker = startWorker(deps, { log, registry, pollMs: 10, concurrency: 2 });
    const settled = async () => {
      for (let i = 0; i < 500; i++) {
        const open = await testDb.db
          .selectFrom('jobs')
          .select('id')
          .where('status', 'in', ['queued', 'running'])
          .execute();
        if (open.length === 0) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error('jobs did not finish');
    };
    await settled();
    clock.advance(10_000);
    await new Promise((r) => setTimeout(r, 50));
    await settled();
    await worker.stop();
    const counted = calls.filter((c) => c.name === 'count').map((c) => Number(c.payload.n));
    expect(counted.sort()).toEqual([0, 1, 2, 3, 4]);
    expect((await jobsNamed('tick')).map((r) => [r.runAt, r.status])).toEqual([
      ['2026-03-02T05:00:00.000Z', 'done'],
      ['2026-03-02T05:00:10.000Z', 'done'],
    ]);
    await testDb.db.deleteFrom('jobs').execute();
  });
});

describe('running a job by hand', () => {
  it('runs the handler now, records the run and reports its summary', async () => {
    const { id, outcome } = await runJobNow(deps, 'count', { log, payload: { n: 3 }, registry });
    expect(outcome).toMatchObject({ status: 'done', summary: { counted: 3 } });
    const [latest] = await listRecentJobs(deps, { limit: 1 });
    expect(latest).toMatchObject({ id, name: 'count', status: 'done', attempts: 1 });
  });

  it('does not retry a failed run and refuses an unknown job name', async () => {
    const { id, outcome } = await runJobNow(deps, 'flaky', { log, registry });
    expect(outcome).toMatchObject({ status: 'failed' });
    expect((await jobById(id)).status).toBe('failed');
    await expect(runJobNow(deps, 'nope', { log, registry })).rejects.toThrow(
      /no job named "nope"; known: tick/,
    );
  });

  it('runs the registered outbox delivery', async () => {
    const { outcome } = await runJobNow(deps, 'outbox-deliver', { log });
    expect(outcome).toMatchObject({ status: 'done', summary: { sent: 0, retried: 0, failed: 0 } });
  });
});
