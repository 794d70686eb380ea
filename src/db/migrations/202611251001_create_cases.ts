import { type Kysely, isPostgres, oneOf, sql } from '../migration-kit.ts';

const CHANNELS = [
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
const RISKS = ['low', 'medium', 'high', 'major'];
const PETITION_TYPES = ['suggestion', 'complaint', 'appeal'];

/** The case registry: cases, their organisations, parties, events, attachments, links and search index. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql.raw(oneOf('channel', CHANNELS))))
    .addColumn('category_code', 'text', (c) => c.notNull().references('categories.code'))
    .addColumn('petition_type', 'text', (c) =>
      c.check(sql.raw(`petition_type is null or ${oneOf('petition_type', PETITION_TYPES)}`)),
    )
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text')
    .addColumn('grid_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('address', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('people_involved', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('amount_fen', 'bigint')
    .addColumn('risk', 'text', (c) => c.notNull().check(sql.raw(oneOf('risk', RISKS))))
    .addColumn('is_group_incident', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_repeat', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('registered_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('registered_by', 'text', (c) => c.references('users.id'))
    .addColumn('current_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('visits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('search_terms', 'text', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_created').on('cases').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'created_at']).execute();
  await db.schema
    .createIndex('cases_category')
    .on('cases')
    .columns(['category_code', 'created_at'])
    .execute();
  await db.schema
    .createIndex('cases_grid_category')
    .on('cases')
    .columns(['grid_id', 'category_code', 'created_at'])
    .execute();

  if (isPostgres(db)) {
    await sql`alter table cases add column search_vector tsvector generated always as (to_tsvector('simple', search_terms)) stored`.execute(
      db,
    );
    await sql`create index cases_search on cases using gin (search_vector)`.execute(db);
  } else {
    await sql`create virtual table cases_fts using fts5(search_terms, content='cases', content_rowid='rowid')`.execute(
      db,
    );
    await sql`create trigger cases_fts_insert after insert on cases begin
      insert into cases_fts(rowid, search_terms) values (new.rowid, new.search_terms); end`.execute(db);
    await sql`create trigger cases_fts_delete after delete on cases begin
      insert into cases_fts(cases_fts, rowid, search_terms) values ('delete', old.rowid, old.search_terms); end`.execute(
      db,
    );
    await sql`create trigger cases_fts_update after update of search_terms on cases begin
      insert into cases_fts(cases_fts, rowid, search_terms) values ('delete', old.rowid, old.search_terms);
      insert into cases_fts(rowid, search_terms) values (new.rowid, new.search_terms); end`.execute(db);
  }

  await db.schema
    .createTable('case_orgs')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_orgs_pk', ['case_id', 'org_id', 'relation'])
    .execute();
  await db.schema.createIndex('case_orgs_org').on('case_orgs').columns(['org_id', 'case_id']).execute();

  await db.schema
    .createTable('case_parties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(oneOf('kind', ['person', 'organisation']))))
    .addColumn('role', 'text', (c) => c.notNull().check(sql.raw(oneOf('role', ['applicant', 'respondent']))))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('address', 'text')
    .addColumn('id_number_enc', 'text')
    .addColumn('id_number_hash', 'text')
    .addColumn('id_number_masked', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_hash', 'text')
    .addColumn('phone_masked', 'text')
    .addColumn('credit_code', 'text')
    .addColumn('legal_representative', 'text')
    .addColumn('agent_name', 'text')
    .addColumn('agent_phone_enc', 'text')
    .addColumn('agent_phone_masked', 'text')
    .execute();
  await db.schema.createIndex('case_parties_case').on('case_parties').column('case_id').execute();
  await db.schema.createIndex('case_parties_id_hash').on('case_parties').column('id_number_hash').execute();
  await db.schema.createIndex('case_parties_phone_hash').on('case_parties').column('phone_hash').execute();
  await db.schema.createIndex('case_parties_credit').on('case_parties').column('credit_code').execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('org_id', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('note', 'text')
    .addColumn('data', 'text')
    .addUniqueConstraint('case_events_case_seq', ['case_id', 'seq'])
    .execute();
  await db.schema.createIndex('case_events_type_at').on('case_events').columns(['type', 'at']).execute();

  await db.schema
    .createTable('case_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_attachments_case').on('case_attachments').column('case_id').execute();

  await db.schema
    .createTable('case_links')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('related_case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_links_pk', ['case_id', 'related_case_id', 'reason'])
    .execute();
  await db.schema.createIndex('case_links_related').on('case_links').column('related_case_id').execute();

  await db.schema
    .createTable('case_simhash_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('case_simhash_bands_pk', ['band', 'case_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'case_simhash_bands',
    'case_links',
    'case_attachments',
    'case_events',
    'case_parties',
    'case_orgs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (!isPostgres(db)) await sql`drop table cases_fts`.execute(db);
  await db.schema.dropTable('cases').execute();
  await db.schema.dropTable('case_counters').execute();
}
