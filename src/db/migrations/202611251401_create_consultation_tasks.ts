import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Tasks decided at a consultation (会商决定事项): each with an owner organisation
 * (optionally one of its users) and a due day (YYYY-MM-DD, Asia/Shanghai); open until
 * the owner marks it done with a note. `reminded_at` makes the reminder job tell the
 * owner once. Overdue is derived (open and due before today), never stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultation_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) =>
      c.notNull().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('owner_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(oneOf('status', ['open', 'done']))))
    .addColumn('done_note', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id'))
    .addColumn('done_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_tasks_consultation')
    .on('consultation_tasks')
    .column('consultation_id')
    .execute();
  await db.schema
    .createIndex('consultation_tasks_owner')
    .on('consultation_tasks')
    .columns(['owner_org_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('consultation_tasks_due')
    .on('consultation_tasks')
    .columns(['status', 'due_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consultation_tasks').execute();
}
