/**
 * The consultation list (会商研判 page): the consultations about cases the caller sees — a case
 * is seen by the organisations on its path and their ancestors (DESIGN.md §1), so the list
 * keeps to the caller's subtree exactly as `GET /consultations/:cid` does.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { requireActor } from '../../lib/scope.ts';
import { subtreeOrgIds } from '../orgs/index.ts';
import { toConsultationViews } from './consultation-views.ts';
import * as q from './consultations.queries.ts';

/** At most this many consultations in one answer, latest meeting first. */
export const CONSULTATION_LIST_LIMIT = 200;

/**
 * Consultations about cases in the caller's subtree, latest meeting first, each with its
 * case number and subject, participants and tasks; `status` narrows to scheduled, held or
 * cancelled ones.
 */
export async function listConsultations(
  ctx: ServiceContext,
  filter: { status?: 'scheduled' | 'held' | 'cancelled' | undefined },
) {
  const actor = requireActor(ctx.actor);
  const rows = await q.selectConsultationsInScope(ctx.db, {
    orgIds: await subtreeOrgIds(ctx, actor.orgPath),
    status: filter.status,
    limit: CONSULTATION_LIST_LIMIT,
  });
  const views = await toConsultationViews(ctx, rows);
  return views.map((view, i) => ({
    ...view,
    caseNumber: rows[i]!.caseNumber,
    caseSubject: rows[i]!.caseSubject,
  }));
}
