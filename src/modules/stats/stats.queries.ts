/**
 * The SQL of the statistics (issue 7), built from shared expression helpers (STYLE.md §8,
 * Documenso `get-stats.ts`): one row source per count figure (what it counts and the date
 * that places it in a period, as figure-definitions.ts says), one scope filter per view,
 * and one bucket expression per breakdown. A count, a breakdown and a case list of the
 * same figure are the same query with a different select, so a figure always equals the
 * length of its list.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { localBucket } from '../../db/dialect.ts';
import type { CountKey } from './figure-definitions.ts';
import { countFigure } from './figure-values.ts';
import type { PeriodRange } from './period.ts';
import { SOURCES } from './figure-sources.queries.ts';

type AnyDb = Kysely<any>;
type Query = SelectQueryBuilder<any, any, any>;

/** Where the figures are counted: an organisation subtree seen by place or by handler. */
export interface StatsScope {
  rootId: string;
  rootPath: string;
  view: 'place' | 'handler';
  /** Only cases of these categories (a first-level code and its children); all when absent. */
  categoryCodes?: readonly string[];
}

export type BreakdownBy = 'category' | 'channel' | 'org' | 'grid' | 'day' | 'week' | 'month';

const HANDLER_RELATIONS = ['handler', 'current'] as const;

const subtree = (scope: StatsScope) => `${scope.rootPath}%`;

/** The figure's rows joined to their cases, in the scope (and the period unless the figure is a state now). */
function scopedRows(db: AnyDb, key: CountKey, range: PeriodRange | null, scope: StatsScope): Query {
  const source = SOURCES[key];
  const dated = countFigure(key).dateKind === 'now' ? null : range;
  const q: Query = db.selectFrom(source.rows(db, dated).as('f')).innerJoin('cases', 'cases.id', 'f.caseId');
  return inScope(source.onCase ? source.onCase(q, db) : q, scope);
}

/** Keeps the rows whose joined `cases` row lies in the scope (view and category). */
function inScope(query: Query, scope: StatsScope): Query {
  let q = query;
  if (scope.categoryCodes) q = q.where('cases.categoryCode', 'in', [...scope.categoryCodes]);
  if (scope.view === 'place') {
    return q
      .innerJoin('orgs as placeOrg', (join) =>
        join.on((eb) => eb('placeOrg.id', '=', eb.fn.coalesce('cases.gridId', 'cases.registeredOrgId'))),
      )
      .where('placeOrg.path', 'like', subtree(scope));
  }
  return q.where((eb) =>
    eb.exists(
      eb
        .selectFrom('caseOrgs as hco')
        .innerJoin('orgs as ho', 'ho.id', 'hco.orgId')
        .select('hco.orgId')
        .whereRef('hco.caseId', '=', 'cases.id')
        .where('hco.relation', 'in', [...HANDLER_RELATIONS])
        .where('ho.path', 'like', subtree(scope)),
    ),
  );
}

/** Joins what the `org` breakdown groups by: the direct child of the root that holds the place or a handler. */
function joinChildOrg(q: Query, scope: StatsScope): Query {
  const childOf = (path: string) => (join: any) =>
    join
      .on('bucketOrg.parentId', '=', scope.rootId)
      .on(sql.ref(path), 'like', sql`${sql.ref('bucketOrg.path')} || '%'`);
  if (scope.view === 'place') return q.leftJoin('orgs as bucketOrg', childOf('placeOrg.path'));
  return q
    .innerJoin('caseOrgs as bco', (join) =>
      join.onRef('bco.caseId', '=', 'cases.id').on('bco.relation', 'in', [...HANDLER_RELATIONS]),
    )
    .innerJoin('orgs as bho', (join) =>
      join.onRef('bho.id', '=', 'bco.orgId').on('bho.path', 'like', subtree(scope)),
    )
    .leftJoin('orgs as bucketOrg', childOf('bho.path'));
}

function bucketOf(db: AnyDb, key: CountKey, by: BreakdownBy) {
  switch (by) {
    case 'category':
      return sql.ref('cases.categoryCode');
    case 'channel':
      return sql.ref('cases.channel');
    case 'grid':
      return sql.ref('cases.gridId');
    case 'org':
      return sql.ref('bucketOrg.id');
    default:
      return localBucket(db, sql.ref('f.at'), by, countFigure(key).dateKind === 'date' ? 'date' : 'instant');
  }
}

