import type { Kysely } from '../migration-kit.ts';

/** Columns the state machine keeps on the case row (the current state; events hold the history). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('assigned_user_id', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .alterTable('cases')
    .addColumn('dispatched_by_org_id', 'text', (c) => c.references('orgs.id'))
    .execute();
  await db.schema
    .alterTable('cases')
    .addColumn('is_suspended', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('cases').addColumn('extension_request', 'text').execute();
  await db.schema
    .alterTable('cases')
    .addColumn('needs_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('cases').addColumn('outcome', 'text').execute();
  await db.schema.alterTable('cases').addColumn('deadline_level', 'text').execute();
  await db.schema.alterTable('cases').addColumn('due_at', 'text').execute();
  await db.schema
    .createIndex('cases_deadline_level')
    .on('cases')
    .columns(['deadline_level', 'due_at'])
    .execute();
  await db.schema
    .createIndex('cases_current_org')
    .on('cases')
    .columns(['current_org_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_current_org').execute();
  await db.schema.dropIndex('cases_deadline_level').execute();
  for (const column of [
    'due_at',
    'deadline_level',
    'outcome',
    'needs_leader',
    'extension_request',
    'is_suspended',
    'dispatched_by_org_id',
    'assigned_user_id',
  ]) {
    await db.schema.alterTable('cases').dropColumn(column).execute();
  }
}
