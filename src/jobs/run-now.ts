/** Jobs by hand: `fengqiao jobs run <name>` and `fengqiao jobs list`. */
import type { JobStatus } from '../db/tables.ts';
import type { Logger } from '../lib/context.ts';
import { invalidField } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import type { AppDeps } from '../server/deps.ts';
import { maxAttemptsOf } from './job.ts';
import { insertRunningJob, selectRecentJobs, type JobRow } from './jobs.queries.ts';
import { JOBS } from './registry.ts';
import { DEFAULT_LEASE_MS, newWorkerId, runClaimedJob, type JobOutcome } from './run-job.ts';

/**
 * Runs one job's handler now, in this process, recorded in the jobs table like any run
 * (so `jobs list` shows it) but not retried on failure.
 * @throws ValidationFailed for a name not in the registry.
 */
export async function runJobNow(
  deps: AppDeps,
  name: string,
  opts: { log: Logger; payload?: Record<string, unknown>; registry?: typeof JOBS },
): Promise<{ id: string; outcome: JobOutcome }> {
  const registry = opts.registry ?? JOBS;
  const def = registry.find((d) => d.name === name);
  if (!def)
    throw invalidField(
      '#/name',
      'unknown',
      `no job named "${name}"; known: ${registry.map((d) => d.name).join(', ')}`,
    );
  const workerId = `cli:${newWorkerId()}`;
  const now = deps.clock.now();
  const id = newId();
  const row = {
    id,
    name,
    payload: JSON.stringify(opts.payload ?? {}),
    runAt: now.toISOString(),
    maxAttempts: maxAttemptsOf(def),
    now: now.toISOString(),
  };
  const leaseUntil = new Date(now.getTime() + DEFAULT_LEASE_MS).toISOString();
  await insertRunningJob(deps.db, { ...row, lockedBy: workerId, leaseUntil });
  const job: JobRow = {
    ...row,
    status: 'running',
    attempts: 1,
    lockedBy: workerId,
    leaseUntil,
    lastError: null,
    dedupeKey: null,
    createdAt: row.now,
    updatedAt: row.now,
  };
  const outcome = await runClaimedJob(deps, job, { workerId, registry, log: opts.log, noRetry: true });
  return { id, outcome };
}

/** The most recent runs, newest first, optionally of one status or job. */
export function listRecentJobs(
  deps: Pick<AppDeps, 'db'>,
  filter: { limit?: number; status?: JobStatus; name?: string } = {},
): Promise<JobRow[]> {
  return selectRecentJobs(deps.db, { ...filter, limit: filter.limit ?? 30 });
}
