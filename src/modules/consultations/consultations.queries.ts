/** SQL of the consultations module (STYLE.md §3): Kysely functions with no rules. */
import { sql, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { forUpdate } from '../../db/dialect.ts';
import type {
  ConsultationParticipantsTable,
  ConsultationTasksTable,
  ConsultationsTable,
} from '../../db/tables.ts';

export async function insertConsultation(
  db: Db,
  row: ConsultationsTable,
  participants: ConsultationParticipantsTable[],
): Promise<void> {
  await db.insertInto('consultations').values(row).execute();
  await db.insertInto('consultationParticipants').values(participants).execute();
}

function consultationsWithConvener(db: Db) {
  return db
    .selectFrom('consultations as k')
    .innerJoin('users as u', 'u.id', 'k.convenedBy')
    .selectAll('k')
    .select('u.displayName as convenedByName');
}

export function selectConsultation(db: Db, id: string) {
  return consultationsWithConvener(db).where('k.id', '=', id).executeTakeFirst();
}

export type ConsultationRow = NonNullable<Awaited<ReturnType<typeof selectConsultation>>>;

export function selectConsultationsOfCase(db: Db, caseId: string) {
  return consultationsWithConvener(db)
    .where('k.caseId', '=', caseId)
    .orderBy('k.scheduledAt')
    .orderBy('k.id')
    .execute();
}

/**
 * Consultations about cases on whose path (case_orgs) one of `orgIds` lies (null: every
 * case, a district root), with the case's number and subject; latest meeting first.
 */
export function selectConsultationsInScope(
  db: Db,
  f: { orgIds: string[] | null; status?: ConsultationsTable['status'] | undefined; limit: number },
) {
  let query = consultationsWithConvener(db)
    .innerJoin('cases as c', 'c.id', 'k.caseId')
    .select(['c.number as caseNumber', 'c.subject as caseSubject']);
  if (f.orgIds)
    query = query.where(
      sql<SqlBool>`exists (select 1 from case_orgs co where co.case_id = k.case_id and co.org_id in (${sql.join(f.orgIds.length ? f.orgIds : [''])}))`,
    );
  if (f.status) query = query.where('k.status', '=', f.status);
  return query.orderBy('k.scheduledAt', 'desc').orderBy('k.id', 'desc').limit(f.limit).execute();
}

/** The consultation row, locked until the transaction ends (PostgreSQL), so minutes are recorded one at a time. */
export function lockConsultation(db: Db, id: string) {
  return forUpdate(db, db.selectFrom('consultations').selectAll().where('id', '=', id)).executeTakeFirst();
}

export function selectParticipantsOf(db: Db, consultationIds: string[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('consultationParticipants')
    .selectAll()
    .where('consultationId', 'in', consultationIds)
    .orderBy('consultationId')
    .orderBy('position')
    .execute();
}

export async function updateConsultation(
  db: Db,
  id: string,
  changes: Updateable<ConsultationsTable>,
): Promise<void> {
  await db.updateTable('consultations').set(changes).where('id', '=', id).execute();
}

export async function updateAttendance(
  db: Db,
  consultationId: string,
  participantId: string,
  attended: number,
): Promise<void> {
  await db
    .updateTable('consultationParticipants')
    .set({ attended })
    .where('consultationId', '=', consultationId)
    .where('id', '=', participantId)
    .execute();
}

export async function insertTasks(db: Db, rows: ConsultationTasksTable[]): Promise<void> {
  if (rows.length) await db.insertInto('consultationTasks').values(rows).execute();
}

function tasksWithNames(db: Db) {
  return db
    .selectFrom('consultationTasks as t')
    .innerJoin('consultations as k', 'k.id', 't.consultationId')
    .innerJoin('cases as c', 'c.id', 't.caseId')
    .innerJoin('orgs as o', 'o.id', 't.ownerOrgId')
    .leftJoin('users as u', 'u.id', 't.ownerUserId')
    .selectAll('t')
    .select([
      'k.title as consultationTitle',
      'k.convenedBy',
      'c.number as caseNumber',
      'c.subject as caseSubject',
      'o.name as ownerOrgName',
      'o.path as ownerOrgPath',
      'u.displayName as ownerUserName',
    ]);
}

export type TaskRow = Awaited<ReturnType<typeof selectTasksOf>>[number];

/** The tasks of the given consultations, earliest due first. */
export function selectTasksOf(db: Db, consultationIds: string[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return tasksWithNames(db)
    .where('t.consultationId', 'in', consultationIds)
    .orderBy('t.dueOn')
    .orderBy('t.createdAt')
    .orderBy('t.id')
    .execute();
}

export function selectTask(db: Db, id: string) {
  return tasksWithNames(db).where('t.id', '=', id).executeTakeFirst();
}

export interface TaskFilter {
  /** Owner organisations to include; null: every organisation (a district root). */
  orgIds: string[] | null;
  /** Only tasks owned by exactly this organisation or assigned to this user. */
  mine?: { orgId: string; userId: string };
  status?: 'open' | 'done' | 'overdue';
  today: string;
  limit: number;
}

/** Tasks of the owner organisations in `orgIds`, earliest due first. */
export function selectTasks(db: Db, f: TaskFilter) {
  let query = tasksWithNames(db);
  if (f.orgIds) query = query.where('t.ownerOrgId', 'in', f.orgIds.length ? f.orgIds : ['']);
  if (f.mine) {
    const { orgId, userId } = f.mine;
    query = query.where((eb) => eb.or([eb('t.ownerOrgId', '=', orgId), eb('t.ownerUserId', '=', userId)]));
  }
  if (f.status === 'done') query = query.where('t.status', '=', 'done');
  if (f.status === 'open') query = query.where('t.status', '=', 'open');
  if (f.status === 'overdue') query = query.where('t.status', '=', 'open').where('t.dueOn', '<', f.today);
  return query.orderBy('t.dueOn').orderBy('t.id').limit(f.limit).execute();
}

/** Marks an open task done; 0 when it was done already. */
export async function updateTaskDone(
  db: Db,
  id: string,
  changes: Pick<ConsultationTasksTable, 'doneNote' | 'doneBy' | 'doneAt'>,
): Promise<number> {
  const r = await db
    .updateTable('consultationTasks')
    .set({ ...changes, status: 'done' })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Open tasks due on or before `day` whose owners have not been reminded yet. */
export function selectUnremindedDueTasks(db: Db, day: string, limit: number) {
  return tasksWithNames(db)
    .where('t.status', '=', 'open')
    .where('t.remindedAt', 'is', null)
    .where('t.dueOn', '<=', day)
    .orderBy('t.dueOn')
    .orderBy('t.id')
    .limit(limit)
    .execute();
}

/** Marks the reminder sent; 0 when another run sent it first. */
export async function markTaskReminded(db: Db, id: string, at: string): Promise<number> {
  const r = await db
    .updateTable('consultationTasks')
    .set({ remindedAt: at })
    .where('id', '=', id)
    .where('remindedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
