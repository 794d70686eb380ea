import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  AgreementTermsTable,
  AgreementsTable,
  FollowupsTable,
  JudicialConfirmationsTable,
  MediationSessionsTable,
} from '../../db/tables.ts';

export async function insertSession(
  db: Db,
  row: Insertable<MediationSessionsTable>,
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
    .selectFrom('mediationSessionInvitees as i')
    .innerJoin('caseParties as p', 'p.id', 'i.partyId')
    .select(['i.sessionId', 'i.partyId'])
    .where('i.sessionId', 'in', sessionIds)
    .orderBy('p.position')
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
  row: Insertable<AgreementsTable>,
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

// ----- follow-up visits -----

export async function insertFollowups(db: Db, rows: FollowupsTable[]): Promise<void> {
  if (rows.length) await db.insertInto('followups').values(rows).execute();
}

export function selectFollowup(db: Db, id: string) {
  return db.selectFrom('followups').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Follow-ups of organisations among `orgIds` (null: all), pending and due on or before `dueBy`, or done too. */
export function selectFollowups(
  db: Db,
  args: { orgIds: string[] | null; dueBy: string; status?: 'pending' | 'done'; limit: number },
) {
  let query = db
    .selectFrom('followups as f')
    .innerJoin('cases as c', 'c.id', 'f.caseId')
    .innerJoin('orgs as o', 'o.id', 'f.orgId')
    .selectAll('f')
    .select([
      'c.number as caseNumber',
      'c.subject as caseSubject',
      'c.status as caseStatus',
      'o.name as orgName',
    ])
    .where('f.dueOn', '<=', args.dueBy);
  if (args.orgIds) query = query.where('f.orgId', 'in', args.orgIds.length ? args.orgIds : ['']);
  if (args.status) query = query.where('f.status', '=', args.status);
  return query.orderBy('f.dueOn').orderBy('f.id').limit(args.limit).execute();
}

export function selectFollowupsOfCase(db: Db, caseId: string) {
  return db.selectFrom('followups').selectAll().where('caseId', '=', caseId).orderBy('dueOn').execute();
}

export async function updateFollowup(
  db: Db,
  id: string,
  changes: Updateable<FollowupsTable>,
): Promise<number> {
  const r = await db
    .updateTable('followups')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function cancelPendingFollowups(db: Db, caseId: string): Promise<void> {
  await db
    .updateTable('followups')
    .set({ status: 'cancelled' })
    .where('caseId', '=', caseId)
    .where('status', '=', 'pending')
    .execute();
}

/** Pending follow-ups due on or before `day` whose holders have not been told yet. */
export function selectUnnotifiedDueFollowups(db: Db, day: string, limit: number) {
  return db
    .selectFrom('followups as f')
    .innerJoin('cases as c', 'c.id', 'f.caseId')
    .select(['f.id', 'f.caseId', 'f.orgId', 'f.dueOn', 'c.number', 'c.subject'])
    .where('f.status', '=', 'pending')
    .where('f.notifiedAt', 'is', null)
    .where('f.dueOn', '<=', day)
    .limit(limit)
    .execute();
}

export async function markFollowupNotified(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('followups').set({ notifiedAt: at }).where('id', '=', id).execute();
}

export async function selectSetting(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('appSettings').select('value').where('key', '=', key).executeTakeFirst())
    ?.value;
}

export async function upsertSetting(db: Db, key: string, value: string, at: string): Promise<void> {
  await db
    .insertInto('appSettings')
    .values({ key, value, updatedAt: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
    .execute();
}

// ----- judicial confirmation -----

export async function insertJudicial(db: Db, row: JudicialConfirmationsTable): Promise<void> {
  await db.insertInto('judicialConfirmations').values(row).execute();
}

export function selectJudicial(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('judicialConfirmations')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function selectJudicialOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('judicialConfirmations')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
}

export async function updateJudicial(
  db: Db,
  id: string,
  changes: Updateable<JudicialConfirmationsTable>,
): Promise<void> {
  await db.updateTable('judicialConfirmations').set(changes).where('id', '=', id).execute();
}

/** Court-linkage list: confirmations of cases on the path of `orgIds` (null: all). */
export function selectJudicialInScope(db: Db, orgIds: string[] | null, openOnly: boolean) {
  let query = db
    .selectFrom('judicialConfirmations as j')
    .innerJoin('cases as c', 'c.id', 'j.caseId')
    .selectAll('j')
    .select(['c.number as caseNumber', 'c.subject as caseSubject']);
  if (orgIds)
    query = query.where(
      orgIds.length
        ? sql<SqlBool>`exists (select 1 from case_orgs co where co.case_id = j.case_id and co.org_id in (${sql.join(orgIds)}))`
        : sql<SqlBool>`1 = 0`,
    );
  if (openOnly) query = query.where('j.decision', 'is', null);
  return query.orderBy('j.appliedOn', 'desc').limit(500).execute();
}

export function selectUserNames(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute();
}

/** Changes a session only while it is scheduled; returns the number of rows changed (0: it is not). */
export async function updateScheduledSession(
  db: Db,
  id: string,
  changes: Updateable<MediationSessionsTable>,
): Promise<number> {
  const r = await db
    .updateTable('mediationSessions')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Marks an agreement void unless it is already; returns the number of rows changed. */
export async function voidAgreement(
  db: Db,
  id: string,
  changes: { voidReason: string; voidedBy: string; voidedAt: string },
): Promise<number> {
  const r = await db
    .updateTable('agreements')
    .set(changes)
    .where('id', '=', id)
    .where('voidedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Drops the pending follow-up visits of an agreement; returns how many. */
export async function cancelPendingFollowupsOfAgreement(db: Db, agreementId: string): Promise<number> {
  const r = await db
    .updateTable('followups')
    .set({ status: 'cancelled' })
    .where('agreementId', '=', agreementId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
