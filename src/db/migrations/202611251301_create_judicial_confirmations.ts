import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/** Judicial confirmation (司法确认) of a written mediation agreement by a court. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('judicial_confirmations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('court', 'text', (c) => c.notNull())
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('window_ends_on', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('court_case_number', 'text')
    .addColumn('decision', 'text', (c) =>
      c.check(sql.raw(`decision is null or ${oneOf('decision', ['confirmed', 'not_confirmed'])}`)),
    )
    .addColumn('decision_reason', 'text')
    .addColumn('next_step', 'text', (c) =>
      c.check(sql.raw(`next_step is null or ${oneOf('next_step', ['mediation', 'litigation'])}`)),
    )
    .addColumn('decided_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('judicial_confirmations_case')
    .on('judicial_confirmations')
    .column('case_id')
    .execute();
  await db.schema
    .createIndex('judicial_confirmations_open')
    .on('judicial_confirmations')
    .columns(['decision', 'applied_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('judicial_confirmations').execute();
}
