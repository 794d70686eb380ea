import { type Kysely, isPostgres, oneOf, sql } from '../migration-kit.ts';

const OLD_CHANNELS = [
  'walk_in',
  'hotline_12345',
  'phone',
  'grid_report',
  'online',
  'letter',
  'petition',
  'transfer',
  'open311',
];
const NEW_CHANNELS = [...OLD_CHANNELS, 'court_referral'];

/**
 * Channel `court_referral` (issue 5): a case a court sends down for mediation before
 * litigation. Until now such a case was registered as `transfer` with a `from_court`
 * court_transfers row; those cases move to the new channel (the row stays: it holds the
 * court and its case number). Down maps them back to `transfer`.
 *
 * PostgreSQL drops and re-adds the CHECK on `cases.channel`. SQLite cannot alter a CHECK
 * and better-sqlite3 runs in defensive mode (no writable_schema), so the table is rebuilt
 * by the 12-step procedure of sqlite.org/lang_altertable.html §7: foreign keys off (SQLite
 * migrations run outside a transaction, so the pragma takes effect), then in one
 * transaction a copy under the new definition — read from the current schema, so columns
 * added by later migrations are kept — with the same rowids (cases_fts is an external
 * content index on them), drop, rename, and the indexes and triggers re-created. No child
 * row is touched: with foreign keys off, dropping the old table cascades nothing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await setChannels(db, NEW_CHANNELS);
  await sql`update cases set channel = 'court_referral'
    where channel = 'transfer'
      and exists (select 1 from court_transfers t where t.case_id = cases.id and t.direction = 'from_court')`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update cases set channel = 'transfer' where channel = 'court_referral'`.execute(db);
  await setChannels(db, OLD_CHANNELS);
}

async function setChannels(db: Kysely<any>, channels: string[]): Promise<void> {
  const check = oneOf('channel', channels);
  if (isPostgres(db)) {
    await sql`alter table cases drop constraint cases_channel_check`.execute(db);
    await sql.raw(`alter table cases add constraint cases_channel_check check (${check})`).execute(db);
    return;
  }
  await rebuildSqliteCases(db, (createSql) => {
    const replaced = createSql.replace(/check \(channel in \([^)]*\)\)/, `check (${check})`);
    if (replaced === createSql) throw new Error('cases: the CHECK on channel was not found');
    return replaced;
  });
}

type SchemaRow = { type: string; name: string; sql: string | null };

async function rebuildSqliteCases(db: Kysely<any>, rewrite: (createSql: string) => string): Promise<void> {
  const schema = async () =>
    (await sql<SchemaRow>`select type, name, sql from sqlite_master where tbl_name = 'cases'`.execute(db))
      .rows;
  const rows = await schema();
  const table = rows.find((r) => r.type === 'table' && r.name === 'cases');
  if (!table?.sql) throw new Error('cases: table not found');
  const dependents = rows.filter((r) => (r.type === 'index' || r.type === 'trigger') && r.sql);
  const columns = (await sql<{ name: string }>`select name from pragma_table_info('cases')`.execute(db)).rows
    .map((c) => `"${c.name}"`)
    .join(', ');
  const createNew = rewrite(table.sql).replace(/^CREATE TABLE "cases"/, 'CREATE TABLE "cases_rebuild"');
  if (!createNew.startsWith('CREATE TABLE "cases_rebuild"')) throw new Error('cases: unexpected definition');

  // One column, `foreign_keys` (or `foreignKeys` through the CamelCasePlugin).
  const [fk] = Object.values((await sql<object>`pragma foreign_keys`.execute(db)).rows[0] ?? {});
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(createNew).execute(trx);
      await sql
        .raw(`insert into cases_rebuild (rowid, ${columns}) select rowid, ${columns} from cases`)
        .execute(trx);
      await sql`drop table cases`.execute(trx);
      await sql`alter table cases_rebuild rename to cases`.execute(trx);
      for (const d of dependents) await sql.raw(d.sql!).execute(trx);
      const broken = await sql`select * from pragma_foreign_key_check`.execute(trx);
      if (broken.rows.length) throw new Error(`cases rebuild broke ${broken.rows.length} foreign keys`);
    });
  } finally {
    if (fk) await sql`pragma foreign_keys = on`.execute(db);
  }
}
