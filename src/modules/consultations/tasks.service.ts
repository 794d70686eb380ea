/**
 * Consultation tasks (会商交办事项) as tracked work: open, done or overdue (open and due
 * before today in Asia/Shanghai), listed for the owner's organisation subtree, reminded
 * once when due, and marked done with a note by their owner — any staff user of the owner
 * organisation or below it (every user holds at least one role), or the owner user.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, Forbidden, NotFound, invalidField } from '../../lib/errors.ts';
import { canAccessOrg, isInSubtree, requireActor } from '../../lib/scope.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent } from '../cases/index.ts';
import { notifyOrg, notifyUsers } from '../notifications/index.ts';
import { subtreeOrgIds } from '../orgs/index.ts';
import { toTaskView } from './consultation-views.ts';
import { ORG_NOTIFY_ROLES } from './consultations.service.ts';
import * as q from './consultations.queries.ts';

/** Tells a task's owner: the owner user when named, otherwise the owner organisation's staff. */
export async function notifyTaskOwner(
  ctx: ServiceContext,
  task: { ownerOrgId: string; ownerUserId: string | null; caseId: string },
  message: { title: string; body: string },
): Promise<void> {
  const base = { ...message, kind: 'consultation_task' as const, caseId: task.caseId };
  if (task.ownerUserId) await notifyUsers(ctx, { ...base, userIds: [task.ownerUserId] });
  else await notifyOrg(ctx, { ...base, orgId: task.ownerOrgId, roles: ORG_NOTIFY_ROLES });
}

/**
 * Tasks whose owner organisation lies in the caller's subtree, earliest due first; with
 * `mine`, only those owned by exactly the caller's organisation or assigned to the caller.
 */
export async function listTasks(
  ctx: ServiceContext,
  filter: { status?: 'open' | 'done' | 'overdue' | undefined; mine?: boolean | undefined },
) {
  const actor = requireActor(ctx.actor);
  const today = localDate(ctx.clock.now());
  const rows = await q.selectTasks(ctx.db, {
    // `mine` is within scope by definition: the caller's own organisation, or the caller.
    orgIds: filter.mine ? null : await subtreeOrgIds(ctx, actor.orgPath),
    ...(filter.mine ? { mine: { orgId: actor.orgId, userId: actor.userId } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    today,
    limit: 500,
  });
  return rows.map((r) => toTaskView(r, today));
}

/**
 * The owner marks a task done with a note; the case timeline shows it and the convener
 * is told. @throws NotFound when the caller neither sees nor owns the task, Forbidden for
 * someone who sees it without owning it (a leader above), Conflict when it is done already.
 */
export async function completeTask(ctx: ServiceContext, id: string, input: { note: string }) {
  const actor = requireActor(ctx.actor);
  const row = await q.selectTask(ctx.db, id);
  const isOwner = !!row && (row.ownerUserId === actor.userId || isInSubtree(row.ownerOrgPath, actor.orgPath));
  if (!row || (!isOwner && !canAccessOrg(actor, row.ownerOrgPath))) throw new NotFound('Task');
  if (!isOwner || actor.roles.length === 0)
    throw new Forbidden('Only a user of the owner organisation may mark the task done');
  const note = input.note.trim();
  if (!note) throw invalidField('#/note', 'required', 'note is blank');
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const now = ctx.clock.now().toISOString();
    if ((await q.updateTaskDone(trx, id, { doneNote: note, doneBy: actor.userId, doneAt: now })) === 0)
      throw new Conflict('The task is done already');
    await appendCaseEvent(tctx, row.caseId, {
      type: 'consultation_task_done',
      note,
      data: { consultationId: row.consultationId, taskId: id },
    });
    await notifyUsers(tctx, {
      userIds: row.convenedBy === actor.userId ? [] : [row.convenedBy],
      kind: 'consultation_task',
      title: `会商任务已办结：${row.caseNumber}「${row.caseSubject}」`,
      body: `${row.content}——${row.ownerOrgName}：${note}`,
      caseId: row.caseId,
    });
    await recordAudit(tctx, {
      action: 'consultation.task_done',
      targetType: 'consultation_task',
      targetId: id,
      detail: { caseId: row.caseId, consultationId: row.consultationId },
    });
  });
  return toTaskView((await q.selectTask(ctx.db, id))!, localDate(ctx.clock.now()));
}

/**
 * The reminder job: tells the owner of each open task due today or earlier, once
 * (`reminded_at`). Safe to run again after a crash: a task already marked is skipped.
 */
export async function remindDueTasks(ctx: ServiceContext): Promise<{ reminded: number }> {
  const today = localDate(ctx.clock.now());
  let reminded = 0;
  for (const t of await q.selectUnremindedDueTasks(ctx.db, today, 500)) {
    await inTransaction(ctx.db, async (trx) => {
      if ((await q.markTaskReminded(trx, t.id, ctx.clock.now().toISOString())) === 0) return;
      const overdue = t.dueOn < today;
      await notifyTaskOwner(withDb(ctx, trx), t, {
        title: `${overdue ? '会商任务已超期' : '会商任务今日到期'}：${t.caseNumber}「${t.caseSubject}」`,
        body: `${t.content}（责任单位：${t.ownerOrgName}；期限 ${t.dueOn}）请尽快办结并反馈。`,
      });
      reminded += 1;
    });
  }
  return { reminded };
}
