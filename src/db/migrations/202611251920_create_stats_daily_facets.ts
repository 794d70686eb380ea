import { type Kysely, isPostgres, sql } from '../migration-kit.ts';

/**
 * The daily counts by facet (issue 7, "Speed"): beside `stats_daily_counts`, each figure
 * per local day and containing organisation (by place) split by the case's category code,
 * channel or grid (`bucket`, '' for no grid), so the breakdowns of a report are sums too.
 * Kept exact by the same marks and recount (src/modules/stats/stats-aggregate.service.ts);
 * a case whose category or channel changes is marked whole, as a move of its grid already is.
 * Both tables get an index on the day: a recount deletes its days first.
 */

const FACET_COLUMNS = ['category_code', 'channel'];

async function createTrigger(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    const changed = FACET_COLUMNS.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    await sql
      .raw(
        `create function stats_mark_case_facets() returns trigger language plpgsql as $$ begin
         insert into stats_dirty(kind, ref) values ('case', new.id); return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger stats_mark_case_facets after update on cases
         for each row when (${changed}) execute function stats_mark_case_facets()`,
      )
      .execute(db);
  } else {
    const changed = FACET_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ');
    await sql
      .raw(
        `create trigger stats_mark_case_facets after update on cases when ${changed} begin
         insert into stats_dirty(kind, ref) values ('case', new.id); end`,
      )
      .execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stats_daily_facets')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('figure', 'text', (c) => c.notNull())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_daily_facets_pk', ['org_id', 'facet', 'day', 'figure', 'bucket'])
    .execute();
  // A recount deletes the days it counts again (from both tables).
  await db.schema.createIndex('stats_daily_facets_day').on('stats_daily_facets').column('day').execute();
  await db.schema.createIndex('stats_daily_counts_day').on('stats_daily_counts').column('day').execute();
  await createTrigger(db);
  // The facets of what is already counted are counted on the first read.
  await sql`insert into stats_dirty(kind, ref) select 'rebuild', null
            where not exists (select 1 from stats_dirty where kind = 'rebuild')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger stats_mark_case_facets on cases`.execute(db);
    await sql`drop function stats_mark_case_facets()`.execute(db);
  } else {
    await sql`drop trigger stats_mark_case_facets`.execute(db);
  }
  await db.schema.dropIndex('stats_daily_counts_day').execute();
  await db.schema.dropIndex('stats_daily_facets_day').execute();
  await db.schema.dropTable('stats_daily_facets').execute();
}
