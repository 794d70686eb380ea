/**
 * Mediation agreements (调解协议, 人民调解法 arts. 28–33): written (协议书, with a Word
 * document) or oral (口头协议, content recorded, no document). Each term says who does
 * what, by when and how much, and is tracked until performed. A written agreement
 * opens the 30-day window to apply for judicial confirmation.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, NotFound, ValidationFailed, invalidField, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { requireRole } from '../../lib/scope.ts';
import { localDate, localYear } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import {
  appendCaseEvent,
  applyCaseAction,
  assertCaseVisible,
  getCase,
  listCaseParties,
  nextSequence,
} from '../cases/index.ts';
import { startTimer } from '../deadlines/index.ts';
import { findOrgById } from '../orgs/index.ts';
import * as q from './mediation.queries.ts';
import type { CreateAgreementBody } from './mediation.schemas.ts';
import { MEDIATING_ROLES, requireWorkableCase } from './sessions.service.ts';

type AgreementRow = NonNullable<Awaited<ReturnType<typeof q.selectAgreement>>>;

/** The .docx of a written agreement; none for an oral or a voided one. */
export function documentUrl(a: {
  caseId: string;
  id: string;
  form: string;
  voidedAt?: string | null;
}): string | null {
  return a.form === 'written' && !a.voidedAt ? `/api/v1/cases/${a.caseId}/agreements/${a.id}/document` : null;
}

async function toViews(ctx: ServiceContext, rows: AgreementRow[]) {
  const terms = await q.selectTermsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    mediatorIds: JSON.parse(r.mediatorIds) as string[],
    terms: terms
      .filter((t) => t.agreementId === r.id)
      .map(({ agreementId: _a, ...t }) => ({
        ...t,
        amountFen: t.amountFen === null ? null : Number(t.amountFen),
      })),
    documentUrl: documentUrl(r),
  }));
}
export type AgreementView = Awaited<ReturnType<typeof toViews>>[number];

export async function listAgreements(ctx: ServiceContext, caseId: string): Promise<AgreementView[]> {
  await assertCaseVisible(ctx, caseId);
  return toViews(ctx, await q.selectAgreementsOfCase(ctx.db, caseId));
}

export async function getAgreement(ctx: ServiceContext, caseId: string, id: string): Promise<AgreementView> {
  await assertCaseVisible(ctx, caseId);
  const row = await q.selectAgreement(ctx.db, caseId, id);
  if (!row) throw new NotFound('Agreement');
  return (await toViews(ctx, [row]))[0]!;
}

/**
 * Records an agreement reached in mediation. A case still in progress is marked
 * mediated successfully in the same transaction; a written agreement starts the
 * judicial-confirmation window (30 days from the day it takes effect).
 */
