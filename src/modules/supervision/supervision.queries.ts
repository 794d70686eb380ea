import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CaseSupervisionsTable } from '../../db/tables.ts';

export async function insertSupervision(db: Db, row: CaseSupervisionsTable): Promise<void> {
  await db.insertInto('caseSupervisions').values(row).execute();
}

const columns = [
  'cs.id',
  'cs.caseId',
  'cs.source',
  'cs.urgency',
  'cs.note',
  'cs.orgId',
  'o.name as orgName',
  'cs.createdBy',
  'u.displayName as createdByName',
  'cs.replyDueAt',
  'cs.reply',
  'cs.repliedBy',
  'cs.repliedAt',
  'cs.createdAt',
  'c.number as caseNumber',
  'c.subject as caseSubject',
] as const;

function base(db: Db) {
  return db
    .selectFrom('caseSupervisions as cs')
    .innerJoin('cases as c', 'c.id', 'cs.caseId')
    .innerJoin('orgs as o', 'o.id', 'cs.orgId')
    .leftJoin('users as u', 'u.id', 'cs.createdBy')
    .select(columns);
}

export function selectSupervision(db: Db, id: string) {
  return base(db).where('cs.id', '=', id).executeTakeFirst();
}

export function selectSupervisionsOfCase(db: Db, caseId: string) {
  return base(db).where('cs.caseId', '=', caseId).orderBy('cs.createdAt', 'desc').execute();
}

/** Supervisions of cases on the path of the given organisations (null: all). */
export function selectSupervisionsInScope(
  db: Db,
  args: { orgIds: string[] | null; openOnly: boolean; limit: number },
) {
  let query = base(db);
  if (args.orgIds) {
    query = query.where(
      args.orgIds.length
        ? sql<SqlBool>`exists (select 1 from case_orgs co where co.case_id = cs.case_id and co.org_id in (${sql.join(args.orgIds)}))`
        : sql<SqlBool>`1 = 0`,
    );
  }
  if (args.openOnly) query = query.where('cs.repliedAt', 'is', null);
  return query.orderBy('cs.replyDueAt').orderBy('cs.id').limit(args.limit).execute();
}

export async function countOpenDeadlineSupervisions(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('caseSupervisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('caseId', '=', caseId)
    .where('source', '=', 'deadline_red')
    .where('repliedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateReply(
  db: Db,
  id: string,
  reply: string,
  userId: string,
  at: string,
): Promise<number> {
  const result = await db
    .updateTable('caseSupervisions')
    .set({ reply, repliedBy: userId, repliedAt: at })
    .where('id', '=', id)
    .where('repliedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
