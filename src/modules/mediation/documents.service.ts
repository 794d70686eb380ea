/**
 * The Word documents of a case's mediation (issue 5): the agreement (人民调解协议书), the
 * session record (调解笔录), the record of undisputed facts (无争议事实确认书) and the joint
 * application for judicial confirmation (司法确认申请书). They carry full names and ID
 * numbers, so every generation writes an audit row (DESIGN.md §4: unmasked reads logged).
 */
import {
  judicialConfirmationApplication,
  mediationAgreement,
  mediationRecord,
  undisputedFacts,
} from '../../documents/index.ts';
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound } from '../../lib/errors.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import {
  assertCaseVisible,
  disputeTypeName,
  findCaseSummary,
  partiesForDocument,
  toDocumentParty,
} from '../cases/index.ts';
import { findOrgById } from '../orgs/index.ts';
import { listCategories } from '../categories/index.ts';
import { getAgreement } from './agreements.service.ts';
import * as q from './mediation.queries.ts';

export interface GeneratedDocument {
  fileName: string;
  content: Buffer;
}

async function committeeName(ctx: ServiceContext, orgId: string): Promise<string> {
  const org = await findOrgById(ctx, orgId);
  const name = org?.name ?? '';
  return /委员会$/.test(name) ? name : `${name}人民调解委员会`;
}

async function mediatorRefs(ctx: ServiceContext, ids: string[]) {
  const users = await q.selectUserNames(ctx.db, ids);
  return ids.map((id, i) => ({ name: users.find((u) => u.id === id)?.displayName ?? '', isLead: i === 0 }));
}

async function disputeType(ctx: ServiceContext, categoryCode: string): Promise<string> {
  const category = (await listCategories(ctx)).find((c) => c.code === categoryCode);
  return disputeTypeName(category?.nameZh ?? '');
}

async function audit(ctx: ServiceContext, caseId: string, kind: string, ref: string) {
  await recordAudit(ctx, {
    action: 'document.generate',
    targetType: 'case',
    targetId: caseId,
    detail: { kind, ref, unmaskedPersonalData: true },
  });
}

export async function agreementDocument(
  ctx: ServiceContext,
  caseId: string,
  agreementId: string,
): Promise<GeneratedDocument> {
  const agreement = await getAgreement(ctx, caseId, agreementId);
  if (agreement.form !== 'written') throw new DomainError('not-found', 'An oral agreement has no document');
  if (agreement.voidedAt)
    throw new DomainError('conflict', 'The agreement is void (作废): it has no valid document');
  const parties = await partiesForDocument(ctx, caseId);
  const byId = new Map(parties.map((p) => [p.id, p]));
  const content = await mediationAgreement({
    committee: await committeeName(ctx, agreement.committeeOrgId),
    number: agreement.number,
    parties: parties.map((p) => toDocumentParty(p)),
    facts: agreement.facts,
    disputedMatters: agreement.disputedMatters,
    terms: agreement.terms.map((t) => ({
      ...(t.obligorPartyId && byId.get(t.obligorPartyId)
        ? { obligor: byId.get(t.obligorPartyId)!.name }
        : {}),
      obligation: t.obligation,
      ...(t.amountFen !== null ? { amountFen: t.amountFen } : {}),
      ...(t.dueDate ? { dueDate: t.dueDate } : {}),
    })),
    ...(agreement.performanceCheck ? { performanceCheck: agreement.performanceCheck } : {}),
    copies: agreement.copies,
    mediators: await mediatorRefs(ctx, agreement.mediatorIds),
    date: agreement.effectiveOn,
  });
  await audit(ctx, caseId, 'mediation_agreement', agreement.number);
  return { fileName: `人民调解协议书-${agreement.number}.docx`, content };
}

