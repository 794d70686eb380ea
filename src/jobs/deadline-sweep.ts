/** Every minute: evaluates open deadlines, turns cases yellow and red, supervises and notifies (issue 4). */
import { sweepDeadlines } from '../modules/supervision/index.ts';
import type { JobDefinition } from './job.ts';

export const deadlineSweepJob: JobDefinition = {
  name: 'deadline-sweep',
  every: { minutes: 1 },
  run: async (ctx) => ({ ...(await sweepDeadlines(ctx)) }),
};
