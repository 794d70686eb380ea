/**
 * Supervision (督办, DESIGN.md §3, issue 4): a leader marks a case for supervision with
 * an urgency and a note, and the organisation holding it must reply by a date. The
 * deadline sweep raises one automatically when a case turns red.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, NotFound, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isInSubtree, requireActor, requireRole } from '../../lib/scope.ts';
import { localDayEnd } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, assertCaseVisible, findCaseSummary } from '../cases/index.ts';
import { notifyOrg } from '../notifications/index.ts';
import { subtreeOrgIds } from '../orgs/index.ts';
import * as q from './supervision.queries.ts';

export type Urgency = 'normal' | 'urgent' | 'critical';
const URGENCY_ZH: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '特急' };
/** Days to reply to a supervision raised by the sweep. */
const SWEEP_REPLY_DAYS = 2;

type Row = NonNullable<Awaited<ReturnType<typeof q.selectSupervision>>>;

function toView(r: Row) {
  return { ...r, isOpen: r.repliedAt === null };
}
export type SupervisionView = ReturnType<typeof toView>;

/** A leader marks a case for supervision; the holder is notified and must reply by `replyBy`. */
export async function superviseCase(
  ctx: ServiceContext,
  caseId: string,
  input: { urgency: Urgency; note: string; replyBy: string },
): Promise<SupervisionView> {
  const actor = requireRole(ctx.actor, 'leader');
  await assertCaseVisible(ctx, caseId);
  const replyDueAt = localDayEnd(input.replyBy);
  if (replyDueAt <= ctx.clock.now().toISOString())
    throw invalidField('#/replyBy', 'past', 'replyBy must be a future day');
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const summary = (await findCaseSummary(tctx, caseId))!;
    await q.insertSupervision(trx, {
      id,
      caseId,
      source: 'leader',
      urgency: input.urgency,
      note: input.note,
      orgId: summary.currentOrgId,
      createdBy: actor.userId,
      replyDueAt,
      reply: null,
      repliedBy: null,
      repliedAt: null,
      createdAt: ctx.clock.now().toISOString(),
    });
    await appendCaseEvent(tctx, caseId, {
      type: 'supervised',
      note: input.note,
      data: { supervisionId: id, urgency: input.urgency, replyDueAt },
    });
    await notifyOrg(tctx, {
      orgId: summary.currentOrgId,
      roles: ['dispatcher', 'handler', 'mediator', 'grid_worker'],
      kind: 'supervision',
      title: `【${URGENCY_ZH[input.urgency]}督办】${summary.number}「${summary.subject}」`,
      body: `${input.note}（请于 ${input.replyBy} 前回复）`,
      caseId,
    });
    await recordAudit(tctx, {
      action: 'case.supervise',
      targetType: 'case',
      targetId: caseId,
      detail: { supervisionId: id, urgency: input.urgency },
    });
  });
  return getSupervision(ctx, id);
}

export async function getSupervision(ctx: ServiceContext, id: string): Promise<SupervisionView> {
  const row = await q.selectSupervision(ctx.db, id);
  if (!row) throw new NotFound('Supervision');
  await assertCaseVisible(ctx, row.caseId);
  return toView(row);
}

/** The holder's reply (办理情况反馈). Only the organisation that must reply (or above it) may. */
export async function replyToSupervision(
  ctx: ServiceContext,
  id: string,
  reply: string,
): Promise<SupervisionView> {
  const actor = requireActor(ctx.actor);
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const row = await getSupervision(tctx, id);
    const summary = (await findCaseSummary(tctx, row.caseId))!;
    if (!isInSubtree(actor.orgPath, summary.currentOrgPath)) throw new NotFound('Supervision');
    if ((await q.updateReply(trx, id, reply, actor.userId, ctx.clock.now().toISOString())) === 0)
      throw new Conflict('This supervision has been answered already');
    await appendCaseEvent(tctx, row.caseId, {
      type: 'supervision_replied',
      note: reply,
      data: { supervisionId: id },
    });
    await recordAudit(tctx, {
      action: 'case.supervision_reply',
      targetType: 'case',
      targetId: row.caseId,
      detail: { supervisionId: id },
    });
  });
  return getSupervision(ctx, id);
}

export async function listCaseSupervisions(ctx: ServiceContext, caseId: string): Promise<SupervisionView[]> {
  await assertCaseVisible(ctx, caseId);
  return (await q.selectSupervisionsOfCase(ctx.db, caseId)).map(toView);
}

/** Supervisions of the cases the caller may see (督办清单), earliest reply due first. */
export async function listSupervisions(
  ctx: ServiceContext,
  filter: { openOnly: boolean; limit?: number },
): Promise<SupervisionView[]> {
  const actor = requireActor(ctx.actor);
  const orgIds = await subtreeOrgIds(ctx, actor.orgPath);
  return (
    await q.selectSupervisionsInScope(ctx.db, {
      orgIds,
      openOnly: filter.openOnly,
      limit: filter.limit ?? 200,
    })
  ).map(toView);
}

/**
 * Raised by the deadline sweep when a case turns red: at most one open sweep
 * supervision per case, so repeated sweeps do not pile them up.
 * @returns whether one was created.
 */
export async function raiseDeadlineSupervision(
  ctx: ServiceContext,
  caseId: string,
  dueAt: string,
): Promise<boolean> {
  if ((await q.countOpenDeadlineSupervisions(ctx.db, caseId)) > 0) return false;
  const summary = await findCaseSummary(ctx, caseId);
  if (!summary) return false;
  const now = ctx.clock.now();
  await q.insertSupervision(ctx.db, {
    id: newId(),
    caseId,
    source: 'deadline_red',
    urgency: 'urgent',
    note: `办理期限已于 ${dueAt} 届满，系统自动督办。`,
    orgId: summary.currentOrgId,
    createdBy: null,
    replyDueAt: new Date(now.getTime() + SWEEP_REPLY_DAYS * 86_400_000).toISOString(),
    reply: null,
    repliedBy: null,
    repliedAt: null,
    createdAt: now.toISOString(),
  });
  await appendCaseEvent(ctx, caseId, {
    type: 'supervised',
    note: '超期自动督办',
    data: { source: 'deadline_red', dueAt },
  });
  return true;
}
