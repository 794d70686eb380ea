/**
 * The minutes of a consultation (会商纪要) and its decisions. Recording the minutes marks
 * the consultation held; each decision becomes a tracked task whose owner is told.
 *
 * Amending: the minutes of a held consultation may be sent again (to correct the text or
 * the attendance, or to add decisions). Tasks are only ever added here, never changed or
 * removed: a decision equal to an existing task of the consultation (same content after
 * whitespace is normalised, owner organisation, owner user and due day — `decisionKey`)
 * IS that task and is left alone, so re-sending the same minutes creates nothing twice.
 * A decision left out of a later request keeps its task (it is tracked work; it ends by
 * being done). The consultation row is locked while this runs, so two concurrent
 * requests cannot both add the same decision.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type Actor, type ServiceContext } from '../../lib/context.ts';
import { Conflict, ValidationFailed, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireActor } from '../../lib/scope.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, findCaseSummary } from '../cases/index.ts';
import { findOrgsByIds } from '../orgs/index.ts';
import { findUserInOrg } from '../users/index.ts';
import type { ConsultationTasksTable } from '../../db/tables.ts';
import { decisionKey } from './consultation-rules.ts';
import { assertMayManage, getConsultation, loadVisibleConsultation } from './consultations.service.ts';
import type { DecisionInput, MinutesBody } from './consultations.schemas.ts';
import * as q from './consultations.queries.ts';
import { notifyTaskOwner } from './tasks.service.ts';

interface NewDecision {
  decision: DecisionInput;
  key: string;
  ownerOrgName: string;
}

/** Checks each decision; returns those that are not yet tasks of the consultation. */
async function newDecisions(
  ctx: ServiceContext,
  actor: Actor,
  decisions: DecisionInput[],
  existingKeys: Set<string>,
  errors: FieldError[],
): Promise<NewDecision[]> {
  const today = localDate(ctx.clock.now());
  const orgs = await findOrgsByIds(
    ctx,
    decisions.map((d) => d.ownerOrgId),
  );
  const seen = new Set<string>();
  const fresh: NewDecision[] = [];
  for (const [i, d] of decisions.entries()) {
    const at = `#/decisions/${i}`;
    const key = decisionKey(d);
    if (!d.content.trim())
      errors.push({ pointer: `${at}/content`, code: 'required', detail: 'content is blank' });
    if (seen.has(key)) errors.push({ pointer: at, code: 'duplicate', detail: 'the same decision twice' });
    seen.add(key);
    if (existingKeys.has(key)) continue;
    if (d.dueOn < today)
      errors.push({ pointer: `${at}/dueOn`, code: 'past', detail: `dueOn is before today (${today})` });
    const org = orgs.find((o) => o.id === d.ownerOrgId);
    if (!org || !canAccessOrg(actor, org.path)) {
      errors.push({
        pointer: `${at}/ownerOrgId`,
        code: 'unknown',
        detail: 'not an organisation in your subtree',
      });
      continue;
    }
    if (d.ownerUserId && !(await findUserInOrg(ctx, d.ownerUserId, org.id)))
      errors.push({
        pointer: `${at}/ownerUserId`,
        code: 'unknown',
        detail: 'not an active user of the owner organisation',
      });
    fresh.push({ decision: d, key, ownerOrgName: org.name });
  }
  return fresh;
}

/**
 * Records (or amends) the minutes, the attendance and the decisions of a consultation;
 * new decisions become tasks, their owners are notified and each task appears on the
 * case timeline. @throws NotFound outside scope, Forbidden for anyone but the convener or
 * a leader above them, Conflict for a cancelled consultation, ValidationFailed naming the field.
 */
export async function recordMinutes(ctx: ServiceContext, id: string, input: MinutesBody) {
  const actor = requireActor(ctx.actor);
  const row = await loadVisibleConsultation(ctx, id);
  await assertMayManage(ctx, actor, row);
  if (row.status === 'cancelled') throw new Conflict('A cancelled consultation has no minutes');
  const errors: FieldError[] = [];
  if (!input.minutes.trim())
    errors.push({ pointer: '#/minutes', code: 'required', detail: 'minutes are blank' });
  const participants = await q.selectParticipantsOf(ctx.db, [id]);
  (input.attendance ?? []).forEach((a, i) => {
    if (!participants.some((p) => p.id === a.participantId))
      errors.push({
        pointer: `#/attendance/${i}/participantId`,
        code: 'unknown',
        detail: 'not a participant of this consultation',
      });
  });
  const existing = new Set((await q.selectTasksOf(ctx.db, [id])).map(decisionKey));
  const fresh = await newDecisions(ctx, actor, input.decisions, existing, errors);
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);

  const addedTaskIds = await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const locked = (await q.lockConsultation(trx, id))!;
    if (locked.status === 'cancelled') throw new Conflict('A cancelled consultation has no minutes');
    // Re-read under the lock: a concurrent request may have added some of these already.
    const present = new Set((await q.selectTasksOf(trx, [id])).map(decisionKey));
    const now = ctx.clock.now().toISOString();
    const added = fresh.filter((f) => !present.has(f.key));
    const tasks: ConsultationTasksTable[] = added.map(({ decision: d }) => ({
      id: newId(),
      consultationId: id,
      caseId: row.caseId,
      content: d.content.trim(),
      ownerOrgId: d.ownerOrgId,
      ownerUserId: d.ownerUserId ?? null,
      dueOn: d.dueOn,
      status: 'open',
      doneNote: null,
      doneBy: null,
      doneAt: null,
      remindedAt: null,
      createdBy: actor.userId,
      createdAt: now,
    }));
    const wasHeld = locked.status === 'held';
    await q.updateConsultation(trx, id, {
      minutes: input.minutes,
      status: 'held',
      heldAt: locked.heldAt ?? now,
      updatedAt: now,
    });
    for (const a of input.attendance ?? [])
      await q.updateAttendance(trx, id, a.participantId, a.attended ? 1 : 0);
    await q.insertTasks(trx, tasks);
    await appendCaseEvent(tctx, row.caseId, {
      type: wasHeld ? 'consultation_minutes_amended' : 'consultation_held',
      note: row.title,
      data: { consultationId: id, taskIds: tasks.map((t) => t.id) },
    });
    const summary = (await findCaseSummary(tctx, row.caseId))!;
    for (const [i, t] of tasks.entries()) {
      await appendCaseEvent(tctx, row.caseId, {
        type: 'consultation_task',
        note: t.content,
        data: {
          consultationId: id,
          taskId: t.id,
          ownerOrgId: t.ownerOrgId,
          ownerUserId: t.ownerUserId,
          dueOn: t.dueOn,
        },
      });
      await notifyTaskOwner(tctx, t, {
        title: `会商交办任务：${summary.number}「${summary.subject}」`,
        body: `${t.content}（责任单位：${added[i]!.ownerOrgName}；请于 ${t.dueOn} 前办结并反馈）`,
      });
    }
    await recordAudit(tctx, {
      action: 'consultation.minutes',
      targetType: 'consultation',
      targetId: id,
      detail: { caseId: row.caseId, amended: wasHeld, addedTaskIds: tasks.map((t) => t.id) },
    });
    return tasks.map((t) => t.id);
  });
  return { ...(await getConsultation(ctx, id)), addedTaskIds };
}
