/**
 * Hourly: generates the reports that fell due (issue 7) — the daily brief from 08:00
 * Asia/Shanghai for the day before, the weekly exchange on Mondays, the monthly analysis on
 * the 1st — for every top-level organisation, once each (a report that exists is skipped).
 */
import { generateDueReports } from '../modules/stats/index.ts';
import type { JobDefinition } from './job.ts';

export const statsReportsJob: JobDefinition = {
  name: 'stats-reports',
  every: { minutes: 60 },
  run: async (ctx) => ({ ...(await generateDueReports(ctx)) }),
};
