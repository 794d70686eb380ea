/**
 * Judicial confirmation (司法确认, 人民调解法 art. 33; 民事诉讼法 arts. 205–206): after a
 * written agreement the parties may jointly apply to a court within 30 days of it taking
 * effect. The court normally accepts within 3 days and decides within 15 days of
 * accepting (10 more with approval). A refusal sends the case back to mediation or on to
 * litigation. Each step runs its own clock from the deadline profiles.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, NotFound, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, applyCaseAction, assertCaseVisible, getCase } from '../cases/index.ts';
import { startTimer, stopTimer } from '../deadlines/index.ts';
import { subtreeOrgIds } from '../orgs/index.ts';
import * as q from './mediation.queries.ts';
import { requireWorkableCase } from './sessions.service.ts';

export const APPLICATION_WINDOW_DAYS = 30;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Instant of local midnight at the start of `day` (the clocks count from the next midnight). */
function startOfLocalDay(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

type Row = NonNullable<Awaited<ReturnType<typeof q.selectJudicial>>>;
const toView = (r: Row) => ({ ...r, deadline: r.windowEndsOn });

export async function listJudicial(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return (await q.selectJudicialOfCase(ctx.db, caseId)).map(toView);
}

/** The court-linkage list (诉调对接): applications of cases the caller may see. */
export async function listJudicialInScope(ctx: ServiceContext, openOnly: boolean) {
  const actor = requireActor(ctx.actor);
  return q.selectJudicialInScope(ctx.db, await subtreeOrgIds(ctx, actor.orgPath), openOnly);
}

async function load(ctx: ServiceContext, caseId: string, id: string) {
  const row = await q.selectJudicial(ctx.db, caseId, id);
  if (!row) throw new NotFound('Judicial confirmation');
  return row;
}

/**
 * Records the joint application. @throws validation-failed naming `#/appliedAt` when it
 * is later than 30 days after the agreement took effect, or `#/agreementId` when there is
 * no written agreement.
 */
export async function applyForConfirmation(
  ctx: ServiceContext,
  caseId: string,
  input: { court: string; appliedAt: string; agreementId?: string },
) {
  await requireWorkableCase(ctx, caseId, ['mediated_success', 'resolved']);
  const all = (await q.selectAgreementsOfCase(ctx.db, caseId)).filter((a) => a.form === 'written');
  if (all.some((a) => a.id === input.agreementId && a.voidedAt))
    throw invalidField(
      '#/agreementId',
      'voided',
      'the agreement is void: judicial confirmation cannot be applied for',
    );
  const agreements = all.filter((a) => !a.voidedAt);
  const agreement = input.agreementId
    ? agreements.find((a) => a.id === input.agreementId)
    : agreements[agreements.length - 1];
  if (!agreement)
    throw invalidField(
      '#/agreementId',
      'unknown',
      'judicial confirmation needs a written agreement of this case',
    );
  const appliedOn = input.appliedAt.slice(0, 10);
  const windowEndsOn = addDays(agreement.effectiveOn, APPLICATION_WINDOW_DAYS);
  if (appliedOn > windowEndsOn)
    throw invalidField(
      '#/appliedAt',
      'too-late',
      `the application was due by ${windowEndsOn} (30 days after the agreement took effect)`,
    );
  if (appliedOn < agreement.effectiveOn)
    throw invalidField('#/appliedAt', 'too-early', 'the application cannot precede the agreement');
  const id = newId();
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.insertJudicial(trx, {
      id,
      caseId,
      agreementId: agreement.id,
      court: input.court,
      appliedOn,
      windowEndsOn,
      acceptedOn: null,
      courtCaseNumber: null,
      decision: null,
      decisionReason: null,
      nextStep: null,
      decidedOn: null,
      createdBy: ctx.actor!.userId,
      createdAt: now,
      updatedAt: now,
    });
    await stopTimer(tctx, caseId, 'judicial_confirmation');
    await startTimer(tctx, {
      caseId,
      kind: 'court_acceptance',
      profileCode: 'court_acceptance',
      at: startOfLocalDay(appliedOn),
    });
    await appendCaseEvent(tctx, caseId, {
      type: 'judicial_confirmation_applied',
      note: input.court,
      data: { confirmationId: id, agreementId: agreement.id },
    });
    await recordAudit(tctx, {
      action: 'judicial.apply',
      targetType: 'case',
      targetId: caseId,
      detail: { confirmationId: id, court: input.court },
    });
  });
  return toView(await load(ctx, caseId, id));
}

