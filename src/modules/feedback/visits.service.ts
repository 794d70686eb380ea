/**
 * Visits in person (跑动次数, issue 6): the window records each time a party comes to an
 * office for the case, with one click on the case page. The count on the case row feeds
 * the zero-visit and one-visit rates (最多跑一地); each visit is also a row here, an event
 * on the case's timeline and an audit row, all in one transaction.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { Role } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { appendCaseEvent, assertCaseVisible, countVisit, listCaseParties } from '../cases/index.ts';
import * as q from './feedback.queries.ts';
import type { RecordVisitBody } from './feedback.schemas.ts';

/** Staff who meet citizens and may record their visits and their satisfaction (every role but admin). */
export const FEEDBACK_ROLES: Role[] = [
  'intake',
  'grid_worker',
  'dispatcher',
  'mediator',
  'handler',
  'leader',
];

function toView(row: q.VisitRow, partyNames: Map<string, string>) {
  return {
    id: row.id,
    partyId: row.partyId,
    partyName: row.partyId ? (partyNames.get(row.partyId) ?? null) : null,
    visitedAt: row.visitedAt,
    recordedBy: row.recordedBy ? { id: row.recordedBy, name: row.recordedByName ?? '' } : null,
    note: row.note,
  };
}

async function partyNames(ctx: ServiceContext, caseId: string): Promise<Map<string, string>> {
  return new Map((await listCaseParties(ctx, caseId)).map((p) => [p.id, p.name]));
}

/**
 * Records a visit in person now and counts it on the case. Any status counts: a citizen
 * who comes back to ask about an archived case still travelled.
 * @throws NotFound outside the caller's scope; Forbidden for admins; ValidationFailed
 *         (#/partyId) when the party is not one of the case's.
 */
export async function recordVisit(ctx: ServiceContext, caseId: string, input: RecordVisitBody) {
  const actor = requireRole(ctx.actor, ...FEEDBACK_ROLES);
  await assertCaseVisible(ctx, caseId);
  const names = await partyNames(ctx, caseId);
  if (input.partyId !== undefined && !names.has(input.partyId))
    throw invalidField('#/partyId', 'unknown', 'partyId is not a party of this case');
  const id = newId();
  const visitedAt = ctx.clock.now().toISOString();
  const note = input.note?.trim() || null;
  const visits = await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await q.insertVisit(trx, {
      id,
      caseId,
      partyId: input.partyId ?? null,
      visitedAt,
      recordedBy: actor.userId,
      note,
    });
    const count = await countVisit(tctx, caseId);
    await appendCaseEvent(tctx, caseId, {
      type: 'visit',
      note,
      data: { visitId: id, partyId: input.partyId ?? null, visits: count },
    });
    await recordAudit(tctx, {
      action: 'case.visit',
      targetType: 'case',
      targetId: caseId,
      detail: { visitId: id, partyId: input.partyId ?? null, visits: count },
    });
    return count;
  });
  const row = (await q.selectVisits(ctx.db, caseId)).find((v) => v.id === id)!;
  return { visit: toView(row, names), visits };
}

/** A case's visits in person, oldest first, with the count. @throws NotFound outside scope. */
export async function listVisits(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  const [rows, names] = await Promise.all([q.selectVisits(ctx.db, caseId), partyNames(ctx, caseId)]);
  return { items: rows.map((r) => toView(r, names)), visits: rows.length };
}
