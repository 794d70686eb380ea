import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Litigation linkage (诉调对接): a failed mediation handed to a court (`to_court`), and a
 * case a court sends down for mediation before litigation (`from_court`, 委派调解 or 诉前调解),
 * with the court's case number and the outcome once known — the basis of the
 * pre-litigation resolution rate (诉前化解率).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('court_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('direction', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('direction', ['to_court', 'from_court']))),
    )
    .addColumn('court', 'text', (c) => c.notNull())
    .addColumn('court_case_number', 'text')
    .addColumn('referral_kind', 'text', (c) =>
      c.check(sql.raw(`referral_kind is null or ${oneOf('referral_kind', ['entrusted', 'pre_litigation'])}`)),
    )
    .addColumn('note', 'text')
    .addColumn('outcome', 'text', (c) =>
      c.check(sql.raw(`outcome is null or ${oneOf('outcome', ['settled', 'not_settled', 'withdrawn'])}`)),
    )
    .addColumn('outcome_note', 'text')
    .addColumn('outcome_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('court_transfers_case')
    .on('court_transfers')
    .columns(['case_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('court_transfers_outcome')
    .on('court_transfers')
    .columns(['direction', 'outcome_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('court_transfers').execute();
}