/** The court accepted the application (受理): the decision clock starts. */
export async function recordCourtAcceptance(
  ctx: ServiceContext,
  caseId: string,
  id: string,
  input: { acceptedAt: string; courtCaseNumber?: string },
) {
  await requireWorkableCase(ctx, caseId, ['mediated_success', 'resolved']);
  const row = await load(ctx, caseId, id);
  if (row.acceptedOn) throw new Conflict('The acceptance is recorded already');
  const acceptedOn = input.acceptedAt.slice(0, 10);
  if (acceptedOn < row.appliedOn)
    throw invalidField('#/acceptedAt', 'too-early', 'the court cannot accept before the application');
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.updateJudicial(trx, id, {
      acceptedOn,
      courtCaseNumber: input.courtCaseNumber ?? null,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await stopTimer(tctx, caseId, 'court_acceptance');
    await startTimer(tctx, {
      caseId,
      kind: 'court_decision',
      profileCode: 'court_decision',
      at: startOfLocalDay(acceptedOn),
    });
    await appendCaseEvent(tctx, caseId, {
      type: 'judicial_confirmation_accepted',
      note: input.courtCaseNumber ?? null,
      data: { confirmationId: id },
    });
    await recordAudit(tctx, {
      action: 'judicial.accept',
      targetType: 'case',
      targetId: caseId,
      detail: { confirmationId: id },
    });
  });
  return toView(await load(ctx, caseId, id));
}

/**
 * The court's decision. Not confirmed (with the reason) sends the case back to mediation
 * (reopened) or on to litigation (recorded as the next step).
 */
export async function recordCourtDecision(
  ctx: ServiceContext,
  caseId: string,
  id: string,
  input: {
    decision: 'confirmed' | 'not_confirmed';
    reason?: string;
    decidedAt: string;
    nextStep?: 'mediation' | 'litigation';
  },
) {
  await requireWorkableCase(ctx, caseId, ['mediated_success', 'resolved']);
  const row = await load(ctx, caseId, id);
  if (row.decision) throw new Conflict('The decision is recorded already');
  if (input.decision === 'not_confirmed' && !input.reason?.trim())
    throw invalidField('#/reason', 'required', 'reason is required when the court does not confirm');
  const nextStep = input.decision === 'not_confirmed' ? (input.nextStep ?? 'mediation') : null;
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.updateJudicial(trx, id, {
      decision: input.decision,
      decisionReason: input.reason ?? null,
      nextStep,
      decidedOn: input.decidedAt.slice(0, 10),
      updatedAt: ctx.clock.now().toISOString(),
    });
    await stopTimer(tctx, caseId, 'court_acceptance');
    await stopTimer(tctx, caseId, 'court_decision');
    await appendCaseEvent(tctx, caseId, {
      type: 'judicial_confirmation_decided',
      note: input.reason ?? null,
      data: { confirmationId: id, decision: input.decision, nextStep },
    });
    if (nextStep === 'mediation') {
      const current = await getCase(tctx, caseId);
      if (current.status === 'resolved')
        await applyCaseAction(tctx, caseId, {
          action: 'reopen',
          version: current.version,
          reason: `法院不予确认：${input.reason}`,
        });
    }
    await recordAudit(tctx, {
      action: 'judicial.decide',
      targetType: 'case',
      targetId: caseId,
      detail: { confirmationId: id, decision: input.decision, nextStep },
    });
  });
  return toView(await load(ctx, caseId, id));
}
