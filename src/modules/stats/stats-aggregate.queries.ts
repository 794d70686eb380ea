/**
 * The SQL of the pre-aggregated figures (issue 7, "Speed"): daily counts per containing
 * organisation, view and figure, counted from the same row sources as the
 * direct queries (figure-sources.queries.ts), so both agree by construction; the marks
 * the triggers leave (migration 202611251900); and the sums the summary reads.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { localBucket } from '../../db/dialect.ts';
import type { CountKey } from './figure-definitions.ts';
import { countFigure } from './figure-values.ts';
import { SOURCES } from './figure-sources.queries.ts';
import type { PeriodRange } from './period.ts';

type AnyDb = Kysely<any>;
type Query = SelectQueryBuilder<any, any, any>;

const HANDLER_RELATIONS = ['handler', 'current'] as const;
const CHUNK = 500;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

export async function hasStatsMarks(db: Db): Promise<boolean> {
  return (await db.selectFrom('statsDirty').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function hasRebuildMark(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('statsDirty')
    .select('id')
    .where('kind', '=', 'rebuild')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The oldest marks, in the order they were made. */
export function selectStatsMarks(db: Db, limit: number) {
  return db.selectFrom('statsDirty').select(['id', 'kind', 'ref']).orderBy('id').limit(limit).execute();
}

/** Forgets the marks up to `maxId` (all of them when absent). */
export async function deleteStatsMarks(db: Db, maxId?: number): Promise<void> {
  const q = db.deleteFrom('statsDirty');
  await (maxId === undefined ? q : q.where('id', '<=', maxId)).execute();
}

/** Recomputes every organisation with its ancestors (itself included) from the paths. */
export async function rebuildOrgClosure(db: Db): Promise<void> {
  await db.deleteFrom('statsOrgClosure').execute();
  await db
    .insertInto('statsOrgClosure')
    .columns(['orgId', 'ancestorId'])
    .expression(
      db
        .selectFrom('orgs as o')
        .innerJoin('orgs as a', (join) => join.on(sql<boolean>`o.path like a.path || '%'`))
        .select(['o.id as orgId', 'a.id as ancestorId']),
    )
    .execute();
}

/** Every date or instant at which the cases have a counted item (their days are recounted). */
export async function selectCaseDates(db: Db, caseIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const take = (rows: { d: string | null }[]) => rows.forEach((r) => r.d && out.push(r.d));
  const d = db as AnyDb;
  for (const ids of chunks(caseIds)) {
    const simple: [string, string][] = [
      ['cases', 'createdAt'],
      ['caseEvents', 'at'],
      ['caseRatings', 'createdAt'],
      ['courtTransfers', 'outcomeOn'],
      ['judicialConfirmations', 'appliedOn'],
      ['judicialConfirmations', 'decidedOn'],
      ['followups', 'dueOn'],
      ['followups', 'doneAt'],
    ];
    for (const [table, column] of simple) {
      const key = table === 'cases' ? 'id' : 'caseId';
      take(await d.selectFrom(table).select(`${column} as d`).distinct().where(key, 'in', ids).execute());
    }
    take(
      await d
        .selectFrom('agreementTerms as t')
        .innerJoin('agreements as a', 'a.id', 't.agreementId')
        .select('t.checkedAt as d')
        .distinct()
        .where('a.caseId', 'in', ids)
        .execute(),
    );
  }
  return out;
}

/** Deletes the daily counts of the days of `range` (every day when null). */
export async function deleteDailyCounts(db: Db, range: PeriodRange | null): Promise<void> {
  const q = db.deleteFrom('statsDailyCounts');
  await (range ? q.where('day', '>=', range.from).where('day', '<=', range.to) : q).execute();
}

/** The figure's items of the period joined to their cases (the same rows the direct count counts). */
export function itemRows(db: AnyDb, key: CountKey, range: PeriodRange): Query {
  const source = SOURCES[key];
  const q: Query = db.selectFrom(source.rows(db, range).as('f')).innerJoin('cases', 'cases.id', 'f.caseId');
  return source.onCase ? source.onCase(q, db) : q;
}

/** Counts the figure's items of the period per day and containing organisation, for one view. */
export async function insertDailyCounts(
  db: Db,
  key: CountKey,
  range: PeriodRange,
  view: 'place' | 'handler',
): Promise<void> {
  const d = db as AnyDb;
  const day = localBucket(
    d,
    sql.ref('f.at'),
    'day',
    countFigure(key).dateKind === 'date' ? 'date' : 'instant',
  );
  let q = itemRows(d, key, range);
  q =
    view === 'place'
      ? q.innerJoin('statsOrgClosure as clo', (join: any) =>
          join.on((eb: any) => eb('clo.orgId', '=', eb.fn.coalesce('cases.gridId', 'cases.registeredOrgId'))),
        )
      : q
          .innerJoin('caseOrgs as hco', (join: any) =>
            join.onRef('hco.caseId', '=', 'cases.id').on('hco.relation', 'in', [...HANDLER_RELATIONS]),
          )
          .innerJoin('statsOrgClosure as clo', 'clo.orgId', 'hco.orgId');
  const counted = q
    .select((eb: any) => [
      'clo.ancestorId',
      sql.lit(view).as('view'),
      day.as('day'),
      sql.lit(key).as('figure'),
      // By place an item lies in one place; by handler two of its handlers may share an ancestor.
      (view === 'place' ? eb.fn.countAll() : eb.fn.count('f.ref').distinct()).as('n'),
    ])
    .groupBy(['clo.ancestorId', day]);
  await d
    .insertInto('statsDailyCounts')
    .columns(['orgId', 'view', 'day', 'figure', 'n'])
    .expression(counted)
    .execute();
}

/** The figures of one organisation's subtree for the days from..to: sums of the daily counts. */
export async function sumDailyCounts(
  db: Db,
  args: { orgId: string; view: 'place' | 'handler'; from: string; to: string },
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('statsDailyCounts')
    .select((eb) => ['figure', eb.fn.sum<number>('n').as('n')])
    .where('orgId', '=', args.orgId)
    .where('view', '=', args.view)
    .where('day', '>=', args.from)
    .where('day', '<=', args.to)
    .groupBy('figure')
    .execute();
  return new Map(rows.map((r) => [r.figure, Number(r.n)]));
}

/** The daily counts of one organisation's subtree, per figure and day, for the days from..to. */
export function selectDailySums(
  db: Db,
  args: { orgId: string; view: 'place' | 'handler'; from: string; to: string },
) {
  return db
    .selectFrom('statsDailyCounts')
    .select(['figure', 'day', 'n'])
    .where('orgId', '=', args.orgId)
    .where('view', '=', args.view)
    .where('day', '>=', args.from)
    .where('day', '<=', args.to)
    .execute();
}

/** The figures of each organisation's subtree for the days from..to. */
export async function selectOrgSums(
  db: Db,
  args: { orgIds: readonly string[]; view: 'place' | 'handler'; from: string; to: string },
) {
  if (args.orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('statsDailyCounts')
    .select((eb) => ['orgId', 'figure', eb.fn.sum<number>('n').as('n')])
    .where('orgId', 'in', [...args.orgIds])
    .where('view', '=', args.view)
    .where('day', '>=', args.from)
    .where('day', '<=', args.to)
    .groupBy(['orgId', 'figure'])
    .execute();
  return rows.map((r) => ({ orgId: r.orgId, figure: r.figure, n: Number(r.n) }));
}
