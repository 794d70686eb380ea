/** Keeps the jobs table small: periodic runs add about ten thousand rows a day. */
import { deleteFinishedJobs } from './jobs.queries.ts';
import type { JobDefinition } from './job.ts';

const DAY_MS = 24 * 3600_000;

/** Deletes done runs after 7 days and failed ones after 30 (long enough to look into them). */
export const pruneJobsJob: JobDefinition = {
  name: 'prune-jobs',
  every: { minutes: 60 },
  async run(ctx) {
    const now = ctx.clock.now().getTime();
    const done = await deleteFinishedJobs(ctx.db, {
      status: 'done',
      before: new Date(now - 7 * DAY_MS).toISOString(),
    });
    const failed = await deleteFinishedJobs(ctx.db, {
      status: 'failed',
      before: new Date(now - 30 * DAY_MS).toISOString(),
    });
    if (done + failed > 0) ctx.log.info({ done, failed }, 'pruned old job runs');
    return { deletedDone: done, deletedFailed: failed };
  },
};
