import { type Kysely } from '../migration-kit.ts';

/** Visits in person (跑动次数): each time a party came to an office for the case. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.references('case_parties.id'))
    .addColumn('visited_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('case_visits_case')
    .on('case_visits')
    .columns(['case_id', 'visited_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_visits').execute();
}
