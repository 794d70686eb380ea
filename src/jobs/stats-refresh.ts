/**
 * Every minute: brings the statistics' daily counts up to date with the writes since the
 * last run (the days they marked are recounted), so that reading a summary seldom has to
 * wait for a recount. Reads recount anyway when something is still marked: this only
 * moves the work off the reader's path.
 */
import { refreshDailyCounts } from '../modules/stats/index.ts';
import type { JobDefinition } from './job.ts';

export const statsRefreshJob: JobDefinition = {
  name: 'stats-refresh',
  every: { minutes: 1 },
  run: async (ctx) => ({ ...(await refreshDailyCounts(ctx.db)) }),
};
