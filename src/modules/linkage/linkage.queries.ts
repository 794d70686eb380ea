/** SQL of litigation linkage and petitions: court transfers, petition replies and reviews. */
import { sql, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CourtTransfersTable, PetitionRepliesTable, PetitionReviewsTable } from '../../db/tables.ts';

/** Cases on whose path (case_orgs) one of `orgIds` lies; null: every case (district scope). */
function inCaseScope(orgIds: string[] | null) {
  if (orgIds === null) return sql<SqlBool>`1 = 1`;
  if (orgIds.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`exists (select 1 from case_orgs co where co.case_id = t.case_id and co.org_id in (${sql.join(orgIds)}))`;
}

function transfers(db: Db) {
  return db
    .selectFrom('courtTransfers as t')
    .innerJoin('cases as c', 'c.id', 't.caseId')
    .selectAll('t')
    .select(['c.number as caseNumber', 'c.subject as caseSubject', 'c.status as caseStatus']);
}

export type TransferRow = NonNullable<Awaited<ReturnType<typeof selectTransfer>>>;

export async function insertTransfer(db: Db, row: CourtTransfersTable): Promise<void> {
  await db.insertInto('courtTransfers').values(row).execute();
}

export function selectTransfer(db: Db, id: string) {
  return transfers(db).where('t.id', '=', id).executeTakeFirst();
}

export function selectTransfersOfCase(db: Db, caseId: string) {
  return transfers(db).where('t.caseId', '=', caseId).orderBy('t.createdAt').orderBy('t.id').execute();
}

/** The court-linkage list: transfers of cases in scope, newest first (at most 500). */
export function selectTransfersInScope(
  db: Db,
  orgIds: string[] | null,
  filter: { direction?: 'to_court' | 'from_court'; open?: boolean },
) {
  let query = transfers(db).where(inCaseScope(orgIds));
  if (filter.direction) query = query.where('t.direction', '=', filter.direction);
  if (filter.open === true) query = query.where('t.outcome', 'is', null);
  if (filter.open === false) query = query.where('t.outcome', 'is not', null);
  return query.orderBy('t.createdAt', 'desc').orderBy('t.id', 'desc').limit(500).execute();
}

/** Court referrals (from_court) closed with an outcome on a day in [fromDay, toDay], in scope. */
export function selectClosedReferrals(db: Db, orgIds: string[] | null, fromDay: string, toDay: string) {
  return db
    .selectFrom('courtTransfers as t')
    .select(['t.id', 't.caseId', 't.outcome', 't.outcomeOn'])
    .where('t.direction', '=', 'from_court')
    .where('t.outcome', 'is not', null)
    .where('t.outcomeOn', '>=', fromDay)
    .where('t.outcomeOn', '<=', toDay)
    .where(inCaseScope(orgIds))
    .orderBy('t.outcomeOn')
    .orderBy('t.id')
    .execute();
}

export async function updateTransfer(
  db: Db,
  id: string,
  changes: Updateable<CourtTransfersTable>,
): Promise<void> {
  await db.updateTable('courtTransfers').set(changes).where('id', '=', id).execute();
}

export async function insertReply(db: Db, row: PetitionRepliesTable): Promise<void> {
  await db.insertInto('petitionReplies').values(row).execute();
}

function replies(db: Db) {
  return db
    .selectFrom('petitionReplies as r')
    .innerJoin('orgs as o', 'o.id', 'r.issuerOrgId')
    .selectAll('r')
    .select(['o.name as issuerName']);
}

export function selectReply(db: Db, caseId: string, id: string) {
  return replies(db).where('r.caseId', '=', caseId).where('r.id', '=', id).executeTakeFirst();
}

export function selectRepliesOfCase(db: Db, caseId: string) {
  return replies(db).where('r.caseId', '=', caseId).orderBy('r.createdAt').orderBy('r.id').execute();
}

export async function insertReview(db: Db, row: PetitionReviewsTable): Promise<void> {
  await db.insertInto('petitionReviews').values(row).execute();
}

export function selectReview(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('petitionReviews')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function selectReviewsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('petitionReviews')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('requestedOn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export async function updateReview(
  db: Db,
  id: string,
  changes: Updateable<PetitionReviewsTable>,
): Promise<void> {
  await db.updateTable('petitionReviews').set(changes).where('id', '=', id).execute();
}
