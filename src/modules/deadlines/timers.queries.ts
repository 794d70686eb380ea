import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  CaseCustodyTable,
  CaseTimerPausesTable,
  CaseTimersTable,
  DeadlineProfilesTable,
} from '../../db/tables.ts';

/** Timer rows with their profile's live warning shares. */
function timersWithShares(db: Db) {
  return db
    .selectFrom('caseTimers')
    .innerJoin('deadlineProfiles', 'deadlineProfiles.code', 'caseTimers.profileCode')
    .selectAll('caseTimers')
    .select('deadlineProfiles.warnShares');
}

export type TimerRow = CaseTimersTable & Pick<DeadlineProfilesTable, 'warnShares'>;

export function selectCaseExists(db: Db, caseId: string) {
  return db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
}

export function selectTimersOfCase(db: Db, caseId: string): Promise<TimerRow[]> {
  return timersWithShares(db)
    .where('caseTimers.caseId', '=', caseId)
    .orderBy('caseTimers.startedAt')
    .orderBy('caseTimers.id')
    .execute();
}

export function selectOpenTimersOfCase(db: Db, caseId: string): Promise<TimerRow[]> {
  return timersWithShares(db)
    .where('caseTimers.caseId', '=', caseId)
    .where('caseTimers.status', '<>', 'stopped')
    .orderBy('caseTimers.startedAt')
    .execute();
}

export function selectOpenTimer(db: Db, caseId: string, kind: string): Promise<TimerRow | undefined> {
  return timersWithShares(db)
    .where('caseTimers.caseId', '=', caseId)
    .where('caseTimers.kind', '=', kind)
    .where('caseTimers.status', '<>', 'stopped')
    .executeTakeFirst();
}

export function selectTimer(db: Db, id: string): Promise<TimerRow | undefined> {
  return timersWithShares(db).where('caseTimers.id', '=', id).executeTakeFirst();
}

/** Open timers in id order after `afterId` (keyset pages for the sweep). */
export function selectOpenTimersPage(db: Db, afterId: string | null, limit: number): Promise<TimerRow[]> {
  let query = timersWithShares(db).where('caseTimers.status', '<>', 'stopped');
  if (afterId) query = query.where('caseTimers.id', '>', afterId);
  return query.orderBy('caseTimers.id').limit(limit).execute();
}

export async function insertTimer(db: Db, row: CaseTimersTable): Promise<void> {
  await db.insertInto('caseTimers').values(row).execute();
}

export async function updateTimers(
  db: Db,
  ids: readonly string[],
  changes: Updateable<CaseTimersTable>,
): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('caseTimers').set(changes).where('id', 'in', ids).execute();
}

export function selectPausesOfTimers(db: Db, timerIds: readonly string[]) {
  if (timerIds.length === 0) return Promise.resolve([] as CaseTimerPausesTable[]);
  return db
    .selectFrom('caseTimerPauses')
    .selectAll()
    .where('timerId', 'in', timerIds)
    .orderBy('pausedAt')
    .execute();
}

export async function insertPauses(db: Db, rows: CaseTimerPausesTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('caseTimerPauses').values(rows).execute();
}

/** Closes the open pauses of the timers at `at`. */
export async function closeOpenPauses(db: Db, timerIds: readonly string[], at: string): Promise<void> {
  if (timerIds.length === 0) return;
  await db
    .updateTable('caseTimerPauses')
    .set({ resumedAt: at })
    .where('timerId', 'in', timerIds)
    .where('resumedAt', 'is', null)
    .execute();
}

/** The custody log of a case with organisation names, oldest first. */
export function selectCustody(db: Db, caseId: string) {
  return db
    .selectFrom('caseCustody')
    .innerJoin('orgs', 'orgs.id', 'caseCustody.orgId')
    .select([
      'caseCustody.id',
      'caseCustody.orgId',
      'orgs.name as orgName',
      'caseCustody.startedAt',
      'caseCustody.endedAt',
    ])
    .where('caseCustody.caseId', '=', caseId)
    .orderBy('caseCustody.startedAt')
    .orderBy('caseCustody.id')
    .execute();
}

export function selectOpenCustody(db: Db, caseId: string) {
  return db
    .selectFrom('caseCustody')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
}

export async function closeOpenCustody(db: Db, caseId: string, at: string): Promise<void> {
  await db
    .updateTable('caseCustody')
    .set({ endedAt: at })
    .where('caseId', '=', caseId)
    .where('endedAt', 'is', null)
    .execute();
}

export async function insertCustody(db: Db, row: CaseCustodyTable): Promise<void> {
  await db.insertInto('caseCustody').values(row).execute();
}

export function selectOrgExists(db: Db, orgId: string) {
  return db.selectFrom('orgs').select('id').where('id', '=', orgId).executeTakeFirst();
}
