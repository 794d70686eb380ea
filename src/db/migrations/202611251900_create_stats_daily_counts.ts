import { type Kysely, isPostgres, sql } from '../migration-kit.ts';

/**
 * Pre-aggregated statistics (issue 7, "Speed"): the count figures per local day, per
 * organisation that contains the case (by place or by handler: every ancestor, so a
 * subtree's figure is one organisation's rows) and figure, kept exact by
 * marks: triggers on every table a figure reads record, in the writing transaction, the
 * days (old and new dates) or whole cases whose figures may have changed; the statistics
 * recount those days before they read (src/modules/stats/stats-aggregate.service.ts).
 * `stats_org_closure` holds each organisation with its ancestors (itself included).
 */

/** Per table: the date columns whose days a write touches, and whether it marks the whole case. */
interface MarkSpec {
  table: string;
  dates: string[];
  /** SQL giving the case id from the row `r` (old or new), when a write changes a whole case's figures. */
  caseOf?: (r: string) => string;
}

export const STATS_MARKS: MarkSpec[] = [
  { table: 'case_events', dates: ['at'] },
  { table: 'case_ratings', dates: ['created_at'] },
  { table: 'court_transfers', dates: ['outcome_on'] },
  { table: 'judicial_confirmations', dates: ['applied_on', 'decided_on'] },
  { table: 'followups', dates: ['due_on', 'done_at'] },
  {
    table: 'agreement_terms',
    dates: ['checked_at'],
    caseOf: (r) => `(select a.case_id from agreements a where a.id = ${r}.agreement_id)`,
  },
  { table: 'agreements', dates: [], caseOf: (r) => `${r}.case_id` },
  { table: 'case_orgs', dates: [], caseOf: (r) => `${r}.case_id` },
];

/** The columns of `cases` a figure reads besides its dates: a change recounts the whole case. */
const CASE_COLUMNS = ['grid_id', 'registered_org_id', 'visits'];

function markRows(spec: MarkSpec, r: 'old' | 'new'): string[] {
  const rows = spec.dates.map((d) => `select 'day', ${r}.${d} where ${r}.${d} is not null`);
  if (spec.caseOf) rows.push(`select 'case', ${spec.caseOf(r)}`);
  return rows;
}

async function createSqliteTriggers(db: Kysely<any>): Promise<void> {
  for (const spec of STATS_MARKS) {
    const ops = { insert: ['new'], update: ['old', 'new'], delete: ['old'] } as const;
    for (const [op, rows] of Object.entries(ops)) {
      const selects = rows.flatMap((r) => markRows(spec, r)).join(' union all ');
      await sql
        .raw(
          `create trigger stats_mark_${spec.table}_${op} after ${op} on ${spec.table} begin
           insert into stats_dirty(kind, ref) ${selects}; end`,
        )
        .execute(db);
    }
  }
  const changed = CASE_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ');
  await sql
    .raw(
      `create trigger stats_mark_cases_insert after insert on cases begin
       insert into stats_dirty(kind, ref) values ('day', new.created_at); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger stats_mark_cases_update after update on cases when ${changed} begin
       insert into stats_dirty(kind, ref) values ('case', new.id); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger stats_mark_cases_delete after delete on cases begin
       insert into stats_dirty(kind, ref) values ('day', old.created_at); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger stats_mark_orgs_insert after insert on orgs begin
       insert into stats_dirty(kind, ref) values ('orgs', new.id); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger stats_mark_orgs_update after update of path, parent_id on orgs begin
       insert into stats_dirty(kind, ref) values ('rebuild', new.id); end`,
    )
    .execute(db);
}

