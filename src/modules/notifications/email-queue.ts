/**
 * E-mails that are not inbox notifications (the reports a user subscribed to, issue 7):
 * queued in the outbox in the caller's transaction and sent by the same delivery job,
 * with files from the content-addressed store attached. The outbox row's payload names
 * the attachments (`attachments`: file name, SHA-256, media type); delivery reads the
 * bytes at send time, so a retry attaches them again.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { newId } from '../../lib/ids.ts';
import { insertOutboxRows } from './outbox.queries.ts';

export interface EmailAttachment {
  fileName: string;
  sha256: string;
  contentType: string;
}

export interface QueuedEmail {
  to: string;
  subject: string;
  body: string;
  /** What the message is about, kept in the payload (e.g. `report`). */
  kind: string;
  userId?: string;
  attachments?: EmailAttachment[];
}

/**
 * Queues the e-mails when SMTP is configured (`ctx.emailEnabled`); joins the caller's
 * transaction. @returns how many were queued (0 without SMTP).
 */
export async function queueEmails(ctx: ServiceContext, emails: readonly QueuedEmail[]): Promise<number> {
  if (!ctx.emailEnabled || emails.length === 0) return 0;
  const now = ctx.clock.now().toISOString();
  await insertOutboxRows(
    ctx.db,
    emails.map((e) => ({
      id: newId(),
      channel: 'email' as const,
      target: e.to,
      subject: e.subject,
      body: e.body,
      payload: JSON.stringify({
        kind: e.kind,
        userId: e.userId ?? null,
        attachments: e.attachments ?? [],
      }),
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  return emails.length;
}

/** The attachments an outbox row's payload names (none for ordinary notifications). */
export function attachmentsOf(payload: string): EmailAttachment[] {
  try {
    const value = JSON.parse(payload) as { attachments?: unknown };
    if (!Array.isArray(value.attachments)) return [];
    return value.attachments.filter(
      (a): a is EmailAttachment =>
        typeof a === 'object' &&
        a !== null &&
        typeof (a as EmailAttachment).fileName === 'string' &&
        typeof (a as EmailAttachment).sha256 === 'string' &&
        typeof (a as EmailAttachment).contentType === 'string',
    );
  } catch {
    return [];
  }
}
