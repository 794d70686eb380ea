import { type Kysely } from '../migration-kit.ts';

/**
 * Issue 5: a mediation session can be cancelled (with a reason) and an agreement voided
 * (作废, with a reason) before its performance starts. The actor columns hold user ids
 * without a foreign key so that SQLite can drop them again on the way down.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mediation_sessions').addColumn('cancel_reason', 'text').execute();
  await db.schema.alterTable('mediation_sessions').addColumn('cancelled_by', 'text').execute();
  await db.schema.alterTable('mediation_sessions').addColumn('cancelled_at', 'text').execute();
  await db.schema.alterTable('agreements').addColumn('void_reason', 'text').execute();
  await db.schema.alterTable('agreements').addColumn('voided_by', 'text').execute();
  await db.schema.alterTable('agreements').addColumn('voided_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['voided_at', 'voided_by', 'void_reason'])
    await db.schema.alterTable('agreements').dropColumn(column).execute();
  for (const column of ['cancelled_at', 'cancelled_by', 'cancel_reason'])
    await db.schema.alterTable('mediation_sessions').dropColumn(column).execute();
}
