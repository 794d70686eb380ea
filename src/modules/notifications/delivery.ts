/**
 * Delivers the outbox (run by the job `outbox-deliver`): e-mail over SMTP with
 * nodemailer and signed webhook POSTs. Each run claims due rows by pushing their next
 * attempt past the claim lease, inside a write transaction (SKIP LOCKED on PostgreSQL),
 * so concurrent runs in several processes never send a message twice; a process that
 * dies mid-send leaves its rows to be retried when the claim lease ends (at least once).
 */
import nodemailer from 'nodemailer';
import { inWriteTransaction } from '../../db/dialect.ts';
import type { ServiceContext } from '../../lib/context.ts';
import { nextAttemptDelayMs, signWebhook } from './delivery-policy.ts';
import { attachmentsOf } from './email-queue.ts';
import { postponeOutbox, selectDueOutbox, updateOutboxAttempt, type OutboxRow } from './outbox.queries.ts';
import { selectWebhookById } from './webhooks.queries.ts';

export interface DeliverySettings {
  /** null: e-mail is not configured; e-mail rows fail and are retried. */
  smtpUrl: string | null;
  from: string;
  webhookTimeoutMs?: number;
  batchSize?: number;
}

export type DeliveryResult = {
  sent: number;
  retried: number;
  failed: number;
};

/** Rows stay claimed this long; every send in a batch is bounded well below it by timeouts. */
const CLAIM_MS = 5 * 60_000;
const TIME_BUDGET_MS = 60_000;

/** A failure that another attempt will not fix (the webhook was removed, the mailbox does not exist). */
class PermanentFailure extends Error {}

type Mailer = ReturnType<typeof nodemailer.createTransport>;

async function claimDue(ctx: ServiceContext, limit: number): Promise<OutboxRow[]> {
  const now = ctx.clock.now();
  return inWriteTransaction(ctx.db, async (trx) => {
    const rows = await selectDueOutbox(trx, { now: now.toISOString(), limit });
    const until = new Date(now.getTime() + CLAIM_MS).toISOString();
    await postponeOutbox(
      trx,
      rows.map((r) => r.id),
      until,
    );
    return rows;
  });
}

async function sendEmail(
  ctx: ServiceContext,
  mailer: Mailer | null,
  from: string,
  row: OutboxRow,
): Promise<void> {
  if (!mailer) throw new Error('SMTP_URL is not set: e-mail cannot be sent');
  try {
    await mailer.sendMail({
      from,
      to: row.target,
      subject: row.subject,
      text: row.body,
      headers: { 'X-Fengqiao-Delivery': row.id },
      attachments: attachmentsOf(row.payload).map((a) => ({
        filename: a.fileName,
        contentType: a.contentType,
        content: ctx.files.open(a.sha256),
      })),
    });
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode;
    if (code !== undefined && code >= 500)
      throw new PermanentFailure(`SMTP ${code}: ${(err as Error).message}`);
    throw err;
  }
}

async function sendWebhook(ctx: ServiceContext, row: OutboxRow, timeoutMs: number): Promise<void> {
  const hook = await selectWebhookById(ctx.db, row.target);
  if (!hook || hook.isActive !== 1) throw new PermanentFailure('the webhook was removed or deactivated');
  const t = Math.floor(ctx.clock.now().getTime() / 1000);
  const res = await fetch(hook.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Fengqiao-Webhook/1',
      'x-fengqiao-event': row.subject,
      'x-fengqiao-delivery': row.id,
      'x-fengqiao-signature': signWebhook(ctx.pii.decrypt(hook.secret), t, row.body),
    },
    body: row.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await res.body?.cancel();
  if (res.status < 200 || res.status >= 300) throw new Error(`the webhook answered HTTP ${res.status}`);
}

/** Records one attempt; @returns which count it adds to. */
async function record(ctx: ServiceContext, row: OutboxRow, err: unknown): Promise<keyof DeliveryResult> {
  const now = ctx.clock.now();
  const attempts = row.attempts + 1;
  if (err === undefined) {
    await updateOutboxAttempt(ctx.db, row.id, {
      status: 'sent',
      attempts,
      lastError: null,
      sentAt: now.toISOString(),
    });
    return 'sent';
  }
  const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
  const delay = err instanceof PermanentFailure ? null : nextAttemptDelayMs(attempts);
  const log = { outboxId: row.id, channel: row.channel, attempts, error: lastError };
  if (delay === null) {
    await updateOutboxAttempt(ctx.db, row.id, { status: 'failed', attempts, lastError });
    ctx.log.error(log, 'outbound message failed for good');
    return 'failed';
  }
  const nextAttemptAt = new Date(now.getTime() + delay).toISOString();
  await updateOutboxAttempt(ctx.db, row.id, { status: 'pending', attempts, lastError, nextAttemptAt });
  ctx.log.warn({ ...log, nextAttemptAt }, 'outbound message failed; will retry');
  return 'retried';
}

/**
 * Sends every due pending message, batch by batch, for up to a minute. Success marks a
 * row sent; a failure counts the attempt and schedules the next by OUTBOX_BACKOFF_MS,
 * or marks it failed after the last attempt or at once when retrying cannot help.
 */
export async function deliverOutbox(
  ctx: ServiceContext,
  settings: DeliverySettings,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  const batchSize = settings.batchSize ?? 20;
  const timeoutMs = settings.webhookTimeoutMs ?? 10_000;
  const started = Date.now();
  let mailer: Mailer | null = null;
  try {
    for (;;) {
      const rows = await claimDue(ctx, batchSize);
      if (rows.length > 0 && !mailer && settings.smtpUrl && rows.some((r) => r.channel === 'email'))
        mailer = nodemailer.createTransport({
          url: settings.smtpUrl,
          pool: true,
          maxConnections: 5,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        });
      const outcomes = await Promise.all(
        rows.map(async (row) => {
          const err = await (
            row.channel === 'email'
              ? sendEmail(ctx, mailer, settings.from, row)
              : sendWebhook(ctx, row, timeoutMs)
          ).then(
            () => undefined,
            (e: unknown) => e ?? new Error('unknown error'),
          );
          return record(ctx, row, err);
        }),
      );
      for (const o of outcomes) result[o] += 1;
      if (rows.length < batchSize || Date.now() - started > TIME_BUDGET_MS) break;
    }
  } finally {
    mailer?.close();
  }
  if (result.sent + result.retried + result.failed > 0) ctx.log.info(result, 'outbox delivered');
  return result;
}
