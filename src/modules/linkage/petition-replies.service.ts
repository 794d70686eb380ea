/**
 * A petition's written reply (信访事项处理意见书, 信访工作条例 2022 art. 35): recorded by the
 * body handling the petition, numbered per body and year; issuing it ends the handling time
 * limit. Its Word document carries the petitioners' full particulars and is audited.
 */
import { inTransaction } from '../../db/dialect.ts';
import { petitionReply } from '../../documents/index.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { localDate, localYear } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import {
  appendCaseEvent,
  assertCaseVisible,
  getCase,
  nextSequence,
  partiesForDocument,
  refreshDeadlineColumns,
} from '../cases/index.ts';
import { stopTimer } from '../deadlines/index.ts';
import { findOrgById } from '../orgs/index.ts';
import { toDocumentParty } from '../cases/index.ts';
import { requirePetition } from './linkage-access.ts';
import { reviewWindowEndsOn } from './linkage-rules.ts';
import type { PetitionReplyBody } from './linkage.schemas.ts';
import * as q from './linkage.queries.ts';

/** Statuses in which the handler may issue the written reply (accepted, and not closed). */
const REPLY_STATUSES = [
  'accepted',
  'dispatched',
  'in_progress',
  'mediated_success',
  'mediated_failed',
  'resolved',
];

type ReplyRow = NonNullable<Awaited<ReturnType<typeof q.selectReply>>>;
const replyView = (r: ReplyRow) => ({
  id: r.id,
  caseId: r.caseId,
  number: r.number,
  issuer: { id: r.issuerOrgId, name: r.issuerName },
  factsFound: r.factsFound,
  opinion: r.opinion,
  basis: r.basis,
  reviewBody: r.reviewBody,
  repliedOn: r.repliedOn,
  reviewWindowEndsOn: reviewWindowEndsOn(r.repliedOn),
  createdAt: r.createdAt,
});

/**
 * Records the written reply to a petition held by the caller, numbered per issuing body
 * and year, and stops the handling clock (the reply is what the time limit asks for).
 * @throws action-not-allowed (409) for a case that is not a petition or not accepted.
 */
export async function replyToPetition(ctx: ServiceContext, caseId: string, input: PetitionReplyBody) {
  const { actor, summary } = await requirePetition(ctx, caseId);
  if (!REPLY_STATUSES.includes(summary.status))
    throw new DomainError('action-not-allowed', `A reply needs an accepted petition, not ${summary.status}`, {
      extensions: { currentStatus: summary.status },
    });
  const issuer = (await findOrgById(ctx, summary.currentOrgId))!;
  const now = ctx.clock.now();
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const year = localYear(now);
    const seq = await nextSequence(tctx, `petition_reply:${issuer.id}:${year}`);
    const number = `${issuer.code}信复〔${year}〕第${seq}号`;
    await q.insertReply(trx, {
      id,
      caseId,
      number,
      issuerOrgId: issuer.id,
      factsFound: input.factsFound.trim(),
      opinion: input.opinion.trim(),
      basis: input.basis?.trim() || null,
      reviewBody: input.reviewBody.trim(),
      repliedOn: localDate(now),
      createdBy: actor.userId,
      createdAt: now.toISOString(),
    });
    await stopTimer(tctx, caseId, 'handling');
    await refreshDeadlineColumns(tctx, caseId);
    await appendCaseEvent(tctx, caseId, {
      type: 'petition_replied',
      note: number,
      data: { replyId: id, number },
    });
    await recordAudit(tctx, {
      action: 'petition.reply',
      targetType: 'case',
      targetId: caseId,
      detail: { replyId: id, number },
    });
  });
  return replyView((await q.selectReply(ctx.db, caseId, id))!);
}

/** The written replies of a case, oldest first. @throws NotFound outside scope. */
export async function listPetitionReplies(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return (await q.selectRepliesOfCase(ctx.db, caseId)).map(replyView);
}

/**
 * The 信访事项处理意见书 as .docx, with the petitioners' full particulars (audited).
 * @throws NotFound outside scope or for another case's reply.
 */
export async function petitionReplyDocument(ctx: ServiceContext, caseId: string, replyId: string) {
  const caseView = await getCase(ctx, caseId);
  const reply = await q.selectReply(ctx.db, caseId, replyId);
  if (!reply) throw new NotFound('Petition reply');
  const parties = await partiesForDocument(ctx, caseId);
  const applicants = parties.filter((p) => p.role === 'applicant');
  const accepted = caseView.events.filter((e) => e.type === 'accept').at(-1);
  const content = await petitionReply({
    issuer: reply.issuerName,
    number: reply.number,
    petitioners: (applicants.length ? applicants : parties).map((p) => toDocumentParty(p)),
    receivedOn: localDate(new Date(caseView.createdAt)),
    ...(accepted ? { acceptedOn: localDate(new Date(accepted.at)) } : {}),
    request: caseView.description,
    factsFound: reply.factsFound,
    opinion: reply.opinion,
    ...(reply.basis ? { basis: reply.basis } : {}),
    reviewBody: reply.reviewBody,
    date: reply.repliedOn,
  });
  await recordAudit(ctx, {
    action: 'document.generate',
    targetType: 'case',
    targetId: caseId,
    detail: { kind: 'petition_reply', ref: reply.number, unmaskedPersonalData: true },
  });
  return { fileName: `信访事项处理意见书-${reply.number}.docx`, content };
}
