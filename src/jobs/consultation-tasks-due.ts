/** Hourly: reminds the owners of "3+X" consultation tasks (会商交办事项) that fell due, once each. */
import { remindDueTasks } from '../modules/consultations/index.ts';
import type { JobDefinition } from './job.ts';

export const consultationTasksDueJob: JobDefinition = {
  name: 'consultation-tasks-due',
  every: { minutes: 60 },
  run: async (ctx) => remindDueTasks(ctx),
};