export async function createAgreement(
  ctx: ServiceContext,
  caseId: string,
  input: CreateAgreementBody,
): Promise<AgreementView> {
  const summary = await requireWorkableCase(ctx, caseId, ['in_progress', 'mediated_success']);
  const actor = requireRole(ctx.actor, ...MEDIATING_ROLES);
  const parties = await listCaseParties(ctx, caseId);
  const errors: FieldError[] = [];
  if (input.form === 'written' && input.terms.length === 0)
    errors.push({
      pointer: '#/terms',
      code: 'required',
      detail: 'a written agreement needs at least one term',
    });
  input.terms.forEach((t, i) => {
    if (t.obligorPartyId && !parties.some((p) => p.id === t.obligorPartyId))
      errors.push({
        pointer: `#/terms/${i}/obligorPartyId`,
        code: 'unknown',
        detail: 'not a party of this case',
      });
  });
  const today = localDate(ctx.clock.now());
  const effectiveOn = input.effectiveOn ?? today;
  if (effectiveOn > today)
    errors.push({ pointer: '#/effectiveOn', code: 'future', detail: 'effectiveOn cannot lie in the future' });
  let sessionMediators: string[] = [];
  if (input.sessionId) {
    const session = await q.selectSession(ctx.db, caseId, input.sessionId);
    if (!session)
      errors.push({ pointer: '#/sessionId', code: 'unknown', detail: 'not a session of this case' });
    else sessionMediators = (await q.selectMediatorsOf(ctx.db, [session.id])).map((m) => m.userId);
  }
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);

  const committee = (await findOrgById(ctx, summary.currentOrgId))!;
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const year = localYear(ctx.clock.now());
    const seq = await nextSequence(tctx, `agreement:${committee.id}:${year}`);
    const number = `${committee.code}〔${year}〕第${seq}号`;
    await q.insertAgreement(
      trx,
      {
        id,
        caseId,
        number,
        form: input.form,
        facts: input.facts,
        disputedMatters: input.disputedMatters,
        performanceCheck: input.performanceCheck ?? null,
        copies: input.copies ?? parties.length + 1,
        sessionId: input.sessionId ?? null,
        committeeOrgId: committee.id,
        mediatorIds: JSON.stringify(sessionMediators.length ? sessionMediators : [actor.userId]),
        effectiveOn,
        createdBy: actor.userId,
        createdAt: ctx.clock.now().toISOString(),
      },
      input.terms.map((t, i) => ({
        id: newId(),
        agreementId: id,
        position: i + 1,
        obligorPartyId: t.obligorPartyId ?? null,
        obligation: t.obligation,
        amountFen: t.amountFen ?? null,
        dueDate: t.dueDate ?? null,
        status: 'pending' as const,
        checkedAt: null,
        note: null,
      })),
    );
    await appendCaseEvent(tctx, caseId, {
      type: 'agreement_reached',
      note: number,
      data: { agreementId: id, form: input.form, terms: input.terms.length },
    });
    if (summary.status === 'in_progress') {
      const current = await getCase(tctx, caseId);
      await applyCaseAction(tctx, caseId, {
        action: 'record_outcome',
        version: current.version,
        outcome: 'success',
        note: `达成调解协议 ${number}`,
      });
    }
    if (input.form === 'written') {
      await startTimer(tctx, {
        caseId,
        kind: 'judicial_confirmation',
        profileCode: 'judicial_confirmation_window',
        at: new Date(`${effectiveOn}T00:00:00+08:00`).toISOString(),
      });
    }
    await recordAudit(tctx, {
      action: 'agreement.create',
      targetType: 'case',
      targetId: caseId,
      detail: { agreementId: id, number, form: input.form },
    });
  });
  return getAgreement(ctx, caseId, id);
}

/** Records whether a term was performed (履行情况). */
export async function setTermStatus(
  ctx: ServiceContext,
  caseId: string,
  agreementId: string,
  termId: string,
  input: { status: 'pending' | 'fulfilled' | 'partly' | 'not_fulfilled'; note?: string },
) {
  await requireWorkableCase(ctx, caseId, ['in_progress', 'mediated_success', 'mediated_failed', 'resolved']);
  const agreement = await getAgreement(ctx, caseId, agreementId);
  if (agreement.voidedAt) throw new Conflict('The agreement is void: its terms are not tracked');
  await inTransaction(ctx.db, async (trx) => {
    const n = await q.updateTerm(trx, agreementId, termId, {
      status: input.status,
      note: input.note ?? null,
      checkedAt: ctx.clock.now().toISOString(),
    });
    if (n === 0) throw invalidField('#/termId', 'unknown', 'not a term of this agreement');
    await appendCaseEvent(withDb(ctx, trx), caseId, {
      type: 'term_checked',
      note: input.note ?? null,
      data: { agreementId, termId, status: input.status },
    });
    await recordAudit(withDb(ctx, trx), {
      action: 'agreement.term',
      targetType: 'case',
      targetId: caseId,
      detail: { agreementId, termId, status: input.status },
    });
  });
  return getAgreement(ctx, caseId, agreementId);
}
