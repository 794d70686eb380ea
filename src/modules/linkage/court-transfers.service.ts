/**
 * Litigation linkage (诉调对接, issue 5): a failed mediation handed over to a court
 * (`to_court`), and a case a court sends down for mediation before litigation (`from_court`:
 * 委派调解 or 诉前调解) with its own 30-day clock. The court's case number and the outcome are
 * recorded when known. Issue 7 counts from these rows: the pre-litigation resolution rate
 * (诉前化解率) = `from_court` rows with outcome `settled` / `from_court` rows with any
 * outcome, each dated by `outcome_on` (see `listClosedCourtReferrals`).
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, DomainError, NotFound, ValidationFailed } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { requireActor, requireRole } from '../../lib/scope.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import {
  appendCaseEvent,
  assertCaseVisible,
  getCase,
  refreshDeadlineColumns,
  registerCase,
} from '../cases/index.ts';
import { startTimer, stopTimer } from '../deadlines/index.ts';
import { subtreeOrgIds } from '../orgs/index.ts';
import { requireHeldCase } from './linkage-access.ts';
import { canTransferToCourt, checkDay } from './linkage-rules.ts';
import type { CourtReferralBody, LitigationTransferBody, TransferOutcomeBody } from './linkage.schemas.ts';
import * as q from './linkage.queries.ts';

/** The deadline profile and timer kind of a court referral (30 calendar days by default). */
export const COURT_REFERRAL_TIMER = 'court_referral';

/** Roles that register a court's referral (the window and the dispatchers). */
export const REFERRAL_ROLES = ['dispatcher', 'intake'] as const;

