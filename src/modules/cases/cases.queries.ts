import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { forUpdate } from '../../db/dialect.ts';
import type {
  CaseAttachmentsTable,
  CaseEventsTable,
  CaseLinksTable,
  CaseOrgsTable,
  CasePartiesTable,
  CasesTable,
} from '../../db/tables.ts';

/** Increments and returns a named counter; the row lock (PostgreSQL) or the writer lock (SQLite) makes it gap-free. */
export async function nextCounterValue(db: Db, key: string): Promise<number> {
  await db
    .insertInto('caseCounters')
    .values({ key, value: 0 })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .updateTable('caseCounters')
    .set({ value: sql`value + 1` })
    .where('key', '=', key)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

export async function insertCase(
  db: Db,
  row: Insertable<CasesTable>,
  orgs: CaseOrgsTable[],
  parties: CasePartiesTable[],
): Promise<void> {
  await db.insertInto('cases').values(row).execute();
  await db.insertInto('caseOrgs').values(orgs).execute();
  if (parties.length) await db.insertInto('caseParties').values(parties).execute();
}

export async function insertEvent(db: Db, event: Omit<CaseEventsTable, 'seq'>): Promise<number> {
  const last = await db
    .selectFrom('caseEvents')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('caseId', '=', event.caseId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('caseEvents')
    .values({ ...event, seq })
    .execute();
  return seq;
}

export function selectCaseById(db: Db, id: string) {
  return db
    .selectFrom('cases')
    .innerJoin('categories as cat', 'cat.code', 'cases.categoryCode')
    .innerJoin('orgs as reg', 'reg.id', 'cases.registeredOrgId')
    .innerJoin('orgs as cur', 'cur.id', 'cases.currentOrgId')
    .leftJoin('orgs as grid', 'grid.id', 'cases.gridId')
    .leftJoin('users as regUser', 'regUser.id', 'cases.registeredBy')
    .selectAll('cases')
    .select([
      'cat.nameZh as categoryNameZh',
      'cat.nameEn as categoryNameEn',
      'cat.parentCode as categoryParentCode',
      'reg.name as registeredOrgName',
      'cur.name as currentOrgName',
      'cur.path as currentOrgPath',
      'grid.name as gridName',
      'regUser.displayName as registeredByName',
    ])
    .where('cases.id', '=', id)
    .executeTakeFirst();
}

export type CaseDetailRow = NonNullable<Awaited<ReturnType<typeof selectCaseById>>>;

/** The organisations a case is visible to (DESIGN.md §1), with their paths. */
export function selectCaseOrgPaths(db: Db, caseId: string) {
  return db
    .selectFrom('caseOrgs')
    .innerJoin('orgs', 'orgs.id', 'caseOrgs.orgId')
    .select(['caseOrgs.orgId', 'caseOrgs.relation', 'orgs.path'])
    .where('caseOrgs.caseId', '=', caseId)
    .execute();
}

export function selectParties(db: Db, caseId: string) {
  return db.selectFrom('caseParties').selectAll().where('caseId', '=', caseId).orderBy('position').execute();
}

export function selectParty(db: Db, caseId: string, partyId: string) {
  return db
    .selectFrom('caseParties')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', partyId)
    .executeTakeFirst();
}

export function selectEvents(db: Db, caseId: string) {
  return db.selectFrom('caseEvents').selectAll().where('caseId', '=', caseId).orderBy('seq').execute();
}

export function selectAttachments(db: Db, caseId: string) {
  return db
    .selectFrom('caseAttachments')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('uploadedAt')
    .orderBy('id')
    .execute();
}

export function selectAttachment(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('caseAttachments')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Attachments of a case uploaded without a staff account (by the citizen on the portal). */
export async function countCitizenAttachments(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('caseAttachments')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('caseId', '=', caseId)
    .where('uploadedBy', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAttachment(db: Db, row: CaseAttachmentsTable): Promise<void> {
  await db.insertInto('caseAttachments').values(row).execute();
}

export async function touchCase(db: Db, id: string, updatedAt: string): Promise<void> {
  await db.updateTable('cases').set({ updatedAt }).where('id', '=', id).execute();
}

/** Both directions of a case's links, with the other case's summary. */
export function selectLinks(db: Db, caseId: string) {
  const out = db
    .selectFrom('caseLinks as l')
    .innerJoin('cases as c', 'c.id', 'l.relatedCaseId')
    .select(['c.id as caseId', 'c.number', 'c.subject', 'c.status', 'c.createdAt', 'l.reason', 'l.score'])
    .where('l.caseId', '=', caseId);
  const back = db
    .selectFrom('caseLinks as l')
    .innerJoin('cases as c', 'c.id', 'l.caseId')
    .select(['c.id as caseId', 'c.number', 'c.subject', 'c.status', 'c.createdAt', 'l.reason', 'l.score'])
    .where('l.relatedCaseId', '=', caseId);
  return out.unionAll(back).execute();
}

/** Org ids on the path of each of `caseIds`, to filter links by the reader's scope. */
export function selectOrgIdsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('caseOrgs').select(['caseId', 'orgId']).where('caseId', 'in', caseIds).execute();
}

// ----- related-case detection -----

export function selectCasesByPartyHashes(db: Db, hashes: string[], limit: number) {
  if (hashes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('caseParties')
    .select(['caseId', 'role', 'idNumberHash', 'phoneHash'])
    .where((eb) => eb.or([eb('idNumberHash', 'in', hashes), eb('phoneHash', 'in', hashes)]))
    .limit(limit)
    .execute();
}

export function selectCasesByRespondentOrg(db: Db, creditCodes: string[], names: string[], limit: number) {
  if (creditCodes.length === 0 && names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('caseParties')
    .select('caseId')
    .where('role', '=', 'respondent')
    .where('kind', '=', 'organisation')
    .where((eb) => {
      const ors = [];
      if (creditCodes.length) ors.push(eb('creditCode', 'in', creditCodes));
      if (names.length) ors.push(eb('name', 'in', names));
      return eb.or(ors);
    })
    .limit(limit)
    .execute();
}

export function selectSameGridCategorySince(
  db: Db,
  gridId: string,
  categoryCode: string,
  since: string,
  limit: number,
) {
  return db
    .selectFrom('cases')
    .select(['id'])
    .where('gridId', '=', gridId)
    .where('categoryCode', '=', categoryCode)
    .where('createdAt', '>=', since)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
}

export function selectCasesByBands(db: Db, bands: string[], limit: number) {
  return db
    .selectFrom('caseSimhashBands as b')
    .innerJoin('cases as c', 'c.id', 'b.caseId')
    .select(['c.id', 'c.simhash', 'c.categoryCode'])
    .where('b.band', 'in', bands)
    .distinct()
    .limit(limit)
    .execute();
}

export function selectCategoriesOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('cases').select(['id', 'categoryCode']).where('id', 'in', caseIds).execute();
}

export async function insertBands(db: Db, caseId: string, bands: string[]): Promise<void> {
  await db
    .insertInto('caseSimhashBands')
    .values(bands.map((band) => ({ band, caseId })))
    .execute();
}

export async function insertLinks(db: Db, links: CaseLinksTable[]): Promise<void> {
  if (links.length) await db.insertInto('caseLinks').values(links).execute();
}

// ----- state machine -----

/** The case row with its current organisation's path, locked on PostgreSQL for the action. */
export function selectCaseForAction(db: Db, id: string) {
  return forUpdate(
    db,
    db
      .selectFrom('cases')
      .innerJoin('orgs as cur', 'cur.id', 'cases.currentOrgId')
      .selectAll('cases')
      .select(['cur.path as currentOrgPath', 'cur.parentId as currentOrgParentId'])
      .where('cases.id', '=', id),
  ).executeTakeFirst();
}

export type CaseForAction = NonNullable<Awaited<ReturnType<typeof selectCaseForAction>>>;

/** Writes the new state if nobody changed the case meanwhile; returns false on a stale version. */
export async function updateCaseState(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<CasesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceCaseOrg(
  db: Db,
  caseId: string,
  relation: CaseOrgsTable['relation'],
  orgId: string,
): Promise<void> {
  await db.deleteFrom('caseOrgs').where('caseId', '=', caseId).where('relation', '=', relation).execute();
  await db.insertInto('caseOrgs').values({ caseId, orgId, relation }).execute();
}

export async function addCaseOrg(
  db: Db,
  caseId: string,
  relation: CaseOrgsTable['relation'],
  orgId: string,
): Promise<void> {
  await db
    .insertInto('caseOrgs')
    .values({ caseId, orgId, relation })
    .onConflict((oc) => oc.columns(['caseId', 'orgId', 'relation']).doNothing())
    .execute();
}

export async function setDeadlineColumns(
  db: Db,
  caseId: string,
  level: string | null,
  dueAt: string | null,
): Promise<void> {
  await db.updateTable('cases').set({ deadlineLevel: level, dueAt }).where('id', '=', caseId).execute();
}

export function selectCaseSummary(db: Db, id: string) {
  return db
    .selectFrom('cases')
    .innerJoin('orgs as cur', 'cur.id', 'cases.currentOrgId')
    .select([
      'cases.id',
      'cases.number',
      'cases.subject',
      'cases.status',
      'cases.currentOrgId',
      'cur.path as currentOrgPath',
      'cur.name as currentOrgName',
      'cases.assignedUserId',
      'cases.dispatchedByOrgId',
      'cases.registeredOrgId',
      'cases.categoryCode',
      'cases.channel',
    ])
    .where('cases.id', '=', id)
    .executeTakeFirst();
}

export async function setNeedsLeader(db: Db, caseId: string): Promise<void> {
  await db.updateTable('cases').set({ needsLeader: 1 }).where('id', '=', caseId).execute();
}

/** Adds one visit in person to the case's count (an increment in SQL: concurrent clicks both count). */
export async function incrementVisits(db: Db, caseId: string, updatedAt: string): Promise<number> {
  const row = await db
    .updateTable('cases')
    .set({ visits: sql`visits + 1`, updatedAt })
    .where('id', '=', caseId)
    .returning('visits')
    .executeTakeFirst();
  return Number(row?.visits ?? 0);
}

/** How many events of `type` the case has (e.g. its resolutions). */
export async function countEventsOfType(db: Db, caseId: string, type: string): Promise<number> {
  const row = await db
    .selectFrom('caseEvents')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('caseId', '=', caseId)
    .where('type', '=', type)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
