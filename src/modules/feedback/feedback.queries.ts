import type { Db } from '../../db/database.ts';
import type { CaseRatingsTable, CaseVisitsTable } from '../../db/tables.ts';

export async function insertVisit(db: Db, row: CaseVisitsTable): Promise<void> {
  await db.insertInto('caseVisits').values(row).execute();
}

export function selectVisits(db: Db, caseId: string) {
  return db
    .selectFrom('caseVisits as v')
    .leftJoin('users as u', 'u.id', 'v.recordedBy')
    .selectAll('v')
    .select('u.displayName as recordedByName')
    .where('v.caseId', '=', caseId)
    .orderBy('v.visitedAt')
    .orderBy('v.id')
    .execute();
}

export type VisitRow = Awaited<ReturnType<typeof selectVisits>>[number];

/**
 * Inserts the rating unless the party already rated this resolution. The unique key
 * (case, party, resolution) decides, so two simultaneous submissions cannot both count.
 * @returns whether the row was inserted.
 */
export async function insertRatingOnce(db: Db, row: CaseRatingsTable): Promise<boolean> {
  const result = await db
    .insertInto('caseRatings')
    .values(row)
    .onConflict((oc) => oc.columns(['caseId', 'partyId', 'resolutionSeq']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function selectRatings(db: Db, caseId: string) {
  return db
    .selectFrom('caseRatings as r')
    .leftJoin('users as u', 'u.id', 'r.createdBy')
    .selectAll('r')
    .select('u.displayName as createdByName')
    .where('r.caseId', '=', caseId)
    .orderBy('r.resolutionSeq')
    .orderBy('r.createdAt')
    .orderBy('r.id')
    .execute();
}

export type RatingRow = Awaited<ReturnType<typeof selectRatings>>[number];

export function selectPartyRating(db: Db, caseId: string, partyId: string, resolutionSeq: number) {
  return db
    .selectFrom('caseRatings')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('partyId', '=', partyId)
    .where('resolutionSeq', '=', resolutionSeq)
    .executeTakeFirst();
}
