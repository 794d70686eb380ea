/**
 * Mediation sessions (调解): scheduled on a case in progress by its holder, with
 * mediators (the first leads) and invited parties; recorded afterwards as a structured
 * 调解笔录; closed with an outcome. A party may refuse mediation (人民调解法 art. 3: no
 * mediation against a party's express refusal), which ends the mediation path.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound, ValidationFailed, invalidField, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isInSubtree, requireActor, requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import {
  appendCaseEvent,
  applyCaseAction,
  assertCaseVisible,
  findCaseSummary,
  getCase,
  listCaseParties,
} from '../cases/index.ts';
import { notifyUsers } from '../notifications/index.ts';
import { findUsersWithRole } from '../users/index.ts';
import * as q from './mediation.queries.ts';
import type { ScheduleSessionBody, SessionRecordBody } from './mediation.schemas.ts';

export const MEDIATING_ROLES = ['mediator', 'handler', 'grid_worker', 'dispatcher'] as const;

/** The other routes open to a party who refuses mediation, told to them with the refusal. */
export const OTHER_ROUTES_NOTICE =
  '当事人明确拒绝调解的，人民调解委员会不得调解。当事人可以依法通过仲裁、行政、司法等途径维护自己的权利：劳动争议可申请劳动人事争议仲裁；属于行政机关职责的，可申请行政处理；也可以向人民法院提起诉讼。';

/**
 * The case must be visible, held by the actor's organisation, and in progress.
 * @returns the case summary.
 */
export async function requireWorkableCase(
  ctx: ServiceContext,
  caseId: string,
  statuses: readonly string[] = ['in_progress'],
) {
  requireRole(ctx.actor, ...MEDIATING_ROLES);
  const actor = requireActor(ctx.actor);
  await assertCaseVisible(ctx, caseId);
  const summary = (await findCaseSummary(ctx, caseId))!;
  if (!isInSubtree(actor.orgPath, summary.currentOrgPath))
    throw new DomainError('forbidden', 'The case is not held by your organisation');
  if (!statuses.includes(summary.status)) {
    throw new DomainError(
      'action-not-allowed',
      `Mediation work needs a case ${statuses.join(' or ')}, not ${summary.status}`,
      { extensions: { currentStatus: summary.status } },
    );
  }
  return summary;
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof q.selectSession>>>;

export async function toSessionViews(ctx: ServiceContext, rows: SessionRow[]) {
  const ids = rows.map((r) => r.id);
  const [mediators, invitees] = await Promise.all([
    q.selectMediatorsOf(ctx.db, ids),
    q.selectInviteesOf(ctx.db, ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    startsAt: r.startsAt,
    place: r.place,
    isOnline: r.isOnline === 1,
    status: r.status,
    mediators: mediators
      .filter((m) => m.sessionId === r.id)
      .map((m) => ({ userId: m.userId, name: m.displayName, isLead: m.isLead === 1 })),
    inviteePartyIds: invitees.filter((i) => i.sessionId === r.id).map((i) => i.partyId),
    record: r.record ? (JSON.parse(r.record) as unknown) : null,
    outcome: r.outcome,
    outcomeReason: r.outcomeReason,
    recordedAt: r.recordedAt,
    cancelReason: r.cancelReason,
    cancelledAt: r.cancelledAt,
  }));
}

export async function listSessions(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return toSessionViews(ctx, await q.selectSessionsOfCase(ctx.db, caseId));
}

export async function loadSession(ctx: ServiceContext, caseId: string, sessionId: string) {
  const row = await q.selectSession(ctx.db, caseId, sessionId);
  if (!row) throw new NotFound('Session');
  return row;
}

export async function scheduleSession(ctx: ServiceContext, caseId: string, input: ScheduleSessionBody) {
  const summary = await requireWorkableCase(ctx, caseId);
  const errors: FieldError[] = [];
  if (!input.online && !input.place?.trim())
    errors.push({
      pointer: '#/place',
      code: 'required',
      detail: 'place is required unless the session is online',
    });
  const mediators = await findUsersWithRole(ctx, input.mediatorIds, 'mediator');
  input.mediatorIds.forEach((id, i) => {
    if (!mediators.some((m) => m.id === id))
      errors.push({ pointer: `#/mediatorIds/${i}`, code: 'unknown', detail: 'not an active mediator' });
  });
  const parties = await listCaseParties(ctx, caseId);
  const invitees = input.inviteePartyIds ?? parties.map((p) => p.id);
  invitees.forEach((id, i) => {
    if (!parties.some((p) => p.id === id))
      errors.push({ pointer: `#/inviteePartyIds/${i}`, code: 'unknown', detail: 'not a party of this case' });
  });
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.insertSession(
      trx,
      {
        id,
        caseId,
        startsAt: new Date(input.startsAt).toISOString(),
        place: input.online ? (input.place ?? null) : input.place!.trim(),
        isOnline: input.online ? 1 : 0,
        status: 'scheduled',
        record: null,
        outcome: null,
        outcomeReason: null,
        recordedBy: null,
        recordedAt: null,
        createdBy: ctx.actor!.userId,
        createdAt: now,
        updatedAt: now,
      },
      input.mediatorIds.map((userId, i) => ({ userId, isLead: i === 0 ? 1 : 0 })),
      invitees,
    );
    await appendCaseEvent(tctx, caseId, {
      type: 'session_scheduled',
      note: input.online ? '网上调解' : input.place!,
      data: { sessionId: id, startsAt: input.startsAt },
    });
    await notifyUsers(tctx, {
      userIds: input.mediatorIds.filter((m) => m !== ctx.actor!.userId),
      kind: 'session_invitation',
      title: `调解安排：${summary.number}「${summary.subject}」`,
      body: `时间：${input.startsAt}；地点：${input.online ? '网上调解' : input.place}`,
      caseId,
    });
    await recordAudit(tctx, {
      action: 'mediation.schedule',
      targetType: 'case',
      targetId: caseId,
      detail: { sessionId: id },
    });
  });
  return (await toSessionViews(ctx, [await loadSession(ctx, caseId, id)]))[0]!;
}

