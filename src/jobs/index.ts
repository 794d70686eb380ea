/**
 * The job runner (DESIGN.md §6): jobs in a database table, claimed by one process at a
 * time under a lease, periodic jobs queued once per time slot, handlers in registry.ts.
 */
export { startWorker, type Worker, type WorkerOptions } from './worker.ts';
export { runJobNow, listRecentJobs } from './run-now.ts';
export { enqueueJob, enqueueDueSlots, type EnqueueInput } from './scheduler.ts';
export { claimJobs, runClaimedJob, DEFAULT_LEASE_MS, type JobOutcome } from './run-job.ts';
export { JOBS } from './registry.ts';
export type { JobContext, JobDefinition, JobSummary } from './job.ts';
export type { JobRow } from './jobs.queries.ts';
export type { Interval } from './schedule.ts';
export { runWorkerCommand, runJobsCommand, formatJobs } from './commands.ts';