export async function recordDocument(
  ctx: ServiceContext,
  caseId: string,
  sessionId: string,
): Promise<GeneratedDocument> {
  await assertCaseVisible(ctx, caseId);
  const session = await q.selectSession(ctx.db, caseId, sessionId);
  if (!session) throw new NotFound('Session');
  if (!session.record) throw new DomainError('conflict', 'The session has no record yet');
  const summary = (await findCaseSummary(ctx, caseId))!;
  const record = JSON.parse(session.record) as {
    attendance: { partyId: string; present: boolean }[];
    statements: { partyId: string; text: string }[];
    facts: string;
    proposals: string;
  };
  const parties = await partiesForDocument(ctx, caseId);
  const label = (id: string) => {
    const p = parties.find((x) => x.id === id);
    return p ? `${p.role === 'applicant' ? '申请人' : '被申请人'}${p.name}` : '';
  };
  const mediators = await q.selectMediatorsOf(ctx.db, [sessionId]);
  const content = await mediationRecord({
    committee: await committeeName(ctx, summary.currentOrgId),
    caseNumber: summary.number,
    caseTitle: summary.subject,
    startsAt: session.startsAt,
    ...(session.place ? { place: session.place } : {}),
    online: session.isOnline === 1,
    mediators: mediators.map((m) => ({ name: m.displayName, isLead: m.isLead === 1 })),
    attendees: record.attendance.map((a) => {
      const p = parties.find((x) => x.id === a.partyId);
      return {
        name: p?.name ?? '',
        role: p?.role === 'applicant' ? '申请人' : '被申请人',
        present: a.present,
      };
    }),
    statements: record.statements.map((s) => ({ speaker: label(s.partyId), text: s.text })),
    facts: record.facts,
    proposals: record.proposals,
    ...(session.outcome ? { outcome: session.outcome } : {}),
    ...(session.outcomeReason ? { outcomeReason: session.outcomeReason } : {}),
  });
  await audit(ctx, caseId, 'mediation_record', sessionId);
  return { fileName: `调解笔录-${summary.number}.docx`, content };
}

/** 无争议事实确认书 for a failed mediation. */
export async function undisputedFactsDocument(
  ctx: ServiceContext,
  caseId: string,
  input: { undisputedFacts: string[]; disputedMatters: string[]; failureReason?: string },
): Promise<GeneratedDocument> {
  await assertCaseVisible(ctx, caseId);
  const summary = (await findCaseSummary(ctx, caseId))!;
  if (summary.status !== 'mediated_failed')
    throw new DomainError('action-not-allowed', 'The record of undisputed facts is for a failed mediation', {
      extensions: { currentStatus: summary.status },
    });
  const parties = await partiesForDocument(ctx, caseId);
  const content = await undisputedFacts({
    committee: await committeeName(ctx, summary.currentOrgId),
    caseNumber: summary.number,
    parties: parties.map((p) => toDocumentParty(p)),
    disputeType: await disputeType(ctx, summary.categoryCode),
    ...(input.failureReason ? { failureReason: input.failureReason } : {}),
    undisputedFacts: input.undisputedFacts,
    disputedMatters: input.disputedMatters,
    mediators: [{ name: ctx.actor?.displayName ?? '', isLead: true }],
    date: localDate(ctx.clock.now()),
  });
  await audit(ctx, caseId, 'undisputed_facts', summary.number);
  return { fileName: `无争议事实确认书-${summary.number}.docx`, content };
}

/** 司法确认申请书 prepared for the parties' joint application. */
export async function judicialApplicationDocument(
  ctx: ServiceContext,
  caseId: string,
  confirmationId: string,
): Promise<GeneratedDocument> {
  await assertCaseVisible(ctx, caseId);
  const confirmation = await q.selectJudicial(ctx.db, caseId, confirmationId);
  if (!confirmation) throw new NotFound('Judicial confirmation');
  const agreement = await getAgreement(ctx, caseId, confirmation.agreementId);
  const summary = (await findCaseSummary(ctx, caseId))!;
  const parties = await partiesForDocument(ctx, caseId);
  const byId = new Map(parties.map((p) => [p.id, p]));
  const content = await judicialConfirmationApplication({
    court: confirmation.court,
    parties: parties.map((p) => toDocumentParty(p, 'party')),
    committee: await committeeName(ctx, agreement.committeeOrgId),
    disputeType: await disputeType(ctx, summary.categoryCode),
    agreementNumber: agreement.number,
    agreementDate: agreement.effectiveOn,
    terms: agreement.terms.map((t) => ({
      ...(t.obligorPartyId && byId.get(t.obligorPartyId)
        ? { obligor: byId.get(t.obligorPartyId)!.name }
        : {}),
      obligation: t.obligation,
      ...(t.amountFen !== null ? { amountFen: t.amountFen } : {}),
      ...(t.dueDate ? { dueDate: t.dueDate } : {}),
    })),
    date: confirmation.appliedOn,
  });
  await audit(ctx, caseId, 'judicial_confirmation_application', confirmationId);
  return { fileName: `司法确认申请书-${agreement.number}.docx`, content };
}