async function createPostgresTriggers(db: Kysely<any>): Promise<void> {
  const fn = async (name: string, body: string) =>
    sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`,
      )
      .execute(db);
  for (const spec of STATS_MARKS) {
    const insert = (r: 'old' | 'new') =>
      `insert into stats_dirty(kind, ref) ${markRows(spec, r).join(' union all ')};`;
    await fn(
      `stats_mark_${spec.table}`,
      `if tg_op <> 'INSERT' then ${insert('old')} end if; if tg_op <> 'DELETE' then ${insert('new')} end if;`,
    );
    await sql
      .raw(
        `create trigger stats_mark_${spec.table} after insert or update or delete on ${spec.table}
         for each row execute function stats_mark_${spec.table}()`,
      )
      .execute(db);
  }
  await fn(
    'stats_mark_cases',
    `if tg_op = 'UPDATE' then insert into stats_dirty(kind, ref) values ('case', new.id);
     elsif tg_op = 'INSERT' then insert into stats_dirty(kind, ref) values ('day', new.created_at);
     else insert into stats_dirty(kind, ref) values ('day', old.created_at); end if;`,
  );
  const changed = CASE_COLUMNS.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
  await sql
    .raw(
      `create trigger stats_mark_cases_write after insert or delete on cases
       for each row execute function stats_mark_cases()`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger stats_mark_cases_update after update on cases
       for each row when (${changed}) execute function stats_mark_cases()`,
    )
    .execute(db);
  await fn(
    'stats_mark_orgs',
    `insert into stats_dirty(kind, ref) values (case when tg_op = 'INSERT' then 'orgs' else 'rebuild' end, new.id);`,
  );
  await sql
    .raw(
      `create trigger stats_mark_orgs_insert after insert on orgs
       for each row execute function stats_mark_orgs()`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger stats_mark_orgs_update after update of path, parent_id on orgs
       for each row execute function stats_mark_orgs()`,
    )
    .execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stats_daily_counts')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('view', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('figure', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_daily_counts_pk', ['org_id', 'view', 'day', 'figure'])
    .execute();
  await db.schema
    .createTable('stats_org_closure')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('ancestor_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_org_closure_pk', ['org_id', 'ancestor_id'])
    .execute();
  await db.schema
    .createTable('stats_dirty')
    .addColumn('id', isPostgres(db) ? 'bigserial' : 'integer', (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text')
    .execute();
  await createStatsMarkTriggers(db);
  // Whatever is already recorded is counted on the first read.
  await db.insertInto('stats_dirty').values({ kind: 'rebuild', ref: null }).execute();
  // Lookups that recounting a day needs.
  await db.schema.createIndex('followups_done').on('followups').column('done_at').execute();
  await db.schema.createIndex('agreement_terms_checked').on('agreement_terms').column('checked_at').execute();
}

/** The triggers that mark what changed (also dropped and created again by the bench around a bulk load). */
export async function createStatsMarkTriggers(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

export async function dropStatsMarkTriggers(db: Kysely<any>): Promise<void> {
  const tables = [...STATS_MARKS.map((s) => s.table)];
  if (isPostgres(db)) {
    for (const t of tables) await sql.raw(`drop trigger stats_mark_${t} on ${t}`).execute(db);
    await sql.raw('drop trigger stats_mark_cases_write on cases').execute(db);
    await sql.raw('drop trigger stats_mark_cases_update on cases').execute(db);
    await sql.raw('drop trigger stats_mark_orgs_insert on orgs').execute(db);
    await sql.raw('drop trigger stats_mark_orgs_update on orgs').execute(db);
    for (const f of [...tables, 'cases', 'orgs'])
      await sql.raw(`drop function stats_mark_${f}()`).execute(db);
  } else {
    for (const t of tables)
      for (const op of ['insert', 'update', 'delete'])
        await sql.raw(`drop trigger stats_mark_${t}_${op}`).execute(db);
    for (const name of ['cases_insert', 'cases_update', 'cases_delete', 'orgs_insert', 'orgs_update'])
      await sql.raw(`drop trigger stats_mark_${name}`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('agreement_terms_checked').execute();
  await db.schema.dropIndex('followups_done').execute();
  await dropStatsMarkTriggers(db);
  await db.schema.dropTable('stats_dirty').execute();
  await db.schema.dropTable('stats_org_closure').execute();
  await db.schema.dropTable('stats_daily_counts').execute();
}
