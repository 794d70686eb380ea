/**
 * The worker loop (DESIGN.md §6: "the clock that never sleeps"). Each poll it queues the
 * current slot of every periodic job, claims due jobs up to its concurrency and runs
 * them. Safe with any number of processes on one database: claims skip rows another
 * process holds (run-job.ts), and a dead process's jobs come back when its lease ends.
 */
import type { Logger } from '../lib/context.ts';
import type { AppDeps } from '../server/deps.ts';
import type { JobDefinition } from './job.ts';
import { JOBS } from './registry.ts';
import { claimJobs, newWorkerId, runClaimedJob } from './run-job.ts';
import { enqueueDueSlots } from './scheduler.ts';

export interface WorkerOptions {
  log: Logger;
  /** Pause between polls when there is no work; default 1 s. */
  pollMs?: number;
  /** Jobs run at once by this process; default 2. */
  concurrency?: number;
  leaseMs?: number;
  /** The jobs this worker knows (default: registry.ts); it claims no others. */
  registry?: readonly JobDefinition[];
  workerId?: string;
}

export interface Worker {
  id: string;
  /** Stops polling and waits for the running jobs to finish. */
  stop(): Promise<void>;
}

/** Starts the loop in this process; time comes from `deps.clock`. */
export function startWorker(deps: AppDeps, opts: WorkerOptions): Worker {
  const registry = opts.registry ?? JOBS;
  const names = registry.map((d) => d.name);
  const pollMs = opts.pollMs ?? 1000;
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  const id = opts.workerId ?? newWorkerId();
  const log = opts.log.child({ worker: id });
  const runOpts = { workerId: id, registry, log, ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}) };
  const seenSlots = new Map<string, string>();
  const running = new Set<Promise<unknown>>();
  let stopping = false;
  let ticking = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const wake = (delay: number) => {
    if (stopping) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void tick();
    }, delay);
  };

  async function tick(): Promise<void> {
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    let full = false;
    try {
      await enqueueDueSlots(deps.db, deps.clock.now(), registry, seenSlots);
      const free = concurrency - running.size;
      const claim = { workerId: id, names, limit: free, ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}) };
      const jobs = stopping ? [] : await claimJobs(deps, claim);
      full = free > 0 && jobs.length === free;
      for (const job of jobs) {
        const run: Promise<unknown> = runClaimedJob(deps, job, runOpts)
          .catch((err: unknown) => log.error({ err, runId: job.id }, 'job runner could not record a run'))
          .finally(() => {
            running.delete(run);
            wake(0);
          });
        running.add(run);
      }
    } catch (err) {
      log.error({ err }, 'job runner poll failed');
    } finally {
      ticking = false;
    }
    if (again || full) {
      again = false;
      wake(0);
    } else if (!timer) wake(pollMs);
  }

  log.info({ concurrency, pollMs, jobs: names }, 'job runner started');
  wake(0);
  return {
    id,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (ticking || running.size > 0) {
        await Promise.all([...running]);
        if (ticking) await new Promise((r) => setTimeout(r, 5));
      }
      log.info('job runner stopped');
    },
  };
}
