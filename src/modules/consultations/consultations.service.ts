/**
 * "3+X" consultations (会商研判, issue 5): for a major, complex or group dispute a leader
 * convenes a judge, the chief mediator and a legal-aid lawyer ("3") with the departments
 * concerned ("X") about a case in their sight. Participants are invited through their
 * inbox. A consultation is seen by whoever sees its case (DESIGN.md §1); it is managed
 * (minutes, cancellation) by its convener or a leader of the convening organisation's subtree.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { Role } from '../../db/tables.ts';
import { withDb, type Actor, type ServiceContext } from '../../lib/context.ts';
import {
  Conflict,
  DomainError,
  Forbidden,
  NotFound,
  ValidationFailed,
  type FieldError,
} from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, hasRole, isInSubtree, requireActor, requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, assertCaseVisible, findCaseSummary } from '../cases/index.ts';
import { notifyOrg, notifyUsers } from '../notifications/index.ts';
import { findOrgById, findOrgsByIds } from '../orgs/index.ts';
import { findUserInOrg } from '../users/index.ts';
import { participantErrors } from './consultation-rules.ts';
import { localDateTime, toConsultationViews } from './consultation-views.ts';
import type { ConveneBody, ParticipantInput } from './consultations.schemas.ts';
import * as q from './consultations.queries.ts';

/** Roles told when an organisation (not a named user) is invited or owns a task. */
export const ORG_NOTIFY_ROLES: Role[] = ['leader', 'handler', 'dispatcher', 'mediator'];
/** A consultation about a closed case makes no sense: it is reopened first. */
const CLOSED_STATUSES = ['rejected', 'archived'];

/**
 * The consultation, if the actor sees its case. @throws NotFound otherwise (also for
 * another street's consultation, whose existence is not revealed).
 */
export async function loadVisibleConsultation(ctx: ServiceContext, id: string) {
  requireActor(ctx.actor);
  const row = await q.selectConsultation(ctx.db, id);
  if (!row) throw new NotFound('Consultation');
  await assertCaseVisible(ctx, row.caseId);
  return row;
}

/**
 * Minutes and cancellation belong to the convener or a leader whose subtree holds the
 * convening organisation. @throws Forbidden for anyone else.
 */
export async function assertMayManage(
  ctx: ServiceContext,
  actor: Actor,
  row: { convenedBy: string; orgId: string },
) {
  if (row.convenedBy === actor.userId) return;
  const org = await findOrgById(ctx, row.orgId);
  if (!org || !hasRole(actor, 'leader') || !isInSubtree(actor.orgPath, org.path))
    throw new Forbidden('Only the convener or a leader above the convening organisation may do this');
}

interface ResolvedParticipant {
  kind: ParticipantInput['kind'];
  userId: string | null;
  orgId: string | null;
  name: string;
}

/** Looks up each invited user and organisation; both must lie in the convener's subtree. */
async function resolveParticipants(
  ctx: ServiceContext,
  actor: Actor,
  input: ParticipantInput[],
  errors: FieldError[],
): Promise<ResolvedParticipant[]> {
  const orgs = await findOrgsByIds(
    ctx,
    input.flatMap((p) => (p.orgId ? [p.orgId] : [])),
  );
  const out: ResolvedParticipant[] = [];
  for (const [i, p] of input.entries()) {
    const at = `#/participants/${i}`;
    const org = p.orgId ? orgs.find((o) => o.id === p.orgId) : undefined;
    if (p.orgId && (!org || !canAccessOrg(actor, org.path)))
      errors.push({ pointer: `${at}/orgId`, code: 'unknown', detail: 'not an organisation in your subtree' });
    const user = p.userId ? await findUserInOrg(ctx, p.userId, org?.id ?? actor.orgId) : undefined;
    if (p.userId && !user)
      errors.push({
        pointer: `${at}/userId`,
        code: 'unknown',
        detail: org ? 'not an active user of that organisation' : 'not an active user in your subtree',
      });
    const name = p.name?.trim() || user?.displayName || org?.name || '';
    out.push({ kind: p.kind, userId: p.userId ?? null, orgId: p.orgId ?? null, name });
  }
  return out;
}

/** Tells the invited users, and the staff of invited organisations without a named user. */
export async function notifyParticipants(
  ctx: ServiceContext,
  participants: { userId: string | null; orgId: string | null }[],
  message: { title: string; body: string; caseId: string },
) {
  const actorId = ctx.actor?.userId;
  const userIds = participants.flatMap((p) => (p.userId && p.userId !== actorId ? [p.userId] : []));
  await notifyUsers(ctx, { ...message, kind: 'consultation_invitation', userIds });
  for (const p of participants)
    if (!p.userId && p.orgId)
      await notifyOrg(ctx, {
        ...message,
        kind: 'consultation_invitation',
        orgId: p.orgId,
        roles: ORG_NOTIFY_ROLES,
      });
}

