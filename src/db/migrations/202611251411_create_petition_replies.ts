import { type Kysely } from '../migration-kit.ts';

/** The written reply to a petition (信访事项处理意见书, 信访工作条例 art. 35). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('petition_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('issuer_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('facts_found', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('basis', 'text')
    .addColumn('review_body', 'text', (c) => c.notNull())
    .addColumn('replied_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('petition_replies_case')
    .on('petition_replies')
    .columns(['case_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('petition_replies').execute();
}
