/**
 * Satisfaction (评价, issue 6): once a case is resolved, the citizen online (portal) or staff
 * on a return call (回访) record 满意 / 基本满意 / 不满意 with a comment. One rating per party
 * per resolution: the resolution is counted by the case's `resolve` events, so a reopened and
 * re-resolved case asks again. "不满意" sets a review task for the dispatchers of the body
 * that dispatched (else registered) the case: a notification and a `rating_review` event,
 * in the rating's transaction.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { Rating } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, DomainError, NotFound, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import {
  appendCaseEvent,
  assertCaseVisible,
  countCaseEvents,
  findCaseSummary,
  listCaseParties,
} from '../cases/index.ts';
import { notifyOrg } from '../notifications/index.ts';
import * as q from './feedback.queries.ts';
import type { RecordRatingBody } from './feedback.schemas.ts';
import { FEEDBACK_ROLES } from './visits.service.ts';

/** Statuses in which a case can be rated: resolved (办结) and archived. */
export const RATABLE_STATUSES: readonly string[] = ['resolved', 'archived'];

export const RATING_TEXT: Record<Rating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

export interface SaveRatingInput {
  partyId: string;
  rating: Rating;
  comment?: string | undefined;
  source: 'portal' | 'staff';
}

function toView(row: q.RatingRow, names: Map<string, string>) {
  return {
    id: row.id,
    partyId: row.partyId,
    partyName: row.partyId ? (names.get(row.partyId) ?? null) : null,
    resolutionSeq: row.resolutionSeq,
    rating: row.rating,
    comment: row.comment,
    source: row.source,
    createdBy: row.createdBy ? { id: row.createdBy, name: row.createdByName ?? '' } : null,
    createdAt: row.createdAt,
  };
}

async function partyNames(ctx: ServiceContext, caseId: string): Promise<Map<string, string>> {
  return new Map((await listCaseParties(ctx, caseId)).map((p) => [p.id, p.name]));
}

/**
 * Saves a rating after the caller established who may give it (staff scope, or the portal's
 * tracking-code proof). Status, party and uniqueness are checked here, inside the transaction.
 * @throws NotFound for an unknown case; action-not-allowed (409) unless resolved or archived;
 *         ValidationFailed (#/partyId) for a stranger; Conflict (409) when the party already
 *         rated this resolution.
 */
export async function saveRating(ctx: ServiceContext, caseId: string, input: SaveRatingInput) {
  const id = newId();
  const comment = input.comment?.trim() || null;
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const summary = await findCaseSummary(tctx, caseId);
    if (!summary) throw new NotFound('Case');
    if (!RATABLE_STATUSES.includes(summary.status))
      throw new DomainError('action-not-allowed', 'A rating is taken once the case is resolved', {
        extensions: { currentStatus: summary.status },
      });
    if (!(await listCaseParties(tctx, caseId)).some((p) => p.id === input.partyId))
      throw invalidField('#/partyId', 'unknown', 'partyId is not a party of this case');
    const resolutionSeq = await countCaseEvents(tctx, caseId, 'resolve');
    const inserted = await q.insertRatingOnce(trx, {
      id,
      caseId,
      partyId: input.partyId,
      resolutionSeq,
      rating: input.rating,
      comment,
      source: input.source,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.clock.now().toISOString(),
    });
    if (!inserted) throw new Conflict('This party has already rated this resolution of the case');
    const data = { ratingId: id, partyId: input.partyId, rating: input.rating, source: input.source };
    await appendCaseEvent(tctx, caseId, { type: 'rated', data: { ...data, resolutionSeq } });
    if (input.rating === 'dissatisfied') {
      await appendCaseEvent(tctx, caseId, {
        type: 'rating_review',
        note: '当事人对办理结果不满意，请分流员复核',
        data: { ratingId: id, partyId: input.partyId, resolutionSeq },
      });
      await notifyOrg(tctx, {
        orgId: summary.dispatchedByOrgId ?? summary.registeredOrgId,
        roles: ['dispatcher'],
        kind: 'rating_review',
        title: `不满意评价待复核：${summary.number}「${summary.subject}」`,
        body: comment ? `当事人意见：${comment}` : '当事人对办理结果不满意，请复核案件。',
        caseId,
      });
    }
    await recordAudit(tctx, {
      action: 'case.rate',
      targetType: 'case',
      targetId: caseId,
      detail: { ...data, resolutionSeq },
      ...(ctx.actor ? {} : { actorName: input.source }),
    });
  });
  const names = await partyNames(ctx, caseId);
  return toView(
    (await q.selectRatings(ctx.db, caseId)).find((r) => r.id === id)!,
    names,
  );
}

/**
 * Staff record a party's satisfaction on a return call (回访).
 * @throws NotFound outside scope; Forbidden for admins; and whatever `saveRating` throws.
 */
export async function recordRating(ctx: ServiceContext, caseId: string, input: RecordRatingBody) {
  requireRole(ctx.actor, ...FEEDBACK_ROLES);
  await assertCaseVisible(ctx, caseId);
  return saveRating(ctx, caseId, { ...input, source: 'staff' });
}

/** Every rating of the case, oldest first. @throws NotFound outside scope. */
export async function listRatings(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  const [rows, names] = await Promise.all([q.selectRatings(ctx.db, caseId), partyNames(ctx, caseId)]);
  return { items: rows.map((r) => toView(r, names)) };
}

/**
 * The party's rating of the current resolution, and whether one may be given now (portal).
 * No scope check: the caller proved access to the case.
 */
export async function partyRatingState(
  ctx: ServiceContext,
  caseId: string,
  partyId: string,
  status: string,
): Promise<{
  canRate: boolean;
  given: { rating: Rating; comment: string | null; createdAt: string } | null;
}> {
  const resolutionSeq = await countCaseEvents(ctx, caseId, 'resolve');
  const row = resolutionSeq ? await q.selectPartyRating(ctx.db, caseId, partyId, resolutionSeq) : undefined;
  const given = row ? { rating: row.rating, comment: row.comment, createdAt: row.createdAt } : null;
  return { canRate: RATABLE_STATUSES.includes(status) && !given, given };
}
