/**
 * Changing a scheduled mediation session (issue 5): cancelled with a reason, or moved to
 * another time or place. Only a session still `scheduled` and without an outcome changes
 * (409 once it was held, recorded or cancelled). The session's mediators are told as on
 * scheduling; each change writes one case event and one audit row in one transaction.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, invalidField } from '../../lib/errors.ts';
import { requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent } from '../cases/index.ts';
import { notifyUsers } from '../notifications/index.ts';
import * as q from './mediation.queries.ts';
import type { CancelSessionBody, RescheduleSessionBody } from './mediation.schemas.ts';
import { loadSession, requireWorkableCase, toSessionViews } from './sessions.service.ts';

const NOT_SCHEDULED = 'Only a scheduled session without an outcome can be changed';

async function requireScheduled(ctx: ServiceContext, caseId: string, sessionId: string) {
  const session = await loadSession(ctx, caseId, sessionId);
  if (session.status !== 'scheduled' || session.outcome !== null)
    throw new Conflict(`${NOT_SCHEDULED}; this one is ${session.status}`);
  return session;
}

/** Tells the session's mediators other than the actor, inside the caller's transaction. */
async function tellMediators(
  ctx: ServiceContext,
  sessionId: string,
  caseId: string,
  title: string,
  body: string,
) {
  const mediators = await q.selectMediatorsOf(ctx.db, [sessionId]);
  await notifyUsers(ctx, {
    userIds: mediators.map((m) => m.userId).filter((id) => id !== ctx.actor!.userId),
    kind: 'session_changed',
    title,
    body,
    caseId,
  });
}

const placeText = (online: boolean, place: string | null) => (online ? '网上调解' : (place ?? ''));

/** Cancels a scheduled session. @throws conflict (409) once it was held or cancelled. */
export async function cancelSession(
  ctx: ServiceContext,
  caseId: string,
  sessionId: string,
  input: CancelSessionBody,
) {
  const summary = await requireWorkableCase(ctx, caseId, [
    'in_progress',
    'mediated_success',
    'mediated_failed',
  ]);
  const actor = requireActor(ctx.actor);
  const session = await requireScheduled(ctx, caseId, sessionId);
  const reason = input.reason.trim();
  if (!reason) throw invalidField('#/reason', 'required', 'reason is required');
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const changed = await q.updateScheduledSession(trx, sessionId, {
      status: 'cancelled',
      cancelReason: reason,
      cancelledBy: actor.userId,
      cancelledAt: now,
      updatedAt: now,
    });
    if (changed === 0) throw new Conflict(NOT_SCHEDULED);
    await appendCaseEvent(tctx, caseId, {
      type: 'session_cancelled',
      note: reason,
      data: { sessionId, startsAt: session.startsAt },
    });
    await tellMediators(
      tctx,
      sessionId,
      caseId,
      `调解取消：${summary.number}「${summary.subject}」`,
      `原定时间：${session.startsAt}；取消原因：${reason}`,
    );
    await recordAudit(tctx, {
      action: 'mediation.cancel',
      targetType: 'case',
      targetId: caseId,
      detail: { sessionId, reason },
    });
  });
  return (await toSessionViews(ctx, [await loadSession(ctx, caseId, sessionId)]))[0]!;
}

/**
 * Moves a scheduled session to a new time, and optionally a new place or online. The
 * place is kept unless given; an offline session needs one (`#/place`).
 * @throws conflict (409) once it was held or cancelled.
 */
export async function rescheduleSession(
  ctx: ServiceContext,
  caseId: string,
  sessionId: string,
  input: RescheduleSessionBody,
) {
  const summary = await requireWorkableCase(ctx, caseId);
  const session = await requireScheduled(ctx, caseId, sessionId);
  const online = input.online ?? session.isOnline === 1;
  const place = input.place?.trim() || (online && input.online !== undefined ? null : session.place);
  if (!online && !place)
    throw invalidField('#/place', 'required', 'place is required unless the session is online');
  const startsAt = new Date(input.startsAt).toISOString();
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const changed = await q.updateScheduledSession(trx, sessionId, {
      startsAt,
      place,
      isOnline: online ? 1 : 0,
      updatedAt: now,
    });
    if (changed === 0) throw new Conflict(NOT_SCHEDULED);
    await appendCaseEvent(tctx, caseId, {
      type: 'session_rescheduled',
      note: placeText(online, place),
      data: { sessionId, from: session.startsAt, startsAt },
    });
    await tellMediators(
      tctx,
      sessionId,
      caseId,
      `调解改期：${summary.number}「${summary.subject}」`,
      `新时间：${input.startsAt}；地点：${placeText(online, place)}（原定 ${session.startsAt}）`,
    );
    await recordAudit(tctx, {
      action: 'mediation.reschedule',
      targetType: 'case',
      targetId: caseId,
      detail: { sessionId, from: session.startsAt, startsAt },
    });
  });
  return (await toSessionViews(ctx, [await loadSession(ctx, caseId, sessionId)]))[0]!;
}