/**
 * A leader convenes a consultation about a case they see. The "3" are required (400 at
 * `#/participants`); invited users and organisations must lie in the leader's subtree.
 * @throws Forbidden for other roles, NotFound outside scope, action-not-allowed for a closed case.
 */
export async function conveneConsultation(ctx: ServiceContext, caseId: string, input: ConveneBody) {
  const actor = requireRole(ctx.actor, 'leader');
  await assertCaseVisible(ctx, caseId);
  const summary = (await findCaseSummary(ctx, caseId))!;
  if (CLOSED_STATUSES.includes(summary.status))
    throw new DomainError('action-not-allowed', `A consultation needs an open case, not ${summary.status}`, {
      extensions: { currentStatus: summary.status },
    });
  const errors: FieldError[] = [];
  if (!input.title.trim()) errors.push({ pointer: '#/title', code: 'required', detail: 'title is blank' });
  if (!input.place.trim()) errors.push({ pointer: '#/place', code: 'required', detail: 'place is blank' });
  errors.push(...participantErrors(input.participants));
  const participants = await resolveParticipants(ctx, actor, input.participants, errors);
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);

  const id = newId();
  const now = ctx.clock.now().toISOString();
  const scheduledAt = new Date(input.scheduledAt).toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.insertConsultation(
      trx,
      {
        id,
        caseId,
        title: input.title.trim(),
        convenedBy: actor.userId,
        orgId: actor.orgId,
        scheduledAt,
        place: input.place.trim(),
        status: 'scheduled',
        minutes: null,
        heldAt: null,
        cancelReason: null,
        createdAt: now,
        updatedAt: now,
      },
      participants.map((p, position) => ({
        id: newId(),
        consultationId: id,
        position,
        attended: null,
        ...p,
      })),
    );
    await appendCaseEvent(tctx, caseId, {
      type: 'consultation_convened',
      note: input.title.trim(),
      data: { consultationId: id, scheduledAt, place: input.place.trim() },
    });
    await notifyParticipants(tctx, participants, {
      title: `会商研判邀请：${summary.number}「${summary.subject}」`,
      body: `${input.title.trim()}；时间：${localDateTime(scheduledAt)}；地点：${input.place.trim()}；召集人：${actor.displayName}`,
      caseId,
    });
    await recordAudit(tctx, {
      action: 'consultation.convene',
      targetType: 'consultation',
      targetId: id,
      detail: { caseId, participants: participants.length },
    });
  });
  return getConsultation(ctx, id);
}

/** The consultations of a case the actor sees, earliest first. */
export async function listCaseConsultations(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return toConsultationViews(ctx, await q.selectConsultationsOfCase(ctx.db, caseId));
}

/** One consultation with participants and tasks. @throws NotFound outside the actor's scope. */
export async function getConsultation(ctx: ServiceContext, id: string) {
  const row = await loadVisibleConsultation(ctx, id);
  return (await toConsultationViews(ctx, [row]))[0]!;
}

/**
 * Cancels a scheduled consultation; participants are told. @throws Conflict once it was
 * held or cancelled, Forbidden for anyone but the convener or a leader above them.
 */
export async function cancelConsultation(ctx: ServiceContext, id: string, input: { reason: string }) {
  const actor = requireActor(ctx.actor);
  const row = await loadVisibleConsultation(ctx, id);
  await assertMayManage(ctx, actor, row);
  const reason = input.reason.trim();
  if (!reason)
    throw new ValidationFailed('reason is blank', [
      { pointer: '#/reason', code: 'required', detail: 'reason is blank' },
    ]);
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const locked = (await q.lockConsultation(trx, id))!;
    if (locked.status !== 'scheduled')
      throw new Conflict(`The consultation is ${locked.status}, not scheduled`);
    await q.updateConsultation(trx, id, {
      status: 'cancelled',
      cancelReason: reason,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await appendCaseEvent(tctx, row.caseId, {
      type: 'consultation_cancelled',
      note: reason,
      data: { consultationId: id },
    });
    const summary = (await findCaseSummary(tctx, row.caseId))!;
    await notifyParticipants(tctx, await q.selectParticipantsOf(trx, [id]), {
      title: `会商研判取消：${summary.number}「${summary.subject}」`,
      body: `${row.title}（原定 ${localDateTime(row.scheduledAt)}）已取消：${reason}`,
      caseId: row.caseId,
    });
    await recordAudit(tctx, {
      action: 'consultation.cancel',
      targetType: 'consultation',
      targetId: id,
      detail: { caseId: row.caseId },
    });
  });
  return getConsultation(ctx, id);
}
