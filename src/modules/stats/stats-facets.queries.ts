/**
 * The SQL of the daily counts by facet (issue 7, "Speed"; migration 202611251920): each
 * figure per day and containing organisation by place, split by the case's category
 * code, channel or grid, counted from the same rows as the daily counts
 * (stats-aggregate.queries.ts `itemRows`), and the sums a breakdown reads.
 */
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import { localBucket } from '../../db/dialect.ts';
import type { CountKey } from './figure-definitions.ts';
import { countFigure } from './figure-values.ts';
import type { PeriodRange } from './period.ts';
import { itemRows } from './stats-aggregate.queries.ts';

type AnyDb = Kysely<any>;

export type Facet = 'category' | 'channel' | 'grid';
export const FACETS: readonly Facet[] = ['category', 'channel', 'grid'];

/** No grid, stored as '' (the key cannot hold null). */
const NO_BUCKET = '';

/** Deletes the facet counts of the days of `range` (every day when null). */
export async function deleteDailyFacets(db: Db, range: PeriodRange | null): Promise<void> {
  const q = db.deleteFrom('statsDailyFacets');
  await (range ? q.where('day', '>=', range.from).where('day', '<=', range.to) : q).execute();
}

/** Counts the figure's items of the period per day, containing organisation (by place) and facet bucket. */
export async function insertDailyFacets(db: Db, key: CountKey, range: PeriodRange): Promise<void> {
  const d = db as AnyDb;
  const day = localBucket(
    d,
    sql.ref('f.at'),
    'day',
    countFigure(key).dateKind === 'date' ? 'date' : 'instant',
  );
  const facets = sql.raw(FACETS.map((f) => `select '${f}' as facet`).join(' union all '));
  const bucket = sql<string>`case ${sql.ref('fx.facet')}
    when 'category' then ${sql.ref('cases.categoryCode')}
    when 'channel' then ${sql.ref('cases.channel')}
    else coalesce(${sql.ref('cases.gridId')}, ${sql.lit(NO_BUCKET)}) end`;
  const counted = itemRows(d, key, range)
    .innerJoin('statsOrgClosure as clo', (join: any) =>
      join.on((eb: any) => eb('clo.orgId', '=', eb.fn.coalesce('cases.gridId', 'cases.registeredOrgId'))),
    )
    .innerJoin(sql`(${facets})`.as('fx'), (join: any) => join.onTrue())
    .select((eb: any) => [
      'clo.ancestorId',
      'fx.facet',
      day.as('day'),
      sql.lit(key).as('figure'),
      bucket.as('bucket'),
      eb.fn.countAll().as('n'),
    ])
    .groupBy(['clo.ancestorId', 'fx.facet', day, bucket]);
  await d
    .insertInto('statsDailyFacets')
    .columns(['orgId', 'facet', 'day', 'figure', 'bucket', 'n'])
    .expression(counted)
    .execute();
}

/** The figures of one organisation's subtree (by place) per bucket of `facet`, for the days from..to. */
export async function selectFacetSums(
  db: Db,
  args: { orgId: string; facet: Facet; from: string; to: string },
): Promise<{ bucket: string | null; figure: string; n: number }[]> {
  const rows = await db
    .selectFrom('statsDailyFacets')
    .select((eb) => ['bucket', 'figure', eb.fn.sum<number>('n').as('n')])
    .where('orgId', '=', args.orgId)
    .where('facet', '=', args.facet)
    .where('day', '>=', args.from)
    .where('day', '<=', args.to)
    .groupBy(['bucket', 'figure'])
    .execute();
  return rows.map((r) => ({
    bucket: r.bucket === NO_BUCKET ? null : r.bucket,
    figure: r.figure,
    n: Number(r.n),
  }));
}
