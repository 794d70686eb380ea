/** Hourly: tells each organisation about its follow-up visits (回头看) that fell due. */
import { notifyDueFollowups } from '../modules/mediation/index.ts';
import type { JobDefinition } from './job.ts';

export const followupsDueJob: JobDefinition = {
  name: 'followups-due',
  every: { minutes: 60 },
  run: async (ctx) => notifyDueFollowups(ctx),
};
