import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Generated reports (每天一简报、每周一交流、每月一分析, issue 7): one row per kind, period
 * and organisation, with the Word and Excel files kept in the content-addressed file store
 * by their SHA-256.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('kind', ['daily', 'weekly', 'monthly']))),
    )
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('docx_sha256', 'text', (c) => c.notNull())
    .addColumn('docx_size', 'integer', (c) => c.notNull())
    .addColumn('xlsx_sha256', 'text', (c) => c.notNull())
    .addColumn('xlsx_size', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('source', ['schedule', 'on_demand']))),
    )
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reports_kind_period_org')
    .on('reports')
    .columns(['kind', 'period_start', 'org_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('reports_org_created')
    .on('reports')
    .columns(['org_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reports').execute();
}
