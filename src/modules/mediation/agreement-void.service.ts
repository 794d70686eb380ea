/**
 * Voiding an agreement (作废, issue 5): an agreement drawn up wrongly is voided with a
 * reason before its performance starts. It keeps its number (the number sequence has no
 * gaps) and stays listed, marked void; it has no valid document any more, its pending
 * follow-up visits are dropped, no judicial confirmation can be applied for it, and its
 * terms are no longer tracked. The case keeps its status: the mediator records a new
 * agreement or goes on.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict } from '../../lib/errors.ts';
import { requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, refreshDeadlineColumns } from '../cases/index.ts';
import { stopTimer } from '../deadlines/index.ts';
import { getAgreement, type AgreementView } from './agreements.service.ts';
import * as q from './mediation.queries.ts';
import { requireWorkableCase } from './sessions.service.ts';

/** The statuses in which an agreement of a held case can be voided. */
const VOIDABLE_IN = ['in_progress', 'mediated_success', 'mediated_failed', 'resolved'] as const;

/**
 * Voids an agreement. @throws conflict (409) when it is void already, when a term was
 * checked (performance started), or when a judicial confirmation was applied for and not
 * refused.
 */
export async function voidAgreement(
  ctx: ServiceContext,
  caseId: string,
  agreementId: string,
  input: { reason: string },
): Promise<AgreementView> {
  await requireWorkableCase(ctx, caseId, VOIDABLE_IN);
  const actor = requireActor(ctx.actor);
  const agreement = await getAgreement(ctx, caseId, agreementId);
  if (agreement.voidedAt) throw new Conflict('The agreement is void already');
  if (agreement.terms.some((t) => t.status !== 'pending'))
    throw new Conflict('Performance of the agreement has started: it can no longer be voided');
  const confirmations = (await q.selectJudicialOfCase(ctx.db, caseId)).filter(
    (j) => j.agreementId === agreementId && j.decision !== 'not_confirmed',
  );
  if (confirmations.length)
    throw new Conflict('Judicial confirmation was applied for: the agreement can no longer be voided');
  const reason = input.reason.trim();
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const changed = await q.voidAgreement(trx, agreementId, {
      voidReason: reason,
      voidedBy: actor.userId,
      voidedAt: now,
    });
    if (changed === 0) throw new Conflict('The agreement is void already');
    const dropped = await q.cancelPendingFollowupsOfAgreement(trx, agreementId);
    const stillWritten = (await q.selectAgreementsOfCase(trx, caseId)).some(
      (a) => a.form === 'written' && a.voidedAt === null,
    );
    if (!stillWritten) {
      await stopTimer(tctx, caseId, 'judicial_confirmation');
      await refreshDeadlineColumns(tctx, caseId);
    }
    await appendCaseEvent(tctx, caseId, {
      type: 'agreement_voided',
      note: `${agreement.number}：${reason}`,
      data: { agreementId, number: agreement.number, followupsDropped: dropped },
    });
    await recordAudit(tctx, {
      action: 'agreement.void',
      targetType: 'case',
      targetId: caseId,
      detail: { agreementId, number: agreement.number, reason },
    });
  });
  return getAgreement(ctx, caseId, agreementId);
}
