import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Report e-mail subscriptions (issue 7, "Reports are e-mailed to users who subscribe"):
 * a user asks for a kind of report about an organisation in their subtree; when the job
 * generates that report, each subscriber with an e-mail address gets it through the outbox.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_subscriptions')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('kind', ['daily', 'weekly', 'monthly']))),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_subscriptions_pk', ['user_id', 'org_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('report_subscriptions_org')
    .on('report_subscriptions')
    .columns(['org_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_subscriptions').execute();
}