export async function recordSession(
  ctx: ServiceContext,
  caseId: string,
  sessionId: string,
  record: SessionRecordBody,
) {
  await requireWorkableCase(ctx, caseId, ['in_progress', 'mediated_success', 'mediated_failed']);
  const session = await loadSession(ctx, caseId, sessionId);
  if (session.status === 'cancelled')
    throw new DomainError('conflict', 'A cancelled session cannot be recorded');
  const parties = await listCaseParties(ctx, caseId);
  const errors: FieldError[] = [];
  record.attendance.forEach(
    (a, i) =>
      !parties.some((p) => p.id === a.partyId) &&
      errors.push({
        pointer: `#/attendance/${i}/partyId`,
        code: 'unknown',
        detail: 'not a party of this case',
      }),
  );
  record.statements.forEach(
    (s, i) =>
      !parties.some((p) => p.id === s.partyId) &&
      errors.push({
        pointer: `#/statements/${i}/partyId`,
        code: 'unknown',
        detail: 'not a party of this case',
      }),
  );
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await q.updateSession(trx, sessionId, {
      record: JSON.stringify(record),
      status: 'held',
      recordedBy: ctx.actor!.userId,
      recordedAt: now,
      updatedAt: now,
    });
    await appendCaseEvent(withDb(ctx, trx), caseId, { type: 'session_recorded', data: { sessionId } });
    await recordAudit(withDb(ctx, trx), {
      action: 'mediation.record',
      targetType: 'case',
      targetId: caseId,
      detail: { sessionId },
    });
  });
  return (await toSessionViews(ctx, [await loadSession(ctx, caseId, sessionId)]))[0]!;
}

export async function setSessionOutcome(
  ctx: ServiceContext,
  caseId: string,
  sessionId: string,
  input: { outcome: 'agreed' | 'partly_agreed' | 'failed'; reason?: string },
) {
  await requireWorkableCase(ctx, caseId, ['in_progress', 'mediated_success', 'mediated_failed']);
  await loadSession(ctx, caseId, sessionId);
  if (input.outcome === 'failed' && !input.reason?.trim())
    throw invalidField('#/reason', 'required', 'reason is required when the mediation failed');
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await q.updateSession(trx, sessionId, {
      outcome: input.outcome,
      outcomeReason: input.reason ?? null,
      status: 'held',
      updatedAt: now,
    });
    await appendCaseEvent(withDb(ctx, trx), caseId, {
      type: 'session_outcome',
      note: input.reason ?? null,
      data: { sessionId, outcome: input.outcome },
    });
    await recordAudit(withDb(ctx, trx), {
      action: 'mediation.outcome',
      targetType: 'case',
      targetId: caseId,
      detail: { sessionId, outcome: input.outcome },
    });
  });
  return (await toSessionViews(ctx, [await loadSession(ctx, caseId, sessionId)]))[0]!;
}

/**
 * A party refuses mediation: scheduled sessions are cancelled, the mediation is recorded
 * as failed, and the notice of the other routes is returned to be given to the party.
 */
export async function refuseMediation(
  ctx: ServiceContext,
  caseId: string,
  input: { partyId: string; reason?: string },
) {
  await requireWorkableCase(ctx, caseId);
  const party = (await listCaseParties(ctx, caseId)).find((p) => p.id === input.partyId);
  if (!party) throw invalidField('#/partyId', 'unknown', 'not a party of this case');
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    for (const s of await q.selectSessionsOfCase(trx, caseId))
      if (s.status === 'scheduled')
        await q.updateSession(trx, s.id, { status: 'cancelled', updatedAt: ctx.clock.now().toISOString() });
    await appendCaseEvent(tctx, caseId, {
      type: 'mediation_refused',
      note: input.reason ?? null,
      data: { partyId: party.id, partyName: party.name, notice: OTHER_ROUTES_NOTICE },
    });
    const current = await getCase(tctx, caseId);
    await applyCaseAction(tctx, caseId, {
      action: 'record_outcome',
      version: current.version,
      outcome: 'failure',
      reason: `${party.name}明确拒绝调解`,
    });
  });
  return { notice: OTHER_ROUTES_NOTICE, case: await getCase(ctx, caseId) };
}

/** The sessions a mediator leads or joins in a period (调解日程). */
export async function mediatorCalendar(ctx: ServiceContext, from: string, to: string) {
  const actor = requireActor(ctx.actor);
  const rows = await q.selectSessionsOfMediator(ctx.db, actor.userId, from, to);
  return rows.map((r) => ({ ...r, isOnline: r.isOnline === 1, isLead: r.isLead === 1 }));
}
