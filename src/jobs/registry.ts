/**
 * Every job the runner knows, by name, in one list (STYLE.md §1: explicit and greppable).
 * A job is a JobDefinition in its own file under src/jobs/; add it here with one line.
 * Jobs call services, never queries of a module.
 */
import type { JobDefinition } from './job.ts';
import { consultationTasksDueJob } from './consultation-tasks-due.ts';
import { deadlineSweepJob } from './deadline-sweep.ts';
import { followupsDueJob } from './followups-due.ts';
import { outboxDeliverJob } from './outbox-deliver.ts';
import { pruneJobsJob } from './prune-jobs.ts';
import { statsReportsJob } from './stats-reports.ts';
import { statsRefreshJob } from './stats-refresh.ts';

export const JOBS: readonly JobDefinition[] = [
  deadlineSweepJob, // every minute: deadlines turn yellow and red, supervision, notifications
  followupsDueJob, // hourly: follow-up visits (回头看) that fell due
  outboxDeliverJob, // every 10 s: e-mail and webhook deliveries with retries
  pruneJobsJob, // hourly: delete old finished runs
  consultationTasksDueJob, // hourly: "3+X" consultation tasks (会商交办事项) that fell due
  statsReportsJob, // hourly: daily brief at 08:00, weekly on Mondays, monthly on the 1st (Asia/Shanghai)
  statsRefreshJob, // every minute: the statistics' daily counts catch up with the writes
];
