import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AgreementTermsTable, AgreementsTable, MediationSessionsTable } from '../../db/tables.ts';

export async function insertSession(
  db: Db,
  row: MediationSessionsTable,
  mediators: { userId: string; isLead: number }[],
  partyIds: string[],
): Promise<void> {
  await db.insertInto('mediationSessions').values(row).execute();
  await db
    .insertInto('mediationSessionMediators')
    .values(mediators.map((m) => ({ sessionId: row.id, ...m })))
    .execute();
  if (partyIds.length)
    await db
      .insertInto('mediationSessionInvitees')
      .values(partyIds.map((partyId) => ({ sessionId: row.id, partyId })))
      .execute();
}

export function selectSession(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('mediationSessions')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function selectSessionsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('mediationSessions')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('startsAt')
    .execute();
}

export function selectMediatorsOf(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mediationSessionMediators as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.sessionId', 'm.userId', 'm.isLead', 'u.displayName'])
    .where('m.sessionId', 'in', sessionIds)
    .orderBy('m.isLead', 'desc')
    .execute();
}

export function selectInviteesOf(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mediationSessionInvitees')
    .select(['sessionId', 'partyId'])
    .where('sessionId', 'in', sessionIds)
    .execute();
}

export async function updateSession(
  db: Db,
  id: string,
  changes: Updateable<MediationSessionsTable>,
): Promise<void> {
  await db.updateTable('mediationSessions').set(changes).where('id', '=', id).execute();
}

/** Sessions a user mediates between two instants (the mediator's calendar). */
export function selectSessionsOfMediator(db: Db, userId: string, from: string, to: string) {
  return db
    .selectFrom('mediationSessions as s')
    .innerJoin('mediationSessionMediators as m', 'm.sessionId', 's.id')
    .innerJoin('cases as c', 'c.id', 's.caseId')
    .select([
      's.id',
      's.caseId',
      's.startsAt',
      's.place',
      's.isOnline',
      's.status',
      's.outcome',
      'm.isLead',
      'c.number as caseNumber',
      'c.subject as caseSubject',
    ])
    .where('m.userId', '=', userId)
    .where('s.startsAt', '>=', from)
    .where('s.startsAt', '<', to)
    .orderBy('s.startsAt')
    .execute();
}

export async function insertAgreement(
  db: Db,
  row: AgreementsTable,
  terms: Insertable<AgreementTermsTable>[],
): Promise<void> {
  await db.insertInto('agreements').values(row).execute();
  if (terms.length) await db.insertInto('agreementTerms').values(terms).execute();
}

export function selectAgreementsOfCase(db: Db, caseId: string) {
  return db.selectFrom('agreements').selectAll().where('caseId', '=', caseId).orderBy('createdAt').execute();
}

export function selectAgreement(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function selectTermsOf(db: Db, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreementTerms')
    .selectAll()
    .where('agreementId', 'in', agreementIds)
    .orderBy('position')
    .execute();
}

export async function updateTerm(
  db: Db,
  agreementId: string,
  id: string,
  changes: Updateable<AgreementTermsTable>,
): Promise<number> {
  const r = await db
    .updateTable('agreementTerms')
    .set(changes)
    .where('agreementId', '=', agreementId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
