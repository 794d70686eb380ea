/**
 * Reviews of a petition's handling (信访工作条例 2022 art. 35): a request for review (复查)
 * within 30 days of the reply, and for re-review (复核) within 30 days of the review
 * decision, each running its own 30-day clock for the body that decides it.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { PetitionReviewsTable } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, DomainError, NotFound, ValidationFailed } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { localDate, localDayStart } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, assertCaseVisible, refreshDeadlineColumns } from '../cases/index.ts';
import { startTimer, stopTimer } from '../deadlines/index.ts';
import { requirePetition } from './linkage-access.ts';
import { checkDay, reviewWindowEndsOn } from './linkage-rules.ts';
import type { PetitionReviewBody, ReviewDecisionBody } from './linkage.schemas.ts';
import * as q from './linkage.queries.ts';

/** The timer kind (and deadline profile) of each review level. */
export const REVIEW_TIMER = { review: 'petition_review', rereview: 'petition_rereview' } as const;

const reviewView = (r: PetitionReviewsTable, deadline?: string | null) => ({
  id: r.id,
  caseId: r.caseId,
  replyId: r.replyId,
  reviewOfId: r.reviewOfId,
  level: r.level,
  body: r.body,
  requestedOn: r.requestedOn,
  windowEndsOn: r.windowEndsOn,
  decision: r.decision,
  decisionNote: r.decisionNote,
  decidedOn: r.decidedOn,
  createdAt: r.createdAt,
  ...(deadline !== undefined ? { deadline } : {}),
});

/** What a request contests: the latest reply (review) or the latest decided review (re-review). */
async function contested(ctx: ServiceContext, caseId: string, level: PetitionReviewBody['level']) {
  const reviews = await q.selectReviewsOfCase(ctx.db, caseId);
  if (level === 'review') {
    const reply = (await q.selectRepliesOfCase(ctx.db, caseId)).at(-1);
    if (!reply) throw new DomainError('action-not-allowed', 'A review needs the written reply first');
    if (reviews.some((r) => r.level === 'review' && r.replyId === reply.id))
      throw new Conflict('A review of this reply is recorded already');
    return { replyId: reply.id, reviewOfId: null, baseDay: reply.repliedOn };
  }
  const review = reviews.filter((r) => r.level === 'review').at(-1);
  if (!review?.decidedOn)
    throw new DomainError('action-not-allowed', 'A re-review needs a decided review first');
  if (reviews.some((r) => r.level === 'rereview' && r.reviewOfId === review.id))
    throw new Conflict('A re-review of this review is recorded already');
  return { replyId: review.replyId, reviewOfId: review.id, baseDay: review.decidedOn };
}

/**
 * Records a request for review (复查) or re-review (复核) and starts the deciding body's
 * 30-day clock. @throws validation naming `#/requestedOn` when it is later than 30 days
 * after the reply (or the review decision), earlier than it, or in the future;
 * action-not-allowed (409) without a reply (or a decided review); conflict when one was
 * recorded already.
 */
export async function requestPetitionReview(ctx: ServiceContext, caseId: string, input: PetitionReviewBody) {
  const { actor } = await requirePetition(ctx, caseId);
  const { baseDay, ...contestedRefs } = await contested(ctx, caseId, input.level);
  const windowEndsOn = reviewWindowEndsOn(baseDay);
  const error = checkDay('#/requestedOn', input.requestedOn, {
    today: localDate(ctx.clock.now()),
    notBefore: baseDay,
    notAfter: windowEndsOn,
  });
  if (error) throw new ValidationFailed(error.detail, [error]);
  const now = ctx.clock.now().toISOString();
  const row: PetitionReviewsTable = {
    id: newId(),
    caseId,
    ...contestedRefs,
    level: input.level,
    body: input.body.trim(),
    requestedOn: input.requestedOn,
    windowEndsOn,
    decision: null,
    decisionNote: null,
    decidedOn: null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  const deadline = await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.insertReview(trx, row);
    const timer = await startTimer(tctx, {
      caseId,
      kind: REVIEW_TIMER[input.level],
      profileCode: REVIEW_TIMER[input.level],
      at: localDayStart(input.requestedOn),
    });
    await refreshDeadlineColumns(tctx, caseId);
    await appendCaseEvent(tctx, caseId, {
      type: 'petition_review_requested',
      note: row.body,
      data: { reviewId: row.id, level: input.level, requestedOn: input.requestedOn },
    });
    await recordAudit(tctx, {
      action: 'petition.review_request',
      targetType: 'case',
      targetId: caseId,
      detail: { reviewId: row.id, level: input.level },
    });
    return timer.dueAt;
  });
  return reviewView(row, deadline);
}

/**
 * Records the review (or re-review) decision and stops its clock.
 * @throws NotFound outside scope; conflict when decided already; validation naming
 * `#/decidedOn` before the request or in the future.
 */
export async function decidePetitionReview(
  ctx: ServiceContext,
  caseId: string,
  reviewId: string,
  input: ReviewDecisionBody,
) {
  await requirePetition(ctx, caseId);
  const review = await q.selectReview(ctx.db, caseId, reviewId);
  if (!review) throw new NotFound('Petition review');
  if (review.decision) throw new Conflict('The decision is recorded already');
  const error = checkDay('#/decidedOn', input.decidedOn, {
    today: localDate(ctx.clock.now()),
    notBefore: review.requestedOn,
  });
  if (error) throw new ValidationFailed(error.detail, [error]);
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.updateReview(trx, reviewId, {
      decision: input.decision,
      decisionNote: input.note.trim(),
      decidedOn: input.decidedOn,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await stopTimer(tctx, caseId, REVIEW_TIMER[review.level]);
    await refreshDeadlineColumns(tctx, caseId);
    await appendCaseEvent(tctx, caseId, {
      type: 'petition_review_decided',
      note: input.note.trim(),
      data: { reviewId, level: review.level, decision: input.decision },
    });
    await recordAudit(tctx, {
      action: 'petition.review_decide',
      targetType: 'case',
      targetId: caseId,
      detail: { reviewId, level: review.level, decision: input.decision },
    });
  });
  return reviewView((await q.selectReview(ctx.db, caseId, reviewId))!);
}

/** The review requests of a case, oldest first. @throws NotFound outside scope. */
export async function listPetitionReviews(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return (await q.selectReviewsOfCase(ctx.db, caseId)).map((r) => reviewView(r));
}
