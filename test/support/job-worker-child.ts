/**
 * One worker process for test/db/job-workers.test.ts: the real job runner (claims,
 * leases, retries) with a single test job, `record-run`. Prints "ready" once polling;
 * finishes its running jobs and exits on SIGTERM.
 */
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { startWorker } from '../../src/jobs/index.ts';
import { systemClock } from '../../src/lib/clock.ts';
import { createDeps } from '../../src/server/deps.ts';
import { createLogger } from '../../src/server/logger.ts';
import { recordRunJob } from './job-workers.ts';

const config = loadConfig(process.env, { generateSecret: false });
const db = openDatabase(config.db);
const deps = createDeps(config, db, systemClock);
const worker = startWorker(deps, {
  log: createLogger(config),
  registry: [recordRunJob(process.env.WORKER_NAME ?? 'child')],
  pollMs: 10,
  concurrency: 4,
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.stop().then(async () => {
    await db.destroy();
    process.exit(0);
  });
});
