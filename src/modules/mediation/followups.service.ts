/**
 * Follow-up visits (回头看): resolving a case schedules visits at the intervals the
 * admin set (default 30 and 90 days) for the organisation that held it, to check the
 * agreement holds. A visit that finds it broken reopens the case with the visit as its
 * reason; the remaining visits are cancelled and scheduled again at the next resolution.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isInSubtree, requireActor, requireRole } from '../../lib/scope.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import {
  appendCaseEvent,
  applyCaseAction,
  assertCaseVisible,
  findCaseSummary,
  getCase,
} from '../cases/index.ts';
import { notifyOrg } from '../notifications/index.ts';
import { findOrgById, subtreeOrgIds } from '../orgs/index.ts';
import * as q from './mediation.queries.ts';

const INTERVALS_KEY = 'followup.interval_days';
const DAY_MS = 86_400_000;

export async function followupIntervals(ctx: ServiceContext): Promise<number[]> {
  const text = await q.selectSetting(ctx.db, INTERVALS_KEY);
  const parsed = text ? (JSON.parse(text) as unknown) : [30, 90];
  return Array.isArray(parsed) ? parsed.filter((d): d is number => Number.isInteger(d) && d > 0) : [30, 90];
}

/** Sets the intervals (district admin). */
export async function setFollowupIntervals(ctx: ServiceContext, days: number[]): Promise<number[]> {
  const actor = requireRole(ctx.actor, 'admin');
  if (actor.orgPath.split('/').filter(Boolean).length !== 1)
    throw new Forbidden('Only a district admin may set the follow-up intervals');
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.some((d) => !Number.isInteger(d) || d < 1 || d > 730)) {
    throw new ValidationFailed('days must be whole numbers of days between 1 and 730', [
      { pointer: '#/days', code: 'invalid', detail: 'whole days between 1 and 730' },
    ]);
  }
  await inTransaction(ctx.db, async (trx) => {
    await q.upsertSetting(trx, INTERVALS_KEY, JSON.stringify(sorted), ctx.clock.now().toISOString());
    await recordAudit(withDb(ctx, trx), {
      action: 'settings.followup_intervals',
      targetType: 'setting',
      targetId: INTERVALS_KEY,
      detail: { days: sorted },
    });
  });
  return sorted;
}

/** Called when a case is resolved, on the resolving transaction. */
export async function scheduleFollowups(ctx: ServiceContext, caseId: string): Promise<void> {
  const summary = await findCaseSummary(ctx, caseId);
  if (!summary) return;
  const agreements = (await q.selectAgreementsOfCase(ctx.db, caseId)).filter((a) => !a.voidedAt);
  const now = ctx.clock.now();
  const rows = (await followupIntervals(ctx)).map((days) => ({
    id: newId(),
    caseId,
    agreementId: agreements[agreements.length - 1]?.id ?? null,
    orgId: summary.currentOrgId,
    dueOn: localDate(new Date(now.getTime() + days * DAY_MS)),
    status: 'pending' as const,
    result: null,
    note: null,
    notifiedAt: null,
    doneBy: null,
    doneAt: null,
    createdAt: now.toISOString(),
  }));
  await q.insertFollowups(ctx.db, rows);
}

/** Follow-ups of the caller's subtree due on or before `dueBy` (default today), pending unless `all`. */
export async function listFollowups(ctx: ServiceContext, filter: { dueBy?: string; all?: boolean }) {
  const actor = requireActor(ctx.actor);
  const today = localDate(ctx.clock.now());
  const rows = await q.selectFollowups(ctx.db, {
    orgIds: await subtreeOrgIds(ctx, actor.orgPath),
    dueBy: filter.dueBy ?? today,
    ...(filter.all ? {} : { status: 'pending' as const }),
    limit: 500,
  });
  return rows.map((r) => ({ ...r, isOverdue: r.status === 'pending' && r.dueOn < today }));
}

export async function listCaseFollowups(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return q.selectFollowupsOfCase(ctx.db, caseId);
}

/**
 * Records a visit. `not_fulfilled` reopens the case (the agreement was broken), with the
 * visit's note as the reason, and cancels the other pending visits.
 */
export async function recordFollowup(
  ctx: ServiceContext,
  id: string,
  input: { result: 'fulfilled' | 'partly' | 'not_fulfilled'; note: string },
) {
  const actor = requireRole(ctx.actor, 'mediator', 'handler', 'grid_worker', 'dispatcher');
  const row = await q.selectFollowup(ctx.db, id);
  const org = row ? await findOrgById(ctx, row.orgId) : undefined;
  if (!row || !org || !isInSubtree(actor.orgPath, org.path)) throw new NotFound('Follow-up');
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const now = ctx.clock.now().toISOString();
    if (
      (await q.updateFollowup(trx, id, {
        status: 'done',
        result: input.result,
        note: input.note,
        doneBy: actor.userId,
        doneAt: now,
      })) === 0
    ) {
      throw new Conflict('This follow-up visit has been recorded already');
    }
    await appendCaseEvent(tctx, row.caseId, {
      type: 'followup_visit',
      note: input.note,
      data: { followupId: id, result: input.result },
    });
    if (input.result === 'not_fulfilled') {
      await q.cancelPendingFollowups(trx, row.caseId);
      const current = await getCase(tctx, row.caseId);
      if (current.status === 'resolved') {
        await applyCaseAction(tctx, row.caseId, {
          action: 'reopen',
          version: current.version,
          reason: `回头看发现协议未履行：${input.note}`,
        });
      }
    }
    await recordAudit(tctx, {
      action: 'followup.record',
      targetType: 'case',
      targetId: row.caseId,
      detail: { followupId: id, result: input.result },
    });
  });
  return (await q.selectFollowupsOfCase(ctx.db, row.caseId)).find((f) => f.id === id)!;
}

/** The daily job: tells each organisation about its visits that fell due. */
export async function notifyDueFollowups(ctx: ServiceContext): Promise<{ notified: number }> {
  const today = localDate(ctx.clock.now());
  const due = await q.selectUnnotifiedDueFollowups(ctx.db, today, 500);
  for (const f of due) {
    await inTransaction(ctx.db, async (trx) => {
      const tctx = withDb(ctx, trx);
      await notifyOrg(tctx, {
        orgId: f.orgId,
        roles: ['mediator', 'handler', 'grid_worker', 'dispatcher'],
        kind: 'followup_due',
        title: `回头看到期：${f.number}「${f.subject}」`,
        body: `请于 ${f.dueOn} 前回访当事人，核实调解协议履行情况。`,
        caseId: f.caseId,
      });
      await q.markFollowupNotified(trx, f.id, ctx.clock.now().toISOString());
    });
  }
  return { notified: due.length };
}

/** Cancels the pending visits of a case (it was reopened). */
export async function cancelFollowups(ctx: ServiceContext, caseId: string): Promise<void> {
  await q.cancelPendingFollowups(ctx.db, caseId);
}
