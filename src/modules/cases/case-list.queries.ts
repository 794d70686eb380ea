/**
 * The case list: filters, Chinese full-text search, keyset pagination (stable order:
 * relevance when searching, then newest first, then id) and the total count.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { joinCaseTextSearch } from '../../db/dialect.ts';

export interface CaseListFilter {
  /** Organisation ids the caller may see; null when the caller sees the whole tree. */
  scopeOrgIds: string[] | null;
  /** Organisation ids of a requested subtree (`orgId=`). */
  orgIds?: string[];
  terms?: string[];
  statuses?: string[];
  categoryCodes?: string[];
  channel?: string;
  gridId?: string;
  risk?: string;
  flags?: string[];
  createdFrom?: string;
  createdBefore?: string;
  deadlineLevels?: string[];
  supervised?: boolean;
  /** Current organisation among these ids (null: any). */
  heldByOrgIds?: string[] | null;
  needsLeader?: boolean;
}

export interface Cursor {
  rank: number | null;
  createdAt: string;
  id: string;
}

const FLAG_COLUMNS = {
  group_incident: 'cases.isGroupIncident',
  repeat: 'cases.isRepeat',
  urgent: 'cases.isUrgent',
  sensitive: 'cases.isSensitive',
} as const;

function onPathOf(orgIds: string[]) {
  return sql<SqlBool>`exists (select 1 from case_orgs co where co.case_id = cases.id and co.org_id in (${sql.join(orgIds)}))`;
}

function filtered(db: Db, f: CaseListFilter) {
  let query = db.selectFrom('cases');
  let rank: RawBuilder<number> | null = null;
  if (f.terms && f.terms.length > 0) {
    const joined = joinCaseTextSearch(db, query, f.terms);
    query = joined.query;
    rank = joined.rank;
  }
  if (f.scopeOrgIds)
    query = query.where(f.scopeOrgIds.length ? onPathOf(f.scopeOrgIds) : sql<SqlBool>`1 = 0`);
  if (f.orgIds) query = query.where(f.orgIds.length ? onPathOf(f.orgIds) : sql<SqlBool>`1 = 0`);
  if (f.statuses?.length) query = query.where('cases.status', 'in', f.statuses);
  if (f.categoryCodes?.length) query = query.where('cases.categoryCode', 'in', f.categoryCodes);
  if (f.channel) query = query.where('cases.channel', '=', f.channel as never);
  if (f.gridId) query = query.where('cases.gridId', '=', f.gridId);
  if (f.risk) query = query.where('cases.risk', '=', f.risk as never);
  for (const flag of f.flags ?? [])
    query = query.where(FLAG_COLUMNS[flag as keyof typeof FLAG_COLUMNS], '=', 1);
  if (f.createdFrom) query = query.where('cases.createdAt', '>=', f.createdFrom);
  if (f.createdBefore) query = query.where('cases.createdAt', '<', f.createdBefore);
  if (f.deadlineLevels?.length) query = query.where('cases.deadlineLevel', 'in', f.deadlineLevels);
  if (f.supervised)
    query = query.where(
      sql<SqlBool>`exists (select 1 from case_supervisions s where s.case_id = cases.id and s.replied_at is null)`,
    );
  if (f.heldByOrgIds)
    query = query.where('cases.currentOrgId', 'in', f.heldByOrgIds.length ? f.heldByOrgIds : ['']);
  if (f.needsLeader) query = query.where('cases.needsLeader', '=', 1);
  return { query, rank };
}

export async function countCases(db: Db, f: CaseListFilter): Promise<number> {
  const { query } = filtered(db, f);
  const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function selectCasePage(db: Db, f: CaseListFilter, cursor: Cursor | null, limit: number) {
  const { query, rank } = filtered(db, f);
  let page = query
    .innerJoin('categories as cat', 'cat.code', 'cases.categoryCode')
    .innerJoin('orgs as cur', 'cur.id', 'cases.currentOrgId')
    .leftJoin('orgs as grid', 'grid.id', 'cases.gridId')
    .select([
      'cases.id',
      'cases.number',
      'cases.status',
      'cases.version',
      'cases.channel',
      'cases.categoryCode',
      'cases.petitionType',
      'cases.subject',
      'cases.risk',
      'cases.isGroupIncident',
      'cases.isRepeat',
      'cases.isUrgent',
      'cases.isSensitive',
      'cases.gridId',
      'cases.currentOrgId',
      'cases.createdAt',
      'cat.nameZh as categoryNameZh',
      'cat.nameEn as categoryNameEn',
      'cat.parentCode as categoryParentCode',
      'cur.name as currentOrgName',
      'grid.name as gridName',
    ])
    .select((rank ?? sql<number | null>`null`).as('score'));

  if (cursor) {
    const newer = (eb: any) =>
      eb.or([
        eb('cases.createdAt', '<', cursor.createdAt),
        eb.and([eb('cases.createdAt', '=', cursor.createdAt), eb('cases.id', '<', cursor.id)]),
      ]);
    page = page.where((eb) =>
      rank && cursor.rank !== null
        ? eb.or([eb(rank, '<', cursor.rank), eb.and([eb(rank, '=', cursor.rank), newer(eb)])])
        : newer(eb),
    );
  }
  if (rank) page = page.orderBy(rank, 'desc');
  return page
    .orderBy('cases.createdAt', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export type CasePageRow = Awaited<ReturnType<typeof selectCasePage>>[number];

/** Applicant names of each listed case. */
export function selectApplicantNames(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('caseParties')
    .select(['caseId', 'name'])
    .where('caseId', 'in', caseIds)
    .where('role', '=', 'applicant')
    .orderBy('position')
    .execute();
}