/** How many items the figure counts in the scope and period. */
export async function countFigureRows(
  db: Db,
  key: CountKey,
  range: PeriodRange,
  scope: StatsScope,
): Promise<number> {
  const row = await figureCountQuery(db, key, range, scope).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The query behind `countFigureRows` (and, with `by`, `countFigureByBucket`), unexecuted: its SQL is snapshotted. */
export function figureCountQuery(
  db: Db,
  key: CountKey,
  range: PeriodRange,
  scope: StatsScope,
  by?: BreakdownBy,
) {
  if (!by)
    return scopedRows(db, key, range, scope).select((eb: any) => eb.fn.count('f.ref').distinct().as('n'));
  const q =
    by === 'org' ? joinChildOrg(scopedRows(db, key, range, scope), scope) : scopedRows(db, key, range, scope);
  const bucket = bucketOf(db, key, by);
  return q
    .select((eb: any) => [bucket.as('bucket'), eb.fn.count('f.ref').distinct().as('n')])
    .groupBy(bucket);
}

/**
 * The figure per bucket: `key` null for items without one (no grid; the root's own
 * cases under `org`). By `org` in the handler view a case handled in two branches
 * counts in both. Time buckets make no sense for a state now: callers skip those.
 */
export async function countFigureByBucket(
  db: Db,
  key: CountKey,
  range: PeriodRange,
  scope: StatsScope,
  by: BreakdownBy,
): Promise<{ key: string | null; n: number }[]> {
  const rows = await figureCountQuery(db, key, range, scope, by).execute();
  return rows.map((r) => ({ key: (r.bucket as string | null) ?? null, n: Number(r.n) }));
}

export interface FigureItemRow {
  ref: string;
  at: string | null;
  caseId: string;
  number: string;
  subject: string;
  status: string;
  categoryCode: string;
  channel: string;
  gridId: string | null;
  currentOrgId: string;
  createdAt: string;
}

/** The items behind the figure, ordered by (date, ref), from after the keyset cursor; `limit` rows. */
export async function selectFigureRows(
  db: Db,
  key: CountKey,
  range: PeriodRange,
  scope: StatsScope,
  page: { after: { at: string; ref: string } | null; limit: number },
): Promise<FigureItemRow[]> {
  let q = scopedRows(db, key, range, scope).select([
    'f.ref as ref',
    'f.at as at',
    'cases.id as caseId',
    'cases.number as number',
    'cases.subject as subject',
    'cases.status as status',
    'cases.categoryCode as categoryCode',
    'cases.channel as channel',
    'cases.gridId as gridId',
    'cases.currentOrgId as currentOrgId',
    'cases.createdAt as createdAt',
  ]);
  const at = sql`coalesce(${sql.ref('f.at')}, '')`;
  if (page.after) {
    const { at: a, ref } = page.after;
    q = q.where((eb: any) => eb.or([eb(at, '>', a), eb.and([eb(at, '=', a), eb('f.ref', '>', ref)])]));
  }
  return (await q.orderBy(at).orderBy('f.ref').limit(page.limit).execute()) as FigureItemRow[];
}

/** Names of organisations by id (labels of breakdown rows). */
export async function selectOrgNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'type', 'sortOrder'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The direct children of an organisation, in display order (rows of the `org` breakdown). */
export function selectChildOrgs(db: Db, parentId: string) {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'type', 'sortOrder'])
    .where('parentId', '=', parentId)
    .orderBy('sortOrder')
    .orderBy('name')
    .execute();
}

/**
 * Open cases of the scope at the given risk levels (the major-risk list of a report),
 * newest first, with the name of the organisation holding them.
 */
export function selectOpenCasesAtRisk(
  db: Db,
  scope: StatsScope,
  filter: { risks: readonly string[]; statuses: readonly string[]; limit: number },
) {
  const q = (db as AnyDb)
    .selectFrom('cases')
    .innerJoin('orgs as holder', 'holder.id', 'cases.currentOrgId')
    .select([
      'cases.id as caseId',
      'cases.number as number',
      'cases.subject as subject',
      'cases.status as status',
      'cases.createdAt as createdAt',
      'holder.name as orgName',
    ])
    .where('cases.risk', 'in', [...filter.risks])
    .where('cases.status', 'in', [...filter.statuses]);
  return inScope(q, scope).orderBy('cases.createdAt', 'desc').limit(filter.limit).execute() as Promise<
    { caseId: string; number: string; subject: string; status: string; createdAt: string; orgName: string }[]
  >;
}
