import { type Kysely, oneOf, sql, withIdAndTimestamps } from '../migration-kit.ts';

const ROLES = ['intake', 'grid_worker', 'dispatcher', 'mediator', 'handler', 'leader', 'admin'];

export async function up(db: Kysely<any>): Promise<void> {
  await withIdAndTimestamps(db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('last_login_at', 'text')
    .execute();
  await db.schema.createIndex('users_org_id').on('users').column('org_id').execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql.raw(oneOf('role', ROLES))))
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_roles').execute();
  await db.schema.dropTable('users').execute();
}
