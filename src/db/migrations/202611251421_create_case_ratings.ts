import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Satisfaction (评价): one rating per party per resolution. `resolution_seq` counts the case's
 * resolutions so far, so a reopened and re-resolved case asks again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.references('case_parties.id'))
    .addColumn('resolution_seq', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('rating', ['satisfied', 'basically_satisfied', 'dissatisfied']))),
    )
    .addColumn('comment', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql.raw(oneOf('source', ['portal', 'staff']))))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_ratings_once', ['case_id', 'party_id', 'resolution_seq'])
    .execute();
  await db.schema.createIndex('case_ratings_created').on('case_ratings').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_ratings').execute();
}
