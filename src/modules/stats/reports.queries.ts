/** The SQL of generated reports (table `reports`). */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ReportsTable } from '../../db/tables.ts';

const COLUMNS = [
  'reports.id',
  'reports.kind',
  'reports.periodStart',
  'reports.periodEnd',
  'reports.orgId',
  'orgs.name as orgName',
  'orgs.path as orgPath',
  'reports.title',
  'reports.figures',
  'reports.docxSha256',
  'reports.docxSize',
  'reports.xlsxSha256',
  'reports.xlsxSize',
  'reports.source',
  'reports.createdBy',
  'reports.createdAt',
  'reports.updatedAt',
] as const;

export function selectReport(db: Db, id: string) {
  return db
    .selectFrom('reports')
    .innerJoin('orgs', 'orgs.id', 'reports.orgId')
    .select(COLUMNS)
    .where('reports.id', '=', id)
    .executeTakeFirst();
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof selectReport>>>;

export function selectReportFor(
  db: Db,
  key: { kind: ReportsTable['kind']; periodStart: string; orgId: string },
) {
  return db
    .selectFrom('reports')
    .select(['id'])
    .where('kind', '=', key.kind)
    .where('periodStart', '=', key.periodStart)
    .where('orgId', '=', key.orgId)
    .executeTakeFirst();
}

/** Reports of organisations under `path`, newest period first. */
export function selectReportsUnder(
  db: Db,
  filter: { path: string; kind?: ReportsTable['kind']; orgId?: string; limit: number },
) {
  let q = db
    .selectFrom('reports')
    .innerJoin('orgs', 'orgs.id', 'reports.orgId')
    .select(COLUMNS)
    .where('orgs.path', 'like', `${filter.path}%`);
  if (filter.kind) q = q.where('reports.kind', '=', filter.kind);
  if (filter.orgId) q = q.where('reports.orgId', '=', filter.orgId);
  return q
    .orderBy('reports.periodStart', 'desc')
    .orderBy('reports.kind')
    .orderBy('reports.createdAt', 'desc')
    .limit(filter.limit)
    .execute();
}

export async function insertReport(db: Db, row: Insertable<ReportsTable>): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

export async function updateReport(db: Db, id: string, changes: Updateable<ReportsTable>): Promise<void> {
  await db.updateTable('reports').set(changes).where('id', '=', id).execute();
}
