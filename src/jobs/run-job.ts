/**
 * Claiming due jobs and running one claimed job: the part of the worker that decides
 * what a run's outcome means for the row (done, retry later with back-off, failed).
 */
import { hostname } from 'node:os';
import { inWriteTransaction } from '../db/dialect.ts';
import type { Logger } from '../lib/context.ts';
import { randomToken } from '../lib/ids.ts';
import { systemContext, type AppDeps } from '../server/deps.ts';
import type { JobContext, JobDefinition, JobSummary } from './job.ts';
import { extendLease, finishJob, markJobsRunning, selectClaimableJobs, type JobRow } from './jobs.queries.ts';
import { retryDelayMs } from './schedule.ts';

/** How long a claim holds before another process may take the job over (renewed while running). */
export const DEFAULT_LEASE_MS = 5 * 60_000;

/** A name for this process's claims: host, process id and a random part (a restarted pid differs). */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomToken(4)}`;
}

/**
 * Takes up to `limit` due jobs for `workerId`, in one write transaction: queued jobs
 * whose time has come, and running jobs whose lease lapsed (their process died). A lapsed
 * job with no attempts left is marked failed instead of run again.
 */
export async function claimJobs(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  args: { workerId: string; names: string[]; limit: number; leaseMs?: number },
): Promise<JobRow[]> {
  if (args.limit <= 0 || args.names.length === 0) return [];
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const leaseUntil = new Date(now.getTime() + (args.leaseMs ?? DEFAULT_LEASE_MS)).toISOString();
  return inWriteTransaction(deps.db, async (trx) => {
    const rows = await selectClaimableJobs(trx, { names: args.names, now: nowIso, limit: args.limit });
    const claimed: JobRow[] = [];
    for (const row of rows) {
      if (row.status === 'running' && row.attempts >= row.maxAttempts)
        await finishJob(trx, {
          id: row.id,
          lockedBy: null,
          status: 'failed',
          lastError: `lease expired during the last attempt (process ${row.lockedBy} stopped)`,
          now: nowIso,
        });
      else claimed.push(row);
    }
    await markJobsRunning(
      trx,
      claimed.map((r) => r.id),
      { lockedBy: args.workerId, leaseUntil, now: nowIso },
    );
    return claimed.map((r) => ({
      ...r,
      status: 'running' as const,
      attempts: r.attempts + 1,
      lockedBy: args.workerId,
      leaseUntil,
    }));
  });
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : String(err);
  return text.slice(0, 2000);
}

function parsePayload(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export type JobOutcome =
  | { status: 'done'; summary: JobSummary | undefined; ms: number }
  | { status: 'queued'; error: string; retryAt: string }
  | { status: 'failed'; error: string };

export interface RunOptions {
  workerId: string;
  registry: readonly JobDefinition[];
  log: Logger;
  leaseMs?: number;
  /** Failures end the job at once (a run started by hand is not retried). */
  noRetry?: boolean;
}

/**
 * Runs a job this process claimed and records the outcome: done; or, on an error, queued
 * again after `retryDelayMs(attempts)` while attempts remain, else failed. The lease is
 * renewed while the handler runs, so only a dead process loses its jobs.
 */
export async function runClaimedJob(deps: AppDeps, job: JobRow, opts: RunOptions): Promise<JobOutcome> {
  const log = opts.log.child({ job: job.name, runId: job.id });
  const def = opts.registry.find((d) => d.name === job.name);
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const renew = setInterval(() => {
    const now = deps.clock.now();
    extendLease(deps.db, {
      id: job.id,
      lockedBy: opts.workerId,
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      now: now.toISOString(),
    }).catch((err: unknown) => log.warn({ err }, 'could not extend the job lease'));
  }, leaseMs / 3);
  const started = Date.now();
  try {
    if (!def) throw new Error(`no job named "${job.name}" is registered`);
    const ctx: JobContext = { ...systemContext(deps, log), config: deps.config };
    const summary = (await def.run(ctx, parsePayload(job.payload))) ?? undefined;
    const ms = Date.now() - started;
    const now = deps.clock.now().toISOString();
    if (
      !(await finishJob(deps.db, {
        id: job.id,
        lockedBy: opts.workerId,
        status: 'done',
        lastError: null,
        now,
      }))
    )
      log.warn('job finished after its lease passed to another process');
    log.debug({ ms, ...summary }, 'job done');
    return { status: 'done', summary, ms };
  } catch (err) {
    return recordFailure(deps, job, { ...opts, log }, err);
  } finally {
    clearInterval(renew);
  }
}

async function recordFailure(
  deps: AppDeps,
  job: JobRow,
  opts: RunOptions,
  err: unknown,
): Promise<JobOutcome> {
  const error = errorText(err);
  const now = deps.clock.now();
  const attemptsLeft = !opts.noRetry && job.attempts < job.maxAttempts;
  const retryAt = new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString();
  await finishJob(deps.db, {
    id: job.id,
    lockedBy: opts.workerId,
    status: attemptsLeft ? 'queued' : 'failed',
    lastError: error,
    now: now.toISOString(),
    ...(attemptsLeft ? { runAt: retryAt } : {}),
  });
  if (attemptsLeft) {
    opts.log.warn({ err, attempts: job.attempts, retryAt }, 'job failed; will retry');
    return { status: 'queued', error, retryAt };
  }
  opts.log.error({ err, attempts: job.attempts }, 'job failed for good');
  return { status: 'failed', error };
}
