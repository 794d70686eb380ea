import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/** Supervision (督办): a leader's or the deadline sweep's demand that the holder act, with a reply due. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_supervisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('source', ['leader', 'deadline_red']))),
    )
    .addColumn('urgency', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('urgency', ['normal', 'urgent', 'critical']))),
    )
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('reply_due_at', 'text', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_by', 'text', (c) => c.references('users.id'))
    .addColumn('replied_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_supervisions_case')
    .on('case_supervisions')
    .columns(['case_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('case_supervisions_open')
    .on('case_supervisions')
    .columns(['replied_at', 'reply_due_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_supervisions').execute();
}
