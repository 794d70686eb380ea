import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * "3+X" consultations (会商研判): a leader convenes a judge, the chief mediator and a
 * legal-aid lawyer ("3") with the departments concerned ("X") about a case. `org_id` is
 * the convener's organisation at convening time: the subtree whose leaders may record
 * the minutes. Participants are users, organisations or named outside people.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('convened_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('scheduled_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('status', ['scheduled', 'held', 'cancelled']))),
    )
    .addColumn('minutes', 'text')
    .addColumn('held_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultations_case')
    .on('consultations')
    .columns(['case_id', 'scheduled_at'])
    .execute();

  await db.schema
    .createTable('consultation_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) =>
      c.notNull().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql.raw(oneOf('kind', ['judge', 'chief_mediator', 'legal_aid', 'department', 'other']))),
    )
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.check(sql.raw('attended is null or attended in (0, 1)')))
    .execute();
  await db.schema
    .createIndex('consultation_participants_consultation')
    .on('consultation_participants')
    .columns(['consultation_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consultation_participants').execute();
  await db.schema.dropTable('consultations').execute();
}
