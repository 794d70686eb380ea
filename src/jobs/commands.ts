/**
 * `fengqiao worker` and `fengqiao jobs run|list`. They return the text to print; cli.ts
 * (the one place that writes to the console) prints it.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { JOB_STATUSES, type JobStatus } from '../db/tables.ts';
import { systemClock } from '../lib/clock.ts';
import { invalidField } from '../lib/errors.ts';
import { createDeps, type AppDeps } from '../server/deps.ts';
import { createLogger } from '../server/logger.ts';
import type { JobRow } from './jobs.queries.ts';
import { listRecentJobs, runJobNow } from './run-now.ts';
import { startWorker } from './worker.ts';

export const JOBS_USAGE =
  'usage: npx fengqiao jobs run <name> [--payload JSON] | jobs list [--limit N] [--status S] [--name N]';

async function withDeps<T>(config: Config, fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  const db = openDatabase(config.db);
  try {
    await migrateToLatest(db);
    return await fn(createDeps(config, db, systemClock));
  } finally {
    await db.destroy();
  }
}

function positiveInt(value: string | undefined, fallback: number, pointer: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw invalidField(pointer, 'invalid', `${pointer.slice(2)} must be a positive whole number`);
  return n;
}

/** Runs the job runner alone until SIGINT or SIGTERM, then finishes the running jobs. */
export async function runWorkerCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { concurrency: { type: 'string' }, 'poll-ms': { type: 'string' } },
  });
  const log = createLogger(config);
  await withDeps(config, async (deps) => {
    const worker = startWorker(deps, {
      log,
      concurrency: positiveInt(values.concurrency, 2, '#/concurrency'),
      pollMs: positiveInt(values['poll-ms'], 1000, '#/poll-ms'),
    });
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    log.info({ signal }, 'stopping the job runner');
    await worker.stop();
  });
}

/** A fixed-width table of job runs, newest first. */
export function formatJobs(rows: JobRow[]): string {
  if (rows.length === 0) return 'no jobs';
  const lines = rows.map((r) =>
    [
      r.createdAt.slice(0, 19).replace('T', ' '),
      r.name.padEnd(16),
      r.status.padEnd(7),
      `${r.attempts}/${r.maxAttempts}`.padEnd(5),
      r.runAt.slice(0, 19).replace('T', ' '),
      r.lastError ?? '',
    ].join('  '),
  );
  const head = [
    'created (UTC)      ',
    'name'.padEnd(16),
    'status ',
    'try  ',
    'run at (UTC)       ',
    'last error',
  ];
  return [head.join('  '), ...lines].join('\n');
}

/** `jobs run <name>` and `jobs list`. @returns the text to print and the exit code. */
export async function runJobsCommand(
  config: Config,
  args: string[],
): Promise<{ text: string; code: number }> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      payload: { type: 'string' },
      limit: { type: 'string' },
      status: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (sub === 'list') {
    const status = values.status as JobStatus | undefined;
    if (status && !JOB_STATUSES.includes(status))
      throw invalidField('#/status', 'invalid', `status must be one of ${JOB_STATUSES.join(', ')}`);
    const limit = positiveInt(values.limit, 30, '#/limit');
    const rows = await withDeps(config, (deps) =>
      listRecentJobs(deps, {
        limit,
        ...(status ? { status } : {}),
        ...(values.name ? { name: values.name } : {}),
      }),
    );
    return { text: formatJobs(rows), code: 0 };
  }
  const name = positionals[0];
  if (sub !== 'run' || !name) return { text: JOBS_USAGE, code: 2 };
  let payload: Record<string, unknown> = {};
  try {
    payload = values.payload ? (JSON.parse(values.payload) as Record<string, unknown>) : {};
  } catch {
    throw invalidField('#/payload', 'invalid', '--payload must be a JSON object');
  }
  const log = createLogger({ log: { level: config.log.level === 'info' ? 'warn' : config.log.level } });
  const { id, outcome } = await withDeps(config, (deps) => runJobNow(deps, name, { log, payload }));
  if (outcome.status === 'done')
    return {
      text: `${name} done in ${outcome.ms} ms (run ${id})${outcome.summary ? ': ' + JSON.stringify(outcome.summary) : ''}`,
      code: 0,
    };
  return { text: `${name} failed (run ${id}): ${outcome.error}`, code: 1 };
}