function toView(r: q.TransferRow) {
  return {
    id: r.id,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    caseSubject: r.caseSubject,
    caseStatus: r.caseStatus,
    direction: r.direction,
    court: r.court,
    courtCaseNumber: r.courtCaseNumber,
    referralKind: r.referralKind,
    note: r.note,
    outcome: r.outcome,
    outcomeNote: r.outcomeNote,
    outcomeOn: r.outcomeOn,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type CourtTransferView = ReturnType<typeof toView> & { deadline?: string | null };

async function load(ctx: ServiceContext, id: string) {
  const row = await q.selectTransfer(ctx.db, id);
  if (!row) throw new NotFound('Court transfer');
  return row;
}

/**
 * Hands a failed mediation to a court. The case must be held by the caller and be
 * mediated_failed, or resolved after a failed mediation.
 * @throws action-not-allowed (409) in another state; conflict (409) while an earlier
 * transfer to a court awaits its outcome.
 */
export async function transferToCourt(
  ctx: ServiceContext,
  caseId: string,
  input: LitigationTransferBody,
): Promise<CourtTransferView> {
  const { actor } = await requireHeldCase(ctx, caseId);
  const current = await getCase(ctx, caseId);
  if (!canTransferToCourt(current))
    throw new DomainError(
      'action-not-allowed',
      `A case goes to court after a failed mediation, not when it is ${current.status}`,
      { extensions: { currentStatus: current.status } },
    );
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const pending = (await q.selectTransfersOfCase(trx, caseId)).find(
      (t) => t.direction === 'to_court' && t.outcome === null,
    );
    if (pending) throw new Conflict('The case was transferred to a court already and awaits its outcome');
    await q.insertTransfer(trx, {
      id,
      caseId,
      direction: 'to_court',
      court: input.court.trim(),
      courtCaseNumber: null,
      referralKind: null,
      note: input.note?.trim() || null,
      outcome: null,
      outcomeNote: null,
      outcomeOn: null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendCaseEvent(tctx, caseId, {
      type: 'litigation_transferred',
      note: `移送${input.court.trim()}`,
      data: { transferId: id, court: input.court.trim() },
    });
    await recordAudit(tctx, {
      action: 'linkage.transfer_to_court',
      targetType: 'case',
      targetId: caseId,
      detail: { transferId: id, court: input.court.trim() },
    });
  });
  ctx.log.info({ caseId, transferId: id }, 'case transferred to court');
  return toView(await load(ctx, id));
}

/** Runs `fn`, moving the pointers of its validation errors under `prefix` (a nested body). */
async function underPointer<T>(prefix: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof ValidationFailed)) throw err;
    const errors = (err.errors ?? []).map((e) => ({ ...e, pointer: e.pointer.replace(/^#/, prefix) }));
    throw new ValidationFailed(err.message, errors);
  }
}

/**
 * Registers a case a court sends down for mediation (委派调解 / 诉前调解), records the
 * referral with the court's case number, and starts its own 30-day clock, in one
 * transaction. Invalid case fields are reported under `#/case/…`.
 */
export async function registerCourtReferral(
  ctx: ServiceContext,
  input: CourtReferralBody,
): Promise<CourtTransferView> {
  const actor = requireRole(ctx.actor, ...REFERRAL_ROLES);
  const id = newId();
  const now = ctx.clock.now().toISOString();
  const deadline = await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    // Channel `court_referral`; the court_transfers row (direction from_court) holds the court
    // and its case number, and is what the figures of issue 7 count.
    const { id: caseId } = await underPointer('#/case', () =>
      registerCase(tctx, { ...input.case, channel: 'court_referral' }, { courtReferral: true }),
    );
    await q.insertTransfer(trx, {
      id,
      caseId,
      direction: 'from_court',
      court: input.court.trim(),
      courtCaseNumber: input.courtCaseNumber.trim(),
      referralKind: input.referralKind,
      note: null,
      outcome: null,
      outcomeNote: null,
      outcomeOn: null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const timer = await startTimer(tctx, {
      caseId,
      kind: COURT_REFERRAL_TIMER,
      profileCode: COURT_REFERRAL_TIMER,
    });
    await refreshDeadlineColumns(tctx, caseId);
    await appendCaseEvent(tctx, caseId, {
      type: 'court_referral_received',
      note: `${input.court.trim()} ${input.courtCaseNumber.trim()}`,
      data: { transferId: id, referralKind: input.referralKind, courtCaseNumber: input.courtCaseNumber },
    });
    await recordAudit(tctx, {
      action: 'linkage.court_referral',
      targetType: 'case',
      targetId: caseId,
      detail: { transferId: id, court: input.court.trim(), referralKind: input.referralKind },
    });
    return timer.dueAt;
  });
  return { ...toView(await load(ctx, id)), deadline };
}

/**
 * Records the outcome of a transfer: the court's, or the mediation's for a referral (whose
 * clock then stops). Only the case's holders record it, once.
 * @throws NotFound outside scope; conflict (409) when recorded already; validation naming
 * `#/outcomeOn` for a day in the future or before the transfer.
 */
export async function recordTransferOutcome(
  ctx: ServiceContext,
  transferId: string,
  input: TransferOutcomeBody,
): Promise<CourtTransferView> {
  const row = await load(ctx, transferId);
  await requireHeldCase(ctx, row.caseId);
  if (row.outcome) throw new Conflict('The outcome of this transfer is recorded already');
  const error = checkDay('#/outcomeOn', input.outcomeOn, {
    today: localDate(ctx.clock.now()),
    notBefore: localDate(new Date(row.createdAt)),
  });
  if (error) throw new ValidationFailed(error.detail, [error]);
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.updateTransfer(trx, transferId, {
      outcome: input.outcome,
      outcomeNote: input.note?.trim() || null,
      outcomeOn: input.outcomeOn,
      courtCaseNumber: input.courtCaseNumber?.trim() || row.courtCaseNumber,
      updatedAt: ctx.clock.now().toISOString(),
    });
    if (row.direction === 'from_court') {
      await stopTimer(tctx, row.caseId, COURT_REFERRAL_TIMER);
      await refreshDeadlineColumns(tctx, row.caseId);
    }
    await appendCaseEvent(tctx, row.caseId, {
      type: 'court_transfer_outcome',
      note: input.note?.trim() || null,
      data: { transferId, direction: row.direction, outcome: input.outcome, outcomeOn: input.outcomeOn },
    });
    await recordAudit(tctx, {
      action: 'linkage.outcome',
      targetType: 'case',
      targetId: row.caseId,
      detail: { transferId, direction: row.direction, outcome: input.outcome },
    });
  });
  return toView(await load(ctx, transferId));
}

/** The court-linkage list (诉调对接): transfers of the cases in the caller's subtree. */
export async function listCourtTransfers(
  ctx: ServiceContext,
  filter: { direction?: 'to_court' | 'from_court'; open?: boolean },
): Promise<CourtTransferView[]> {
  const actor = requireActor(ctx.actor);
  const rows = await q.selectTransfersInScope(ctx.db, await subtreeOrgIds(ctx, actor.orgPath), filter);
  return rows.map(toView);
}

/** The transfers of one case, oldest first. @throws NotFound outside scope. */
export async function listCaseTransfers(ctx: ServiceContext, caseId: string): Promise<CourtTransferView[]> {
  await assertCaseVisible(ctx, caseId);
  return (await q.selectTransfersOfCase(ctx.db, caseId)).map(toView);
}

/**
 * For the figures (issue 7): court referrals closed with an outcome on a day in
 * [fromDay, toDay] among the cases on the paths of `orgIds` (null: all). No scope check:
 * the caller passes the scope it checked.
 */
export async function listClosedCourtReferrals(
  ctx: ServiceContext,
  opts: { orgIds: string[] | null; fromDay: string; toDay: string },
): Promise<
  { id: string; caseId: string; outcome: 'settled' | 'not_settled' | 'withdrawn'; outcomeOn: string }[]
> {
  const rows = await q.selectClosedReferrals(ctx.db, opts.orgIds, opts.fromDay, opts.toDay);
  return rows.map((r) => ({ id: r.id, caseId: r.caseId, outcome: r.outcome!, outcomeOn: r.outcomeOn! }));
}
