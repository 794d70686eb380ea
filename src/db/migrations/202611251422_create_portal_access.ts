import { type Kysely } from '../migration-kit.ts';

/**
 * The citizen's key to an online case: the SHA-256 of the tracking code, the case and the
 * applicant party it opens, and the lock-out after wrong phone digits.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('portal_access')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('portal_access_case').on('portal_access').column('case_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('portal_access').execute();
}
