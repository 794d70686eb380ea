/**
 * Notifications (DESIGN.md §3: "the dispatcher and the handler's leader are told").
 * `notifyUsers`/`notifyOrg` are called by other services inside their own transaction:
 * the inbox rows and the outbox rows (e-mail, webhooks) commit together with the event
 * that caused them, or not at all. Delivery happens later (delivery.ts, job outbox-deliver).
 */
import { inTransaction } from '../../db/dialect.ts';
import type { NotificationKind, Role } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { NotFound, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { findUserContacts, listActiveUserIdsWithRoles } from '../users/index.ts';
import * as q from './notifications.queries.ts';
import { insertOutboxRows } from './outbox.queries.ts';
import { selectActiveWebhooks } from './webhooks.queries.ts';

export interface NotifyInput {
  userIds: string[];
  kind: NotificationKind;
  /** Short Chinese line, e.g. 案件 QX-2026-000012 已超期. */
  title: string;
  body: string;
  caseId?: string | null;
}

export interface NotifyResult {
  /** Inbox rows written (one per active recipient). */
  inbox: number;
  emails: number;
  webhooks: number;
}

const EMAIL_FOOTER =
  '\n\n——\n枫桥 · 矛盾纠纷多元化解平台。请登录平台查看详情；本邮件由系统发送，请勿直接回复。';

/**
 * Writes an inbox row for each active user among `userIds`, an e-mail outbox row for each
 * of them with an address when SMTP is configured (`ctx.emailEnabled`), and one webhook
 * outbox row per active webhook subscribed to `kind`. Joins the caller's transaction.
 * Unknown and inactive users are skipped. No actor or scope check: callers decide who is told.
 */
export async function notifyUsers(ctx: ServiceContext, input: NotifyInput): Promise<NotifyResult> {
  if (!input.title.trim()) throw invalidField('#/title', 'required', 'a notification needs a title');
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now().toISOString();
    const recipients = (await findUserContacts(withDb(ctx, trx), input.userIds)).filter((u) => u.isActive);
    const caseId = input.caseId ?? null;
    const base = { kind: input.kind, title: input.title, body: input.body, caseId, createdAt: now };
    await q.insertNotifications(
      trx,
      recipients.map((u) => ({ id: newId(), userId: u.id, readAt: null, ...base })),
    );
    const pending = { status: 'pending' as const, attempts: 0, nextAttemptAt: now, createdAt: now };
    const emails = ctx.emailEnabled ? recipients.filter((u) => u.email) : [];
    const hooks = (await selectActiveWebhooks(trx)).filter((w) => parseKinds(w.kinds).includes(input.kind));
    const userIds = recipients.map((u) => u.id);
    const event = JSON.stringify({
      event: input.kind,
      occurredAt: now,
      title: input.title,
      body: input.body,
      caseId,
      userIds,
    });
    await insertOutboxRows(trx, [
      ...emails.map((u) => ({
        id: newId(),
        channel: 'email' as const,
        target: u.email!,
        subject: `【枫桥】${input.title}`,
        body: input.body + EMAIL_FOOTER,
        payload: JSON.stringify({ kind: input.kind, caseId, userId: u.id }),
        ...pending,
      })),
      ...hooks.map((w) => ({
        id: newId(),
        channel: 'webhook' as const,
        target: w.id,
        subject: input.kind,
        body: event,
        payload: JSON.stringify({ kind: input.kind, caseId, userIds }),
        ...pending,
      })),
    ]);
    return { inbox: recipients.length, emails: emails.length, webhooks: hooks.length };
  });
}

/**
 * Notifies the active users of one organisation (not its subtree) who hold any of
 * `roles`, e.g. the dispatchers and leaders of the body holding an overdue case.
 */
export async function notifyOrg(
  ctx: ServiceContext,
  input: Omit<NotifyInput, 'userIds'> & { orgId: string; roles: Role[] },
): Promise<NotifyResult> {
  const { orgId, roles, ...rest } = input;
  const userIds = await listActiveUserIdsWithRoles(ctx, { orgId, roles });
  return notifyUsers(ctx, { ...rest, userIds });
}

/** The webhook's subscribed kinds (a JSON array in the row). */
export function parseKinds(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

const toView = (r: q.NotificationRow): NotificationView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  caseId: r.caseId,
  createdAt: r.createdAt,
  readAt: r.readAt,
});

function encodeCursor(r: { createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([r.createdAt, r.id])).toString('base64url');
}

function decodeCursor(text: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through
  }
  throw invalidField('#/querystring/cursor', 'invalid', 'cursor is not one this server issued');
}

/** The caller's own inbox, newest first, with the unread count and the next page's cursor. */
export async function listMyNotifications(
  ctx: ServiceContext,
  query: { unread?: boolean; cursor?: string; limit?: number },
): Promise<{ items: NotificationView[]; unreadCount: number; nextCursor: string | null }> {
  const actor = requireActor(ctx.actor);
  const limit = query.limit ?? 20;
  const rows = await q.selectInboxPage(ctx.db, {
    userId: actor.userId,
    unreadOnly: query.unread ?? false,
    after: query.cursor ? decodeCursor(query.cursor) : null,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map(toView),
    unreadCount: await q.countUnread(ctx.db, actor.userId),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** Marks one of the caller's notifications read (again is harmless). @throws NotFound for anyone else's. */
export async function markNotificationRead(ctx: ServiceContext, id: string): Promise<NotificationView> {
  const actor = requireActor(ctx.actor);
  return inTransaction(ctx.db, async (trx) => {
    if (!(await q.selectOwnNotification(trx, id, actor.userId))) throw new NotFound('Notification');
    const changed = await q.markRead(trx, { userId: actor.userId, id, at: ctx.clock.now().toISOString() });
    if (changed > 0)
      await recordAudit(withDb(ctx, trx), {
        action: 'notification.read',
        targetType: 'notification',
        targetId: id,
      });
    return toView((await q.selectOwnNotification(trx, id, actor.userId))!);
  });
}

/** Marks all of the caller's unread notifications read. @returns how many changed. */
export async function markAllNotificationsRead(ctx: ServiceContext): Promise<{ updated: number }> {
  const actor = requireActor(ctx.actor);
  return inTransaction(ctx.db, async (trx) => {
    const updated = await q.markRead(trx, { userId: actor.userId, at: ctx.clock.now().toISOString() });
    if (updated > 0)
      await recordAudit(withDb(ctx, trx), { action: 'notification.read_all', detail: { updated } });
    return { updated };
  });
}
