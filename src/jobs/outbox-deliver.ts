/** Delivers due outbox messages (e-mail, webhooks) every 10 seconds (modules/notifications). */
import { deliverOutbox } from '../modules/notifications/index.ts';
import type { JobDefinition } from './job.ts';

export const outboxDeliverJob: JobDefinition = {
  name: 'outbox-deliver',
  every: { seconds: 10 },
  run: (ctx) => deliverOutbox(ctx, { smtpUrl: ctx.config.mail.smtpUrl, from: ctx.config.mail.from }),
};
